package org.castellan.tem106.emulator;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.FrameCodec;
import org.castellan.tem106.codec.Framer;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.link.Link;

/**
 * Serves one {@link VirtualMeter} on one {@link Link}: frames requests out of the byte stream, answers them, applies
 * the meter's queued faults. A request the meter cannot decode is ignored, as a real meter on a bus would.
 *
 * <p>Runs on the thread that calls {@link #run()} until the link fails or closes, or {@link #stop()} is called; never
 * throws. Delays of late and split replies are real time: the master's timeouts are.
 */
public final class MeterConnection implements Runnable {
    private static final Duration POLL = Duration.ofMillis(200);

    private final VirtualMeter meter;
    private final Link link;
    private final Framer framer = Framer.forRequests();
    private volatile boolean running = true;

    public MeterConnection(VirtualMeter meter, Link link) {
        this.meter = meter;
        this.link = link;
    }

    @Override
    public void run() {
        try {
            while (running) {
                for (byte[] frame : framer.feed(link.receive(POLL))) {
                    serve(frame);
                }
            }
        } catch (IOException e) {
            // the master went away: the connection ends, the meter lives on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly();
        }
    }

    /** Makes {@link #run()} return and closes the link at once (unblocks a socket read). */
    public void stop() {
        running = false;
        closeQuietly();
    }

    /** Makes {@link #run()} return after its current wait (at most 200 ms); {@link #run()} then closes the link. */
    public void halt() {
        running = false;
    }

    private void serve(byte[] frame) throws IOException, InterruptedException {
        Request request;
        try {
            request = FrameCodec.decodeRequest(frame);
        } catch (DecodingException e) {
            return;
        }
        Optional<Reply> reply = meter.answer(request);
        if (reply.isPresent()) {
            send(FrameCodec.encode(reply.get()));
        }
    }

    private void send(byte[] reply) throws IOException, InterruptedException {
        Optional<Fault> fault = meter.faults().next();
        if (fault.isEmpty()) {
            link.send(reply);
            return;
        }
        switch (fault.get()) {
            case Fault.NoReply ignored -> { }
            case Fault.LateReply late -> {
                Thread.sleep(late.delay());
                link.send(reply);
            }
            case Fault.CorruptChecksum ignored -> {
                reply[reply.length - 1] = (byte) ~reply[reply.length - 1];
                link.send(reply);
            }
            case Fault.WrongAddress wrong -> link.send(readdressed(reply, wrong.address()));
            case Fault.SplitByPause split -> {
                int cut = Math.clamp(split.firstPart(), 1, reply.length - 1);
                link.send(Arrays.copyOf(reply, cut));
                Thread.sleep(split.pause());
                link.send(Arrays.copyOfRange(reply, cut, reply.length));
            }
            case Fault.GarbageBefore garbage -> {
                byte[] noisy = Arrays.copyOf(garbage.garbage(), garbage.garbage().length + reply.length);
                System.arraycopy(reply, 0, noisy, garbage.garbage().length, reply.length);
                link.send(noisy);
            }
        }
    }

    private static byte[] readdressed(byte[] reply, int address) {
        byte[] copy = reply.clone();
        copy[1] = (byte) address;
        copy[2] = (byte) ~address;
        copy[copy.length - 1] = (byte) org.castellan.tem106.codec.Checksum.of(copy, 0, copy.length - 1);
        return copy;
    }

    private void closeQuietly() {
        try {
            link.close();
        } catch (IOException e) {
            // closing a broken link: nothing left to do
        }
    }
}
