package org.castellan.modems.sheet;

import org.castellan.modems.Imei;
import org.castellan.modems.Sharing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_1;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_2;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Reading mutated files: whatever the bytes, {@code read} returns a report (never throws), every problem carries a
 * known code, and every row it accepts satisfies every rule. The cases are seeded, the same on every run
 * ({@code -Dsheet.seed=N} explores others); a failure names the seed, the case and the input in Base64.
 */
@Timeout(180)
class SheetFuzzTest {
    private static final long DEFAULT_SEED = 0x5EE7_2026L;
    private static final Set<String> CODES = Arrays.stream(ProblemCode.values()).map(ProblemCode::key)
            .collect(Collectors.toUnmodifiableSet());
    private static final List<ModemRow> ROWS = List.of(
            new ModemRow(0, IMEI_1, 0, "Котельная №3", "ТСЖ «Берёзка»", "Ввод; 1", "+79161234567", "iRZ ATM2",
                    35001, Sharing.EXCLUSIVE, "две\nстроки"),
            new ModemRow(0, IMEI_2, 1, "锅炉房", "北京热力", null, "84951234567", null, 35002, Sharing.BROADCAST,
                    "\"quoted\""),
            SheetFixtures.minimal(0, IMEI_3));
    /** Bytes that mean something to a CSV reader or to XML and zip, inserted more often than chance would. */
    private static final byte[] INTERESTING = {'"', ';', ',', '\t', '\r', '\n', 0, (byte) 0xFF, (byte) 0xD0, '<', '>',
        '/', '=', '&', '9', '0', 'E', '-', '+', '\'', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'P', 'K'};

    /** Numbers, cell references and cell-type values inside attributes and elements. */
    private static final Pattern TOKEN = Pattern.compile("(?<=[\">])[A-Z]{0,3}\\d+(?:\\.\\d+)?(?=[\"<])"
            + "|(?<=t=\")[a-zA-Z]+(?=\")");
    private static final List<String> REPLACEMENTS = List.of("0", "-1", "1", "3", "2147483647", "2147483648",
            "99999999999999999999", "1E+999999999", "1E-999999999", "3.56938035643809E+14", "0000000000000000002",
            "XFD1", "XFE1", "ZZZZZZ2", "A0", "A", "", " 1", "s", "n", "str", "b", "e", "inlineStr", "bogus",
            "490154203237518", "35001", "65536");

    private static long seed() {
        return Long.getLong("sheet.seed", DEFAULT_SEED);
    }

    @Test
    void mutatedCsvGivesProblemsNotExceptions() {
        String csv = new String(SheetFixtures.write(ROWS, Format.CSV), StandardCharsets.UTF_8);
        List<byte[]> bases = List.of(csv.getBytes(StandardCharsets.UTF_8),
                csv.replace(',', ';').substring(1).getBytes(CsvText.WINDOWS_1251),
                "imei\n490154203237518\n".getBytes(StandardCharsets.US_ASCII));
        check(3_000, Format.CSV, random -> mutate(random, bases.get(random.nextInt(bases.size()))));
    }

    @Test
    void mutatedXlsxBytesGiveProblemsNotExceptions() {
        byte[] xlsx = SheetFixtures.write(ROWS, Format.XLSX);
        check(400, Format.XLSX, random -> mutate(random, xlsx));
    }

