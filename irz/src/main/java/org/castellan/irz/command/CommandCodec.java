package org.castellan.irz.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.castellan.irz.Hex;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.SignalQuality;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.colprot.FrameType;

/**
 * Frames of type 0x0C ↔ commands and answers (irz-modem.md §5):
 * <pre>
 * request  C8 CA CB CC CD 0C 00 03 xx 40 cc 0D 0A
 * answer   C8 CA CB CC CD 0C 00 LL 01 40 cc &lt;data&gt; 0D 0A
 * </pre>
 * The meaning of the request's first byte {@code xx} is <b>open</b> in the document; emulators answer whatever it is
 * with {@code 01}. It is a parameter here (default {@link #DEFAULT_REQUEST_MARKER}); an answer's first byte is not
 * checked. Stateless and thread-safe.
 */
public final class CommandCodec {

    /** Default first byte of a status request. */
    public static final int DEFAULT_REQUEST_MARKER = 0x01;
    /** First byte of a status answer as modems and emulators send it. */
    public static final int ANSWER_MARKER = 0x01;

    private static final int AT = 0x40;
    private static final int HEADER = 3;

    private CommandCodec() {
    }

    /**
     * @param requestMarker the first byte of a status request (0–255)
     * @return the 0x0C frame for the request
     */
    public static ColprotFrame encode(CommandRequest request, int requestMarker) {
        return switch (request) {
            case CommandRequest.Status s -> ColprotFrame.of(FrameType.COMMAND,
                    new byte[] {(byte) requestMarker, AT, (byte) s.command().code()});
            case CommandRequest.Text t -> ColprotFrame.of(FrameType.COMMAND,
                    t.text().getBytes(StandardCharsets.US_ASCII));
        };
    }

    /**
     * Reads a modem's 0x0C frame: a status answer when its payload is {@code xx 40 cc …}, otherwise a text answer.
     *
     * @throws IrzDecodingException naming the field if the frame is not type 0x0C or a known status's data is malformed
     */
    public static CommandAnswer decode(ColprotFrame frame) throws IrzDecodingException {
        requireCommandFrame(frame);
        byte[] payload = frame.payload();
        OptionalInt code = statusCode(frame);
        if (code.isEmpty()) {
            return new CommandAnswer.Text(new String(payload, StandardCharsets.ISO_8859_1));
        }
        byte[] data = Arrays.copyOfRange(payload, HEADER, payload.length);
        return StatusCommand.of(code.getAsInt()).isPresent()
                ? decodeStatus(StatusCommand.of(code.getAsInt()).get(), data)
                : CommandAnswer.UnknownStatus.of(code.getAsInt(), data);
    }

    /** @return the status code of a 0x0C frame whose payload is {@code xx 40 cc …}; empty for anything else */
    public static OptionalInt statusCode(ColprotFrame frame) {
        boolean status = frame.type() == FrameType.COMMAND && frame.payloadLength() >= HEADER
                && frame.payloadAt(1) == AT;
        return status ? OptionalInt.of(frame.payloadAt(2)) : OptionalInt.empty();
    }

    /**
     * Reads a server's 0x0C frame (the emulator's side): a status request, or a text command expecting nothing in
     * particular.
     *
     * @throws IrzDecodingException if the frame is not type 0x0C or carries no payload
     */
    public static CommandRequest decodeRequest(ColprotFrame frame) throws IrzDecodingException {
        requireCommandFrame(frame);
        OptionalInt code = statusCode(frame);
        if (code.isPresent() && frame.payloadLength() == HEADER && StatusCommand.of(code.getAsInt()).isPresent()) {
            return new CommandRequest.Status(StatusCommand.of(code.getAsInt()).get());
        }
        String text = new String(frame.payload(), StandardCharsets.ISO_8859_1);
        if (text.isEmpty() || !text.chars().allMatch(c -> c < 0x80)) {
            throw new IrzDecodingException("command payload", "a status request or ASCII text", Hex.format(
                    frame.payload()));
        }
        return new CommandRequest.Text(text, new ExpectedAnswer.None());
    }

