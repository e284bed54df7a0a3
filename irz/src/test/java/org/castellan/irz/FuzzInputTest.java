package org.castellan.irz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Seeds written by {@link FuzzInput.Seed} read back as written, so a committed seed is the case its name says.
 *
 * <p>Jazzer's own provider cannot be made outside a fuzzing JVM (it needs the agent), so this reads through
 * {@link #provider}, which does what Jazzer's {@code fuzzed_data_provider.cpp} (after libFuzzer's
 * {@code FuzzedDataProvider.h}) does for the three calls the fuzz tests make: a number of a range of up to 256 values
 * is the last unread byte modulo the range, a boolean is the low bit of the last unread byte, and the data is what is
 * left, from the front.
 */
class FuzzInputTest {

    @Test
    void aSeedReadsBackAsWritten() {
        byte[] seed = FuzzInput.seed().number(3, 1, 5).bool(true).number(200, 0, 255).cuts(8, 2, 0, 255)
                .stream(Hex.parse("C8 CA CB CC CD"));
        FuzzedDataProvider data = provider(seed);

        assertThat(data.consumeInt(1, 5)).isEqualTo(3);
        assertThat(data.consumeBoolean()).isTrue();
        assertThat(data.consumeInt(0, 255)).isEqualTo(200);
        FuzzInput.ChunkedStream input = FuzzInput.chunkedStream(data, 8);
        assertThat(input.stream()).isEqualTo(Hex.parse("C8 CA CB CC CD"));
        assertThat(input.chunks()).containsExactly(Hex.parse("C8 CA"), new byte[0], Hex.parse("CB CC CD"),
                new byte[0]);
    }

    @Test
    void aSeedWithoutCutsIsOneChunk() {
        FuzzedDataProvider data = provider(FuzzInput.seed().cuts(8).stream(Hex.parse("01 02")));

        assertThat(FuzzInput.chunkedStream(data, 8).chunks()).containsExactly(Hex.parse("01 02"));
    }

    @Test
    void aNumberOutsideItsOneByteRangeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> FuzzInput.seed().number(0, 0, 256));
        assertThatIllegalArgumentException().isThrownBy(() -> FuzzInput.seed().number(6, 1, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> FuzzInput.seed().number(1, 1, 1));
    }

    /** A provider over {@code input} answering consumeInt (ranges up to 256), consumeBoolean, consumeRemainingAsBytes. */
    private static FuzzedDataProvider provider(byte[] input) {
        int[] end = {input.length};
        return (FuzzedDataProvider) Proxy.newProxyInstance(FuzzInputTest.class.getClassLoader(),
                new Class<?>[] {FuzzedDataProvider.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "consumeInt" -> {
                        int min = (int) args[0];
                        int range = (int) args[1] - min + 1;
                        assertThat(range).isBetween(2, 256);
                        yield end[0] == 0 ? min : min + (input[--end[0]] & 0xFF) % range;
                    }
                    case "consumeBoolean" -> end[0] > 0 && (input[--end[0]] & 1) == 1;
                    case "consumeRemainingAsBytes" -> {
                        byte[] rest = Arrays.copyOf(input, end[0]);
                        end[0] = 0;
                        yield rest;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
