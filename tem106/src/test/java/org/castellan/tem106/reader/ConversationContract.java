package org.castellan.tem106.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.ArchiveRecordCodec;
import org.castellan.tem106.archive.ArchiveRing;
import org.castellan.tem106.emulator.Fault;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.meter.CurrentValues;
import org.castellan.tem106.meter.FlashSize;
import org.castellan.tem106.testing.Conversation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the reader and the emulator must do together, whatever carries the bytes: every operation, every injected
 * fault, ring wrap-around at both Flash sizes. Subclasses supply the transport.
 */
abstract class ConversationContract {
    private Conversation conversation;

    abstract Conversation open(MeterProfile profile) throws Exception;

    Conversation start(MeterProfile profile) throws Exception {
        conversation = open(profile);
        return conversation;
    }

    @AfterEach
    void close() throws Exception {
        if (conversation != null) {
            conversation.close();
        }
    }

    @Test
    void identifiesTheMeter() throws Exception {
        MeterReader reader = start(MeterProfile.defaults().withAddress(17)).reader();
        assertThat(reader.identify()).isEqualTo(new Identity(17, "TEMC106"));
        assertThat(reader.requestsSent()).isEqualTo(1);
    }

    @Test
    void identifyAtAddressZeroDiscoversTheAddress() throws Exception {
        Conversation c = start(MeterProfile.defaults().withAddress(42));
        MeterReader anyone = new MeterReader(c.masterLink(), 0, Conversation.SETTINGS);
        assertThat(anyone.identify().address()).isEqualTo(42);
    }

