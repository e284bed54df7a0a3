package org.castellan.modems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.castellan.modems.sheet.Format;
import org.castellan.modems.sheet.ModemSheets;
import org.castellan.modems.sheet.SheetReport;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.Imeis;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The iRZ "add modems from an Excel file" feature over the API: all rows or none, with a row-by-row report. */
class ModemSheetApiTest extends IntegrationTest {
    Organization org;
    Site site;
    HttpApi engineer;

    @BeforeEach
    void engineerOfAnOrganization() {
        org = fixtures.organization();
        site = fixtures.site(org);
        engineer = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ENGINEER), org).username(), Fixtures.PASSWORD);
    }

    HttpApi.Response upload(String csv, String query) {
        return engineer.postBytes("/api/v1/modems/import?filename=modems.csv&orgId=" + org.id() + query,
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    @Test
    void aGoodFileRegistersEveryRowAndASecondImportChangesThem() {
        String a = Imeis.next();
        String b = Imeis.next();
        String csv = "IMEI;Название;Объект;Телефон;Доступ\n" + a + ";Котельная;" + site.name() + ";+79001112233;всем\n"
                + b + ";Насосная;;;по очереди\n";

        HttpApi.Response first = upload(csv, "");
        HttpApi.Response second = upload(csv.replace("Насосная", "Насосная станция"), "");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("created").asInt()).isEqualTo(2);
        assertThat(second.json().path("updated").asInt()).isEqualTo(2);
        JsonNode modemA = engineer.get("/api/v1/modems?q=" + a).json().get(0);
        assertThat(modemA.path("siteId").asLong()).isEqualTo(site.id());
        assertThat(modemA.path("sharing").asString()).isEqualTo("BROADCAST");
        assertThat(engineer.get("/api/v1/modems?q=" + b).json().get(0).path("name").asString())
                .isEqualTo("Насосная станция");
    }

    @Test
    void oneBadRowImportsNothingAndTheReportNamesItsLineAndColumn() {
        String good = Imeis.next();
        String bad = Imeis.next();
        String typo = bad.substring(0, 14) + (char) ('0' + (bad.charAt(14) - '0' + 1) % 10);
        String csv = "imei,name,site\n" + good + ",Good,\n" + typo + ",Typo,\n" + Imeis.next() + ",Nowhere,Atlantis\n";

        HttpApi.Response refused = upload(csv, "");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("imported").asBoolean()).isFalse();
        assertThat(refused.json().path("problems").toString()).contains("\"line\":3").contains("\"column\":\"imei\"");
        assertThat(engineer.get("/api/v1/modems?q=" + good).json()).as("nothing half-imported").isEmpty();
    }

    @Test
    void aSiteTheOrganizationDoesNotHaveRefusesTheWholeFile() {
        String good = Imeis.next();
        String csv = "imei,name,site\n" + good + ",Good,\n" + Imeis.next() + ",Nowhere,Atlantis\n";

        HttpApi.Response refused = upload(csv, "");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("problems").get(0).path("message").asString()).contains("Atlantis");
        assertThat(engineer.get("/api/v1/modems?q=" + good).json()).as("the good row rolled back").isEmpty();
    }

    @Test
    void aDryRunChecksAndWritesNothing() {
        String imei = Imeis.next();

        HttpApi.Response checked = upload("imei\n" + imei + "\n", "&dryRun=true");

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.json().path("created").asInt()).isEqualTo(1);
        assertThat(checked.json().path("imported").asBoolean()).isFalse();
        assertThat(engineer.get("/api/v1/modems?q=" + imei).json()).isEmpty();
    }

    @Test
    void theExportReadsBackAsTheSameModems() throws IOException {
        String imei = Imeis.next();
        assertThat(upload("imei,name,site,model\n" + imei + ",Экспорт 导出," + site.name() + ",ATM31\n", "").status())
                .isEqualTo(200);

        byte[] xlsx = engineer.download("/api/v1/modems/export?format=xlsx");
        byte[] csv = engineer.download("/api/v1/modems/export?format=csv");

        for (var file : new Object[][] {{xlsx, Format.XLSX}, {csv, Format.CSV}}) {
            SheetReport report = ModemSheets.read(new ByteArrayInputStream((byte[]) file[0]), (Format) file[1]);
            assertThat(report.hasErrors()).as(report.problems().toString()).isFalse();
            assertThat(report.rows()).anySatisfy(row -> {
                assertThat(row.imei()).isEqualTo(imei);
                assertThat(row.name()).isEqualTo("Экспорт 导出");
                assertThat(row.organization()).isEqualTo(org.name());
                assertThat(row.site()).isEqualTo(site.name());
                assertThat(row.model()).isEqualTo("ATM31");
            });
        }
    }
}
