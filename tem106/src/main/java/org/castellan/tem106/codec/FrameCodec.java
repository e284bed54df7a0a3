package org.castellan.tem106.codec;

import static org.castellan.tem106.codec.DecodingException.hex;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.castellan.tem106.codec.Reply.Identification;
import org.castellan.tem106.codec.Reply.MemoryData;
import org.castellan.tem106.codec.Request.Identify;
import org.castellan.tem106.codec.Request.ReadFlash;
import org.castellan.tem106.codec.Request.ReadTimerMemory;

/**
 * Encodes and decodes TEM-106 frames (seed TEM-106 §2–§4). Pure functions, no state, safe from any thread.
 *
 * <p>Layout: {@code SIG ADDR ~ADDR CGRP CMD LEN DATA[LEN] CS}; {@code SIG} is {@code 55} from the master and
 * {@code AA} from the meter. The master uses {@link #encode(Request)} and {@link #decodeReply(Request, byte[])};
 * the emulator uses {@link #decodeRequest(byte[])} and {@link #encode(Reply)}.
 */
public final class FrameCodec {
    /** Start byte of a master's request. */
    public static final int REQUEST_SIG = 0x55;
    /** Start byte of a meter's reply. */
    public static final int REPLY_SIG = 0xAA;
    /** Bytes before the data: SIG ADDR ~ADDR CGRP CMD LEN. */
    public static final int HEADER = 6;
    /** The longest frame: a header, 64 data bytes and the checksum. */
    public static final int MAX_FRAME = HEADER + Request.MAX_READ + 1;

    private FrameCodec() {
    }

    /** The request frame, checksum included. */
    public static byte[] encode(Request request) {
        byte[] data = switch (request) {
            case Identify ignored -> new byte[0];
            case ReadTimerMemory r -> new byte[] {(byte) (r.start() >> 8), (byte) r.start(), (byte) r.length()};
            // erratum 1 / tem106.md "Commands": count first, then the 32-bit big-endian address
            case ReadFlash r -> new byte[] {(byte) r.length(), (byte) (r.start() >> 24), (byte) (r.start() >> 16),
                    (byte) (r.start() >> 8), (byte) r.start()};
        };
        return frame(REQUEST_SIG, request.address(), request.command(), data);
    }

    /** The reply frame, checksum included. */
    public static byte[] encode(Reply reply) {
        return frame(REPLY_SIG, reply.address(), reply.command(), reply.data());
    }

    /**
     * Decodes the meter's answer to {@code request}, checking field by field: size, start byte, inverted address,
     * checksum, then the echo of address, group and command, and the length (equal to the request's TLEN for reads).
     * The checksum is checked before the echoes so that a byte damaged on the line reports as a checksum error, not
     * as a meter answering the wrong command.
     *
     * @throws DecodingException naming the first field that is wrong
     */
    public static Reply decodeReply(Request request, byte[] frame) throws DecodingException {
        checkFrame(frame, REPLY_SIG, "reply");
        int address = frame[1] & 0xFF;
        // address 0 asks whoever is on a point-to-point line; the meter answers with its own (tem106.md "Framing")
        if (request.address() != 0 && address != request.address()) {
            throw new DecodingException("ADDR", hex(request.address()), hex(address));
        }
        expect("CGRP", request.command().group(), frame[3] & 0xFF);
        expect("CMD", request.command().code(), frame[4] & 0xFF);
        int length = frame[5] & 0xFF;
        if (request.replyLength() >= 0) {
            expect("LEN", request.replyLength(), length);
        } else if (length == 0) {
            throw new DecodingException("LEN", "1..64 bytes of model string", "0");
        }
        byte[] data = Arrays.copyOfRange(frame, HEADER, HEADER + length);
        return switch (request) {
            case Identify ignored -> new Identification(address, new String(data, StandardCharsets.ISO_8859_1));
            case ReadTimerMemory ignored -> new MemoryData(address, request.command(), data);
            case ReadFlash ignored -> new MemoryData(address, request.command(), data);
        };
    }

    /**
     * Decodes a master's request (the emulator's side).
     *
     * @throws DecodingException naming the first field that is wrong, or an unknown command
     */
    public static Request decodeRequest(byte[] frame) throws DecodingException {
        checkFrame(frame, REQUEST_SIG, "request");
        int address = frame[1] & 0xFF;
        int group = frame[3] & 0xFF;
        int code = frame[4] & 0xFF;
        Command command = Command.of(group, code).orElseThrow(() -> new DecodingException(
                "CGRP CMD", "00 00, 0F 01 or 0F 03", String.format("%02X %02X", group, code)));
        int length = frame[5] & 0xFF;
        return switch (command) {
            case IDENTIFY -> {
                expect("LEN", 0, length);
                yield new Identify(address);
            }
            case READ_TIMER_MEMORY -> {
                expect("LEN", 3, length);
                yield new ReadTimerMemory(address, (frame[6] & 0xFF) << 8 | frame[7] & 0xFF, tlen(frame[8]));
            }
            case READ_FLASH -> {
                expect("LEN", 5, length);
                yield new ReadFlash(address, (long) MeterNumbers.l(frame, 7), tlen(frame[6]));
            }
        };
    }

    private static int tlen(byte value) throws DecodingException {
        int length = value & 0xFF;
        if (length < 1 || length > Request.MAX_READ) {
            throw new DecodingException("TLEN", "1..64", String.valueOf(length));
        }
        return length;
    }

    /** Checks what every frame shares: size, start byte, inverted address, LEN against the size, checksum. */
    private static void checkFrame(byte[] frame, int sig, String what) throws DecodingException {
        if (frame.length < HEADER + 1) {
            throw new DecodingException(what + " size", "at least " + (HEADER + 1) + " bytes", frame.length + " bytes");
        }
        if (frame.length > MAX_FRAME) {
            throw new DecodingException(what + " size", "at most " + MAX_FRAME + " bytes", frame.length + " bytes");
        }
        expect("SIG", sig, frame[0] & 0xFF);
        expect("!ADDR", ~frame[1] & 0xFF, frame[2] & 0xFF);
        int length = frame[5] & 0xFF;
        if (length > Request.MAX_READ) {
            throw new DecodingException("LEN", "0..64", String.valueOf(length));
        }
        if (frame.length != HEADER + length + 1) {
            throw new DecodingException(what + " size", (HEADER + length + 1) + " bytes for LEN " + length,
                    frame.length + " bytes");
        }
        expect("CS", Checksum.of(frame, 0, frame.length - 1), frame[frame.length - 1] & 0xFF);
    }

    private static void expect(String field, int expected, int found) throws DecodingException {
        if (expected != found) {
            throw new DecodingException(field, hex(expected), hex(found));
        }
    }

    private static byte[] frame(int sig, int address, Command command, byte[] data) {
        byte[] frame = new byte[HEADER + data.length + 1];
        frame[0] = (byte) sig;
        frame[1] = (byte) address;
        frame[2] = (byte) ~address;
        frame[3] = (byte) command.group();
        frame[4] = (byte) command.code();
        frame[5] = (byte) data.length;
        System.arraycopy(data, 0, frame, HEADER, data.length);
        frame[frame.length - 1] = (byte) Checksum.of(frame, 0, frame.length - 1);
        return frame;
    }
}
