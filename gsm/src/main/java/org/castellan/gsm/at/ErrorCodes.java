package org.castellan.gsm.at;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What the numbers of {@code +CME ERROR: <n>} (3GPP TS 27.007 §9.2) and {@code +CMS ERROR: <n>} (TS 27.005 §3.2.5)
 * mean: the common ones, with the wording of the standards (which is also what modems print with {@code AT+CMEE=2}).
 * CMS codes 0–127 are network (RP) causes of TS 24.011 §8.2.5.4, 128–255 TP-FCS values of TS 23.040 §9.2.3.22.
 */
public final class ErrorCodes {

    private static final Map<Integer, String> CME = new TreeMap<>(Map.ofEntries(
            Map.entry(0, "phone failure"),
            Map.entry(1, "no connection to phone"),
            Map.entry(3, "operation not allowed"),
            Map.entry(4, "operation not supported"),
            Map.entry(5, "PH-SIM PIN required"),
            Map.entry(10, "SIM not inserted"),
            Map.entry(11, "SIM PIN required"),
            Map.entry(12, "SIM PUK required"),
            Map.entry(13, "SIM failure"),
            Map.entry(14, "SIM busy"),
            Map.entry(15, "SIM wrong"),
            Map.entry(16, "incorrect password"),
            Map.entry(17, "SIM PIN2 required"),
            Map.entry(18, "SIM PUK2 required"),
            Map.entry(20, "memory full"),
            Map.entry(21, "invalid index"),
            Map.entry(22, "not found"),
            Map.entry(23, "memory failure"),
            Map.entry(24, "text string too long"),
            Map.entry(25, "invalid characters in text string"),
            Map.entry(26, "dial string too long"),
            Map.entry(27, "invalid characters in dial string"),
            Map.entry(30, "no network service"),
            Map.entry(31, "network timeout"),
            Map.entry(32, "network not allowed - emergency calls only"),
            Map.entry(100, "unknown")));

    private static final Map<Integer, String> CMS = new TreeMap<>(Map.ofEntries(
            Map.entry(1, "unassigned (unallocated) number"),
            Map.entry(8, "operator determined barring"),
            Map.entry(10, "call barred"),
            Map.entry(21, "short message transfer rejected"),
            Map.entry(27, "destination out of order"),
            Map.entry(28, "unidentified subscriber"),
            Map.entry(29, "facility rejected"),
            Map.entry(30, "unknown subscriber"),
            Map.entry(38, "network out of order"),
            Map.entry(41, "temporary failure"),
            Map.entry(42, "congestion"),
            Map.entry(47, "resources unavailable, unspecified"),
            Map.entry(50, "requested facility not subscribed"),
            Map.entry(69, "requested facility not implemented"),
            Map.entry(81, "invalid short message transfer reference value"),
            Map.entry(95, "semantically incorrect message"),
            Map.entry(96, "invalid mandatory information"),
            Map.entry(97, "message type non-existent or not implemented"),
            Map.entry(98, "message not compatible with short message protocol state"),
            Map.entry(99, "information element non-existent or not implemented"),
            Map.entry(111, "protocol error, unspecified"),
            Map.entry(127, "interworking, unspecified"),
            Map.entry(128, "telematic interworking not supported"),
            Map.entry(144, "data coding scheme (alphabet) not supported"),
            Map.entry(159, "unspecified TP-DCS error"),
            Map.entry(192, "SC busy"),
            Map.entry(193, "no SC subscription"),
            Map.entry(194, "SC system failure"),
            Map.entry(195, "invalid SME address"),
            Map.entry(196, "destination SME barred"),
            Map.entry(197, "SM rejected - duplicate SM"),
            Map.entry(208, "SIM SMS storage full"),
            Map.entry(255, "unspecified error cause"),
            Map.entry(300, "ME failure"),
            Map.entry(301, "SMS service of ME reserved"),
            Map.entry(302, "operation not allowed"),
            Map.entry(303, "operation not supported"),
            Map.entry(304, "invalid PDU mode parameter"),
            Map.entry(305, "invalid text mode parameter"),
            Map.entry(310, "SIM not inserted"),
            Map.entry(311, "SIM PIN required"),
            Map.entry(312, "PH-SIM PIN required"),
            Map.entry(313, "SIM failure"),
            Map.entry(314, "SIM busy"),
            Map.entry(315, "SIM wrong"),
            Map.entry(316, "SIM PUK required"),
            Map.entry(317, "SIM PIN2 required"),
            Map.entry(318, "SIM PUK2 required"),
            Map.entry(320, "memory failure"),
            Map.entry(321, "invalid memory index"),
            Map.entry(322, "memory full"),
            Map.entry(330, "SMSC address unknown"),
            Map.entry(331, "no network service"),
            Map.entry(332, "network timeout"),
            Map.entry(340, "no +CNMA acknowledgement expected"),
            Map.entry(500, "unknown error")));

    private ErrorCodes() {
    }

    /** @return what {@code +CME ERROR: code} means, or "CME error <code>" for a code not in the table */
    public static String cme(int code) {
        return CME.getOrDefault(code, "CME error " + code);
    }

    /** @return what {@code +CMS ERROR: code} means, or "CMS error <code>" for a code not in the table */
    public static String cms(int code) {
        return CMS.getOrDefault(code, "CMS error " + code);
    }

    /** @return the CME code whose meaning is {@code text} (any case), as a modem prints it with AT+CMEE=2 */
    public static OptionalInt cmeCode(String text) {
        return codeOf(CME, text);
    }

    /** @return the CMS code whose meaning is {@code text} (any case) */
    public static OptionalInt cmsCode(String text) {
        return codeOf(CMS, text);
    }

    private static OptionalInt codeOf(Map<Integer, String> table, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        // a TreeMap: should two codes ever share a wording, the lower one is taken
        for (Map.Entry<Integer, String> entry : table.entrySet()) {
            if (entry.getValue().toLowerCase(Locale.ROOT).equals(wanted)) {
                return OptionalInt.of(entry.getKey());
            }
        }
        return OptionalInt.empty();
    }
}
