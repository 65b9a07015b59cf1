package vn.ptdv.review.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vn.ptdv.review.catalog.SourceColumn;
import vn.ptdv.review.catalog.SourceFile;

/**
 * A directory of source CSV files, checked file by file before anything is ingested: required files
 * present, text in an encoding that is declared or can be told ({@link SourceEncoding}), header with every
 * required column and no column twice. Reads each file once, on the driver, streaming, and hashes it
 * on the way so the same file is never ingested twice.
 */
public final class SourceDrop {
    /** Marker file the sample generator writes into the drops it makes. */
    public static final String SAMPLE_MARKER = "SAMPLE.txt";

    private final String directory;
    private final Map<SourceFile, CheckedSourceFile> files;
    private final boolean sample;

    private SourceDrop(String directory, Map<SourceFile, CheckedSourceFile> files, boolean sample) {
        this.directory = directory;
        this.files = files;
        this.sample = sample;
    }

    public String directory() { return directory; }

    /** The checked files, in contract order; optional files that are absent are not listed. */
    public List<CheckedSourceFile> files() { return new ArrayList<>(files.values()); }

    public boolean has(SourceFile f) { return files.containsKey(f); }

    public CheckedSourceFile get(SourceFile f) { return files.get(f); }

    /** Whether the drop is the generated sample (which may use the public sample pseudonym key). */
    public boolean isSample() { return sample; }

    /** Checks every UTF-8 file of the drop; throws {@link SourceException} naming the first problem found. */
    public static SourceDrop open(String directory, Configuration hadoop) {
        return open(directory, hadoop, SourceEncoding.utf8(), null, SourceMapping.builtIn());
    }

