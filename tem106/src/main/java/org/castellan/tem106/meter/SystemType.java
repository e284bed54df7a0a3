package org.castellan.tem106.meter;

import java.util.Optional;

/** The heat system schemes of {@code system_t} (seed TEM-106 §5.1, §6.1.2). */
public enum SystemType {
    SUPPLY(0x00, "Подача", "supply pipe"),
    RETURN(0x01, "Обратка", "return pipe"),
    SUPPLY_WITH_FLOW_METER(0x02, "Подача + расходомер", "supply pipe with flow meter"),
    OPEN_TWO_PIPE(0x04, "Двухпоточник (Открытая система)", "two-pipe (open system)"),
    FLOW_METER(0x05, "Расходомер", "flow meter"),
    MAIN(0x06, "Магистраль", "main line"),
    HOT_WATER_CIRCULATING(0x07, "ГВС с циркуляцией", "hot water with circulation"),
    HOT_WATER_DEAD_END(0x08, "Тупиковая ГВС", "dead-end hot water"),
    TEMPERATURE(0x09, "Температура", "temperature only");

    private final int code;
    private final String russian;
    private final String english;

    SystemType(int code, String russian, String english) {
        this.code = code;
        this.russian = russian;
        this.english = english;
    }

    public int code() {
        return code;
    }

    /** The seed's name. */
    public String russian() {
        return russian;
    }

    public String english() {
        return english;
    }

    public static Optional<SystemType> of(int code) {
        for (SystemType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
