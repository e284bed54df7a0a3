package org.castellan.irz.ident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.irz.FuzzInput.seed;
import static org.castellan.irz.GoldenVectors.IDENT_LINE_COLPROT;
import static org.castellan.irz.GoldenVectors.IDENT_LINE_RAW_CHN;
import static org.castellan.irz.GoldenVectors.KEEP_ALIVE_FRAME;
import static org.castellan.irz.GoldenVectors.LENGTH_PREFIXED_IMEI;
import static org.castellan.irz.GoldenVectors.METER_DATA_FRAME;
import static org.castellan.irz.GoldenVectors.ascii;
import static org.castellan.irz.GoldenVectors.concat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.SequencedMap;
import org.castellan.irz.FuzzInput;
import org.castellan.irz.Fuzzing;
import org.castellan.irz.Hex;
import org.castellan.irz.MutableClock;

/**
 * Fuzzes an {@link IdentificationAttempt} of a chain with the line, length-prefixed and registration recognisers
 * (irz-modem.md §1, §6): whatever a connection sends first, in whatever chunks, the attempt never throws, never buffers
 * more than the chain's limit, and a device it identifies hands over exactly the bytes after its identification.
 * Seeds: {@link #seeds()}.
 */
class IdentificationAttemptFuzzTest {

    private static final int MAX_CUTS = 6;

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T12:00:00Z"));
    private final IdentificationChain chain = IdentificationChain.builder(clock)
            .then(AtImeiRecogniser.defaults(clock))
            .then(LengthPrefixedImeiRecogniser.plain())
            .then(new RegistrationRecogniser(HexTemplate.parse("AA ?? ?? 55", HexTemplate.IdText.HEX), IdKind.TEXT,
                    RegistrationRecogniser.Mode.EVERY_PACKET, Optional.empty()))
            .build();

    // libFuzzer dictionary syntax: the pieces of the identification line (§1) and the length prefix (§6)
    @DictionaryEntries({"AT$IMEI=", ",PSW=", ",CSQ=", ",COLPROT=1.3", ",CHN=", ",MOD=SRV", "\\x0A", "\\x0D\\x0A",
            "\\x00\\x0F"})
    @FuzzTest(maxDuration = Fuzzing.VERIFY_DURATION)
    void arbitraryBytesNeverThrowAndStayWithinTheLimit(FuzzedDataProvider data) {
        FuzzInput.ChunkedStream input = FuzzInput.chunkedStream(data, MAX_CUTS);
        IdentificationAttempt attempt = chain.begin(null);
        ByteArrayOutputStream fed = new ByteArrayOutputStream();
        for (byte[] chunk : input.chunks()) {
            if (attempt.decided()) {
                break;
            }
            attempt.feed(chunk);
            fed.writeBytes(chunk);
            assertThat(attempt.bufferedBytes()).isLessThanOrEqualTo(chain.maxBytes());
        }
        if (!attempt.decided()) {
            assertThat(attempt.endOfStream()).isInstanceOfSatisfying(IdentificationResult.Rejected.class,
                    r -> assertThat(r.reason()).isEqualTo(RejectReason.CLOSED));
        }
        if (attempt.result() instanceof IdentificationResult.Identified id) {
            assertThat(id.leftover().length).isLessThanOrEqualTo(input.stream().length);
            // the leftover is exactly what followed the identification: the tail of the bytes fed
            byte[] all = fed.toByteArray();
            assertThat(id.leftover()).isEqualTo(Arrays.copyOfRange(all, all.length - id.leftover().length,
                    all.length));
        }
    }

    /** Golden identifications whole, cut and followed by data, and the truncated, oversize and malformed variants. */
    static SequencedMap<String, byte[]> seeds() {
        SequencedMap<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("seed-golden-line-colprot", seed().cuts(MAX_CUTS).stream(IDENT_LINE_COLPROT));
        seeds.put("seed-golden-line-raw-chn", seed().cuts(MAX_CUTS).stream(IDENT_LINE_RAW_CHN));
        seeds.put("seed-golden-line-cut", seed().cuts(MAX_CUTS, 3, 5, 1, 0, 40, 255).stream(IDENT_LINE_COLPROT));
        seeds.put("seed-golden-line-then-frame", seed().cuts(MAX_CUTS, 100).stream(
                concat(IDENT_LINE_COLPROT, KEEP_ALIVE_FRAME)));
        seeds.put("seed-golden-length-prefixed-imei", seed().cuts(MAX_CUTS).stream(LENGTH_PREFIXED_IMEI));
        seeds.put("seed-golden-length-prefixed-imei-cut-then-data", seed().cuts(MAX_CUTS, 1, 1, 1).stream(
                concat(LENGTH_PREFIXED_IMEI, METER_DATA_FRAME)));
        seeds.put("seed-registration-then-data", seed().cuts(MAX_CUTS, 2).stream(Hex.parse("AA 12 34 55 01 02 03")));
        seeds.put("seed-truncated-line", seed().cuts(MAX_CUTS).stream(
                Arrays.copyOf(IDENT_LINE_COLPROT, IDENT_LINE_COLPROT.length - 1)));
        seeds.put("seed-truncated-length-prefixed-imei", seed().cuts(MAX_CUTS).stream(
                Arrays.copyOf(LENGTH_PREFIXED_IMEI, 9)));
        seeds.put("seed-truncated-registration", seed().cuts(MAX_CUTS).stream(Hex.parse("AA 12 34")));
        byte[] longLine = concat(ascii("AT$IMEI=861230045678903,X="), new byte[600], ascii("\n"));
        Arrays.fill(longLine, 26, 626, (byte) '7');
        seeds.put("seed-oversize-line", seed().cuts(MAX_CUTS, 255, 255).stream(longLine));
        seeds.put("seed-oversize-length-prefix", seed().cuts(MAX_CUTS).stream(
                concat(Hex.parse("00 FF"), ascii("861230045678903"))));
        seeds.put("seed-bad-imei", seed().cuts(MAX_CUTS).stream(ascii("AT$IMEI=8612300456789AB,PSW=5492,\n")));
        seeds.put("seed-bad-chn", seed().cuts(MAX_CUTS).stream(ascii("AT$IMEI=861230045678903,CHN=X2,\r\n")));
        seeds.put("seed-bad-key", seed().cuts(MAX_CUTS).stream(ascii("AT$IMEI=861230045678903,=5492,\n")));
        seeds.put("seed-non-printable-line", seed().cuts(MAX_CUTS).stream(
                concat(ascii("AT$IMEI=861230045678903,TYP="), Hex.parse("01 FF"), ascii(",\n"))));
        seeds.put("seed-garbage", seed().cuts(MAX_CUTS).stream(ascii("GET / HTTP/1.1\r\nHost: x\r\n\r\n")));
        seeds.put("seed-empty", seed().cuts(MAX_CUTS).stream(new byte[0]));
        return seeds;
    }
}
