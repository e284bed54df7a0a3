package org.castellan.tem106.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.ArchiveRecordCodec;
import org.castellan.tem106.archive.ArchiveRing;
import org.castellan.tem106.archive.SystemArchive;
import org.castellan.tem106.archive.SystemError;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.meter.SystemType;
import org.castellan.tem106.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The emulated meter's physics and archive, read straight from its Flash (no link involved). */
class VirtualMeterTest {
    private static final MeterProfile TEN_DAYS = MeterProfile.defaults().withHistory(Duration.ofDays(10))
            .withSystems(List.of(SystemType.SUPPLY_WITH_FLOW_METER, SystemType.MAIN, SystemType.FLOW_METER,
                    SystemType.TEMPERATURE));

    @Test
    void sameProfileAndClockGiveTheSameMeter() {
        VirtualMeter a = new VirtualMeter(TEN_DAYS, MutableClock.atEpoch());
        VirtualMeter b = new VirtualMeter(TEN_DAYS, MutableClock.atEpoch());
        assertThat(a.flash(0, 64 * 384)).isEqualTo(b.flash(0, 64 * 384));
    }

    @Test
    void catchingUpInOneStepOrManyGivesTheSameArchive() {
        MutableClock stepwise = MutableClock.atEpoch();
        VirtualMeter a = new VirtualMeter(TEN_DAYS, stepwise);
        for (int i = 0; i < 30; i++) {
            stepwise.advance(Duration.ofMinutes(7));
            a.now();
        }
        MutableClock once = MutableClock.atEpoch();
        VirtualMeter b = new VirtualMeter(TEN_DAYS, once);
        once.advance(Duration.ofMinutes(210));
        assertThat(a.flash(0, 300 * 384)).isEqualTo(b.flash(0, 300 * 384));
    }

    @Test
    void fastClockRunsOneSimulatedHourPerSecond() {
        MutableClock clock = MutableClock.atEpoch();
        VirtualMeter meter = new VirtualMeter(TEN_DAYS.withSpeed(3600), clock);
        LocalDateTime before = meter.now();
        long pointer = meter.pointer(ArchiveKind.HOURLY);
        clock.advance(Duration.ofSeconds(1));
        assertThat(meter.now()).isEqualTo(before.plusHours(1));
        assertThat(meter.pointer(ArchiveKind.HOURLY)).isEqualTo(pointer + ArchiveRing.RECORD_SIZE);
    }

    @Test
    void everyMinuteIsCountedOnceEitherAsOperatingOrAsOneError() {
        for (ArchiveRecord record : hourly(new VirtualMeter(TEN_DAYS, MutableClock.atEpoch()))) {
            for (SystemArchive s : record.systems().subList(0, 4)) {
                var t = s.times();
                assertThat(t.operating().plus(t.flowBelowMin()).plus(t.flowAboveMax()).plus(t.deltaTBelowMin())
                        .plus(t.technicalFault())).isEqualTo(record.poweredTime());
            }
        }
    }

    @Test
    void integratorsOnlyGrowAndStandStillDuringErrors() {
        int hoursWithErrors = 0;
        for (SystemArchive[] hour : hours(new VirtualMeter(TEN_DAYS, MutableClock.atEpoch()))) {
            SystemArchive before = hour[0];
            SystemArchive after = hour[1];
            assertThat(after.energy().value()).isGreaterThanOrEqualTo(before.energy().value());
            assertThat(after.mass().value()).isGreaterThanOrEqualTo(before.mass().value());
            if (after.errors().isEmpty()) {
                assertThat(after.times().operating().minus(before.times().operating())).isEqualTo(Duration.ofHours(1));
            } else {
                hoursWithErrors++;
                assertThat(after.times().operating().minus(before.times().operating())).isLessThan(Duration.ofHours(1));
            }
        }
        assertThat(hoursWithErrors).as("a few percent of 240 hours go wrong").isBetween(3, 40);
    }

    @Test
    void errorBitsMatchTheErrorClockThatRan() {
        for (SystemArchive[] hour : hours(new VirtualMeter(TEN_DAYS, MutableClock.atEpoch()))) {
            SystemArchive before = hour[0];
            SystemArchive after = hour[1];
            boolean e1 = after.times().flowBelowMin().compareTo(before.times().flowBelowMin()) > 0;
            boolean e2 = after.times().flowAboveMax().compareTo(before.times().flowAboveMax()) > 0;
            boolean e3 = after.times().deltaTBelowMin().compareTo(before.times().deltaTBelowMin()) > 0;
            assertThat(after.errors().contains(SystemError.G1_BELOW_MIN)).isEqualTo(e1);
            assertThat(after.errors().contains(SystemError.G1_ABOVE_MAX)).isEqualTo(e2);
            assertThat(after.errors().contains(SystemError.DELTA_T_BELOW_MIN)).isEqualTo(e3);
        }
    }

