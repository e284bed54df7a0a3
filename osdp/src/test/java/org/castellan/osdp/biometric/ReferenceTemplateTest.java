package org.castellan.osdp.biometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ReferenceTemplateTest {
    @Test
    void aVectorIsNormalisedQuantisedAndFramed() {
        ReferenceTemplate t = ReferenceTemplate.of(new float[] {3, 4, 0});

        // 3/5 × 127 = 76.2 → 76 (0x4C), 4/5 × 127 = 101.6 → 102 (0x66)
        assertThat(HexFormat.of().formatHex(t.encode())).isEqualTo("430103004c6600");
        assertThat(ReferenceTemplate.decode(t.encode())).isEqualTo(t);
    }

    @Test
    void similarityIsTheCosine() {
        ReferenceTemplate a = ReferenceTemplate.of(new float[] {1, 0});
        ReferenceTemplate b = ReferenceTemplate.of(new float[] {1, 1});

        assertThat(a.similarity(a)).isEqualTo(1.0, within(1e-9));
        assertThat(a.similarity(b)).isEqualTo(Math.sqrt(0.5), within(0.01));
        assertThat(a.similarity(ReferenceTemplate.of(new float[] {-1, 0}))).isEqualTo(-1.0, within(1e-9));
    }

    @Test
    void badBytesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> ReferenceTemplate.decode(new byte[] {0x43, 1}))
                .hasMessage("a reference template has a 4-byte header, got 2 bytes");
        assertThatThrownBy(() -> ReferenceTemplate.decode(HexFormat.of().parseHex("44010100aa")))
                .hasMessage("not a reference template: expected 43 01, found 44 01");
        assertThatThrownBy(() -> ReferenceTemplate.decode(HexFormat.of().parseHex("430102007f")))
                .hasMessage("a reference template of 2 dimensions is 6 bytes, got 5");
        assertThatThrownBy(() -> ReferenceTemplate.of(new float[] {0, 0}))
                .hasMessage("a template needs a finite, non-zero vector");
    }

    @Test
    void itNeverPrintsTheVector() {
        assertThat(ReferenceTemplate.of(new float[] {1, 2, 3})).hasToString("ReferenceTemplate[3 dimensions]");
    }
}
