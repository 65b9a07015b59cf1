package vn.ptdv.review.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares two directories of canonical outputs ({@link BenchOutputs}) table by table: every .csv file
 * of either side; rows matched by the table's key ({@link BenchTable#key}; the whole line for a file
 * that is no bench table). Returns the differences, the first {@code maxPerTable} of each table (then
 * one line saying how many more): an empty list means equal. {@code main LEFT RIGHT [--max N]} prints
 * them and exits 1 when there are any.
 */
public final class OutputComparison {
    private OutputComparison() {}

    public static final int DEFAULT_MAX_PER_TABLE = 20;

    /** One difference: the table, the row's key (null for the whole file), the column (null for the whole row). */
    public record Difference(String table, String key, String column, String left, String right) {
        @Override
        public String toString() {
            return table + (key == null ? "" : " [" + key + "]") + (column == null ? "" : " " + column) + ": "
                    + left + " | " + right;
        }
    }

    public static List<Difference> compare(Path left, Path right, int maxPerTable) {
        TreeSet<String> files = new TreeSet<>(csvFiles(left));
        files.addAll(csvFiles(right));
        List<Difference> out = new ArrayList<>();
        for (String f : files) out.addAll(compareFile(f, left.resolve(f), right.resolve(f), maxPerTable));
        return out;
    }

    static List<Difference> compareFile(String name, Path left, Path right, int max) {
        String table = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        if (!Files.exists(left)) return List.of(new Difference(table, null, null, "missing", "present"));
        if (!Files.exists(right)) return List.of(new Difference(table, null, null, "present", "missing"));
        List<List<String>> a = BenchOutputs.read(left);
        List<List<String>> b = BenchOutputs.read(right);
        List<String> headerA = a.isEmpty() ? List.of() : a.get(0);
        List<String> headerB = b.isEmpty() ? List.of() : b.get(0);
        if (!headerA.equals(headerB)) {
            return List.of(new Difference(table, null, "header", String.join(",", headerA), String.join(",", headerB)));
        }
        List<String> keyColumns = BenchTable.ofFileName(name).map(BenchTable::key).orElse(headerA);
        int[] key = keyColumns.stream().mapToInt(headerA::indexOf).toArray();
        Map<String, List<String>> rowsA = byKey(table, a, key);
        Map<String, List<String>> rowsB = byKey(table, b, key);
        List<Difference> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : rowsA.entrySet()) {
            List<String> other = rowsB.get(e.getKey());
            if (other == null) {
                out.add(new Difference(table, e.getKey(), null, "row", "missing"));
                continue;
            }
            for (int i = 0; i < headerA.size(); i++) {
                String x = cell(e.getValue(), i);
                String y = cell(other, i);
                if (!x.equals(y)) out.add(new Difference(table, e.getKey(), headerA.get(i), show(x), show(y)));
            }
        }
        for (String k : rowsB.keySet()) {
            if (!rowsA.containsKey(k)) out.add(new Difference(table, k, null, "missing", "row"));
        }
        if (out.size() > max) {
            int more = out.size() - max;
            out = new ArrayList<>(out.subList(0, max));
            out.add(new Difference(table, null, null, "... and " + more + " more differences", ""));
        }
        return out;
    }

    static String show(String cell) {
        return cell.isEmpty() ? "(null)" : cell;
    }

    static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i) : "";
    }

    static Map<String, List<String>> byKey(String table, List<List<String>> lines, int[] key) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<String> row : lines.subList(Math.min(1, lines.size()), lines.size())) {
            List<String> k = new ArrayList<>();
            for (int i : key) k.add(cell(row, i));
            String joined = String.join(",", k);
            if (out.putIfAbsent(joined, row) != null) {
                throw new IllegalStateException(table + ": key " + joined + " appears twice in one output");
            }
        }
        return out;
    }

    static List<String> csvFiles(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + " is not a directory");
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("--max"))) {
            System.err.println("usage: OutputComparison LEFT_DIR RIGHT_DIR [--max N]");
            System.exit(2);
        }
        int max = args.length == 4 ? Integer.parseInt(args[3]) : DEFAULT_MAX_PER_TABLE;
        List<Difference> diffs = compare(Path.of(args[0]), Path.of(args[1]), max);
        diffs.forEach(System.out::println);
        System.out.println(diffs.isEmpty() ? "equal: " + args[0] + " and " + args[1]
                : "different: " + args[0] + " and " + args[1]);
        System.exit(diffs.isEmpty() ? 0 : 1);
    }
}
