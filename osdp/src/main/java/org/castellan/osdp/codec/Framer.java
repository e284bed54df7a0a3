package org.castellan.osdp.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds packets in a byte stream that arrives in any pieces. Bytes before a SOM (line noise, the 0xFF mark) are
 * skipped; a SOM whose length cannot be a packet, or whose packet fails its CRC or checksum, is reported and the search
 * goes on from the byte after it, so one corrupted packet costs only itself.
 *
 * <p>Not thread-safe: one framer per link, fed by the thread that reads it.
 */
public final class Framer {
    /** What the framer found in the bytes fed to it: packets, and the problems skipped over, in stream order. */
    public record Result(List<Packet> packets, List<OsdpDecodingException> problems) {
    }

    private byte[] buffer = new byte[256];
    private int size;

    /** Adds bytes and returns the packets completed by them. */
    public Result feed(byte[] bytes, int offset, int length) {
        ensure(size + length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
        List<Packet> packets = new ArrayList<>();
        List<OsdpDecodingException> problems = new ArrayList<>();
        int at = 0;
        int boundary = 0; // the end of the last packet taken: a byte before it is never a mark
        while (true) {
            int som = indexOfSom(at);
            if (som < 0) {
                at = size;
                break;
            }
            if (size - som < 4) {
                at = som;
                break; // the length is not here yet
            }
            int packetLength = (buffer[som + 2] & 0xFF) | (buffer[som + 3] & 0xFF) << 8;
            if (packetLength < PacketCodec.MIN_LENGTH || packetLength > Packet.MAX_LENGTH) {
                problems.add(new OsdpDecodingException("LEN: expected " + PacketCodec.MIN_LENGTH + ".."
                        + Packet.MAX_LENGTH + ", found " + packetLength));
                at = som + 1;
                continue;
            }
            if (size - som < packetLength) {
                at = som;
                break; // the rest of the packet is still on its way
            }
            boolean mark = som > boundary && (buffer[som - 1] & 0xFF) == PacketCodec.MARK;
            try {
                packets.add(PacketCodec.decode(Arrays.copyOfRange(buffer, som, som + packetLength), mark));
                at = som + packetLength;
                boundary = at;
            } catch (OsdpDecodingException e) {
                problems.add(e);
                at = som + 1;
            }
        }
        // keep the byte before what is kept when it may be the mark of a packet still to come
        int keepFrom = at > boundary && (buffer[at - 1] & 0xFF) == PacketCodec.MARK ? at - 1 : at;
        System.arraycopy(buffer, keepFrom, buffer, 0, size - keepFrom);
        size -= keepFrom;
        return new Result(packets, problems);
    }

    public Result feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    /** Bytes held while a packet is incomplete. */
    public int pending() {
        return size;
    }

    /** Forgets a partial packet (the line went quiet past the inter-character timeout). */
    public void reset() {
        size = 0;
    }

    private int indexOfSom(int from) {
        for (int i = from; i < size; i++) {
            if ((buffer[i] & 0xFF) == PacketCodec.SOM) {
                return i;
            }
        }
        return -1;
    }

    private void ensure(int capacity) {
        if (capacity > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(capacity, buffer.length * 2));
        }
    }
}
