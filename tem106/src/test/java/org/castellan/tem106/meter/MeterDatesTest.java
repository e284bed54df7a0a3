package org.castellan.tem106.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.SeedVectors;
import org.junit.jupiter.api.Test;

class MeterDatesTest {
    private static final String[] CLOCK = {"ss", "mm", "hh", "dd", "MM", "YY"};
    private static final String[] CLOCK_NAMES = {"s", "m", "h", "d", "M", "Y"};

    @Test
    void seedClockExampleIs2016March2nd141533() throws DecodingException {
        assertThat(MeterDates.decode(SeedVectors.CLOCK_2016_03_02, 0, CLOCK, CLOCK_NAMES))
                .isEqualTo(LocalDateTime.of(2016, 3, 2, 14, 15, 33));
    }

    @Test
    void encodingGivesTheSeedBytesBack() {
        byte[] bytes = new byte[6];
        MeterDates.encode(LocalDateTime.of(2016, 3, 2, 14, 15, 33), bytes, 0, CLOCK);
        assertThat(bytes).isEqualTo(SeedVectors.CLOCK_2016_03_02);
    }

    @Test
    void digitsThatMakeNoDateNameEveryField() {
        byte[] february30 = SeedVectors.hex("00 00 00 30 02 16");
        assertThatThrownBy(() -> MeterDates.decode(february30, 0, CLOCK, CLOCK_NAMES))
                .isInstanceOfSatisfying(DecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo("s m h d M Y");
                    assertThat(e.found()).isEqualTo("2016-02-30 00:00:00");
                });
    }
}
