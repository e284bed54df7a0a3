package org.castellan.osdp.codec;

/** Bytes that are not an OSDP packet; the message names the field, what was expected and what was found. */
public class OsdpDecodingException extends Exception {
    public OsdpDecodingException(String message) {
        super(message);
    }
}
