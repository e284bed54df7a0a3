package org.castellan.gsm.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.castellan.gsm.GsmDecodingException;

/**
 * Parses one line from {@link AtLineDecoder} into an {@link AtResponse}. Lines it has no parser for are
 * {@link AtResponse.Text}; a line that starts like a known response but does not continue like one is a
 * {@link GsmDecodingException} naming the field. Never throws anything else, for any text. Stateless and thread-safe.
 */
public final class AtResponses {

    private static final int MAX_DIGITS = 9;

    private AtResponses() {
    }

    /**
     * @return the response {@code line} holds
     * @throws GsmDecodingException when a known response carries a malformed argument
     */
    public static AtResponse parse(String line) throws GsmDecodingException {
        String text = line.strip();
        switch (text) {
            case "OK" -> {
                return new AtResponse.Ok();
            }
            case "ERROR" -> {
                return new AtResponse.Error();
            }
            case "RING" -> {
                return new AtResponse.Ring();
            }
            case "NO CARRIER" -> {
                return new AtResponse.CallEnded(CallEnd.NO_CARRIER);
            }
            case "BUSY" -> {
                return new AtResponse.CallEnded(CallEnd.BUSY);
            }
            case "NO ANSWER" -> {
                return new AtResponse.CallEnded(CallEnd.NO_ANSWER);
            }
            case "NO DIALTONE", "NO DIAL TONE" -> {
                return new AtResponse.CallEnded(CallEnd.NO_DIALTONE);
            }
            default -> {
                return parseWithArguments(text);
            }
        }
    }

    private static AtResponse parseWithArguments(String text) throws GsmDecodingException {
        if (text.startsWith("+CME ERROR:")) {
            String argument = argument(text, "+CME ERROR:");
            if (isNumber(argument)) {
                return AtResponse.CmeError.of(number("+CME ERROR", argument, 0, 65535));
            }
            return new AtResponse.CmeError(ErrorCodes.cmeCode(argument), requireText("+CME ERROR", argument));
        }
        if (text.startsWith("+CMS ERROR:")) {
            String argument = argument(text, "+CMS ERROR:");
            if (isNumber(argument)) {
                return AtResponse.CmsError.of(number("+CMS ERROR", argument, 0, 65535));
            }
            return new AtResponse.CmsError(ErrorCodes.cmsCode(argument), requireText("+CMS ERROR", argument));
        }
        if (text.startsWith("+CMGS:")) {
            // "+CMGS: <mr>[,<ackpdu>]": the acknowledgement PDU (phase 2+) is not used
            String mr = argument(text, "+CMGS:").split(",", 2)[0].strip();
            return new AtResponse.MessageReference(number("+CMGS <mr>", mr, 0, 255));
        }
        if (text.startsWith("+CSQ:")) {
            List<String> fields = fields(argument(text, "+CSQ:"), "+CSQ", 2, 2);
            int rssi = number("+CSQ <rssi>", fields.get(0), 0, 99);
            int ber = number("+CSQ <ber>", fields.get(1), 0, 99);
            if (rssi > 31 && rssi != 99) {
                throw new GsmDecodingException("+CSQ <rssi>", "0–31 or 99", fields.get(0));
            }
            if (ber > 7 && ber != 99) {
                throw new GsmDecodingException("+CSQ <ber>", "0–7 or 99", fields.get(1));
            }
            return new AtResponse.SignalQuality(rssi, ber);
        }
        if (text.startsWith("+CREG:")) {
            return registration(fields(argument(text, "+CREG:"), "+CREG", 1, 5));
        }
        if (text.startsWith("+CPIN:")) {
            return new AtResponse.PinStatus(requireText("+CPIN", argument(text, "+CPIN:")));
        }
        return new AtResponse.Text(text);
    }

    /** The read answer has {@code <n>} first; the unsolicited code starts with {@code <stat>}, then quoted lac/ci. */
    private static AtResponse.Registration registration(List<String> f) throws GsmDecodingException {
        boolean unsolicitedWithCell = f.size() >= 2 && quoted(f.get(1));
        if (f.size() == 1 || unsolicitedWithCell) {
            RegistrationState state = state(f.get(0));
            if (!unsolicitedWithCell) {
                return new AtResponse.Registration(OptionalInt.empty(), state, Optional.empty(), Optional.empty());
            }
            return withCell(OptionalInt.empty(), state, f, 1);
        }
        int mode = number("+CREG <n>", f.get(0), 0, 3);
        RegistrationState state = state(f.get(1));
        if (f.size() == 2) {
            return new AtResponse.Registration(OptionalInt.of(mode), state, Optional.empty(), Optional.empty());
        }
        return withCell(OptionalInt.of(mode), state, f, 2);
    }

    private static AtResponse.Registration withCell(OptionalInt mode, RegistrationState state, List<String> f, int at)
            throws GsmDecodingException {
        if (f.size() < at + 2 || f.size() > at + 3) {
            throw new GsmDecodingException("+CREG", "<lac>,<ci>[,<AcT>] after <stat>", String.join(",", f));
        }
        String lac = hexString("+CREG <lac>", f.get(at));
        String ci = hexString("+CREG <ci>", f.get(at + 1));
        if (f.size() == at + 3) {
            number("+CREG <AcT>", f.get(at + 2), 0, 255);
        }
        return new AtResponse.Registration(mode, state, Optional.of(lac), Optional.of(ci));
    }

    private static RegistrationState state(String field) throws GsmDecodingException {
        int code = number("+CREG <stat>", field, 0, 10);
        return RegistrationState.ofCode(code);
    }

    private static String hexString(String field, String value) throws GsmDecodingException {
        if (!quoted(value) || !value.substring(1, value.length() - 1).matches("[0-9A-Fa-f]{1,8}")) {
            throw new GsmDecodingException(field, "1–8 hex digits in quotes", value);
        }
        return value.substring(1, value.length() - 1);
    }

    private static boolean quoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
    }

    private static String argument(String text, String prefix) {
        return text.substring(prefix.length()).strip();
    }

    private static String requireText(String field, String argument) throws GsmDecodingException {
        if (argument.isEmpty()) {
            throw new GsmDecodingException(field, "a code or text", "nothing");
        }
        return argument;
    }

    private static List<String> fields(String argument, String field, int min, int max) throws GsmDecodingException {
        List<String> fields = new ArrayList<>();
        for (String part : argument.split(",", -1)) {
            fields.add(part.strip());
        }
        if (fields.size() < min || fields.size() > max) {
            throw new GsmDecodingException(field, min == max ? min + " values" : min + "–" + max + " values",
                    fields.size() + " in \"" + argument + "\"");
        }
        return fields;
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int number(String field, String text, int min, int max) throws GsmDecodingException {
        if (!isNumber(text) || text.length() > MAX_DIGITS) {
            throw new GsmDecodingException(field, "a number " + min + "–" + max, "\"" + text + "\"");
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw new GsmDecodingException(field, "a number " + min + "–" + max, text);
        }
        return value;
    }
}
