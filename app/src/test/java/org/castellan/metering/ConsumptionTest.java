package org.castellan.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.castellan.metering.Consumption.Implausible;
import org.castellan.metering.Consumption.Limits;
import org.castellan.metering.Consumption.Measured;
import org.castellan.metering.Consumption.Reading;
import org.castellan.metering.Consumption.Reset;
import org.castellan.tem106.meter.CommaTable;
import org.castellan.tem106.meter.Integrator;
import org.junit.jupiter.api.Test;

/** Consumption as the difference of cumulative integrators: exact, and never negative or huge. */
class ConsumptionTest {
    static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);
    /** A pipe of Gmax 12 t/h, with a margin: at most 15 t an hour. */
    static final Limits PIPE = new Limits(new BigDecimal("15"), null);

    @Test
    void theDifferenceIsExactWithNoBinaryFloatingPointDigits() {
        Consumption c = Consumption.between(reading(0, "1273.244"), reading(1, "1273.3441"), 1, PIPE);
        assertThat(c).isEqualTo(new Measured(new BigDecimal("0.1001"), 1, false));
    }

    @Test
    void integratorsAsTheMeterKeepsThemSubtractExactly() {
        // L = 1273244, F = 0.1 at energy comma 4 (k = 1000), then L = 1273343, F = 0.9: 99.8 units / 1000 = 0.0998
        BigDecimal before = integrator(1_273_244, 0.1f).value();
        BigDecimal after = integrator(1_273_343, 0.9f).value();
        Consumption c = Consumption.between(new Reading(T0, before), new Reading(T0.plus(HOUR), after), 1, PIPE);
        assertThat(c).isInstanceOfSatisfying(Measured.class,
                m -> assertThat(m.amount()).isEqualByComparingTo("0.0998"));
    }

    @Test
    void aCounterThatWentBackIsAResetOrAReplacedMeterNotANegativeConsumption() {
        assertThat(Consumption.between(reading(0, "5021.7"), reading(1, "3.2"), 1, PIPE))
                .isEqualTo(new Reset(new BigDecimal("5021.7"), new BigDecimal("3.2")));
        assertThat(Consumption.between(reading(0, "5021.7"), reading(1, "5021.6"), 1, Limits.NONE))
                .as("even by a little, and without limits").isInstanceOf(Reset.class);
    }

    @Test
    void aJumpBeyondWhatThePipeCarriesIsImplausibleNotAHugeConsumption() {
        Consumption c = Consumption.between(reading(0, "100"), reading(1, "1100"), 1, PIPE);
        assertThat(c).isInstanceOfSatisfying(Implausible.class,
                i -> assertThat(i.limit()).isEqualByComparingTo("15"));
        assertThat(Consumption.between(reading(0, "100"), reading(1, "115"), 1, PIPE))
                .as("the limit itself is plausible").isInstanceOf(Measured.class);
        assertThat(Consumption.between(reading(0, "100"), reading(1, "1100"), 1, Limits.NONE))
                .as("no limit known: counted").isInstanceOf(Measured.class);
    }

    @Test
    void theLimitScalesWithTheTimeBetweenReadings() {
        assertThat(Consumption.between(reading(0, "100"), reading(3, "140"), 3, PIPE)).isInstanceOf(Measured.class);
        assertThat(Consumption.between(reading(0, "100"), reading(2, "140"), 2, PIPE))
                .isInstanceOf(Implausible.class);
    }

    @Test
    void aCounterThatWrapsAtItsModulusIsMeasuredAcrossTheWrap() {
        // 2^32 units at k = 1000: the counter wraps at 4294967.296
        Limits wrapping = new Limits(new BigDecimal("15"), new BigDecimal("4294967.296"));
        Consumption c = Consumption.between(reading(0, "4294960.000"), reading(1, "2.5"), 1, wrapping);
        assertThat(c).isEqualTo(new Measured(new BigDecimal("9.796"), 1, true));
        assertThat(Consumption.between(reading(0, "4294960.000"), reading(1, "900"), 1, wrapping))
                .as("a drop the wrap cannot explain within the limit is a reset").isInstanceOf(Reset.class);
    }

    @Test
    void aMissingReadingMakesTheNextConsumptionCoverBothPeriods() {
        List<Consumption> series = Consumption.series(List.of(reading(0, "10"), reading(1, "12"), reading(3, "16.5"),
                reading(4, "1.0"), reading(5, "2.0")), HOUR, PIPE);
        assertThat(series).containsExactly(
                new Measured(new BigDecimal("2"), 1, false),
                new Measured(new BigDecimal("4.5"), 2, false),
                new Reset(new BigDecimal("16.5"), new BigDecimal("1.0")),
                new Measured(new BigDecimal("1.0"), 1, false));
    }

    @Test
    void readingsOutOfOrderAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Consumption.between(reading(1, "1"), reading(1, "2"), 1, PIPE));
    }

    private static Reading reading(int hour, String total) {
        return new Reading(T0.plus(HOUR.multipliedBy(hour)), new BigDecimal(total));
    }

    private static Integrator integrator(long integer, float fraction) {
        return new Integrator(integer, fraction, 4, CommaTable.ENERGY);
    }
}
