package org.castellan.tem106.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.ArchiveRecordCodec;
import org.castellan.tem106.archive.ArchiveRing;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.FrameCodec;
import org.castellan.tem106.codec.Framer;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.VirtualMeter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoder throughput, in records per second: one 384-byte archive record decoded from its bytes, and the whole
 * wire path of one record (six 71-byte reply frames through the framer, validated, reassembled, decoded). Records
 * come from the emulator (real-looking values, not zeros).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecoderBenchmark {
    private static final int RECORDS = 64;

    private final List<byte[]> records = new ArrayList<>();
    private final List<byte[]> wire = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();
    private int next;

    @Setup
    public void emulatedRecords() {
        VirtualMeter meter = new VirtualMeter(MeterProfile.defaults().withHistory(java.time.Duration.ofDays(4)),
                Clock.systemUTC());
        ArchiveRing ring = ArchiveRing.of(meter.profile().flashSize(), ArchiveKind.HOURLY);
        for (int i = 0; i < RECORDS; i++) {
            records.add(meter.flash(ring.address(i), ArchiveRing.RECORD_SIZE));
            java.io.ByteArrayOutputStream frames = new java.io.ByteArrayOutputStream();
            for (int piece = 0; piece < 6; piece++) {
                long at = ring.address(i) + piece * 64L;
                Request request = new Request.ReadFlash(1, at, 64);
                requests.add(request);
                frames.writeBytes(FrameCodec.encode(meter.answer(request).orElseThrow()));
            }
            wire.add(frames.toByteArray());
        }
    }

    @Benchmark
    public ArchiveRecord recordFromBytes() throws DecodingException {
        next = (next + 1) % RECORDS;
        return ArchiveRecordCodec.decode(records.get(next));
    }

    @Benchmark
    public ArchiveRecord recordFromReplyFrames() throws DecodingException {
        next = (next + 1) % RECORDS;
        Framer framer = Framer.forReplies();
        byte[] record = new byte[ArchiveRing.RECORD_SIZE];
        List<byte[]> frames = framer.feed(wire.get(next));
        for (int piece = 0; piece < 6; piece++) {
            Reply reply = FrameCodec.decodeReply(requests.get(next * 6 + piece), frames.get(piece));
            System.arraycopy(reply.data(), 0, record, piece * 64, 64);
        }
        return ArchiveRecordCodec.decode(record);
    }
}
