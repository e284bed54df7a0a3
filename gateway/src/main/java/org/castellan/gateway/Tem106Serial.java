package org.castellan.gateway;

import java.util.Optional;
import org.castellan.irz.emulator.MeterLine;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.FrameCodec;
import org.castellan.tem106.codec.Framer;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.emulator.VirtualMeter;

/**
 * A {@code tem106} emulated meter on an emulated iRZ modem's serial side: frames the requests that come through the
 * modem and answers them at once. Used by the gateway's tests, the demo fleet and the load generator.
 *
 * <p><b>Threading:</b> thread-safe (one request at a time, as on an RS-485 line).
 */
public final class Tem106Serial implements SerialDevice {

    private final VirtualMeter meter;
    private final Framer framer = Framer.forRequests();

    /** @param meter the meter that answers */
    public Tem106Serial(VirtualMeter meter) {
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
