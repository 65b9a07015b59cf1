package vn.ptdv.review.bench;

import static vn.ptdv.review.catalog.Col.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.review.catalog.SourceFile;

/**
 * The raw CSVs of a drop the peers' SQL reads, each as a table named like the file (units, members,
 * events, targets, membership_counts), with explicit column types: dates, the integer columns and the
 * rate plan typed, everything else text. A missing optional file (membership_counts.csv) is an empty
 * table with its columns. A drop with unit_lineage.csv is refused: the portable SQL does not restate
 * splits by share.
 */
public final class BenchSources {
    private BenchSources() {}

    /** Portable SQL types the peers use for the source columns. */
    public enum SqlType { TEXT, DATE, INT, BIGINT, RATE }

    public static final List<SourceFile> FILES =
            List.of(SourceFile.UNITS, SourceFile.MEMBERS, SourceFile.EVENTS, SourceFile.TARGETS, SourceFile.MEMBERSHIP_COUNTS);

    private static final Set<String> DATES =
            Set.of(VALID_FROM, VALID_TO, BIRTH_DATE, ADMITTED_ON, OFFICIAL_ON, LEFT_ON, EVENT_DATE);

    public static SqlType type(String column) {
        if (DATES.contains(column)) return SqlType.DATE;
        if (column.equals(YEAR) || column.equals(ADMISSIONS_TARGET)) return SqlType.INT;
        if (column.equals(MEMBERS_AT_START)) return SqlType.BIGINT;
        if (column.equals(RATE_TARGET_PCT)) return SqlType.RATE;
        return SqlType.TEXT;
    }

    /** The drop's file for {@code file}, or null when an optional file is absent. */
    public static Path file(Path source, SourceFile file) {
        Path p = source.resolve(file.fileName());
        if (Files.isRegularFile(p)) return p;
        if (file.optionalFile()) return null;
        throw new IllegalArgumentException(p + " is missing (a required file of the drop)");
    }

    public static void refuseUnsupported(Path source) {
        if (Files.exists(source.resolve(SourceFile.UNIT_LINEAGE.fileName()))) {
            throw new IllegalArgumentException(source.resolve(SourceFile.UNIT_LINEAGE.fileName())
                    + ": the benchmark peers' SQL does not restate splits by share; use a drop without unit_lineage.csv");
        }
    }

    /** Column → type in the order of the file's header (or of the contract, for an absent file). */
    public static Map<String, SqlType> columns(Path csv, SourceFile file) {
        List<String> names = csv == null ? file.columnNames() : header(csv);
        Map<String, SqlType> out = new LinkedHashMap<>();
        for (String n : names) out.put(n, type(n));
        return out;
    }

    static List<String> header(Path csv) {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null) throw new IllegalArgumentException(csv + " is empty (no header)");
            if (line.startsWith("\uFEFF")) line = line.substring(1);
            return java.util.Arrays.stream(line.split(",", -1)).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
