package org.castellan.tem106.reader;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.FrameCodec;
import org.castellan.tem106.codec.Framer;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.link.Link;

/**
 * One request, one reply, over a {@link Link}: the session's correlation, timeouts and retries.
 *
 * <p>Per attempt: drop bytes left over from earlier turns (resynchronisation), send, then wait up to the response
 * timeout for a reply to begin; once a frame has begun, every next byte must come within the inter-byte limit
 * (seed TEM-106 §2: 0.5 s), else the frame is broken. A frame that is well formed but answers something else (another
 * address, command or length — a late reply to an earlier request) is skipped and waiting goes on; a frame that is
 * damaged (checksum) or broken fails the attempt. Bounded: a read never lasts longer than
 * {@code attempts × (responseTimeout + 71 × interByteLimit)}.
 *
 * <p>Not thread-safe: one exchange per link, used by one thread.
 */
final class Exchange {
    /** Echo fields: a frame that differs only in these is another turn's reply, not a damaged one. */
    private static final Set<String> ECHO_FIELDS = Set.of("ADDR", "CGRP", "CMD", "LEN");

    private final Link link;
    private final ReaderSettings settings;
    private final Framer framer = Framer.forReplies();
    private int requests;

    Exchange(Link link, ReaderSettings settings) {
        this.link = link;
        this.settings = settings;
    }

    /** Requests sent so far, retries included. */
    int requests() {
        return requests;
    }

    Reply perform(Request request) throws Tem106Exception {
        byte[] frame = FrameCodec.encode(request);
        Exception last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                discardStale();
                link.send(frame);
                requests++;
                return awaitReply(request);
            } catch (IOException e) {
                throw new LinkFailureException("link failed while asking meter " + request.address() + ": " + e.getMessage(),
                        e);
            } catch (DecodingException | NoReply e) {
                last = e;
            }
        }
        String what = describe(request) + " after " + settings.attempts() + " attempt(s)";
        if (last instanceof DecodingException decoding) {
            throw new MeterDecodingException("bad reply to " + what, decoding);
        }
        throw new MeterTimeoutException("no reply to " + what + " (response timeout " + settings.responseTimeout()
                .toMillis() + " ms)");
    }

    private Reply awaitReply(Request request) throws IOException, DecodingException, NoReply {
        framer.reset();
        long deadline = System.nanoTime() + settings.responseTimeout().toNanos();
        long limit = settings.interByteLimit().toNanos();
        long lastByte = 0;
        DecodingException stray = null;
        while (true) {
            long now = System.nanoTime();
            long wait = framer.inFrame() ? lastByte + limit - now : deadline - now;
            if (wait <= 0) {
                if (framer.inFrame()) {
                    throw new DecodingException("frame", "the next byte within " + limit / 1_000_000 + " ms (seed §2)",
                            "a pause after " + framer.partialLength() + " bytes");
                }
                if (stray != null) {
                    throw stray;
                }
                throw new NoReply();
            }
            byte[] chunk = link.receive(Duration.ofNanos(wait));
            if (chunk.length > 0) {
                lastByte = System.nanoTime();
            }
            for (byte[] candidate : framer.feed(chunk)) {
                try {
                    return FrameCodec.decodeReply(request, candidate);
                } catch (DecodingException e) {
                    if (!ECHO_FIELDS.contains(e.field())) {
                        throw e;
                    }
                    stray = e;
                }
            }
        }
    }

    /** Drops a late reply or noise from an earlier turn; bounded, so a line that chatters forever cannot hang us. */
    private void discardStale() throws IOException {
        long until = System.nanoTime() + settings.interByteLimit().toNanos();
        while (link.receive(Duration.ZERO).length > 0 && System.nanoTime() < until) {
            // not this request's answer
        }
    }

    private static String describe(Request request) {
        return switch (request) {
            case Request.Identify r -> "identify at address " + r.address();
            case Request.ReadTimerMemory r -> String.format("timer memory read of %d bytes at 0x%04X from meter %d",
                    r.length(), r.start(), r.address());
            case Request.ReadFlash r -> String.format("flash read of %d bytes at 0x%08X from meter %d", r.length(),
                    r.start(), r.address());
        };
    }

    /** No byte of a reply came within the response timeout. */
    private static final class NoReply extends Exception {
        NoReply() {
            super(null, null, false, false);
        }
    }
}
