package org.castellan.tem106.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The comma tables of seed §6.2.2 and §6.2.3, row by row, including "другое значение". */
class CommaTableTest {
    @ParameterizedTest(name = "comma {0}: kQ {1}, kV {2}")
    @CsvSource({
            "6, 100000, 1", "5, 10000, 1000", "4, 1000, 100", "3, 100, 10", "2, 10, 1",
            "1, 1, 1", "0, 1, 1", "7, 1, 1", "255, 1, 1"})
    void coefficientsAreTheSeedsTables(int comma, long kq, long kv) {
        assertThat(CommaTable.ENERGY.coefficient(comma)).isEqualTo(kq);
        assertThat(CommaTable.MASS_VOLUME.coefficient(comma)).isEqualTo(kv);
    }

    @ParameterizedTest(name = "comma {0}: {1} + 0.5 → {2}")
    @CsvSource({"6, 1234, 0.012345", "3, 1234, 12.345", "0, 1234, 1234.5"})
    void energyIsIntegerPlusFractionOverKq(int comma, long integer, String expected) {
        Integrator energy = new Integrator(integer, 0.5f, comma, CommaTable.ENERGY);
        assertThat(energy.value()).isEqualByComparingTo(new BigDecimal(expected));
    }
}
