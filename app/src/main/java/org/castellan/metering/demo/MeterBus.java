package org.castellan.metering.demo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.castellan.irz.emulator.MeterLine;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.FrameCodec;
import org.castellan.tem106.codec.Framer;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.emulator.VirtualMeter;

/**
 * An RS-485 line on an emulated modem's serial side with one or more emulated TEM-106 meters on it (a multi-drop
 * line: each meter answers the requests addressed to it), a round trip added to every request-reply (what a GPRS
 * modem link costs), and a switch that makes the whole line fall silent (a cut cable, a meter without power).
 *
 * <p>The round trip is spent on {@code timer}, not on the modem's reader thread: a thousand lines with 300 ms each
 * hold no threads while they wait. Each reply is computed when its request arrives (the meter's clock at that
 * moment) and sent one round trip later.
 *
 * <p><b>Threading:</b> thread-safe; requests are framed one at a time, as on a half-duplex RS-485 line. The round
 * trip and the silence may be changed at any time, from any thread; they apply to the next request.
 */
public final class MeterBus implements SerialDevice {
    private final List<VirtualMeter> meters;
    private final ScheduledExecutorService timer;
    private final Framer framer = Framer.forRequests();
    private final AtomicLong requests = new AtomicLong();
    private volatile Duration roundTrip;
    private volatile boolean silent;

    /**
     * @param meters    the meters on the line, at distinct addresses
     * @param roundTrip added to each request-reply; {@link Duration#ZERO} answers at once on the caller's thread
     * @param timer     where delayed replies are sent from; may be null while the round trip stays zero
     */
    public MeterBus(List<VirtualMeter> meters, Duration roundTrip, ScheduledExecutorService timer) {
        if (meters.isEmpty()) {
            throw new IllegalArgumentException("a meter bus needs at least one meter");
        }
        if (meters.stream().map(VirtualMeter::address).distinct().count() != meters.size()) {
            throw new IllegalArgumentException("two meters at one address on one line: "
                    + meters.stream().map(VirtualMeter::address).toList());
        }
        this.meters = List.copyOf(meters);
        this.timer = timer;
        roundTrip(roundTrip);
    }

    /** A line with one meter that answers at once. */
    public static MeterBus of(VirtualMeter meter) {
        return new MeterBus(List.of(meter), Duration.ZERO, null);
    }

    public List<VirtualMeter> meters() {
        return meters;
    }

    /** Sets the round trip for the next requests. */
    public void roundTrip(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("a round trip cannot be negative: " + value);
        }
        if (!value.isZero() && timer == null) {
            throw new IllegalStateException("a round trip of " + value + " needs a timer to send the replies from");
        }
        roundTrip = value;
    }

    /** Requests that have come down the line so far (answered or not). */
    public long requests() {
        return requests.get();
    }

    /** Makes every meter on the line stop answering (true) or answer again (false). */
    public void silent(boolean value) {
        silent = value;
    }

    @Override
    public synchronized void onBytes(byte[] data, MeterLine line) {
        for (byte[] frame : framer.feed(data)) {
            requests.incrementAndGet();
            try {
                answer(FrameCodec.decodeRequest(frame)).ifPresent(reply -> send(FrameCodec.encode(reply), line));
            } catch (DecodingException e) {
                // a meter on a bus ignores what it cannot decode
            }
        }
    }

    private Optional<Reply> answer(Request request) {
        if (silent) {
            return Optional.empty();
        }
        // address 0 ("whoever is there") would make every meter on a real multi-drop line answer at once and garble
        // the reply; here the first meter answers, which is what a poller sees on a line with one meter
        for (VirtualMeter meter : meters) {
            Optional<Reply> reply = meter.answer(request);
            if (reply.isPresent()) {
                return reply;
            }
        }
        return Optional.empty();
    }

    private void send(byte[] reply, MeterLine line) {
        Duration delay = roundTrip;
        if (delay.isZero()) {
            line.send(reply);
        } else {
            timer.schedule(() -> line.send(reply), delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }
}
