package org.castellan.tem106.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.castellan.tem106.memory.TimerMemoryField.COMMA;
import static org.castellan.tem106.memory.TimerMemoryField.DIAM;
import static org.castellan.tem106.memory.TimerMemoryField.DT_MIN;
import static org.castellan.tem106.memory.TimerMemoryField.FLASH_TYPE;
import static org.castellan.tem106.memory.TimerMemoryField.G_MAX;
import static org.castellan.tem106.memory.TimerMemoryField.G_PCMT_MAX;
import static org.castellan.tem106.memory.TimerMemoryField.G_PCMT_MIN;
import static org.castellan.tem106.memory.TimerMemoryField.NET_NUM;
import static org.castellan.tem106.memory.TimerMemoryField.NUMBER;
import static org.castellan.tem106.memory.TimerMemoryField.SYSTEMS;
import static org.castellan.tem106.memory.TimerMemoryField.SYSTEM_T;
import static org.castellan.tem106.memory.TimerMemoryField.SYS_G;
import static org.castellan.tem106.memory.TimerMemoryField.SYS_P;
import static org.castellan.tem106.memory.TimerMemoryField.SYS_T;

import java.math.BigDecimal;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.memory.TimerMemory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfigurationCodecTest {
    private TimerMemory memory;

    /** Two systems: a supply pipe with flow meter on channels 1 and 3 (sys_g 05h, §6.1.3) and dead-end hot water. */
    @BeforeEach
    void twoSystems() {
        memory = TimerMemory.of(new byte[TimerMemory.SIZE]);
        memory.putC(SYSTEMS, 0, 2);
        memory.putC(SYSTEM_T, 0, 0x02);
        memory.putC(SYSTEM_T, 1, 0x08);
        memory.putC(SYS_G, 0, 0x05);
        memory.putC(SYS_G, 1, 0x02);
        memory.putC(SYS_T, 0, 0x03);
        memory.putC(SYS_P, 0, 0x01);
        memory.putF(DT_MIN, 0, 3.0f);
        memory.putF(G_MAX, 0, 36.0f);
        memory.putC(G_PCMT_MAX, 0, 80);
        memory.putC(G_PCMT_MIN, 0, 40);
        memory.putI(DIAM, 0, 50);
        memory.putL(NUMBER, 0, 21827345L);
        memory.putI(FLASH_TYPE, 0, 0x1F25);
        memory.putC(NET_NUM, 0, 7);
        memory.putC(COMMA, 0, 3);
    }

    @Test
    void systemsTypesAndChannelsComeFromTheBitFields() throws DecodingException {
        Configuration configuration = ConfigurationCodec.decode(memory);
        assertThat(configuration.systems()).hasSize(2);
        MeterSystem first = configuration.systems().getFirst();
        assertThat(first.type()).isEqualTo(SystemType.SUPPLY_WITH_FLOW_METER);
        assertThat(first.type().russian()).isEqualTo("Подача + расходомер");
        assertThat(first.flowChannels()).containsExactly(1, 3);
        assertThat(first.temperatureChannels()).containsExactly(1, 2);
        assertThat(first.pressureChannels()).containsExactly(1);
        assertThat(first.deltaTMin()).isEqualTo(3.0f);
        assertThat(first.comma()).isEqualTo(3);
        assertThat(configuration.systems().get(1).type()).isEqualTo(SystemType.HOT_WATER_DEAD_END);
    }

    @Test
    void setLimitsFollowErratum3Formulas() throws DecodingException {
        FlowChannel channel = ConfigurationCodec.decode(memory).flowChannel(1);
        assertThat(channel.gMax()).isEqualTo(36.0f);
        assertThat(channel.diameter()).isEqualTo(50);
        assertThat(channel.gMaxSet()).isEqualByComparingTo(new BigDecimal("28.8"));   // 36 × 80 × 0.01
        assertThat(channel.gMinSet()).isEqualByComparingTo(new BigDecimal("0.72"));   // 36 × 40 × 0.0005
    }

    @Test
    void gMaxTypedAsADecimalStaysThatDecimal() {
        FlowChannel channel = new FlowChannel(1, 2.4f, 100, 20, 15);
        assertThat(channel.gMaxSet()).isEqualByComparingTo(new BigDecimal("2.4"));
        assertThat(channel.gMinSet()).isEqualByComparingTo(new BigDecimal("0.024"));
    }

    @Test
    void identityAndFlashSize() throws DecodingException {
        Configuration configuration = ConfigurationCodec.decode(memory);
        assertThat(configuration.serialNumber()).isEqualTo(21827345L);
        assertThat(configuration.networkAddress()).isEqualTo(7);
        assertThat(configuration.flashSize()).contains(FlashSize.MB_1);
    }

    @Test
    void flashTypesOfErratum8() {
        assertThat(FlashSize.ofFlashType(0x1F24)).contains(FlashSize.KB_512);
        assertThat(FlashSize.ofFlashType(0x1F25)).contains(FlashSize.MB_1);
        assertThat(FlashSize.ofFlashType(0x1F26)).isEmpty();
    }

    @Test
    void systemCountOutsideOneToSixIsNamed() {
        memory.putC(SYSTEMS, 0, 0);
        assertThatThrownBy(() -> ConfigurationCodec.decode(memory))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("systems: expected 1..6 (§6.1.1), found 0"));
    }

    @Test
    void unknownSystemTypeIsNamed() {
        memory.putC(SYSTEM_T, 1, 0x03);
        assertThatThrownBy(() -> ConfigurationCodec.decode(memory))
                .isInstanceOfSatisfying(DecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo("system_t[1]");
                    assertThat(e.found()).isEqualTo("0x03");
                });
    }

    @Test
    void gMaxThatIsNotANumberIsNamed() {
        memory.putF(G_MAX, 2, Float.NaN);
        assertThatThrownBy(() -> ConfigurationCodec.decode(memory))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.field()).isEqualTo("g_max[2]"));
    }
}
