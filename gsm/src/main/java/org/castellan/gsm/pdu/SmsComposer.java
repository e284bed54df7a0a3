package org.castellan.gsm.pdu;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a text into the SMS-SUBMIT parts that carry it. The alphabet is the GSM 7 bit default alphabet when every
 * character is in it or its extension table, otherwise UCS-2 (Russian and Chinese texts are UCS-2). A text that fits
 * one message (160 septets; 70 UCS-2 characters) is one part without a header; a longer one is split into parts of at
 * most 153 septets or 67 UCS-2 characters, each with the concatenation element with an 8-bit reference
 * ({@code 00 03 ref total seq}, TS 23.040 §9.2.3.24.1), which takes 6 octets of the 140.
 *
 * <p>A part never ends inside an escape sequence (extension characters cost two septets and stay whole) nor between
 * the two halves of a surrogate pair, as TS 23.040 §9.2.3.24.1 and common sense ask; such a part is one shorter.
 * Stateless and thread-safe.
 */
public final class SmsComposer {

    /** Septets of text in a single GSM 7 bit message. */
    public static final int SINGLE_SEPTETS = 160;
    /** Septets of text in one part of a concatenated GSM 7 bit message: (140 − 6) × 8 / 7, rounded down. */
    public static final int PART_SEPTETS = 153;
    /** UCS-2 code units in a single message. */
    public static final int SINGLE_UCS2 = 70;
    /** UCS-2 code units in one part of a concatenated message: (140 − 6) / 2. */
    public static final int PART_UCS2 = 67;
    /** The most parts the 8-bit concatenation element can number. */
    public static final int MAX_PARTS = 255;

    private SmsComposer() {
    }

    /** How a text will be sent: its alphabet and the text of each part. */
    public record Plan(Alphabet alphabet, List<String> parts) {
        public Plan {
            parts = List.copyOf(parts);
        }
    }

    /**
     * @return the alphabet and part texts for {@code text}
     * @throws IllegalArgumentException when the text needs more than 255 parts
     */
    public static Plan plan(String text) {
        Objects.requireNonNull(text, "text");
        int septets = Gsm7Alphabet.septetCount(text);
        if (septets >= 0) {
            return new Plan(Alphabet.GSM_7BIT, septets <= SINGLE_SEPTETS ? List.of(text) : splitGsm7(text));
        }
        return new Plan(Alphabet.UCS2, text.length() <= SINGLE_UCS2 ? List.of(text) : splitUcs2(text));
    }

    /**
     * @param reference the concatenation reference, 0–255, shared by the parts (the modem session counts them)
     * @return the parts of {@code text} for {@code destination}, TP-MR 0 in each (the modem numbers them)
     * @throws IllegalArgumentException when the text needs more than 255 parts or {@code reference} is out of range
     */
    public static List<SmsSubmit> compose(PhoneNumber destination, String text, int reference, SubmitOptions options) {
        if (reference < 0 || reference > 0xFF) {
            throw new IllegalArgumentException("concatenation reference must be 0–255, not " + reference);
        }
        Plan plan = plan(text);
        List<SmsSubmit> parts = new ArrayList<>(plan.parts().size());
        for (int i = 0; i < plan.parts().size(); i++) {
            List<InformationElement> header = plan.parts().size() == 1 ? List.of()
                    : List.of(Concatenation.of8Bit(reference, plan.parts().size(), i + 1).toElement());
            parts.add(new SmsSubmit(options.serviceCentre(), false, options.statusReportRequest(), false, 0,
                    destination, 0, DataCodingScheme.of(plan.alphabet()), options.validity(), header,
                    plan.parts().get(i)));
        }
        return parts;
    }

    private static List<String> splitGsm7(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = Gsm7Alphabet.septetsOf(text.charAt(i));
            if (septets + cost > PART_SEPTETS) {
                parts.add(text.substring(start, i));
                start = i;
                septets = 0;
            }
            septets += cost;
        }
        parts.add(text.substring(start));
        return checked(parts);
    }

    private static List<String> splitUcs2(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > PART_UCS2) {
            int end = start + PART_UCS2;
            if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
            parts.add(text.substring(start, end));
            start = end;
        }
        parts.add(text.substring(start));
        return checked(parts);
    }

    private static List<String> checked(List<String> parts) {
        if (parts.size() > MAX_PARTS) {
            throw new IllegalArgumentException("text needs " + parts.size() + " messages; at most " + MAX_PARTS
                    + " can be concatenated");
        }
        return parts;
    }
}
