package org.castellan.tem106.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.codec.FrameCodec;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.emulator.MeterConnection;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.link.InMemoryLink;
import org.castellan.tem106.link.SimulatedLine;
import org.castellan.tem106.reader.MeterReader;
import org.castellan.tem106.reader.ReaderSettings;
import org.castellan.tem106.testing.RecordingLink;

/**
 * Reads the last 24 hourly records from a fresh session (configuration, pointer, 24 × 6 Flash reads) through a
 * simulated 9600-baud 8N1 line with a 300 ms round trip, and compares the time with the protocol's lower bound:
 * every request's and reply's bytes at 10 bits each, plus one round trip per request.
 *
 * <p>Usage: {@code ArchiveReadBenchmark [runs] [records] [baud] [roundTripMillis]} (defaults 3, 24, 9600, 300).
 * Prints one line per run and the mean ratio with its standard deviation.
 */
public final class ArchiveReadBenchmark {
    private ArchiveReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        int baud = args.length > 2 ? Integer.parseInt(args[2]) : 9600;
        Duration roundTrip = Duration.ofMillis(args.length > 3 ? Long.parseLong(args[3]) : 300);
        System.out.printf("reading the last %d hourly records at %d baud, %d ms round trip, %d run(s)%n", records, baud,
                roundTrip.toMillis(), runs);
        List<Double> ratios = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            ratios.add(run(run, records, baud, roundTrip));
        }
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = ratios.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / Math.max(1, runs - 1);
        System.out.printf("measured / lower bound: mean %.4f, sd %.4f, min %.4f, max %.4f over %d run(s)%n", mean,
                Math.sqrt(variance), ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), runs);
    }

    private static double run(int run, int count, int baud, Duration roundTrip) throws Exception {
        VirtualMeter meter = new VirtualMeter(MeterProfile.defaults(), Clock.systemUTC());
        InMemoryLink.Pair pair = InMemoryLink.pair();
        MeterConnection connection = new MeterConnection(meter, pair.meter());
        Thread served = Thread.ofPlatform().name("bench-meter").start(connection);
        SimulatedLine line = new SimulatedLine(pair.master(), baud, roundTrip);
        RecordingLink recording = new RecordingLink(line);
        MeterReader reader = new MeterReader(recording, meter.address(), ReaderSettings.defaults());
        long start = System.nanoTime();
        List<ArchiveRecord> records = reader.readLatest(ArchiveKind.HOURLY, count);
        Duration measured = Duration.ofNanos(System.nanoTime() - start);
        connection.stop();
        served.join();
        if (records.size() != count) {
            throw new IllegalStateException("read " + records.size() + " records, wanted " + count);
        }
        long bytes = 0;
        for (Request request : recording.requests()) {
            int replyData = request.replyLength() < 0 ? 7 : request.replyLength();
            bytes += FrameCodec.encode(request).length + FrameCodec.HEADER + replyData + 1;
        }
        int requests = recording.requests().size();
        Duration bound = line.wireTime(bytes).plus(roundTrip.multipliedBy(requests));
        double ratio = (double) measured.toNanos() / bound.toNanos();
        System.out.printf("run %d: %d requests, %d bytes on the wire, lower bound %.3f s, measured %.3f s, ratio %.4f%n",
                run, requests, bytes, bound.toNanos() / 1e9, measured.toNanos() / 1e9, ratio);
        return ratio;
    }
}
