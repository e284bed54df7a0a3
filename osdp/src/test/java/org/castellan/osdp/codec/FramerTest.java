package org.castellan.osdp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Packets out of a stream cut anywhere, merged, marked, and with noise and a corrupted packet in between. */
class FramerTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private static final Packet COMSET = Packet.command(0x7F, 0, 0x6E, HEX.parseHex("00 80 25 00 00"));
    private static final Packet ACK = Packet.reply(0x01, 1, 0x40, new byte[0]);
    private static final Packet RAW = new Packet(true, 0x01, true, 2, true, null, 0x50,
            HEX.parseHex("00 01 1A 00 8F 2C 4D 40"), null);

    private static byte[] stream(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void packetsCutAtEveryByteComeOutWhole() {
        byte[] bytes = stream(PacketCodec.encode(COMSET), PacketCodec.encode(ACK), PacketCodec.encode(RAW));
        for (int cut = 1; cut < bytes.length; cut++) {
            Framer framer = new Framer();
            List<Packet> packets = new ArrayList<>(framer.feed(bytes, 0, cut).packets());
            packets.addAll(framer.feed(bytes, cut, bytes.length - cut).packets());
            assertThat(packets).as("cut at " + cut).containsExactly(COMSET, ACK, RAW);
            assertThat(framer.pending()).isZero();
        }
    }

    @Test
    void byteByByteToo() {
        byte[] bytes = stream(PacketCodec.encode(RAW), PacketCodec.encode(ACK));
        Framer framer = new Framer();
        List<Packet> packets = new ArrayList<>();
        for (byte b : bytes) {
            Framer.Result result = framer.feed(new byte[] {b});
            packets.addAll(result.packets());
            assertThat(result.problems()).isEmpty();
        }
        assertThat(packets).containsExactly(RAW, ACK);
        assertThat(packets.getFirst().mark()).isTrue();
    }

    @Test
    void noiseAndACorruptedPacketCostOnlyThemselves() {
        byte[] corrupted = PacketCodec.encode(ACK);
        corrupted[corrupted.length - 1] ^= 0x01;
        byte[] bytes = stream(HEX.parseHex("00 12 FE"), PacketCodec.encode(COMSET), corrupted,
                HEX.parseHex("53 FF FF"), PacketCodec.encode(RAW));
        Framer.Result result = new Framer().feed(bytes);
        assertThat(result.packets()).containsExactly(COMSET, RAW);
        assertThat(result.problems()).extracting(Throwable::getMessage).hasSize(2)
                .anySatisfy(m -> assertThat(m).startsWith("CRC: expected"))
                .anySatisfy(m -> assertThat(m).isEqualTo("LEN: expected 7..1440, found 65535"));
    }
}
