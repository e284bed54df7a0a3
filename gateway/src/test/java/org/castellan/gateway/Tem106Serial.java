package org.castellan.gateway;

import java.util.Optional;
import org.castellan.irz.emulator.MeterLine;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.FrameCodec;
import org.castellan.tem106.codec.Framer;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.emulator.VirtualMeter;

/** The tem106 emulator's meter on the emulated modem's serial side: frames requests and answers them at once. */
final class Tem106Serial implements SerialDevice {

    private final VirtualMeter meter;
    private final Framer framer = Framer.forRequests();

    Tem106Serial(VirtualMeter meter) {
        this.meter = meter;
    }

    @Override
    public synchronized void onBytes(byte[] data, MeterLine line) {
        for (byte[] frame : framer.feed(data)) {
            try {
                Optional<Reply> reply = meter.answer(FrameCodec.decodeRequest(frame));
                reply.ifPresent(r -> line.send(FrameCodec.encode(r)));
            } catch (DecodingException e) {
                // a meter on a bus ignores what it cannot decode
            }
        }
    }
}
