package org.castellan.gsm.pdu;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.castellan.gsm.GsmDecodingException;
import org.castellan.gsm.Hex;

/**
 * Encodes an {@link SmsSubmit} to the octets AT+CMGS takes in PDU mode, and decodes them back (the emulator's side).
 * Layout (3GPP TS 27.005 §3.5.1, TS 23.040 §9.2.2.2):
 * <pre>
 * SMSC length (octets, 0 = SIM's) | SMSC type | SMSC digits
 * first octet (MTI 01, RD, VPF, SRR, UDHI, RP) | TP-MR | TP-DA (digits, type, semi-octets) | TP-PID | TP-DCS
 * | TP-VP (0, 1 or 7 octets) | TP-UDL | TP-UD
 * </pre>
 *
 * <p>{@link #decode} is strict about structure (every length must agree, nothing may follow TP-UD) and lenient where
 * the standard tells receivers to be (an unknown extension character, an invalid concatenation element); what it
 * returns encodes to a PDU that decodes to an equal value. Stateless and thread-safe.
 */
public final class SmsSubmitCodec {

    private static final int MTI_SUBMIT = 0x01;

    private SmsSubmitCodec() {
    }

    /** @return the PDU octets, service centre address first */
    public static byte[] encode(SmsSubmit sms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(176);
        writeServiceCentre(sms.serviceCentre(), out);
        boolean hasHeader = !sms.header().isEmpty();
        out.write(MTI_SUBMIT | (sms.rejectDuplicates() ? 0x04 : 0) | sms.validity().format()
                | (sms.statusReportRequest() ? 0x20 : 0) | (hasHeader ? 0x40 : 0) | (sms.replyPath() ? 0x80 : 0));
        out.write(sms.messageReference());
        out.write(sms.destination().digits().length());
        out.write(sms.destination().typeOfAddress());
        out.writeBytes(SemiOctets.encode(sms.destination().digits()));
        out.write(sms.protocolIdentifier());
        out.write(sms.dataCoding().value());
        out.writeBytes(sms.validity().octets().toArray());
        UserData.write(sms.alphabet(), sms.header(), sms.text(), out);
        return out.toByteArray();
    }

    /** @return the PDU as AT+CMGS takes it: upper-case hex, no spaces */
    public static String encodeHex(SmsSubmit sms) {
        return Hex.compact(encode(sms));
    }

    /**
     * @return the length AT+CMGS wants: octets of the TPDU, that is the PDU without the service centre address
     *     (TS 27.005 §3.5.1)
     * @throws IllegalArgumentException if {@code pdu} is empty or shorter than its SMSC length octet says
     */
    public static int tpduLength(byte[] pdu) {
        if (pdu.length == 0 || pdu.length < 1 + (pdu[0] & 0xFF)) {
            throw new IllegalArgumentException("not a PDU: " + Hex.spaced(pdu));
        }
        return pdu.length - 1 - (pdu[0] & 0xFF);
    }

    /**
     * @return the SMS-SUBMIT these octets hold
     * @throws GsmDecodingException naming the first field that is wrong, truncated or inconsistent
     */
    public static SmsSubmit decode(byte[] pdu) throws GsmDecodingException {
        Reader in = new Reader(pdu);
        Optional<PhoneNumber> serviceCentre = readServiceCentre(in);
        int first = in.octet("first octet");
        if ((first & 0x03) != MTI_SUBMIT) {
            throw new GsmDecodingException("TP-MTI", "01 (SMS-SUBMIT)", Integer.toBinaryString(first & 0x03));
        }
        int messageReference = in.octet("TP-MR");
        PhoneNumber destination = readDestination(in);
        int protocolIdentifier = in.octet("TP-PID");
        DataCodingScheme dcs = new DataCodingScheme(in.octet("TP-DCS"));
        if (dcs.alphabet() == Alphabet.EIGHT_BIT || dcs.compressed()) {
            throw new GsmDecodingException("TP-DCS", "uncompressed GSM 7 bit or UCS-2 text", dcs.toString());
        }
        ValidityPeriod validity = switch (first & 0x18) {
            case 0x10 -> new ValidityPeriod.Relative(in.octet("TP-VP"));
            case 0x08 -> new ValidityPeriod.Enhanced(in.octets("TP-VP", 7));
            case 0x18 -> new ValidityPeriod.Absolute(in.octets("TP-VP", 7));
            default -> new ValidityPeriod.None();
        };
        UserData.Decoded userData = UserData.read(pdu, in.position(), dcs.alphabet(), (first & 0x40) != 0);
        return new SmsSubmit(serviceCentre, (first & 0x04) != 0, (first & 0x20) != 0, (first & 0x80) != 0,
                messageReference, destination, protocolIdentifier, dcs, validity, userData.header(), userData.text());
    }

