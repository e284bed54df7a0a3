package org.castellan.tem106.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.castellan.tem106.memory.TimerMemoryField.COMMA;
import static org.castellan.tem106.memory.TimerMemoryField.ENERGY;
import static org.castellan.tem106.memory.TimerMemoryField.LENERGY;
import static org.castellan.tem106.memory.TimerMemoryField.LMASS;
import static org.castellan.tem106.memory.TimerMemoryField.MASS;
import static org.castellan.tem106.memory.TimerMemoryField.RTC_SS_2K;
import static org.castellan.tem106.memory.TimerMemoryField.SYSTEMS;
import static org.castellan.tem106.memory.TimerMemoryField.TIME_E3;
import static org.castellan.tem106.memory.TimerMemoryField.TIME_WRKALL;
import static org.castellan.tem106.memory.TimerMemoryField.T_N;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.SeedVectors;
import org.castellan.tem106.memory.TimerMemory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CurrentValuesCodecTest {
    private TimerMemory memory;
    private Configuration configuration;

    @BeforeEach
    void oneSupplySystemWithComma4() throws DecodingException {
        memory = TimerMemory.of(new byte[TimerMemory.SIZE]);
        memory.putC(SYSTEMS, 0, 1);
        memory.putC(COMMA, 0, 4);
        memory.load(RTC_SS_2K.address(), SeedVectors.CLOCK_2016_03_02);
        configuration = ConfigurationCodec.decode(memory);
    }

    @Test
    void clockIsTheSeedExample() throws DecodingException {
        assertThat(CurrentValuesCodec.decode(memory, configuration).clock())
                .isEqualTo(LocalDateTime.of(2016, 3, 2, 14, 15, 33));
    }

    @Test
    void integratorsUseTheCommaAt02faThroughTheirTables() throws DecodingException {
        memory.putL(ENERGY, 0, 123456);
        memory.putF(LENERGY, 0, 0.5f);
        memory.putL(MASS, 0, 123456);
        memory.putF(LMASS, 0, 0.5f);
        SystemReadings system = CurrentValuesCodec.decode(memory, configuration).systems().getFirst();
        assertThat(system.energy().value()).isEqualByComparingTo(new BigDecimal("123.4565")); // kQ 1000
        assertThat(system.mass().value()).isEqualByComparingTo(new BigDecimal("1234.565"));  // kV 100
        assertThat(system.energy().integer()).isEqualTo(123456);
        assertThat(system.energy().fraction()).isEqualTo(0.5f);
    }

    @Test
    void measurementsAndTimes() throws DecodingException {
        memory.putF(T_N, 6, 8.25f);
        memory.putL(TIME_WRKALL, 0, 3600);
        memory.putL(TIME_E3, 0, 120);
        CurrentValues values = CurrentValuesCodec.decode(memory, configuration);
        assertThat(values.temperatures().get(6)).isEqualTo(8.25f);
        assertThat(values.poweredTime()).isEqualTo(Duration.ofHours(1));
        assertThat(values.systems().getFirst().times().deltaTBelowMin()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void fractionThatIsNotFiniteIsNamed() {
        memory.putF(LENERGY, 0, Float.POSITIVE_INFINITY);
        assertThatThrownBy(() -> CurrentValuesCodec.decode(memory, configuration))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("lenergy[0]: expected a finite float, found Infinity"));
    }

    @Test
    void clockThatIsNotBcdIsNamed() {
        memory.load(RTC_SS_2K.address() + 2, new byte[] {0x2F});
        assertThatThrownBy(() -> CurrentValuesCodec.decode(memory, configuration))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.field()).isEqualTo("rtc_hh_2k"));
    }
}
