package org.castellan.tem106.memory;

import java.util.Arrays;
import java.util.BitSet;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.MeterNumbers;

/**
 * An image of the 2K timer memory, filled range by range as reads come back (master side) or kept whole and written
 * by the simulation (emulator side). Typed access goes through {@link TimerMemoryField}.
 *
 * <p>Not thread-safe. Reading a field whose bytes were never loaded is a programming error
 * ({@link IllegalStateException}): the reader loads the ranges of {@link MemoryRange} before it decodes them.
 */
public final class TimerMemory {
    /** Size of the timer memory (seed §5.1). */
    public static final int SIZE = 2048;

    private final byte[] bytes = new byte[SIZE];
    private final BitSet loaded = new BitSet(SIZE);

    /** An empty image: nothing loaded. */
    public TimerMemory() {
    }

    /** A whole image, every byte loaded (the emulator's memory, fuzzing). */
    public static TimerMemory of(byte[] image) {
        if (image.length != SIZE) {
            throw new IllegalArgumentException("a timer memory image has 2048 bytes, not " + image.length);
        }
        TimerMemory memory = new TimerMemory();
        memory.load(0, image);
        return memory;
    }

    /** Stores bytes read from {@code start}. */
    public void load(int start, byte[] data) {
        if (start < 0 || start + data.length > SIZE) {
            throw new IllegalArgumentException("bytes " + start + ".." + (start + data.length) + " lie outside 2K");
        }
        System.arraycopy(data, 0, bytes, start, data.length);
        loaded.set(start, start + data.length);
    }

    /** A copy of {@code length} bytes from {@code start}. */
    public byte[] slice(int start, int length) {
        check(start, length);
        return Arrays.copyOfRange(bytes, start, start + length);
    }

    public boolean isLoaded(int start, int length) {
        return loaded.get(start, start + length).cardinality() == length;
    }

    public int c(TimerMemoryField field, int index) {
        return MeterNumbers.c(bytes, at(field, index, FieldType.C));
    }

    public int i(TimerMemoryField field, int index) {
        return MeterNumbers.i(bytes, at(field, index, FieldType.I));
    }

    public long l(TimerMemoryField field, int index) {
        return MeterNumbers.l(bytes, at(field, index, FieldType.L));
    }

    public float f(TimerMemoryField field, int index) {
        return MeterNumbers.f(bytes, at(field, index, FieldType.F));
    }

    /** A float that must be finite (used in arithmetic). */
    public float finite(TimerMemoryField field, int index) throws DecodingException {
        float value = f(field, index);
        if (!Float.isFinite(value)) {
            throw new DecodingException(field.seedName(index), "a finite float", Float.toString(value));
        }
        return value;
    }

    public int bcd(TimerMemoryField field) throws DecodingException {
        return MeterNumbers.bcd(bytes, at(field, 0, FieldType.BCD), field.seedName());
    }

    public void putC(TimerMemoryField field, int index, int value) {
        MeterNumbers.putC(bytes, put(field, index, FieldType.C), value);
    }

    public void putI(TimerMemoryField field, int index, int value) {
        MeterNumbers.putI(bytes, put(field, index, FieldType.I), value);
    }

    public void putL(TimerMemoryField field, int index, long value) {
        MeterNumbers.putL(bytes, put(field, index, FieldType.L), value);
    }

    public void putF(TimerMemoryField field, int index, float value) {
        MeterNumbers.putF(bytes, put(field, index, FieldType.F), value);
    }

    public void putBcd(TimerMemoryField field, int value) {
        MeterNumbers.putBcd(bytes, put(field, 0, FieldType.BCD), value);
    }

    /** The address of an element to read, which must have been loaded. */
    private int at(TimerMemoryField field, int index, FieldType type) {
        int address = address(field, index, type);
        check(address, type.size());
        return address;
    }

    /** The address of an element to write; it counts as loaded from now on. */
    private int put(TimerMemoryField field, int index, FieldType type) {
        int address = address(field, index, type);
        loaded.set(address, address + type.size());
        return address;
    }

    private static int address(TimerMemoryField field, int index, FieldType type) {
        if (field.type() != type) {
            throw new IllegalArgumentException(field.seedName() + " is of type " + field.type() + ", not " + type);
        }
        return field.address(index);
    }

    private void check(int start, int length) {
        if (!isLoaded(start, length)) {
            throw new IllegalStateException("timer memory " + start + ".." + (start + length) + " was not read");
        }
    }
}