    /** Mutating the XML inside a sound zip reaches the workbook reader's parsing, which raw byte flips rarely do. */
    @Test
    void mutatedWorkbookXmlGivesProblemsNotExceptions() {
        Map<String, byte[]> parts = SheetFixtures.parts(SheetFixtures.write(ROWS, Format.XLSX));
        List<String> names = parts.keySet().stream().filter(name -> name.endsWith(".xml") || name.endsWith(".rels"))
                .toList();
        check(1_500, Format.XLSX, random -> {
            Map<String, byte[]> mutated = new LinkedHashMap<>(parts);
            String name = random.nextInt(3) > 0 ? "xl/worksheets/sheet1.xml" : names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                name = "xl/sharedStrings.xml";
            }
            byte[] part = parts.get(name);
            mutated.put(name, random.nextBoolean() ? mutate(random, part) : mutateTokens(random, part));
            return SheetFixtures.zip(mutated);
        });
    }

    private static void check(int cases, Format format, Function<SplittableRandom, byte[]> generator) {
        long seed = seed();
        var random = new SplittableRandom(seed);
        for (int i = 0; i < cases; i++) {
            byte[] input = generator.apply(random);
            try {
                assertSound(SheetFixtures.read(input, format));
            } catch (RuntimeException | AssertionError failure) {
                throw new AssertionError(String.format("case %d of %d failed (seed %d, -Dsheet.seed=%d)%n  input: %s"
                        + "%n  failure: %s", i + 1, cases, seed, seed, Base64.getEncoder().encodeToString(input),
                        failure), failure);
            }
        }
    }

    private static void assertSound(SheetReport report) {
        for (SheetProblem problem : report.problems()) {
            assertThat(problem.code()).isIn(CODES);
            assertThat(problem.line()).isNotNegative();
            assertThat(problem.message()).isNotBlank();
            assertThat(problem.severity()).isNotNull();
        }
        for (ModemRow row : report.rows()) {
            assertThat(Imei.isValid(row.imei())).as("IMEI %s", row.imei()).isTrue();
            assertThat(row.channel()).isBetween(0, RowValidator.CHANNEL_MAX);
            assertThat(CellText.length(row.name())).isBetween(1, RowValidator.NAME_MAX);
            if (row.pollerPort() != null) {
                assertThat(row.pollerPort()).isBetween(RowValidator.PORT_MIN, RowValidator.PORT_MAX);
            }
            if (row.phone() != null) {
                assertThat(row.phone()).matches("\\+?\\d{6,15}");
            }
            assertThat(row.line()).isPositive();
        }
        assertThat(report.rows().stream().map(r -> r.imei() + "/" + r.channel())).doesNotHaveDuplicates();
    }

    /** One to four mutations: flipped bits, replaced, inserted or deleted bytes, a cut, a repeated range. */
    static byte[] mutate(SplittableRandom random, byte[] input) {
        List<Byte> bytes = new ArrayList<>(input.length + 16);
        for (byte b : input) {
            bytes.add(b);
        }
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = bytes.isEmpty() ? 0 : random.nextInt(bytes.size());
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (!bytes.isEmpty()) {
                        bytes.set(at, (byte) (bytes.get(at) ^ (1 << random.nextInt(8))));
                    }
                }
                case 1 -> {
                    if (!bytes.isEmpty()) {
                        bytes.set(at, interesting(random));
                    }
                }
                case 2 -> {
                    for (int n = 1 + random.nextInt(8); n > 0; n--) {
                        bytes.add(Math.min(at, bytes.size()), interesting(random));
                    }
                }
                case 3 -> {
                    for (int n = random.nextInt(16); n > 0 && at < bytes.size(); n--) {
                        bytes.remove(at);
                    }
                }
                case 4 -> bytes.subList(Math.min(bytes.size(), at + random.nextInt(64)), bytes.size()).clear();
                default -> {
                    int end = Math.min(bytes.size(), at + random.nextInt(64));
                    bytes.addAll(at, new ArrayList<>(bytes.subList(at, end)));
                }
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    /**
     * One to three numbers, cell references or cell types of an XML part replaced by values a reader must survive:
     * the ends of int, past the last column, huge exponents, unknown types. The XML stays well-formed, so the
     * workbook reader gets as far as interpreting them.
     */
    static byte[] mutateTokens(SplittableRandom random, byte[] part) {
        String xml = new String(part, StandardCharsets.UTF_8);
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            List<MatchResult> tokens = TOKEN.matcher(xml).results().toList();
            if (tokens.isEmpty()) {
                break;
            }
            MatchResult token = tokens.get(random.nextInt(tokens.size()));
            String replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
            xml = xml.substring(0, token.start()) + replacement + xml.substring(token.end());
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte interesting(SplittableRandom random) {
        return random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : (byte) random.nextInt(256);
    }
}
