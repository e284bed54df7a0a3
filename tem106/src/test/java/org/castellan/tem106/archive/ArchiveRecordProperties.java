package org.castellan.tem106.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.castellan.tem106.archive.ArchiveRecord.ExtraVolume;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.meter.CommaTable;
import org.castellan.tem106.meter.Integrator;
import org.castellan.tem106.meter.SystemTimes;

/** Archive records round-tripped, and the record decoder fuzzed. */
class ArchiveRecordProperties {
    @Provide
    Arbitrary<LocalDateTime> hours() {
        return Arbitraries.longs().between(0, 99L * 365 * 24).map(h -> LocalDateTime.of(2000, 1, 1, 0, 0).plusHours(h));
    }

    @Provide
    Arbitrary<Integrator> integrators() {
        return Combinators.combine(Arbitraries.longs().between(0, 0xFFFF_FFFFL),
                Arbitraries.floats().between(0, 1).ofScale(6), Arbitraries.integers().between(0, 255),
                Arbitraries.of(CommaTable.class)).as(Integrator::new);
    }

    @Provide
    Arbitrary<SystemArchive> systems() {
        Arbitrary<Duration> seconds = Arbitraries.longs().between(0, 0xFFFF_FFFFL).map(Duration::ofSeconds);
        Arbitrary<SystemTimes> times = Combinators.combine(seconds, seconds, seconds, seconds, seconds)
                .as(SystemTimes::new);
        return Combinators.combine(Arbitraries.integers().between(0, 255), integrators(), integrators(), integrators(),
                times, Arbitraries.integers().between(0, 255)).as((comma, e, m, v, t, errors) -> new SystemArchive(1, comma,
                        new Integrator(e.integer(), e.fraction(), comma, CommaTable.ENERGY),
                        new Integrator(m.integer(), m.fraction(), comma, CommaTable.MASS_VOLUME),
                        new Integrator(v.integer(), v.fraction(), comma, CommaTable.MASS_VOLUME), t, errors));
    }

    @Provide
    Arbitrary<ArchiveRecord> records() {
        return Combinators.combine(hours(), hours(), systems().list().ofSize(6), integrators(),
                Arbitraries.floats().list().ofSize(7), Arbitraries.floats().list().ofSize(6),
                Arbitraries.floats().between(0, 1e6f).list().ofSize(4), Arbitraries.integers().between(0, 255))
                .as(ArchiveRecordProperties::record);
    }

    private static ArchiveRecord record(LocalDateTime written, LocalDateTime covered, List<SystemArchive> drawn,
            Integrator total, List<Float> temperatures, List<Float> pressures, List<Float> extra, int checksum) {
        List<SystemArchive> systems = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            SystemArchive s = drawn.get(n - 1);
            systems.add(new SystemArchive(n, s.comma(), s.energy(), s.mass(), s.volume(), s.times(), s.errorBits()));
        }
        Integrator totalWithFirstComma = new Integrator(total.integer(), total.fraction(), systems.getFirst().comma(),
                CommaTable.ENERGY);
        return new ArchiveRecord(written, covered, systems, totalWithFirstComma,
                Duration.ofSeconds(total.integer()), temperatures, pressures,
                List.of(new ExtraVolume(extra.get(0), extra.get(1)), new ExtraVolume(extra.get(2), extra.get(3))),
                new RecordChecksum(checksum, false, false));
    }

    @Property(tries = 300)
    void everyRecordRoundTrips(@ForAll("records") ArchiveRecord record) throws DecodingException {
        byte[] bytes = ArchiveRecordCodec.encode(record);
        ArchiveRecord decoded = ArchiveRecordCodec.decode(bytes);
        assertThat(decoded).usingRecursiveComparison().ignoringFields("checksum").isEqualTo(record);
        assertThat(decoded.checksum().stored()).isEqualTo(record.checksum().stored());
        assertThat(ArchiveRecordCodec.encode(decoded)).isEqualTo(bytes);
    }

    @Property(tries = 500)
    void randomBytesDecodeOrFailWithADecodingError(@ForAll @Size(384) byte[] bytes) {
        try {
            ArchiveRecord record = ArchiveRecordCodec.decode(bytes);
            assertThat(record.systems()).hasSize(6);
        } catch (DecodingException expected) {
            assertThat(expected.field()).isNotBlank();
        }
    }

    @Property(tries = 500)
    void plausibleRecordsWithOneByteChangedDecodeOrFailWithADecodingError(@ForAll("records") ArchiveRecord record,
            @ForAll @net.jqwik.api.constraints.IntRange(max = 383) int position, @ForAll byte value) {
        byte[] bytes = ArchiveRecordCodec.encode(record);
        bytes[position] = value;
        try {
            ArchiveRecordCodec.decode(bytes);
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).contains("expected");
        }
    }
}