    /**
     * Writes an answer as a modem does (the emulator's side).
     *
     * @throws IllegalArgumentException for {@link CommandAnswer.Sent}, which is not sent
     */
    public static ColprotFrame encodeAnswer(CommandAnswer answer) {
        return switch (answer) {
            case CommandAnswer.Signal s -> status(StatusCommand.SIGNAL, new byte[] {(byte) s.quality().csq()});
            case CommandAnswer.Gpio g -> status(StatusCommand.GPIO, gpioBytes(g.pins()));
            case CommandAnswer.CellInfo c -> status(StatusCommand.CELL_INFO, ascii(c.text()));
            case CommandAnswer.Temperature t -> status(StatusCommand.TEMPERATURE, new byte[] {(byte) (t.celsius() + 100)});
            case CommandAnswer.Iccid i -> status(StatusCommand.ICCID, ascii(i.iccid()));
            case CommandAnswer.UnknownStatus u -> statusFrame(u.code(), Hex.parse(u.data()));
            case CommandAnswer.Text t -> ColprotFrame.of(FrameType.COMMAND, t.text().getBytes(
                    StandardCharsets.ISO_8859_1));
            case CommandAnswer.Sent s -> throw new IllegalArgumentException("answer: Sent is not a frame");
        };
    }

    /** @return the status an answer belongs to, or null for text, unknown codes and {@code Sent} */
    static StatusCommand statusOf(CommandAnswer answer) {
        return switch (answer) {
            case CommandAnswer.Signal s -> StatusCommand.SIGNAL;
            case CommandAnswer.Gpio g -> StatusCommand.GPIO;
            case CommandAnswer.CellInfo c -> StatusCommand.CELL_INFO;
            case CommandAnswer.Temperature t -> StatusCommand.TEMPERATURE;
            case CommandAnswer.Iccid i -> StatusCommand.ICCID;
            case CommandAnswer.UnknownStatus u -> null;
            case CommandAnswer.Text t -> null;
            case CommandAnswer.Sent s -> null;
        };
    }

    private static CommandAnswer decodeStatus(StatusCommand command, byte[] data) throws IrzDecodingException {
        String field = "@" + Hex.formatByte(command.code()).substring(2) + " " + command;
        return switch (command) {
            case SIGNAL -> {
                int csq = singleByte(field, data);
                if (!SignalQuality.isValid(csq)) {
                    throw new IrzDecodingException(field + " CSQ", "0–31 or 99", Integer.toString(csq));
                }
                yield new CommandAnswer.Signal(new SignalQuality(csq));
            }
            case GPIO -> new CommandAnswer.Gpio(gpioPins(field, data));
            case CELL_INFO -> new CommandAnswer.CellInfo(printable(field, data));
            case TEMPERATURE -> new CommandAnswer.Temperature(singleByte(field, data) - 100);
            case ICCID -> new CommandAnswer.Iccid(iccid(field, data));
        };
    }

    private static int singleByte(String field, byte[] data) throws IrzDecodingException {
        if (data.length != 1) {
            throw new IrzDecodingException(field + " data length", "1 byte", data.length + " bytes: "
                    + Hex.format(data));
        }
        return data[0] & 0xFF;
    }

    private static List<GpioPin> gpioPins(String field, byte[] data) throws IrzDecodingException {
        if (data.length == 0) {
            throw new IrzDecodingException(field + " data length", "1 byte per pin", "0 bytes");
        }
        List<GpioPin> pins = new ArrayList<>(data.length);
        for (int i = 0; i < data.length; i++) {
            pins.add(GpioPin.decode(i + 1, data[i] & 0xFF));
        }
        return pins;
    }

    private static String printable(String field, byte[] data) throws IrzDecodingException {
        for (int i = 0; i < data.length; i++) {
            if (data[i] < 0x20 || data[i] > 0x7E) {
                throw new IrzDecodingException(field + " character " + i, "printable ASCII",
                        Hex.formatByte(data[i]));
            }
        }
        return new String(data, StandardCharsets.US_ASCII);
    }

    private static String iccid(String field, byte[] data) throws IrzDecodingException {
        String text = printable(field, data);
        if (!text.matches("[0-9A-Fa-f]{19,20}")) {
            throw new IrzDecodingException(field, "19–20 digits", '"' + text + '"');
        }
        return text;
    }

    private static void requireCommandFrame(ColprotFrame frame) throws IrzDecodingException {
        if (frame.type() != FrameType.COMMAND) {
            throw new IrzDecodingException("frame type", "0x0C (command)", Hex.formatByte(frame.typeCode()));
        }
    }

    private static ColprotFrame status(StatusCommand command, byte[] data) {
        return statusFrame(command.code(), data);
    }

    private static ColprotFrame statusFrame(int code, byte[] data) {
        byte[] payload = new byte[HEADER + data.length];
        payload[0] = ANSWER_MARKER;
        payload[1] = AT;
        payload[2] = (byte) code;
        System.arraycopy(data, 0, payload, HEADER, data.length);
        return ColprotFrame.of(FrameType.COMMAND, payload);
    }

    private static byte[] gpioBytes(List<GpioPin> pins) {
        byte[] out = new byte[pins.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) pins.get(i).encode();
        }
        return out;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
