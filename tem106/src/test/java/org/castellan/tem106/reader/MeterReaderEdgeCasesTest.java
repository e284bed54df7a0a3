package org.castellan.tem106.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.codec.MeterNumbers;
import org.castellan.tem106.link.Link;
import org.castellan.tem106.memory.TimerMemoryField;
import org.castellan.tem106.testing.Conversation;
import org.castellan.tem106.testing.ImageMeter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Meters in states the emulator never reaches, and lines that never stop talking. */
class MeterReaderEdgeCasesTest {
    private ImageMeter meter;
    private MeterReader reader;

    /** One supply system, 512 KB Flash, a valid clock, the hourly pointer at record 0. */
    @BeforeEach
    void validImage() {
        meter = new ImageMeter();
        byte[] m = meter.timerMemory;
        m[TimerMemoryField.SYSTEMS.address()] = 1;
        MeterNumbers.putI(m, TimerMemoryField.FLASH_TYPE.address(), 0x1F24);
        System.arraycopy(new byte[] {0x33, 0x15, 0x14, 0x02, 0x03, 0x16}, 0, m, TimerMemoryField.RTC_SS_2K.address(), 6);
        MeterNumbers.putL(m, TimerMemoryField.ADR_HOUR.address(), 0x200000L);
        reader = new MeterReader(meter.masterLink(), 1, Conversation.SETTINGS);
    }

    @AfterEach
    void close() throws InterruptedException {
        meter.close();
    }

    @Test
    void unknownFlashTypeRefusesArchivesAndSaysWhy() throws Exception {
        MeterNumbers.putI(meter.timerMemory, TimerMemoryField.FLASH_TYPE.address(), 0x1F26);
        assertThat(reader.readCurrent().clock()).isEqualTo(LocalDateTime.of(2016, 3, 2, 14, 15, 33));
        assertThatThrownBy(() -> reader.readLatest(ArchiveKind.HOURLY, 1)).isInstanceOf(MeterRefusedException.class)
                .hasMessageContaining("FLASH_TYPE 0x1F26").hasMessageContaining("0x1F24 (512 KB)");
    }

    @Test
    void emptyHourlyRingGivesNoRecordsAfterOneHeaderRead() throws Exception {
        reader.readConfiguration();
        int before = reader.requestsSent();
        assertThat(reader.readLatest(ArchiveKind.HOURLY, 5)).isEmpty();
        assertThat(reader.requestsSent() - before).isEqualTo(2);  // pointer, the newest slot's first 64 bytes
    }

    @Test
    void aForeignDeviceIsRefused() {
        meter.model = "VKT-7";
        assertThatThrownBy(reader::identify).isInstanceOf(MeterRefusedException.class)
                .hasMessageContaining("\"VKT-7\", not a TEM meter");
    }

    @Test
    void clockThatIsNotBcdIsADecodingErrorWithoutRetries() throws Exception {
        meter.timerMemory[TimerMemoryField.RTC_HH_2K.address()] = 0x4A;
        assertThatThrownBy(reader::readCurrent).isInstanceOfSatisfying(MeterDecodingException.class, e -> {
            assertThat(e.getCause().field()).isEqualTo("rtc_hh_2k");
            assertThat(e.getMessage()).contains("current values");
        });
        assertThat(reader.requestsSent()).isEqualTo(8 + 11);
    }

    @Test
    void pointerOutsideItsRingIsADecodingError() {
        MeterNumbers.putL(meter.timerMemory, TimerMemoryField.ADR_HOUR.address(), 0x200000L + 0x60000);
        assertThatThrownBy(() -> reader.readLatest(ArchiveKind.HOURLY, 1))
                .isInstanceOfSatisfying(MeterDecodingException.class,
                        e -> assertThat(e.getCause().field()).isEqualTo("adr_hour"));
    }

    @Test
    void badArgumentsFailBeforeAnyRead() {
        assertThatThrownBy(() -> reader.readLatest(ArchiveKind.DAILY, 0)).isInstanceOf(IllegalArgumentException.class);
        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 0, 0);
        assertThatThrownBy(() -> reader.readArchive(ArchiveKind.DAILY, now, now.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(reader.requestsSent()).isZero();
    }

    @Test
    void aLineThatNeverStopsChatteringEndsInATimeoutNotAHang() {
        MeterReader chattered = new MeterReader(new ChatteringLink(), 1, Conversation.SETTINGS);
        long start = System.nanoTime();
        assertThatThrownBy(chattered::identify).isInstanceOf(MeterTimeoutException.class);
        // 3 attempts × (0.5 s drain bound + 0.8 s response timeout), with room for a loaded machine
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    /** Answers every receive at once with bytes that never start a frame. */
    private static final class ChatteringLink implements Link {
        @Override
        public void send(byte[] bytes) {
        }

        @Override
        public byte[] receive(Duration timeout) {
            return new byte[] {0x00, 0x13, 0x37};
        }

        @Override
        public void close() throws IOException {
        }
    }
}
