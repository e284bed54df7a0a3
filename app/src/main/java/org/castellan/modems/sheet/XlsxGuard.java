package org.castellan.modems.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.Collections;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks an XLSX package before {@link XlsxReader} hands it to fastexcel-reader, for what that reader trusts and a
 * small crafted file could turn into gigabytes or minutes (found reading its 0.20.2 source):
 * <ul>
 * <li>the parts' unpacked size (a zip bomb) against {@link SheetLimits#maxUnpackedBytes()};</li>
 * <li>a cell reference past column XFD ({@code r="ZZZZZZ1"}): the reader grows a row's cell list to that column;</li>
 * <li>a shared-string index past the strings there are: the reader appends empty strings up to the index;</li>
 * <li>a number cell of more than {@value #MAX_NUMBER_CHARS} characters (parsing a BigDecimal is quadratic), more
 * than {@value #MAX_FORMULAS} formulas, a formula longer than {@value #MAX_FORMULA_CHARS} characters (a shared
 * formula is re-parsed for every cell using it) or more than {@value #MAX_ARRAY_FORMULAS} array formulas (every
 * cell is compared with every one).</li>
 * </ul>
 * Every part is scanned as XML with the JDK's own StAX parser (DTDs off), whatever its name, since the workbook's
 * relationships may point the reader at any part. A part that is not XML is only counted; one that stops being
 * well-formed is scanned up to that point, as the reader would read it. Legitimate modem lists are far inside every
 * bound.
 */
final class XlsxGuard {
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_NUMBER_CHARS = 1_000;
    static final int MAX_FORMULAS = 100_000;
    static final int MAX_FORMULA_CHARS = 8_192;
    static final int MAX_ARRAY_FORMULAS = 100;

    private static final System.Logger LOG = System.getLogger(XlsxGuard.class.getName());
    /** One per check: a factory is not promised to be thread-safe. */
    private final XMLInputFactory xmlFactory = xmlFactory();
    private final long maxUnpackedBytes;
    private long unpacked;
    private long sharedStrings;
    private long maxSharedIndex = -1;
    private int formulas;
    private int arrayFormulas;

    private XlsxGuard(long maxUnpackedBytes) {
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /**
     * Checks a zip package.
     *
     * @throws UnreadableSheetException {@link ProblemCode#FILE_TOO_LARGE} past the unpacked size,
     *         {@link ProblemCode#FILE_UNREADABLE} for a damaged package or one over the other bounds
     */
    static void check(byte[] zip, SheetLimits limits) throws UnreadableSheetException {
        new XlsxGuard(limits.maxUnpackedBytes()).scan(zip);
    }

    private void scan(byte[] bytes) throws UnreadableSheetException {
        // commons-compress and the XML parser report damaged input with unchecked exceptions as well as IOException
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (!entry.isDirectory()) {
                    try (InputStream raw = zip.getInputStream(entry)) {
                        InputStream part = new Counted(raw);
                        new PartScan(this, entry.getName()).scan(part);
                        // the rest of a part the parser gave up on still counts towards the unpacked size
                        part.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (TooLarge e) {
            throw new UnreadableSheetException(ProblemCode.FILE_TOO_LARGE, 0, "The workbook unpacks to more than "
                    + SheetLimits.describe(maxUnpackedBytes) + "; is this a modem list?");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "XLSX package refused as damaged", e);
            throw XlsxReader.damaged();
        }
        if (maxSharedIndex >= sharedStrings) {
            throw refused("a cell refers to shared string " + maxSharedIndex + " but the workbook has "
                    + sharedStrings);
        }
    }

    private static UnreadableSheetException refused(String why) {
        return new UnreadableSheetException(ProblemCode.FILE_UNREADABLE, 0, "The XLSX workbook cannot be read: "
                + why + "; save the list again from Excel, or as CSV");
    }

    /** Thrown out of a part's stream when the package has unpacked to more than the limit. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("unpacked size over the limit");
        }
    }

    /**
     * A part's stream adding what it delivers to the package's unpacked size. Its close does nothing: the JDK's XML
     * reader closes its input at the end of the document, before the rest could be counted; the part's own stream
     * is closed by the scan.
     */
    private final class Counted extends FilterInputStream {
        Counted(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // see the class comment
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            unpacked += n;
            if (unpacked > maxUnpackedBytes) {
                throw new TooLarge();
            }
        }
    }

    /** The scan of one part, event by event. */
    private static final class PartScan {
        private final XlsxGuard guard;
        private final String part;
        private XMLStreamReader xml;
        /** The {@code t} of the {@code c} element being read, or {@code null} outside cells; "n" when absent. */
        private String cellType;
        private boolean valueSeen;

        PartScan(XlsxGuard guard, String part) {
            this.guard = guard;
            this.part = part;
        }

        void scan(InputStream in) throws UnreadableSheetException, TooLarge {
            try {
                xml = guard.xmlFactory.createXMLStreamReader(in);
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamReader.START_ELEMENT) {
                        startElement(xml.getLocalName());
                    } else if (event == XMLStreamReader.END_ELEMENT && "c".equals(xml.getLocalName())) {
                        cellType = null;
                    }
                }
            } catch (XMLStreamException notXmlFromHere) {
                // not XML, or not well-formed from here on: the reader stops at the same point, so what follows is
                // never read; a size overrun inside the parser is still an overrun
                if (notXmlFromHere.getNestedException() instanceof TooLarge tooLarge) {
                    throw tooLarge;
                }
            } finally {
                close();
            }
        }

        private void startElement(String name) throws XMLStreamException, UnreadableSheetException {
            switch (name) {
                case "si" -> guard.sharedStrings++;
                case "c" -> cell();
                case "v" -> value();
                case "f" -> formula();
                default -> {
                }
            }
        }

        private void cell() throws UnreadableSheetException {
            String type = xml.getAttributeValue(null, "t");
            cellType = type == null ? "n" : type;
            valueSeen = false;
            String ref = xml.getAttributeValue(null, "r");
            if (ref != null && columnOf(ref) >= MAX_COLUMNS) {
                throw refused("cell " + SheetProblem.clip(ref) + " in " + part + " lies past the last column, XFD");
            }
        }

        private void value() throws XMLStreamException, UnreadableSheetException {
            boolean number = "n".equals(cellType);
            boolean shared = "s".equals(cellType);
            // a shared-string cell reads its first <v> only; a number cell parses every one
            if ((!number && !shared) || (shared && valueSeen)) {
                return;
            }
            valueSeen = true;
            String text = textUntilEnd("v", MAX_NUMBER_CHARS);
            if (text == null) {
                throw refused("a cell in " + part + " holds a number of more than " + MAX_NUMBER_CHARS + " characters");
            }
            if (shared) {
                try {
                    guard.maxSharedIndex = Math.max(guard.maxSharedIndex, Integer.parseInt(text));
                } catch (NumberFormatException readerFailsToo) {
                    // the reader parses it the same way and reports the workbook damaged
                }
            }
        }

        private void formula() throws XMLStreamException, UnreadableSheetException {
            if (++guard.formulas > MAX_FORMULAS) {
                throw refused("it has more than " + MAX_FORMULAS + " formulas");
            }
            if ("array".equals(xml.getAttributeValue(null, "t")) && ++guard.arrayFormulas > MAX_ARRAY_FORMULAS) {
                throw refused("it has more than " + MAX_ARRAY_FORMULAS + " array formulas");
            }
            if (textUntilEnd("f", MAX_FORMULA_CHARS) == null) {
                throw refused("a formula in " + part + " is longer than " + MAX_FORMULA_CHARS + " characters");
            }
        }

        /**
         * The text of the element just started, nested elements' text included (as the reader collects it), or
         * {@code null} when it is longer than {@code max}.
         */
        private String textUntilEnd(String element, int max) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA
                        || event == XMLStreamReader.SPACE) {
                    text.append(xml.getText());
                    if (text.length() > max) {
                        return null;
                    }
                } else if (event == XMLStreamReader.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamReader.END_ELEMENT && --depth == 0 && element.equals(xml.getLocalName())) {
                    break;
                }
            }
            return text.toString();
        }

        private void close() {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over an in-memory part releases nothing that matters
                }
            }
        }
    }

    /**
     * The zero-based column of a cell reference as fastexcel-reader's {@code CellAddress} computes it (letters up to
     * the first digit or {@code $}), saturated instead of overflowing; -1 when it has no letters.
     */
    static long columnOf(String ref) {
        int i = ref.startsWith("$") ? 1 : 0;
        long column = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '$' || (c >= '0' && c <= '9')) {
                break;
            }
            char upper = Character.toUpperCase(c);
            if (upper < 'A' || upper > 'Z') {
                return -1;
            }
            column = Math.min(column * 26 + (upper - 'A' + 1), Integer.MAX_VALUE);
        }
        return column - 1;
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
