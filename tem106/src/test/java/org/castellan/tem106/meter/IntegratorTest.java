package org.castellan.tem106.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntegratorTest {
    @Test
    void sumUsesTheFractionAsTheMeterMeantItWithoutFloatArtefacts() {
        // 0.1f is 0.100000001490116119384765625 in binary; the meter meant 0.1
        Integrator energy = new Integrator(1, 0.1f, 6, CommaTable.ENERGY);
        assertThat(energy.value()).isEqualTo(new BigDecimal("0.000011"));
    }

    @Test
    void sumKeepsEveryDigitOfALargeCounter() {
        // as doubles, 127324 + 0.4074656f would be 127324.40746560693; a float sum would lose the fraction entirely
        Integrator energy = new Integrator(127_324, 0.4074656f, 3, CommaTable.ENERGY);
        assertThat(energy.value()).isEqualTo(new BigDecimal("1273.244074656"));
    }

    @Test
    void bothPartsAreKeptAsRead() {
        Integrator volume = new Integrator(4294967295L, 0.75f, 4, CommaTable.MASS_VOLUME);
        assertThat(volume.integer()).isEqualTo(4294967295L);
        assertThat(volume.fraction()).isEqualTo(0.75f);
        assertThat(volume.coefficient()).isEqualTo(100);
        assertThat(volume.value()).isEqualTo(new BigDecimal("42949672.9575"));
    }

    @Test
    void aFractionThatIsNotANumberCannotMakeAnIntegrator() {
        assertThatThrownBy(() -> new Integrator(1, Float.NaN, 3, CommaTable.ENERGY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
