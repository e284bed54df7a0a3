package org.castellan.osdp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The packet codec against the public vectors (SIA OSDP Annex E, shared/protocols/osdp.md). */
class PacketCodecTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private static byte[] hex(String s) {
        return HEX.parseHex(s);
    }

    @Test
    void crcIsAugCcittWithItsCheckValue() {
        assertThat(Crc16.of("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0xE5CC);
        // Annex E: broadcast COMSET (address 0, 9600 baud) and ID to address 0
        assertThat(Crc16.of(hex("53 7F 0D 00 04 6E 00 80 25 00 00"))).isEqualTo(0x386E);
        assertThat(Crc16.of(hex("53 00 09 00 04 61 00"))).isEqualTo(0x66C0);
    }

    @Test
    void checksumIsTheTwosComplementOfTheSum() {
        byte[] comset = hex("53 7F 0C 00 00 6E 00 80 25 00 00");
        assertThat(Checksum.of(comset, 0, comset.length)).isEqualTo(0x0F);
        byte[] id = hex("53 00 08 00 00 61 00");
        assertThat(Checksum.of(id, 0, id.length)).isEqualTo(0x44);
    }

    @Test
    void annexEPacketsEncodeToTheirBytesAndDecodeBack() throws Exception {
        Packet comset = Packet.command(0x7F, 0, 0x6E, hex("00 80 25 00 00"));
        assertThat(HEX.formatHex(PacketCodec.encode(comset))).isEqualTo("53 7F 0D 00 04 6E 00 80 25 00 00 6E 38");
        assertThat(PacketCodec.decode(hex("53 7F 0D 00 04 6E 00 80 25 00 00 6E 38"), false)).isEqualTo(comset);

        Packet id = new Packet(false, 0, false, 0, false, null, 0x61, hex("00"), null);
        assertThat(HEX.formatHex(PacketCodec.encode(id))).isEqualTo("53 00 08 00 00 61 00 44");
        assertThat(PacketCodec.decode(hex("53 00 08 00 00 61 00 44"), false)).isEqualTo(id);
        assertThat(HEX.formatHex(PacketCodec.encode(Packet.command(0, 0, 0x61, hex("00")))))
                .isEqualTo("53 00 09 00 04 61 00 C0 66");
    }

    @Test
    void aReplyHasBit7OfItsAddressAndKeepsItsSequence() throws Exception {
        Packet ack = Packet.reply(0x05, 2, 0x40, new byte[0]);
        byte[] bytes = PacketCodec.encode(ack);
        assertThat(bytes[1] & 0xFF).isEqualTo(0x85);
        assertThat(bytes[4] & 0x03).isEqualTo(2);
        assertThat(PacketCodec.decode(bytes, false)).isEqualTo(ack);
    }

    @Test
    void aSecurePacketCarriesItsBlockAndMac() throws Exception {
        Packet poll = new Packet(true, 0x01, false, 1, true, hex("15"), 0x60, new byte[0], hex("DE AD BE EF"));
        byte[] bytes = PacketCodec.encode(poll);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xFF);
        assertThat(HEX.formatHex(bytes, 1, 10)).isEqualTo("53 01 0E 00 0D 02 15 60 DE");
        assertThat(PacketCodec.decode(java.util.Arrays.copyOfRange(bytes, 1, bytes.length), true)).isEqualTo(poll);
    }

    @Test
    void aWrongCrcChecksumOrLengthIsRefusedByName() {
        assertThatThrownBy(() -> PacketCodec.decode(hex("53 7F 0D 00 04 6E 00 80 25 00 00 6E 39"), false))
                .isInstanceOf(OsdpDecodingException.class).hasMessage("CRC: expected 0x386E, found 0x396E");
        assertThatThrownBy(() -> PacketCodec.decode(hex("53 00 08 00 00 61 00 45"), false))
                .hasMessage("checksum: expected 0x44, found 0x45");
        assertThatThrownBy(() -> PacketCodec.decode(hex("53 00 09 00 00 61 00 44"), false))
                .hasMessage("LEN: the packet is 8 bytes, LEN says 9");
        assertThatThrownBy(() -> PacketCodec.decode(hex("54 00 08 00 00 61 00 44"), false))
                .hasMessage("SOM: expected 0x53, found 0x54");
    }
}
