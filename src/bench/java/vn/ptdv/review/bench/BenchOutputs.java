package vn.ptdv.review.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The canonical form in which every peer writes a gold table, so that outputs compare as text: UTF-8,
 * a header line with the {@link BenchTable#columns}, then one line per row sorted by the table's key
 * (then by the whole line). Values: null as an empty cell; integers (and numbers with an integral
 * value, whatever their type) exactly; other numbers rounded to {@link #SIGNIFICANT_DIGITS} significant
 * digits (half-even), trailing zeros dropped, never in exponent form, so that the product's decimal
 * 2.25 and a peer's double 2.2500000000000004 are both "2.25"; booleans true/false; dates ISO; arrays as
 * their elements joined by ';' (an empty array and a null array are both an empty cell). A cell with a
 * comma, quote or line break is quoted (RFC 4180).
 */
public final class BenchOutputs {
    private BenchOutputs() {}

    public static final int SIGNIFICANT_DIGITS = 9;
    static final String ARRAY_SEPARATOR = ";";

    public static String format(Object v) {
        if (v == null) return "";
        if (v instanceof Boolean b) return b.toString();
        if (v instanceof BigDecimal d) return number(d);
        if (v instanceof Double d) return Double.isFinite(d) ? number(BigDecimal.valueOf(d)) : d.toString();
        if (v instanceof Float f) return Float.isFinite(f) ? number(new BigDecimal(f.toString())) : f.toString();
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) return v.toString();
        if (v instanceof java.math.BigInteger i) return i.toString();
        if (v instanceof java.sql.Array a) {
            try {
                return elements(Arrays.asList((Object[]) a.getArray()));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (v instanceof Object[] a) return elements(Arrays.asList(a));
        if (v instanceof List<?> l) return elements(l);
        return v.toString();   // strings; java.sql.Date and LocalDate print as yyyy-MM-dd
    }

    static String number(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() <= 0) return stripped.toBigIntegerExact().toString();
        BigDecimal rounded = stripped.round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.toBigIntegerExact().toString() : rounded.toPlainString();
    }

    static String elements(List<?> values) {
        List<String> out = new ArrayList<>();
        for (Object o : values) out.add(format(o));
        return String.join(ARRAY_SEPARATOR, out);
    }

    static String csvCell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Formats {@code rows} (values in {@link BenchTable#columns} order) and sorts them by the table's key. */
    public static List<List<String>> canonical(BenchTable table, List<List<Object>> rows) {
        List<String> columns = table.columns();
        int[] key = table.key().stream().mapToInt(columns::indexOf).toArray();
        List<List<String>> out = new ArrayList<>();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(table.fileName() + ": a row has " + r.size() + " values, expected " + columns.size());
            }
            out.add(r.stream().map(BenchOutputs::format).toList());
        }
        Comparator<List<String>> byKey = (a, b) -> {
            for (int k : key) {
                int c = a.get(k).compareTo(b.get(k));
                if (c != 0) return c;
            }
            return String.join(",", a).compareTo(String.join(",", b));
        };
        out.sort(byKey);
        return out;
    }

    /** Writes {@code <dir>/<table file>} in the canonical form; returns the file. */
    public static Path write(Path dir, BenchTable table, List<List<Object>> rows) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(table.fileName());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(line(table.columns()));
                w.write('\n');
                for (List<String> r : canonical(table, rows)) {
                    w.write(line(r));
                    w.write('\n');
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(List<String> cells) {
        return String.join(",", cells.stream().map(BenchOutputs::csvCell).toList());
    }

    /** Reads a canonical file: the header first, then the rows, cells unquoted. */
    public static List<List<String>> read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n') {
                cells.add(cell.toString());
                lines.add(cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else if (c != '\r') {
                cell.append(c);
                any = true;
            }
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            lines.add(cells);
        }
        return lines;
    }
}