    @Test
    void energyFollowsMassAndTemperatureDifference() {
        for (SystemArchive[] hour : hours(new VirtualMeter(TEN_DAYS, MutableClock.atEpoch()))) {
            SystemArchive before = hour[0];
            SystemArchive after = hour[1];
            if (!after.errors().isEmpty()) {
                continue;
            }
            BigDecimal energy = after.energy().value().subtract(before.energy().value());
            BigDecimal mass = after.mass().value().subtract(before.mass().value());
            BigDecimal volume = after.volume().value().subtract(before.volume().value());
            // Q = M × cp × Δt / 3600 with Δt 14..22 K: 0.0163..0.0256 MWh per tonne; ρ ≈ 0.97..0.99 t/m³
            assertThat(energy.divide(mass, MathContext.DECIMAL64).doubleValue()).isBetween(0.015, 0.027);
            assertThat(mass.divide(volume, MathContext.DECIMAL64).doubleValue()).isBetween(0.95, 1.0);
        }
    }

    @Test
    void flowMeterAndTemperatureSystemsMeasureNoEnergy() {
        List<ArchiveRecord> records = hourly(new VirtualMeter(TEN_DAYS, MutableClock.atEpoch()));
        ArchiveRecord first = records.getFirst();
        ArchiveRecord last = records.getLast();
        assertThat(last.system(3).energy().value()).isEqualByComparingTo(first.system(3).energy().value());
        assertThat(last.system(3).volume().value()).isGreaterThan(first.system(3).volume().value());
        assertThat(last.system(4).volume().value()).isEqualByComparingTo(first.system(4).volume().value());
    }

    @Test
    void monthlyRecordsAreWrittenAtMidnightOfTheReportingDay() throws Exception {
        VirtualMeter meter = new VirtualMeter(TEN_DAYS.withHistory(Duration.ofDays(75)), MutableClock.atEpoch());
        ArchiveRing ring = ArchiveRing.of(meter.profile().flashSize(), ArchiveKind.MONTHLY);
        List<ArchiveRecord> months = new ArrayList<>();
        for (int i = 0; i < ring.capacity(); i++) {
            byte[] bytes = meter.flash(ring.address(i), ArchiveRing.RECORD_SIZE);
            if (!ArchiveRecordCodec.isErased(bytes)) {
                months.add(ArchiveRecordCodec.decode(bytes));
            }
        }
        // history from 2015-12-18: reporting day 1 falls on Jan 1, Feb 1, Mar 1
        assertThat(months).extracting(ArchiveRecord::writtenAt).containsExactly(LocalDateTime.of(2016, 1, 1, 0, 0),
                LocalDateTime.of(2016, 2, 1, 0, 0), LocalDateTime.of(2016, 3, 1, 0, 0));
        assertThat(months.get(2).coveredFrom()).isEqualTo(months.get(1).writtenAt());
    }

    @Test
    void answersOnlyItsOwnAddressOrAddressZeroAndStaysSilentOutsideItsMemory() {
        VirtualMeter meter = new VirtualMeter(MeterProfile.defaults().withAddress(5), MutableClock.atEpoch());
        assertThat(meter.answer(new Request.Identify(6))).isEmpty();
        assertThat(meter.answer(new Request.Identify(0))).get().extracting(Reply::address).isEqualTo(5);
        assertThat(meter.answer(new Request.ReadTimerMemory(5, 2040, 9))).isEmpty();
        assertThat(meter.answer(new Request.ReadFlash(5, 512 * 1024 - 8, 9))).isEmpty();
        assertThat(meter.answer(new Request.ReadFlash(5, 512 * 1024 - 8, 8))).isPresent();
    }

    /** System 1 in each pair of consecutive hourly records: {before, after}. */
    private static List<SystemArchive[]> hours(VirtualMeter meter) {
        List<ArchiveRecord> records = hourly(meter);
        List<SystemArchive[]> pairs = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            pairs.add(new SystemArchive[] {records.get(i - 1).system(1), records.get(i).system(1)});
        }
        return pairs;
    }

    private static List<ArchiveRecord> hourly(VirtualMeter meter) {
        ArchiveRing ring = ArchiveRing.of(meter.profile().flashSize(), ArchiveKind.HOURLY);
        List<ArchiveRecord> records = new ArrayList<>();
        try {
            int newest = ring.newestIndex(meter.pointer(ArchiveKind.HOURLY));
            for (int i = 0; i <= newest; i++) {
                records.add(ArchiveRecordCodec.decode(meter.flash(ring.address(i), ArchiveRing.RECORD_SIZE)));
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(records).hasSizeGreaterThan(200);
        return records;
    }
}
