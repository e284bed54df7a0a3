package org.castellan.metering.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** {@code meter.limits} read, written and validated: what a form may send and what it is told when it is wrong. */
class MeterLimitsTest {
    @Test
    void theDocumentedShapeIsReadPerSystem() {
        MeterLimits limits = MeterLimits.parse("""
                {"1": {"tMin": 50, "tMax": 130, "gMin": 0.5, "gMax": 12, "dtMin": 3}, "2": {"gMax": 4.25}}""");

        assertThat(limits.system(1)).isEqualTo(new SystemLimits(new BigDecimal("50"), new BigDecimal("130"),
                new BigDecimal("0.5"), new BigDecimal("12"), new BigDecimal("3")));
        assertThat(limits.system(2)).isEqualTo(new SystemLimits(null, null, null, new BigDecimal("4.25"), null));
        assertThat(limits.system(3)).isEqualTo(SystemLimits.NONE);
    }

    @Test
    void decimalsAreKeptExactlyAsWritten() {
        MeterLimits limits = MeterLimits.parse("{\"1\": {\"gMin\": 0.1, \"gMax\": 12.30}}");

        assertThat(limits.system(1).gMin()).isEqualByComparingTo("0.1").hasToString("0.1");
        assertThat(limits.system(1).gMax()).hasToString("12.30");
    }

    @Test
    void numbersInStringsAreAcceptedAsAFormSendsThemWithEitherDecimalSeparator() {
        MeterLimits limits = MeterLimits.parse("{\"1\": {\"gMin\": \"0,5\", \"tMax\": \" 95.5 \", \"dtMin\": \"\"}}");

        assertThat(limits.system(1)).isEqualTo(new SystemLimits(null, new BigDecimal("95.5"), new BigDecimal("0.5"),
                null, null));
    }

    @Test
    void writtenJsonReadsBackTheSameAndLeavesOutWhatIsNotSet() {
        MeterLimits limits = new MeterLimits(Map.of(
                2, new SystemLimits(null, new BigDecimal("130"), null, new BigDecimal("12.5"), null),
                1, new SystemLimits(new BigDecimal("50"), null, new BigDecimal("0.5"), null, new BigDecimal("3"))));

        String json = limits.toJson();

        assertThat(json).isEqualTo("{\"1\":{\"tMin\":50,\"gMin\":0.5,\"dtMin\":3},\"2\":{\"tMax\":130,\"gMax\":12.5}}");
        assertThat(MeterLimits.parse(json)).isEqualTo(limits);
    }

    @Test
    void systemsWithoutAnyLimitAreDropped() {
        MeterLimits limits = MeterLimits.parse("{\"1\": {\"tMin\": null}, \"2\": {}}");

        assertThat(limits.systems()).isEmpty();
        assertThat(limits.toJson()).isEqualTo("{}");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noValueIsNoLimits(String json) {
        assertThat(MeterLimits.parse(json)).isEqualTo(MeterLimits.NONE);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"1\": {\"tMin\": 130, \"tMax\": 50}}       | tMin  | system 1: tMin 130 is above tMax 50",
            "{\"2\": {\"gMin\": 5, \"gMax\": 4.5}}        | gMin  | system 2: gMin 5 is above gMax 4.5",
            "{\"1\": {\"gMin\": -0.5}}                    | gMin  | system 1: gMin must not be negative, was -0.5",
            "{\"1\": {\"dtMin\": -1}}                     | dtMin | system 1: dtMin must not be negative, was -1",
            "{\"1\": {\"tMax\": \"hot\"}}                 | tMax  | system 1: tMax must be a number, was \"hot\"",
            "{\"1\": {\"tMax\": true}}                    | tMax  | system 1: tMax must be a number, was true",
            "{\"1\": {\"Tmax\": 90}}                      | Tmax  | system 1: unknown limit \"Tmax\" (known: tMin, tMax, gMin, gMax, dtMin)",
            "{\"7\": {\"tMax\": 90}}                      | limits | system must be a number 1..6, was \"7\"",
            "{\"one\": {\"tMax\": 90}}                    | limits | system must be a number 1..6, was \"one\"",
            "{\"1\": 90}                                  | limits | system 1: limits must be an object, was 90",
            "[1, 2]                                       | limits | limits must be an object of systems, was [1,2]"})
    void badLimitsAreRefusedNamingTheSystemTheLimitAndTheValue(String json, String field, String message) {
        assertThatThrownBy(() -> MeterLimits.parse(json))
                .isInstanceOfSatisfying(InvalidLimitsException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isEqualTo(message);
                })
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonThatDoesNotParseIsRefusedAsSuch() {
        assertThatThrownBy(() -> MeterLimits.parse("{\"1\": {\"tMax\": }"))
                .isInstanceOf(InvalidLimitsException.class).hasMessageStartingWith("limits are not valid JSON: ");
    }

    @Test
    void limitsBuiltInCodeAreValidatedToo() {
        assertThatThrownBy(() -> new SystemLimits(new BigDecimal("90"), new BigDecimal("70"), null, null, null))
                .isInstanceOf(InvalidLimitsException.class).hasMessage("tMin 90 is above tMax 70");
        assertThatThrownBy(() -> new MeterLimits(Map.of(0, SystemLimits.NONE)))
                .isInstanceOf(InvalidLimitsException.class).hasMessage("system must be 1..6, was 0");
    }

    @Test
    void equalMinimumAndMaximumAreAllowed() {
        assertThat(MeterLimits.parse("{\"1\": {\"tMin\": 70, \"tMax\": 70.0}}").system(1).tMax())
                .isEqualByComparingTo("70");
    }
}
