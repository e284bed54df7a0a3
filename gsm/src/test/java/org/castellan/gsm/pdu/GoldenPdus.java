package org.castellan.gsm.pdu;

import org.castellan.gsm.Hex;

/**
 * SMS-SUBMIT PDUs published by others, as AT+CMGS takes them (SMSC field first), each with where it comes from and
 * what it holds. Every one was produced by a different encoder than ours; the tests decode them, check the fields,
 * and encode the value back to the same octets.
 */
final class GoldenPdus {

    /**
     * Lars Pettersson, "SMS messages and the PDU format" (dreamfabric.com/sms; mirrored at turbocontrol.com and
     * subnets.ru), the example every PDU tutorial repeats: "hellohello" to +46708251358, 7-bit, TP-VP 0xAA (4 days),
     * the SIM's SMSC. TP-UD {@code E8329BFD4697D9EC37} is the same page's packing example.
     */
    static final byte[] HELLOHELLO = Hex.parse("0011000B916407281553F80000AA0AE8329BFD4697D9EC37");

    /**
     * Neoway N11 AT command manual, SMS PDU example "with an SMSC address length of 0": UCS-2 "hello" to 13421839693,
     * type of address 0x81, no validity period (first octet 0x01); AT+CMGS=23.
     */
    static final byte[] NEOWAY_UCS2_HELLO = Hex.parse("0001000B813124819396F300080A00680065006C006C006F");

    /**
     * pygsm (RapidSMS), {@code test/test_pdu_mode.py testSendSmsPduMode}: {@code send_sms("1234", "Test Message")}
     * must write {@code AT+CMGS=21} and then this PDU; type of address 0xA8 (national number, national plan).
     */
    static final byte[] PYGSM_TEST_MESSAGE = Hex.parse("00110004A821430000AA0CD4F29C0E6A96E7F3F0B90C");

    /**
     * Nordic Semiconductor nRF91 AT command reference, {@code +CMGS} set command example: service centre +448888888,
     * destination +358401234567, TP-VP 0x0B (1 hour), {@code AT+CMGS=42}. The page's caption reads "Testing a SMS
     * messaging over LTE"; the septets say "Testing a sms messaging over lte".
     */
    static final byte[] NORDIC_WITH_SMSC = Hex.parse("069144888888F811000C9153481032547600000B20D4F29C9E769F4161D0BC3D0"
            + "7B5CBF379F89C769F416F7B590E62D3CB");

    /**
     * pdubuild ({@code test/test_overall.py test_single_gsm7}): "Hello there seven bit version local dest  " (two
     * trailing spaces) to 07493574689 (type 0x81) through SMSC +447785016005, TP-VP 0xFF (63 weeks).
     */
    static final byte[] PDUBUILD_GSM7 = Hex.parse("079144775810065011000B817094534786F90000FF2AC8329BFD06D1D1657919342F"
            + "DBCB6E90384D07D9CBF279FAED06B1DFE3301B442ECFE92010");

    /**
     * pdubuild ({@code test_single_ucs2}): UCS-2 "f0 Hi John it's me" with a 16-bit-reference concatenation element
     * (IEI 0x08, reference 0xB49F, part 1 of 1).
     */
    static final byte[] PDUBUILD_UCS2_CONCATENATED = Hex.parse("079144775810065051000B817094534786F90008FF2B060804B49F0"
            + "101006600300020004800690020004A006F0068006E002000690074002700730020006D0065");

    /**
     * pdubuild ({@code test_multipart_ucs2}, which despite its name encodes GSM 7 bit): part 1 of 2 of Coleridge's
     * lines to +447493574689, 16-bit reference 0xB49F, 152 septets of text after a 7-octet header (no fill bits).
     */
    static final byte[] PDUBUILD_PART_1 = Hex.parse("079144775810065051000C914447397564980000FFA0060804B49F0201493A283D"
            + "0785DDA0B07B9C2EBBE9A066589E7697E5AC8622E82683D065D09CFE86C3CB7434E8ED2E83DE66101D2D2F975D0DC5499807D1D1"
            + "7910FBED3E83CEF2721E242E87E56450D84D069DD9693ABD2C4FBBCFA072BECC6A289CEF3BE88E2ECBCBE6B7BC0C9AD3DF70F869"
            + "4E07D1D1EF3AA85DFE35140D05155D0609E56972F92C7FBFDB");

    /** pdubuild, part 2 of the same message. */
    static final byte[] PDUBUILD_PART_2 = Hex.parse("079144775810065051000C914447397564980000FFA0060804B49F0202A73988FC"
            + "7ECBE7A0B0BC0C7AC3CBEE3219744F93CBAC8622E8268392A0701BE42EE3E9A0B719B44EBB770D05155D069DEBE5397D0E0ACBCB"
            + "A07699CE02D1D16590B91C9ED341E939685EA6EB1A8A66387F9AD341E872580EA2A3CBA076592ECF83C869B7EBD4503414C83208"
            + "FD6693E72074BA0DBAA7E968103A3D07CDD769B73B0F4287DD");

    /** The text pdubuild split into {@link #PDUBUILD_PART_1} and {@link #PDUBUILD_PART_2}. */
    static final String PDUBUILD_TEXT = "It is an ancient Mariner,\r\nAnd he stoppeth one of three.\r\n"
            + "'By thy long grey beard and glittering eye,\r\nNow wherefore stopp'st thou me?\r\n\r\n"
            + "The Bridegroom's doors are opened wide,\r\nAnd I am next of kin;\r\n"
            + "The guests are met, the feast is set:\r\n"
            + "May'st hear the merry din.'\r\n\r\nHe holds him with his skinny han";

    /**
     * "Send and Receive Concatenated SMS in PDU mode" (shekharbiradar.wordpress.com): part 1 of 3 with the 8-bit
     * concatenation element (reference 0) to +919980136977, 153 septets after a 6-octet header and one fill bit,
     * {@code AT+CMGS=153}. The same TP-UD is in the test of node-python-messaging as an SMS-DELIVER.
     */
    static final byte[] CONCATENATED_PART_1_OF_3 = Hex.parse("0041000C911999083196770000A0050003000301986F79B90D4AC3E7F"
            + "53688FC66BFE5A0799A0E0AB7CB741668FC76CFCB637A995E9783C2E4343C3D4F8FD3EE33A8CC4ED359A079990C22BF41E5747DD"
            + "E7E9341F4721BFE9683D2EE719A9C26D7DD74509D0E6287C56F791954A683C86FF65B5E06B5C36777181466A7E3F5B0AB4A0795D"
            + "DE936284C06B5D3EE741B642FBBD3E1360B14AFA7E7");

    /** The 153 septets of {@link #CONCATENATED_PART_1_OF_3}. */
    static final String LOREM_153 = "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor "
            + "incididunt ut labore et dolore magna aliqua.Ut enim ad minim veniam, quis";

    /**
     * Wikipedia, "Concatenated SMS", section "PDU Mode SMS" (quoted in Stack Overflow question 47936021): "Hello world"
     * after the header {@code 05 00 03 CC 02 01} packs with one fill bit to these octets, TP-UDL 18 septets (7 of
     * header and fill, 11 of text); without a header it would be {@code C8 32 9B FD 06 DD DF 72 36 19}.
     */
    static final byte[] WIKIPEDIA_HELLO_WORLD_USER_DATA =
            Hex.parse("12 05 00 03 CC 02 01 90 65 36 FB 0D BA BF E5 6C 32");

    private GoldenPdus() {
    }
}
