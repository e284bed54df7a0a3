package org.castellan.tem106.emulator;

import java.time.Duration;

/** Something wrong to do with one reply, to test what a master does about it. */
public sealed interface Fault {
    /** Stay silent. */
    record NoReply() implements Fault {
    }

    /** Answer after {@code delay} (longer than the master's response timeout, to be late). */
    record LateReply(Duration delay) implements Fault {
    }

    /** Answer with the checksum byte inverted. */
    record CorruptChecksum() implements Fault {
    }

    /** Answer as the meter at {@code address} would (inverted address and checksum consistent). */
    record WrongAddress(int address) implements Fault {
    }

    /** Send the first {@code firstPart} bytes, pause {@code pause} (over 0.5 s breaks the frame, seed §2), then the rest. */
    record SplitByPause(int firstPart, Duration pause) implements Fault {
    }

    /** Send {@code garbage} just before the reply. */
    record GarbageBefore(byte[] garbage) implements Fault {
        public GarbageBefore {
            garbage = garbage.clone();
        }

        @Override
        public byte[] garbage() {
            return garbage.clone();
        }
    }
}