    /**
     * Checks every file of the drop, decoding it as {@code encoding} says. A file in another encoding than
     * UTF-8 is copied as UTF-8 (NFC) under {@code staging} (a Hadoop path), which Spark then reads. Header names
     * are read as contract columns through {@code mapping}.
     */
    public static SourceDrop open(String directory, Configuration hadoop, SourceEncoding encoding, String staging, SourceMapping mapping) {
        try {
            Path dir = new Path(directory);
            FileSystem fs = directoryFileSystem(directory, hadoop);
            Map<SourceFile, CheckedSourceFile> checked = new EnumMap<>(SourceFile.class);
            for (SourceFile f : SourceFile.values()) {
                checkOne(f, fs, dir, encoding, staging, mapping).ifPresent(c -> checked.put(f, c));
            }
            return new SourceDrop(dir.toString(), checked, fs.exists(new Path(dir, SAMPLE_MARKER)));
        } catch (IOException e) {
            throw new SourceException("cannot read source directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** One file of the contract in {@code dir}, checked; empty when it is optional and absent. */
    static Optional<CheckedSourceFile> checkOne(SourceFile f, FileSystem fs, Path dir, SourceEncoding encoding, String staging,
                                                SourceMapping mapping) throws IOException {
        Path p = new Path(dir, f.fileName());
        List<Path> forms = new ArrayList<>();
        for (Path candidate : List.of(p, new Path(dir, f.tableName() + Workbook.EXTENSION),
                new Path(dir, f.tableName() + Workbook.LEGACY_EXTENSION))) {
            if (fs.exists(candidate)) forms.add(candidate);
        }
        if (forms.size() > 1) {
            List<String> names = forms.stream().map(Path::getName).toList();
            throw new SourceException(dir + ": " + (names.size() == 2 ? "both " + names.get(0) + " and " + names.get(1)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1))
                    + " are in the drop; keep the one to ingest");
        }
        if (!forms.isEmpty() && !forms.get(0).equals(p)) {
            if (staging == null) throw new IllegalArgumentException("a workbook needs a staging directory for its CSV copy");
            return Optional.of(checkWorkbook(f, fs, forms.get(0), new Path(staging, f.fileName()), mapping));
        }
        if (!fs.exists(p)) {
            if (f.optionalFile()) {
                return Optional.empty();
            }
            throw new SourceException(p + ": required file is missing (the drop must contain "
                    + String.join(", ", requiredFileNames()) + ", each as .csv, " + Workbook.EXTENSION + " or " + Workbook.LEGACY_EXTENSION + ")");
        }
        return Optional.of(check(f, fs, p, encoding, staging, mapping));
    }

    /** What {@link #inspect} says of one file of the contract: checked, or the problem that stops it, or absent. */
    public record Inspection(SourceFile file, Optional<CheckedSourceFile> checked, Optional<String> problem) {}

    /**
     * Every file of the drop checked as {@link #open} does, without stopping at the first problem: each
     * file's result or problem (a required file missing is one). Writes only under {@code staging}.
     */
    public static List<Inspection> inspect(String directory, Configuration hadoop, SourceEncoding encoding, String staging,
                                           SourceMapping mapping) {
        List<Inspection> out = new ArrayList<>();
        try {
            Path dir = new Path(directory);
            FileSystem fs = directoryFileSystem(directory, hadoop);
            for (SourceFile f : SourceFile.values()) {
                try {
                    Optional<CheckedSourceFile> c = checkOne(f, fs, dir, encoding, staging, mapping);
                    out.add(new Inspection(f, c, Optional.empty()));
                } catch (SourceException e) {
                    out.add(new Inspection(f, Optional.empty(), Optional.of(e.getMessage())));
                }
            }
        } catch (IOException e) {
            throw new SourceException("cannot read source directory " + directory + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The file system of the drop's directory (named as given); refused when it is not a directory. */
    private static FileSystem directoryFileSystem(String directory, Configuration hadoop) throws IOException {
        Path dir = new Path(directory);
        FileSystem fs = dir.getFileSystem(hadoop);
        if (!fs.exists(dir) || !fs.getFileStatus(dir).isDirectory()) {
            throw new SourceException("source directory " + directory + " does not exist or is not a directory");
        }
        return fs;
    }

    static List<String> requiredFileNames() {
        List<String> names = new ArrayList<>();
        for (SourceFile f : SourceFile.values()) {
            if (!f.optionalFile()) names.add(f.fileName());
        }
        return names;
    }

    /** Checks one file of the contract (encoding, header; a path ending .xlsx as a workbook), as {@link #open} does for each file. */
    public static CheckedSourceFile checkFile(SourceFile f, String path, Configuration hadoop, SourceEncoding encoding, String staging,
                                              SourceMapping mapping) {
        Path p = new Path(path);
        try {
            if (path.endsWith(Workbook.EXTENSION) || path.endsWith(Workbook.LEGACY_EXTENSION)) {
                return checkWorkbook(f, p.getFileSystem(hadoop), p, new Path(staging, f.fileName()), mapping);
            }
            return check(f, p.getFileSystem(hadoop), p, encoding, staging, mapping);
        } catch (IOException e) {
            throw new SourceException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** An .xlsx or .xls workbook, copied as UTF-8 CSV to {@code copy}. */
    static CheckedSourceFile checkWorkbook(SourceFile f, FileSystem fs, Path p, Path copy, SourceMapping mapping) throws IOException {
        return p.getName().endsWith(Workbook.LEGACY_EXTENSION) ? Workbook.checkLegacy(f, fs, p, copy, sha256(), mapping)
                : Workbook.check(f, fs, p, copy, sha256(), mapping);
    }

    /** What {@link #scan} reports when a byte is not valid in the encoding it reads: with auto, another is tried. */
    static final class NotInEncoding extends SourceException {
        NotInEncoding(String message) {
            super(message);
        }
    }

    static CheckedSourceFile check(SourceFile f, FileSystem fs, Path p, SourceEncoding encoding, String staging, SourceMapping mapping)
            throws IOException {
        // A UTF-16 byte-order mark decides, whatever is configured: Excel's "Unicode text", which is tab-separated.
        if (startsWithUtf16Mark(fs, p)) {
            return transcoded(f, fs, p, StandardCharsets.UTF_16, staging, mapping, TabsToCommas::commas, UNICODE_TEXT);
        }
        if (encoding instanceof SourceEncoding.Legacy legacy) {
            return transcoded(f, fs, p, StandardCharsets.ISO_8859_1, staging, mapping, legacy.encoding()::fromLatin1Strict,
                    legacy.encoding().toString());
        }
        Charset charset = encoding instanceof SourceEncoding.Java java ? java.charset() : StandardCharsets.UTF_8;
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return transcoded(f, fs, p, charset, staging, mapping, line -> line, charset.name());
        }
        try {
            return scan(f, fs, p, charset, p, null, mapping, line -> line, CheckedSourceFile.UTF_8);
        } catch (NotInEncoding e) {
            if (!(encoding instanceof SourceEncoding.Auto)) throw e;
        }
        LegacyVietnamese found;
        try (InputStream in = fs.open(p)) {
            found = EncodingDetection.decide(p.toString(), EncodingDetection.legacyWords(in));
        }
        return transcoded(f, fs, p, StandardCharsets.ISO_8859_1, staging, mapping, found::fromLatin1Strict,
                found + " (found: not UTF-8)");
    }

    /** How the ingest names Excel's "Unicode text" encoding. */
    static final String UNICODE_TEXT = "UTF-16 (Excel Unicode text)";

    /**
     * Checks a file while copying it as UTF-8 under {@code staging}, each line's text made by {@code lineText}
     * (which gives comma-separated lines).
     */
    static CheckedSourceFile transcoded(SourceFile f, FileSystem fs, Path p, Charset charset, String staging, SourceMapping mapping,
                                        java.util.function.UnaryOperator<String> lineText, String encodingName)
            throws IOException {
        if (staging == null) throw new IllegalArgumentException(p + ": a file to transcode needs a staging directory");
        Path copy = new Path(staging, f.fileName());
        try (Writer utf8Copy = new LineRewriter(p.toString(), new OutputStreamWriter(fs.create(copy, true), StandardCharsets.UTF_8),
                lineText)) {
            return scan(f, fs, p, charset, copy, utf8Copy, mapping, lineText, encodingName);
        }
    }

    /** Whether the file starts with FF FE or FE FF, a UTF-16 byte-order mark. */
    static boolean startsWithUtf16Mark(FileSystem fs, Path p) throws IOException {
        try (InputStream in = fs.open(p)) {
            int a = in.read();
            int b = in.read();
            return (a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF);
        }
    }

    /**
     * Reads the file once, decoding it with {@code encoding}, hashing it and copying the text to {@code utf8Copy}
     * when there is one; checks its header (its text made by {@code lineText}) and counts its lines.
     */
    static CheckedSourceFile scan(SourceFile f, FileSystem fs, Path p, Charset encoding, Path copy, Writer utf8Copy,
                                  SourceMapping mapping, java.util.function.UnaryOperator<String> lineText, String encodingName)
            throws IOException {
        MessageDigest sha = sha256();
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder headerLine = new StringBuilder();
        boolean inHeader = true;
        long lines = 0;
        boolean lastWasNewline = true;
        long consumed = 0; // bytes decoded before the start of `pending`
        byte[] buf = new byte[1 << 16];
        ByteBuffer pending = ByteBuffer.allocate(buf.length + 8);
        CharBuffer chars = CharBuffer.allocate(buf.length + 8);
        try (InputStream in = fs.open(p)) {
            int read;
            boolean end = false;
            while (!end) {
                read = in.read(buf);
                end = read < 0;
                if (!end) {
                    sha.update(buf, 0, read);
                    pending.put(buf, 0, read);
                }
                pending.flip();
                while (true) {
                    CoderResult r = decoder.decode(pending, chars, end);
                    chars.flip();
                    if (utf8Copy != null) {
                        utf8Copy.append(chars);
                    }
                    while (chars.hasRemaining()) {
                        char c = chars.get();
                        if (c == '\n') {
                            lines++;
                            inHeader = false;
                            lastWasNewline = true;
                        } else {
                            lastWasNewline = false;
                            if (inHeader) headerLine.append(c);
                        }
                    }
                    chars.clear();
                    if (r.isError()) {
                        throw new NotInEncoding(p + ": not valid " + encoding.name() + " at byte " + (consumed + pending.position())
                                + " (line " + (lines + 1) + "), as review.source.encoding says it is. Set it to auto (the"
                                + " default) to have a legacy encoding found, or declare the file's: tcvn3, vni or windows-1258.");
                    }
                    if (r.isUnderflow()) break;
                }
                consumed += pending.position();
                pending.compact();
            }
        }
        if (!lastWasNewline) {
            lines++;
        }
        if (lines == 0) {
            throw new SourceException(p + ": the file is empty; it needs at least a header row with "
                    + String.join(", ", requiredColumns(f)));
        }
        List<String> received = receivedHeader(p, lineText.apply(headerLine.toString()), CsvLine.SEPARATOR);
        List<String> header = contractHeader(p + ": line 1 (header)", f, received, mapping);
        List<String> missing = new ArrayList<>();
        for (String required : requiredColumns(f)) {
            if (!header.contains(required)) missing.add(required);
        }
        if (!missing.isEmpty()) {
            StringBuilder wanted = new StringBuilder();
            for (String m : missing) {
                List<String> names = mapping.headerNames(f, m);
                wanted.append(wanted.length() == 0 ? "" : "; ").append(m)
                        .append(names.isEmpty() ? "" : " (or a header named " + String.join(", ", names) + ")");
            }
            throw new SourceException(p + ": header lacks required column(s) " + wanted
                    + " (header is: " + String.join(", ", received) + "). Header names are read through " + mapping.origin() + ".");
        }
        return new CheckedSourceFile(f, p.toString(), copy.toString(), HexFormat.of().formatHex(sha.digest()), header, received, lines, 0,
                encodingName);
    }

    static List<String> requiredColumns(SourceFile f) {
        return f.columns().stream().filter(SourceColumn::headerRequired).map(SourceColumn::name).toList();
    }

    /** The header's names as received, trimmed; every column must have one. */
    static List<String> receivedHeader(Path p, String raw, char separator) {
        List<String> names;
        try {
            names = CsvLine.split(CsvLine.clean(raw), separator);
        } catch (CsvLine.MalformedLineException e) {
            throw new SourceException(p + ": line 1 (header): " + e.getMessage());
        }
        List<String> received = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty()) {
                throw new SourceException(p + ": line 1 (header): column " + (i + 1) + " has no name");
            }
            received.add(name);
        }
        return received;
    }

    /**
     * The columns as bronze names them: a name {@code mapping} reads as a contract column becomes that
     * column; any other is kept as an extra column, {@link SourceMapping#normalised normalised}, with the
     * characters a Delta column name may not hold (space , ; { } ( ) = tab, new line) as '_', none at either end. Two columns of
     * the file that end up with one name are refused, naming both.
     */
    static List<String> contractHeader(String where, SourceFile f, List<String> received, SourceMapping mapping) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            String name = received.get(i);
            String column = mapping.column(f, name).orElseGet(() -> extraColumnName(name));
            int before = header.indexOf(column);
            if (before >= 0) {
                String same = received.get(before).equals(name) ? "'" + name + "' appears twice"
                        : "'" + name + "' (column " + (i + 1) + ") and '" + received.get(before) + "' (column " + (before + 1)
                                + ") are both read as " + column;
                throw new SourceException(where + ": column " + same);
            }
            header.add(column);
        }
        return header;
    }

    static String extraColumnName(String received) {
        String name = SourceMapping.normalised(received).replaceAll("[ ,;{}()=\\t\\n]+", "_").replaceAll("^_+|_+$", "");
        return name.isEmpty() ? "_" : name;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