    @Test
    void configurationIsWhatTheMeterHoldsAndIsReadOncePerSession() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        MeterReader reader = c.reader();
        assertThat(reader.readConfiguration()).isEqualTo(c.meter().configuration());
        assertThat(reader.requestsSent()).isEqualTo(8);
        reader.readConfiguration();
        reader.readCurrent();
        assertThat(reader.requestsSent()).isEqualTo(8 + 11);
    }

    @Test
    void currentValuesFollowTheMetersClockAndOnlyGrow() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        MeterReader reader = c.reader();
        CurrentValues before = reader.readCurrent();
        assertThat(before.clock()).isEqualTo(c.meter().now());
        c.clock().advance(Duration.ofHours(3));
        CurrentValues after = reader.readCurrent();
        assertThat(after.clock()).isEqualTo(before.clock().plusHours(3));
        assertThat(after.poweredTime()).isEqualTo(before.poweredTime().plusHours(3));
        assertThat(after.systems().getFirst().energy().value())
                .isGreaterThan(before.systems().getFirst().energy().value());
        assertThat(after.totalEnergy().value()).isGreaterThan(before.totalEnergy().value());
    }

    @Test
    void latestRecordsCostSixReadsEachAndAreConsecutiveHours() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        MeterReader reader = c.reader();
        reader.readConfiguration();
        int before = reader.requestsSent();
        List<ArchiveRecord> records = reader.readLatest(ArchiveKind.HOURLY, 24);
        assertThat(reader.requestsSent() - before).isEqualTo(1 + 24 * 6);
        assertThat(records).hasSize(24);
        assertThat(records.getLast().writtenAt()).isEqualTo(c.meter().now().truncatedTo(ChronoUnit.HOURS));
        assertConsecutive(records, Duration.ofHours(1));
    }

    @Test
    void archiveBetweenTwoTimesReturnsExactlyThoseRecords() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        MeterReader reader = c.reader();
        reader.readConfiguration();
        LocalDateTime newest = c.meter().now().truncatedTo(ChronoUnit.HOURS);
        int before = reader.requestsSent();
        List<ArchiveRecord> records = reader.readArchive(ArchiveKind.HOURLY, newest.minusHours(10), newest.minusHours(5));
        assertThat(records).extracting(ArchiveRecord::writtenAt)
                .containsExactly(newest.minusHours(10), newest.minusHours(9), newest.minusHours(8), newest.minusHours(7),
                        newest.minusHours(6), newest.minusHours(5));
        // pointer, the newest header, the guessed one (5 hours back) and the one above it, 6 records (their headers
        // minus the guessed one's), the header that ends the walk
        assertThat(reader.requestsSent() - before).isEqualTo(1 + 1 + 1 + 1 + 6 * 6 - 1 + 1);
    }

    @Test
    void archiveFarBackJumpsThereInsteadOfWalkingEveryHour() throws Exception {
        Conversation c = start(MeterProfile.defaults().withHistory(Duration.ofDays(20)));
        MeterReader reader = c.reader();
        reader.readConfiguration();
        LocalDateTime newest = c.meter().now().truncatedTo(ChronoUnit.HOURS);
        int before = reader.requestsSent();
        List<ArchiveRecord> day = reader.readArchive(ArchiveKind.HOURLY, newest.minusDays(15).minusHours(23),
                newest.minusDays(15));
        assertThat(day).hasSize(24).first().extracting(ArchiveRecord::writtenAt)
                .isEqualTo(newest.minusDays(15).minusHours(23));
        assertConsecutive(day, Duration.ofHours(1));
        assertThat(reader.requestsSent() - before).isEqualTo(1 + 1 + 1 + 1 + 24 * 6 - 1 + 1);
    }

    @Test
    void windowEdgesBetweenRecordsTakeTheRecordsInside() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        LocalDateTime newest = c.meter().now().truncatedTo(ChronoUnit.HOURS);
        List<ArchiveRecord> records = c.reader().readArchive(ArchiveKind.HOURLY, newest.minusMinutes(210),
                newest.minusMinutes(90));
        assertThat(records).extracting(ArchiveRecord::writtenAt).containsExactly(newest.minusHours(3),
                newest.minusHours(2));
    }

    @Test
    void archiveWindowBeforeTheOldestRecordIsEmpty() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        LocalDateTime longAgo = c.meter().now().minusYears(1);
        assertThat(c.reader().readArchive(ArchiveKind.HOURLY, longAgo.minusDays(1), longAgo)).isEmpty();
    }

    @Test
    void archiveWindowAfterTheNewestRecordIsEmpty() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        LocalDateTime later = c.meter().now().plusDays(1);
        assertThat(c.reader().readArchive(ArchiveKind.DAILY, later, later.plusDays(1))).isEmpty();
    }

    @Test
    void dailyRecordsAreWrittenAtMidnightAndCoverThePreviousDay() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        List<ArchiveRecord> days = c.reader().readLatest(ArchiveKind.DAILY, 5);
        assertThat(days).hasSize(2);  // two days of history
        for (ArchiveRecord day : days) {
            assertThat(day.writtenAt().toLocalTime()).isEqualTo("00:00");
            assertThat(day.coveredFrom()).isEqualTo(day.writtenAt().minusDays(1));
            assertThat(day.checksum().notSumMatches()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(FlashSize.class)
    void hourlyRingWrapsAroundAtBothFlashSizes(FlashSize size) throws Exception {
        // a full ring plus 24 hours: the newest record sits at index 23 and the 30 newest straddle the wrap
        int days = size.hourlyRecords() / 24 + 1;
        Conversation c = start(MeterProfile.defaults().withFlashSize(size).withHistory(Duration.ofDays(days)));
        ArchiveRing ring = ArchiveRing.of(size, ArchiveKind.HOURLY);
        assertThat(ring.newestIndex(c.meter().pointer(ArchiveKind.HOURLY))).isEqualTo(23);
        MeterReader reader = c.reader();
        List<ArchiveRecord> records = reader.readLatest(ArchiveKind.HOURLY, 30);
        assertThat(records).hasSize(30);
        assertConsecutive(records, Duration.ofHours(1));
        assertThat(records.getLast().writtenAt()).isEqualTo(c.meter().now().truncatedTo(ChronoUnit.HOURS));
        byte[] lastSlot = c.meter().flash(ring.address(-1), ArchiveRing.RECORD_SIZE);
        assertThat(ArchiveRecordCodec.decode(lastSlot)).isEqualTo(records.get(5));
        assertThat(reader.readLatest(ArchiveKind.HOURLY, size.hourlyRecords() + 5)).hasSize(size.hourlyRecords());
    }

    @Test
    void emptyRingGivesNoRecords() throws Exception {
        Conversation c = start(MeterProfile.defaults().withHistory(Duration.ZERO));
        assertThat(c.reader().readLatest(ArchiveKind.MONTHLY, 3)).isEmpty();
    }

    @Test
    void silentMeterIsAskedAgain() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        c.meter().faults().inject(new Fault.NoReply());
        MeterReader reader = c.reader();
        assertThat(reader.identify().model()).isEqualTo("TEMC106");
        assertThat(reader.requestsSent()).isEqualTo(2);
    }

    @Test
    void meterSilentOnEveryAttemptIsATimeout() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        c.meter().faults().inject(new Fault.NoReply(), new Fault.NoReply(), new Fault.NoReply());
        assertThatThrownBy(() -> c.reader().identify()).isInstanceOf(MeterTimeoutException.class)
                .hasMessageContaining("after 3 attempt(s)");
    }

    @Test
    void lateReplyIsRetriedAndItsLeftoverDoesNotConfuseTheNextRead() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        c.meter().faults().inject(new Fault.LateReply(Conversation.LATE));
        MeterReader reader = c.reader();
        assertThat(reader.identify().address()).isEqualTo(1);
        assertThat(reader.readConfiguration()).isEqualTo(c.meter().configuration());
        assertThat(reader.readCurrent().clock()).isEqualTo(c.meter().now());
    }

    @Test
    void corruptChecksumIsRetried() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        c.meter().faults().inject(new Fault.CorruptChecksum());
        MeterReader reader = c.reader();
        assertThat(reader.readConfiguration()).isEqualTo(c.meter().configuration());
        assertThat(reader.requestsSent()).isEqualTo(9);
    }

    @Test
    void checksumCorruptOnEveryAttemptIsADecodingErrorNamingCs() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        c.meter().faults().inject(new Fault.CorruptChecksum(), new Fault.CorruptChecksum(), new Fault.CorruptChecksum());
        assertThatThrownBy(() -> c.reader().identify()).isInstanceOfSatisfying(MeterDecodingException.class,
                e -> assertThat(e.getCause().field()).isEqualTo("CS"));
    }

    @Test
    void replyFromAnotherAddressIsIgnoredAndRetried() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        c.meter().faults().inject(new Fault.WrongAddress(9));
        MeterReader reader = c.reader();
        assertThat(reader.identify().address()).isEqualTo(1);
        assertThat(reader.requestsSent()).isEqualTo(2);
    }

    @Test
    void replyFromAnotherAddressOnEveryAttemptNamesAddr() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        c.meter().faults().inject(new Fault.WrongAddress(9), new Fault.WrongAddress(9), new Fault.WrongAddress(9));
        assertThatThrownBy(() -> c.reader().identify()).isInstanceOfSatisfying(MeterDecodingException.class, e -> {
            assertThat(e.getCause().field()).isEqualTo("ADDR");
            assertThat(e.getCause().found()).isEqualTo("0x09");
        });
    }

    @Test
    void frameBrokenByAPauseOverHalfASecondIsRetried() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        c.meter().faults().inject(new Fault.SplitByPause(5, Duration.ofMillis(700)));
        MeterReader reader = c.reader();
        assertThat(reader.identify().model()).isEqualTo("TEMC106");
        assertThat(reader.requestsSent()).isEqualTo(2);
    }

    @Test
    void pauseShorterThanHalfASecondInsideAFrameIsFine() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        c.meter().faults().inject(new Fault.SplitByPause(5, Duration.ofMillis(150)));
        MeterReader reader = c.reader();
        assertThat(reader.identify().model()).isEqualTo("TEMC106");
        assertThat(reader.requestsSent()).isEqualTo(1);
    }

    @Test
    void garbageBeforeTheFrameIsSkipped() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        c.meter().faults().inject(new Fault.GarbageBefore(new byte[] {0x00, (byte) 0xAA, 0x13, 0x55, (byte) 0xFF}));
        MeterReader reader = c.reader();
        assertThat(reader.identify().model()).isEqualTo("TEMC106");
        assertThat(reader.requestsSent()).isEqualTo(1);
    }

    @Test
    void closedLinkIsALinkFailure() throws Exception {
        Conversation c = start(MeterProfile.defaults());
        MeterReader reader = c.reader();
        c.masterLink().close();
        assertThatThrownBy(reader::identify).isInstanceOf(LinkFailureException.class);
    }

    static void assertConsecutive(List<ArchiveRecord> records, Duration step) {
        for (int i = 1; i < records.size(); i++) {
            ArchiveRecord older = records.get(i - 1);
            ArchiveRecord newer = records.get(i);
            assertThat(newer.writtenAt()).isEqualTo(older.writtenAt().plus(step));
            assertThat(newer.coveredFrom()).isEqualTo(older.writtenAt());
            assertThat(newer.system(1).energy().value()).isGreaterThanOrEqualTo(older.system(1).energy().value());
            assertThat(newer.system(1).volume().value()).isGreaterThanOrEqualTo(older.system(1).volume().value());
            assertThat(newer.poweredTime()).isEqualTo(older.poweredTime().plus(step));
        }
    }
}
