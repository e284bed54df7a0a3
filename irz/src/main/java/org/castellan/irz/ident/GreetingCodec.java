package org.castellan.irz.ident;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.castellan.irz.IrzDecodingException;

/**
 * Writes and reads the server greeting (irz-modem.md §2):
 * <pre>
 * yyyyMMddHHmmss,MOD=DAT,\r
 * yyyyMMddHHmmss,MOD=SET,PSW=5492,\r
 * yyyyMMddHHmmss,MOD=FRM,PSW=5492,PAG=nnnn,\r
 * </pre>
 * The time is the clock's wall time in the clock's zone; the document does not say which zone a modem expects, so the
 * gateway chooses it by the clock it passes (the modems' local zone is the natural choice). Thread-safe.
 */
public final class GreetingCodec {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final Pattern LINE = Pattern.compile(
            "(\\d{14}),MOD=(DAT|SET|FRM),(?:PSW=([^,\\r]*),)?(?:PAG=(\\d{4}),)?");

    private final Clock clock;

    /** @param clock gives the time written into each greeting, in its zone */
    public GreetingCodec(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the greeting line for the current time, ASCII, ending in {@code \r} */
    public byte[] format(Greeting greeting) {
        String time = ZonedDateTime.now(clock).format(TIME);
        String body = switch (greeting) {
            case Greeting.DataMode d -> "MOD=DAT,";
            case Greeting.SettingsSession s -> "MOD=SET,PSW=" + s.password() + ',';
            case Greeting.FirmwareSession f -> "MOD=FRM,PSW=" + f.password() + ",PAG=" + String.format("%04d", f.page())
                    + ',';
        };
        return (time + ',' + body + '\r').getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A greeting as read by a modem.
     *
     * @param time     the server's wall time
     * @param greeting the session kind
     */
    public record Parsed(LocalDateTime time, Greeting greeting) {
    }

    /**
     * Reads a greeting line, with or without its {@code \r}.
     *
     * @throws IrzDecodingException naming the part that does not fit the §2 forms
     */
    public static Parsed parse(String line) throws IrzDecodingException {
        String body = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        Matcher m = LINE.matcher(body);
        if (!m.matches()) {
            throw new IrzDecodingException("greeting", "yyyyMMddHHmmss,MOD=DAT|SET|FRM,…", AtImeiLine.quote(body));
        }
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(m.group(1), TIME);
        } catch (DateTimeParseException e) {
            throw new IrzDecodingException("greeting time", "a valid yyyyMMddHHmmss", m.group(1));
        }
        return new Parsed(time, kind(m.group(2), m.group(3), m.group(4)));
    }

    private static Greeting kind(String mode, String password, String page) throws IrzDecodingException {
        if (mode.equals("DAT")) {
            return new Greeting.DataMode();
        }
        if (password == null) {
            throw new IrzDecodingException("greeting PSW", "PSW=… for MOD=" + mode, "none");
        }
        if (mode.equals("SET")) {
            return new Greeting.SettingsSession(password);
        }
        if (page == null) {
            throw new IrzDecodingException("greeting PAG", "PAG=nnnn for MOD=FRM", "none");
        }
        return new Greeting.FirmwareSession(password, Integer.parseInt(page));
    }

    static void checkPassword(String password) {
        if (!password.matches("[\\x21-\\x7E&&[^,]]{1,16}")) {
            throw new IllegalArgumentException("PSW: expected 1–16 printable characters without commas, found \""
                    + password + '"');
        }
    }
}
