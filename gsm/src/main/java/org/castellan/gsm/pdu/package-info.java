/**
 * SMS-SUBMIT PDUs (3GPP TS 23.040 §9.2.2.2, alphabets of TS 23.038), the format AT+CMGS takes in PDU mode
 * (TS 27.005 §3.5.1). {@link org.castellan.gsm.pdu.SmsComposer} turns a text into parts (GSM 7 bit or UCS-2,
 * concatenated with an 8-bit reference when longer than one message), {@link org.castellan.gsm.pdu.SmsSubmitCodec}
 * encodes a part to octets and decodes them back (the emulator reads what the session sends). No I/O; every type is
 * immutable and thread-safe.
 */
package org.castellan.gsm.pdu;
