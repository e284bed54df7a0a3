package org.castellan.gsm.pdu;

/** The character sets TP-DCS can name (3GPP TS 23.038 §4). */
public enum Alphabet {
    /** The GSM 7 bit default alphabet: TP-UDL counts septets; 160 per message. */
    GSM_7BIT,
    /** 8-bit data: binary, not text. The codec refuses it (the local modem only sends texts). */
    EIGHT_BIT,
    /** UCS-2 (in practice UTF-16BE: phones show surrogate pairs): TP-UDL counts octets; 70 characters per message. */
    UCS2
}
