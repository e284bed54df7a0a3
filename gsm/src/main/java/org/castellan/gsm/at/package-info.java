/**
 * What an AT modem sends back (ITU-T V.250, 3GPP TS 27.007 and TS 27.005): {@link org.castellan.gsm.at.AtLineDecoder}
 * cuts the byte stream into lines and the CMGS prompt (push-style, bounded, never throws), and
 * {@link org.castellan.gsm.at.AtResponses} parses a line into a typed {@link org.castellan.gsm.at.AtResponse}: final
 * results ({@code OK}, {@code ERROR}, {@code +CME ERROR}, {@code +CMS ERROR} with
 * {@link org.castellan.gsm.at.ErrorCodes}, {@code NO CARRIER}, {@code BUSY}, {@code NO ANSWER}), {@code +CMGS},
 * {@code +CSQ}, {@code +CREG}, {@code +CPIN}, {@code RING}. No I/O.
 */
package org.castellan.gsm.at;
