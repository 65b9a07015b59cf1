package vn.ptdv.review.bench;

import static vn.ptdv.review.catalog.Col.AS_OF_DATE;
import static vn.ptdv.review.catalog.Col.STRUCTURE;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;

/**
 * The gold tables the benchmark peers compute with portable SQL, in the order they are run. Each is
 * compared on the gold table's columns and key without as_of_date and structure (every peer output is
 * for one as-of on the reference structure).
 */
public enum BenchTable {
    ADMISSIONS_TREND(Tables.GOLD_ADMISSIONS_TREND),
    TARGET_ATTAINMENT(Tables.GOLD_TARGET_ATTAINMENT),
    PEER_COMPARISON(Tables.GOLD_PEER_COMPARISON),
    CITY_SUMMARY(Tables.GOLD_CITY_SUMMARY),
    UNITS_WITHOUT_ADMISSIONS(Tables.GOLD_UNITS_WITHOUT_ADMISSIONS),
    MEMBERSHIP_FLOW(Tables.GOLD_MEMBERSHIP_FLOW),
    ADMISSIONS_BREAKDOWN(Tables.GOLD_ADMISSIONS_BREAKDOWN);

    private static final List<String> COMPUTE_COLUMNS = List.of(AS_OF_DATE, STRUCTURE);

    private final TableDef def;

    BenchTable(TableDef def) {
        this.def = def;
    }

    public TableDef def() { return def; }

    /** The query's resource: bench/&lt;table name&gt;.sql. */
    public String sqlResource() { return BenchSql.DIR + def.id().name() + ".sql"; }

    /** Name of its canonical output file: gold.&lt;table&gt;.csv. */
    public String fileName() { return def.qualified() + ".csv"; }

    /** The compared columns, in the gold table's order. */
    public List<String> columns() {
        return Arrays.stream(def.schema().fieldNames()).filter(c -> !COMPUTE_COLUMNS.contains(c)).toList();
    }

    /** The key of one output (the gold key without as_of_date and structure). */
    public List<String> key() {
        return def.keyColumns().stream().filter(c -> !COMPUTE_COLUMNS.contains(c)).toList();
    }

    public static Optional<BenchTable> ofFileName(String fileName) {
        return Arrays.stream(values()).filter(t -> t.fileName().equals(fileName)).findFirst();
    }
}
