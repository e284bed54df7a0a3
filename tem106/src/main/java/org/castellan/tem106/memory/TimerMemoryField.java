package org.castellan.tem106.memory;

import static org.castellan.tem106.memory.FieldType.BCD;
import static org.castellan.tem106.memory.FieldType.C;
import static org.castellan.tem106.memory.FieldType.F;
import static org.castellan.tem106.memory.FieldType.I;
import static org.castellan.tem106.memory.FieldType.L;

/**
 * Every field of the 2K timer memory, as the table of seed TEM-106 §5.1 lists it: address, type, element count,
 * unit. Names are the seed's.
 *
 * <p>Two entries share {@code 02FA} (erratum 2): {@link #DIAM78} (I[2]) and {@link #COMMA} (C[6]). This library takes
 * {@code comma} from there for current values, as another public driver does, and keeps {@code diam78} only as raw
 * bytes; archive records carry their own {@code comma} at record offset {@code 0118}.
 */
public enum TimerMemoryField {
    SYSTEMS(0x0000, C, 1, ""),
    SYSTEM_T(0x0001, C, 6, ""),
    SYS_G(0x0007, C, 6, ""),
    SYS_T(0x000D, C, 6, ""),
    SYS_P(0x0013, C, 6, ""),
    USED_G(0x0019, C, 1, ""),
    USED_T(0x001A, C, 1, ""),
    USED_P(0x001B, C, 1, ""),
    T_P(0x0024, F, 8, "°C"),
    DT_MIN(0x0044, F, 6, "°C"),
    P_P(0x0074, F, 8, "MPa"),
    WEIGHT(0x00D0, F, 6, ""),
    G_MAX78(0x00F0, F, 2, "m³/h"),
    F_MAX(0x0104, F, 6, "kHz"),
    G_MAX(0x0134, F, 6, "m³/h"),
    /** Gmax.set in percent of g_max (erratum 3: §6.1.5 calls it g_pct_max). */
    G_PCMT_MAX(0x014C, C, 6, "%"),
    NUMBER(0x0152, L, 1, ""),
    /** 1F24 = 512 KB, 1F25 = 1 MB (erratum 8). */
    FLASH_TYPE(0x0168, I, 1, ""),
    NET_NUM(0x0172, C, 1, ""),
    T_N(0x0200, F, 7, "°C"),
    P_N(0x0234, F, 7, "MPa"),
    GV_78(0x0280, F, 2, "m³/h"),
    RASHOD_V(0x0288, F, 6, "m³/h"),
    RASHOD_M(0x02A0, F, 6, "t/h"),
    FREQAN_V(0x02D0, F, 6, "Hz"),
    DIAM(0x02EE, I, 6, "mm"),
    /** Unreliable: the seed gives its address to comma as well (erratum 2). */
    DIAM78(0x02FA, I, 2, "mm"),
    COMMA(0x02FA, C, 6, ""),
    LVOLUME(0x0300, F, 6, "m³"),
    VOLUME(0x0318, L, 6, "m³"),
    LMASS(0x0330, F, 6, "t"),
    MASS(0x0348, L, 6, "t"),
    LENERGY(0x0360, F, 6, "MWh"),
    ENERGY(0x0378, L, 6, "MWh"),
    LENERGYALL(0x0390, F, 1, "MWh"),
    ENERGYALL(0x0394, L, 1, "MWh"),
    TIME_WRKALL(0x0400, L, 1, "s"),
    TIME_WRK(0x0404, L, 6, "s"),
    TIME_E1(0x041C, L, 6, "s"),
    TIME_E2(0x0434, L, 6, "s"),
    TIME_E3(0x044C, L, 6, "s"),
    TIME_E4(0x0464, L, 6, "s"),
    RTC_SS_2K(0x0482, BCD, 1, ""),
    RTC_MM_2K(0x0483, BCD, 1, ""),
    RTC_HH_2K(0x0484, BCD, 1, ""),
    RTC_DM_2K(0x0485, BCD, 1, ""),
    RTC_MY_2K(0x0486, BCD, 1, ""),
    RTC_YC_2K(0x0487, BCD, 1, ""),
    RSHM(0x0488, C, 6, ""),
    /** Gmin.set in units of 0.05 % of g_max (erratum 3). */
    G_PCMT_MIN(0x04BE, C, 6, "0.05 %"),
    LVOLUME_78(0x04DC, F, 2, "m³"),
    VOLUME_78(0x04E4, L, 2, "m³"),
    /** 0x200000 + the Flash address of the hourly record written next (seed §5.1 note 3). */
    ADR_HOUR(0x04F4, L, 1, ""),
    ADR_DAY(0x04F8, L, 1, ""),
    ADR_MONTH(0x04FC, L, 1, "");

    private final int address;
    private final FieldType type;
    private final int count;
    private final String unit;

    TimerMemoryField(int address, FieldType type, int count, String unit) {
        this.address = address;
        this.type = type;
        this.count = count;
        this.unit = unit;
    }

    public int address() {
        return address;
    }

    public FieldType type() {
        return type;
    }

    public int count() {
        return count;
    }

    public String unit() {
        return unit;
    }

    /** Bytes the whole field (all elements) takes. */
    public int size() {
        return type.size() * count;
    }

    /** Address of element {@code index} (0-based). */
    public int address(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(seedName() + " has " + count + " elements, not index " + index);
        }
        return address + index * type.size();
    }

    /** The seed's spelling: {@code g_pcmt_max}, {@code rtc_hh_2k}. */
    public String seedName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code t_n[3]}: how an element is named in error messages. */
    public String seedName(int index) {
        return count == 1 ? seedName() : seedName() + "[" + index + "]";
    }
}
