package org.castellan.gsm.pdu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.castellan.gsm.GsmDecodingException;
import org.castellan.gsm.Hex;

/**
 * TP-UDL and TP-UD (3GPP TS 23.040 §9.2.3.16, §9.2.3.24): the optional user data header (its length octet TP-UDHL,
 * then the elements) followed by the text. In GSM 7 bit the header is padded with fill bits to a septet boundary and
 * TP-UDL counts septets of header, fill and text; in UCS-2 TP-UDL counts octets.
 */
final class UserData {

    private UserData() {
    }

    /** @return octets the header takes with its length octet; 0 without a header */
    static int headerOctets(List<InformationElement> header) {
        if (header.isEmpty()) {
            return 0;
        }
        return 1 + header.stream().mapToInt(InformationElement::encodedLength).sum();
    }

    /** @return the fill bits between a header of {@code headerOctets} octets and GSM 7 bit text */
    static int fillBits(int headerOctets) {
        return (7 - headerOctets * 8 % 7) % 7;
    }

    /** @return septets a header of {@code headerOctets} octets occupies, fill bits included */
    static int headerSeptets(int headerOctets) {
        return (headerOctets * 8 + fillBits(headerOctets)) / 7;
    }

    /** @return TP-UDL for this header and text */
    static int length(Alphabet alphabet, List<InformationElement> header, String text) {
        int headerOctets = headerOctets(header);
        return alphabet == Alphabet.UCS2
                ? headerOctets + 2 * text.length()
                : headerSeptets(headerOctets) + Gsm7Alphabet.septetCount(text);
    }

    /** @throws IllegalArgumentException when header and text do not fit in one message */
    static void requireFits(Alphabet alphabet, List<InformationElement> header, String text) {
        int length = length(alphabet, header, text);
        int max = alphabet == Alphabet.UCS2 ? SmsSubmit.MAX_USER_DATA_OCTETS : SmsSubmit.MAX_USER_DATA_SEPTETS;
        if (length > max || headerOctets(header) > SmsSubmit.MAX_USER_DATA_OCTETS) {
            String unit = alphabet == Alphabet.UCS2 ? " octets" : " septets";
            throw new IllegalArgumentException("user data of " + length + unit
                    + " does not fit in one message (at most " + max + "); split the text with SmsComposer");
        }
    }

    /** Writes TP-UDL and TP-UD. */
    static void write(Alphabet alphabet, List<InformationElement> header, String text, ByteArrayOutputStream out) {
        out.write(length(alphabet, header, text));
        if (!header.isEmpty()) {
            out.write(headerOctets(header) - 1);
            for (InformationElement element : header) {
                out.write(element.identifier());
                out.write(element.data().length());
                out.writeBytes(element.data().toArray());
            }
        }
        if (alphabet == Alphabet.UCS2) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_16BE));
        } else {
            out.writeBytes(SeptetPacking.pack(Gsm7Alphabet.encode(text), fillBits(headerOctets(header))));
        }
    }

    /** What {@link #read} found. */
    record Decoded(List<InformationElement> header, String text) {
    }

    /**
     * Reads TP-UDL at {@code pdu[at]} and TP-UD, which must end the PDU.
     *
     * @throws GsmDecodingException naming the field that is too long, too short or inconsistent
     */
    static Decoded read(byte[] pdu, int at, Alphabet alphabet, boolean hasHeader) throws GsmDecodingException {
        if (at >= pdu.length) {
            throw new GsmDecodingException("TP-UDL", "one octet", "the end of the PDU");
        }
        int udl = pdu[at] & 0xFF;
        int start = at + 1;
        boolean ucs2 = alphabet == Alphabet.UCS2;
        int max = ucs2 ? SmsSubmit.MAX_USER_DATA_OCTETS : SmsSubmit.MAX_USER_DATA_SEPTETS;
        if (udl > max) {
            throw new GsmDecodingException("TP-UDL", "at most " + max + (ucs2 ? " octets" : " septets"),
                    String.valueOf(udl));
        }
        int octets = ucs2 ? udl : SeptetPacking.packedLength(udl, 0);
        if (pdu.length - start != octets) {
            throw new GsmDecodingException("TP-UD", octets + " octets for TP-UDL " + udl,
                    (pdu.length - start) + " octets");
        }
        List<InformationElement> header = hasHeader ? readHeader(pdu, start, octets) : List.of();
        int headerOctets = hasHeader ? 1 + (pdu[start] & 0xFF) : 0;
        if (ucs2) {
            int textOctets = udl - headerOctets;
            if (textOctets % 2 != 0) {
                throw new GsmDecodingException("TP-UD", "an even number of UCS-2 octets", String.valueOf(textOctets));
            }
            return new Decoded(header, new String(pdu, start + headerOctets, textOctets, StandardCharsets.UTF_16BE));
        }
        int headerSeptets = hasHeader ? headerSeptets(headerOctets) : 0;
        if (headerSeptets > udl) {
            throw new GsmDecodingException("TP-UDHL", "a header within TP-UDL " + udl + " septets",
                    headerSeptets + " septets");
        }
        int[] septets = SeptetPacking.unpack(pdu, start + headerOctets, hasHeader ? fillBits(headerOctets) : 0,
                udl - headerSeptets);
        return new Decoded(header, Gsm7Alphabet.decode(septets));
    }

    private static List<InformationElement> readHeader(byte[] pdu, int start, int octets) throws GsmDecodingException {
        if (octets < 1) {
            throw new GsmDecodingException("TP-UDHL", "one octet (TP-UDHI is set)", "no user data");
        }
        int end = start + 1 + (pdu[start] & 0xFF);
        if (end > start + octets) {
            throw new GsmDecodingException("TP-UDHL", "at most " + (octets - 1) + " octets",
                    String.valueOf(pdu[start] & 0xFF));
        }
        List<InformationElement> header = new ArrayList<>();
        int at = start + 1;
        while (at < end) {
            if (end - at < 2) {
                throw new GsmDecodingException("user data header", "an IEI and a length",
                        Hex.spaced(Arrays.copyOfRange(pdu, at, end)));
            }
            int length = pdu[at + 1] & 0xFF;
            if (at + 2 + length > end) {
                throw new GsmDecodingException("IE " + Hex.formatByte(pdu[at]) + " length",
                        "at most " + (end - at - 2) + " octets", String.valueOf(length));
            }
            header.add(new InformationElement(pdu[at] & 0xFF, Octets.of(pdu, at + 2, length)));
            at += 2 + length;
        }
        return header;
    }
}