    private static void writeServiceCentre(Optional<PhoneNumber> serviceCentre, ByteArrayOutputStream out) {
        if (serviceCentre.isEmpty()) {
            out.write(0);
            return;
        }
        byte[] digits = SemiOctets.encode(serviceCentre.get().digits());
        out.write(1 + digits.length);
        out.write(serviceCentre.get().typeOfAddress());
        out.writeBytes(digits);
    }

    /** The SMSC field counts octets (type included), TS 24.011 §8.2.5.1, unlike TP-DA, which counts digits. */
    private static Optional<PhoneNumber> readServiceCentre(Reader in) throws GsmDecodingException {
        int length = in.octet("SMSC length");
        if (length == 0) {
            return Optional.empty();
        }
        if (length < 2 || length > 11) {
            throw new GsmDecodingException("SMSC length", "0, or 2–11 octets", String.valueOf(length));
        }
        int type = typeOfAddress(in.octet("SMSC type of address"), "SMSC type of address");
        Octets digits = in.octets("SMSC address", length - 1);
        boolean odd = (digits.get(digits.length() - 1) & 0xF0) == 0xF0;
        return Optional.of(new PhoneNumber(
                SemiOctets.decode(digits, 2 * digits.length() - (odd ? 1 : 0), "SMSC address"), type));
    }

    private static PhoneNumber readDestination(Reader in) throws GsmDecodingException {
        int count = in.octet("TP-DA length");
        if (count < 1 || count > PhoneNumber.MAX_DIGITS) {
            throw new GsmDecodingException("TP-DA length", "1–" + PhoneNumber.MAX_DIGITS + " digits",
                    String.valueOf(count));
        }
        int type = typeOfAddress(in.octet("TP-DA type of address"), "TP-DA type of address");
        // an odd digit count leaves the last high nibble as filler (0xF); receivers do not check it, nor does this
        return new PhoneNumber(SemiOctets.decode(in.octets("TP-DA", (count + 1) / 2), count, "TP-DA"), type);
    }

    private static int typeOfAddress(int type, String field) throws GsmDecodingException {
        if (type < 0x80) {
            throw new GsmDecodingException(field, "bit 7 set", Hex.formatByte(type));
        }
        if (PhoneNumber.isAlphanumeric(type)) {
            throw new GsmDecodingException(field, "a number (not alphanumeric, 0xD0–0xDF)", Hex.formatByte(type));
        }
        return type;
    }

    /** Reads a PDU front to back, failing with the field's name when it ends early. */
    private static final class Reader {
        private final byte[] pdu;
        private int at;

        Reader(byte[] pdu) {
            this.pdu = pdu;
        }

        int octet(String field) throws GsmDecodingException {
            if (at >= pdu.length) {
                throw new GsmDecodingException(field, "one octet", "the end of the PDU after " + at + " octets");
            }
            return pdu[at++] & 0xFF;
        }

        Octets octets(String field, int count) throws GsmDecodingException {
            if (pdu.length - at < count) {
                throw new GsmDecodingException(field, count + " octets", (pdu.length - at) + " octets");
            }
            Octets octets = Octets.of(pdu, at, count);
            at += count;
            return octets;
        }

        int position() {
            return at;
        }
    }
}
