package org.castellan.tem106.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.FrameCodec;
import org.castellan.tem106.codec.Framer;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.link.InMemoryLink;
import org.castellan.tem106.memory.TimerMemory;

/**
 * A meter that answers from fixed memory images a test wrote by hand — for states the emulator never gets into
 * (unknown Flash type, a clock that is not BCD, a pointer outside its ring, a foreign model string).
 */
public final class ImageMeter implements AutoCloseable {
    public final byte[] timerMemory = new byte[TimerMemory.SIZE];
    public final byte[] flash = new byte[512 * 1024];
    public volatile String model = "TEMC106";
    private final InMemoryLink.Pair link = InMemoryLink.pair();
    private final Thread thread;

    public ImageMeter() {
        Arrays.fill(flash, (byte) 0xFF);
        thread = Thread.ofVirtual().name("image-meter").start(this::serve);
    }

    public InMemoryLink masterLink() {
        return link.master();
    }

    private void serve() {
        Framer framer = Framer.forRequests();
        try {
            while (true) {
                for (byte[] frame : framer.feed(link.meter().receive(Duration.ofSeconds(1)))) {
                    link.meter().send(FrameCodec.encode(answer(FrameCodec.decodeRequest(frame))));
                }
            }
        } catch (IOException | DecodingException e) {
            // link closed at the end of the test, or a test sent nonsense: stop serving
        }
    }

    private Reply answer(Request request) {
        int address = request.address();
        return switch (request) {
            case Request.Identify r -> new Reply.Identification(address, model);
            case Request.ReadTimerMemory r -> new Reply.MemoryData(address, r.command(),
                    Arrays.copyOfRange(timerMemory, r.start(), r.start() + r.length()));
            case Request.ReadFlash r -> new Reply.MemoryData(address, r.command(),
                    Arrays.copyOfRange(flash, (int) r.start(), (int) r.start() + r.length()));
        };
    }

    @Override
    public void close() throws InterruptedException {
        link.master().close();
        thread.join(Duration.ofSeconds(5));
    }
}
