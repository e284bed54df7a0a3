package org.castellan.modems.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of the modem list, in export order. A header cell names a column by its English header or an alias in
 * Russian or Chinese (glossary: {@code docs/architecture.md}), in any case, with {@code _}, {@code -} or spaces
 * between words and a trailing {@code *} or colon ignored.
 */
public enum Column {
    IMEI("imei", "imei модема", "имей", "设备imei", "imei号"),
    CHANNEL("channel", "chn", "канал", "通道", "信道"),
    NAME("name", "название", "имя", "наименование", "名称", "名字"),
    ORGANIZATION("organization", "organisation", "org", "организация", "组织", "机构"),
    SITE("site", "объект", "站点"),
    PHONE("phone", "phone number", "sim phone", "sim number", "телефон", "номер телефона", "номер sim",
            "телефон sim", "电话", "电话号码", "sim卡号"),
    MODEL("model", "модель", "型号"),
    POLLER_PORT("poller port", "port", "порт", "порт опроса", "端口", "轮询端口"),
    SHARING("sharing", "доступ", "совместный доступ", "共享", "共享方式"),
    NOTES("notes", "note", "comment", "comments", "примечание", "примечания", "комментарий", "备注");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-\u00A0]+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s*:：]+$");

    private final String header;
    private final List<String> aliases;

    Column(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The English header written on export and used in problems. */
    public String header() {
        return header;
    }

    /** The column a header cell names; empty for an unknown header. */
    public static Optional<Column> forHeader(String text) {
        String key = normalise(text);
        for (Column column : values()) {
            if (column.header.equals(key) || column.aliases.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static String normalise(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        lower = TRAILING_MARKS.matcher(lower).replaceAll("");
        return SEPARATORS.matcher(lower).replaceAll(" ").strip();
    }
}
