package org.castellan.tem106.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.emulator.Fault;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.PtyEmulator;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.link.SerialLink;
import org.castellan.tem106.testing.Conversation;
import org.castellan.tem106.testing.MutableClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The reader on a real serial port driver (jSerialComm) talking to the emulator behind a pseudo-terminal, the way
 * it talks to a meter on {@code /dev/ttyUSB0}.
 */
class SerialPtyConversationTest {
    @Test
    void readerTalksToTheEmulatorThroughAPseudoTerminal() throws Exception {
        if (!PtyEmulator.available()) {
            System.err.println("!!! SerialPtyConversationTest SKIPPED: /dev/ptmx is not available on this machine !!!");
        }
        Assumptions.assumeTrue(PtyEmulator.available(), "/dev/ptmx is not available");
        MutableClock clock = MutableClock.atEpoch();
        VirtualMeter meter = new VirtualMeter(MeterProfile.defaults(), clock);
        try (PtyEmulator pty = PtyEmulator.start(meter);
                  SerialLink link = SerialLink.open(pty.devicePath(), 9600)) {
            assertThat(pty.devicePath()).startsWith("/dev/pts/");
            MeterReader reader = new MeterReader(link, 1, Conversation.SETTINGS);
            assertThat(reader.identify()).isEqualTo(new Identity(1, "TEMC106"));
            assertThat(reader.readConfiguration()).isEqualTo(meter.configuration());
            assertThat(reader.readCurrent().clock()).isEqualTo(meter.now());
            meter.faults().inject(new Fault.GarbageBefore(new byte[] {(byte) 0xAA, 0x0D, 0x0A}),
                    new Fault.CorruptChecksum());
            List<ArchiveRecord> records = reader.readLatest(ArchiveKind.HOURLY, 3);
            assertThat(records).hasSize(3);
            ConversationContract.assertConsecutive(records, Duration.ofHours(1));
            assertThat(meter.faults().applied()).isEqualTo(2);
        }
    }
}
