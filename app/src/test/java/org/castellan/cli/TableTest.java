package org.castellan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TableTest {
    private static final Table TABLE = Table.of("ID", "id").with("NAME", "name").with("CODE", "code");

    @Test
    void chineseCharactersTakeTwoCellsAndCyrillicOne() {
        assertThat(Table.width("abc")).isEqualTo(3);
        assertThat(Table.width("Север")).isEqualTo(5);
        assertThat(Table.width("北京热力")).isEqualTo(8);
    }

    @Test
    void columnsLineUpForLatinCyrillicAndChineseNames() {
        JsonNode rows = ApiClient.JSON.readTree("""
                [{"id": 1, "name": "Acme", "code": "A"},
                 {"id": 22, "name": "Теплосеть Север", "code": "TS"},
                 {"id": 333, "name": "北京热力公司", "code": "BJ"}]""");

        List<String> lines = print(rows);

        assertThat(lines).hasSize(4);
        int codeColumn = lines.get(0).indexOf("CODE");
        for (String line : lines.subList(1, 4)) {
            String beforeCode = line.substring(0, line.lastIndexOf(' ') + 1);
            assertThat(Table.width(beforeCode)).as(line).isEqualTo(codeColumn);
        }
        assertThat(lines.get(2)).startsWith("22   Теплосеть Север  TS");
    }

    @Test
    void emptyListPrintsTheHeaderOnly() {
        assertThat(print(ApiClient.JSON.readTree("[]"))).containsExactly("ID  NAME  CODE");
    }

    @Test
    void arraysOfValuesAreCommaSeparatedAndNullsEmpty() {
        JsonNode user = ApiClient.JSON.readTree("{\"roles\": [\"ADMIN\", \"VIEWER\"], \"siteId\": null}");

        assertThat(Table.text(user.path("roles"))).isEqualTo("ADMIN,VIEWER");
        assertThat(Table.text(user.path("siteId"))).isEmpty();
        assertThat(Table.text(user.path("missing"))).isEmpty();
    }

    private static List<String> print(JsonNode rows) {
        StringWriter text = new StringWriter();
        TABLE.print(rows, new PrintWriter(text));
        return text.toString().lines().toList();
    }
}
