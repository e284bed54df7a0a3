/**
 * OSDP packets (shared/protocols/osdp.md): the codec, the stream framer, CRC-16/AUG-CCITT and the checksum. No I/O.
 * The typed commands and replies, the secure channel, links, the control panel and the reader emulator follow (see
 * docs/architecture.md, the design of issue 7).
 */
package org.castellan.osdp.codec;
