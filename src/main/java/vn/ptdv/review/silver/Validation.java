package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import vn.ptdv.review.bronze.BronzeReader;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.catalog.ReasonCode;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.util.ScalaSeq;

/**
 * Applies a {@link SilverSpec} to bronze rows: every row ends up accepted, collapsed as an identical
 * duplicate of an accepted row, or quarantined with all its reasons. Rows sharing a key with
 * different content are all quarantined, since no rule can tell which one is right.
 */
public final class Validation {
    private Validation() {}

    public static final String STATUS = "_status";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String QUARANTINED = "QUARANTINED";
    static final String ERRORS = "_errors";

    /** Column prefix of a repeated key's columns, beside the row's own ({@link #repeatedKeys}). */
    static final String REPEATED = "_repeated_";
    static final String KEY_ROWS = "_key_rows";
    static final String CONTENTS_DIFFER = "_contents_differ";
    static final String FIRST_LINE = "_first_line";
    static final String KEY_LINES = "_key_lines";

    /** The rows with their status: {@link #rowChecks}, then {@link #withStatus} against the {@link #repeatedKeys}. */
    public static Validated validate(SilverSpec spec, Dataset<Row> bronze, SilverContext context, String batchId) {
        Dataset<Row> rows = rowChecks(spec, bronze, context);
        return outcome(spec, withStatus(spec, rows, repeatedKeys(spec, rows)), batchId);
    }

    /**
     * Each row typed, with every error its own values give ({@link #ERRORS}) and the hash of its content:
     * the checks that need no other row (a spec's own joins and windows aside).
     */
    public static Dataset<Row> rowChecks(SilverSpec spec, Dataset<Row> bronze, SilverContext context) {
        List<String> sourceColumns = new ArrayList<>();
        for (String c : bronze.columns()) {
            if (!BronzeReader.lineageColumns().contains(c)) sourceColumns.add(c);
        }
        Dataset<Row> raw = bronze;
        for (String c : sourceColumns) {
            raw = raw.withColumnRenamed(c, Parse.RAW + c);
        }
        List<String> content = contentColumns(spec.table());
        return spec.typed(raw, context)
                .withColumn(ERRORS, errors(spec.rules(context)))
                .withColumn(Col.ROW_HASH, sha2(to_json(struct(content.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))), 256));
    }

    /**
     * The keys that more than one row without errors carries (duplicates are looked for among rows that
     * passed every rule): the key ({@link #REPEATED} + key column), how many rows, whether their contents
     * differ, and the first row's file and line. One aggregate of a few narrow columns; in a drop without
     * duplicates it is empty. (Partial aggregates only: a list of lines per key, for millions of keys, would
     * make it sort; the lines of a conflict are gathered for its few keys in {@link #withStatus}.)
     */
    public static Dataset<Row> repeatedKeys(SilverSpec spec, Dataset<Row> rowChecks) {
        List<String> keys = spec.table().keyColumns();
        Column[] keyColumns = keys.stream().map(k -> col(k).as(REPEATED + k)).toArray(Column[]::new);
        return rowChecks.where(size(col(ERRORS)).equalTo(0))
                .groupBy(keyColumns)
                .agg(count(lit(1)).as(KEY_ROWS),
                        min(Col.ROW_HASH).notEqual(max(Col.ROW_HASH)).as(CONTENTS_DIFFER),
                        min(struct(col(Col.SOURCE_FILE), col(Col.SOURCE_LINE))).as(FIRST_LINE))
                .where(col(KEY_ROWS).gt(1));
    }

    /**
     * The rows of {@link #rowChecks} with their {@link #STATUS}: quarantined with their errors; every row of a
     * key repeated with different contents quarantined as a conflict, naming its lines (no rule can tell which
     * one is right); of identical rows, the first accepted and the others duplicates; the rest accepted.
     *
     * @param repeated from {@link #repeatedKeys}, or the same rows held by the driver (a local Dataset: then they
     *                 reach every task with the plan, and none means no join at all)
     */
    public static Dataset<Row> withStatus(SilverSpec spec, Dataset<Row> rowChecks, Dataset<Row> repeated) {
        List<String> keys = spec.table().keyColumns();
        Column valid = size(col(ERRORS)).equalTo(0);
        Column sameKey = valid;
        for (String k : keys) sameKey = sameKey.and(col(k).eqNullSafe(col(REPEATED + k)));
        Dataset<Row> conflicting = repeated.where(col(CONTENTS_DIFFER));
        Column[] conflictKeys = keys.stream().map(k -> col(REPEATED + k)).toArray(Column[]::new);
        Dataset<Row> conflictLines = rowChecks.join(conflicting, sameKey)
                .groupBy(conflictKeys).agg(array_sort(collect_list(col(Col.SOURCE_LINE))).as(KEY_LINES));
        Dataset<Row> withLines = repeated.join(conflictLines, ScalaSeq.of(keys.stream().map(k -> REPEATED + k).toList()), "left");
        Column conflict = coalesce(col(CONTENTS_DIFFER), lit(false));
        Column duplicate = col(FIRST_LINE).isNotNull().and(struct(col(Col.SOURCE_FILE), col(Col.SOURCE_LINE)).notEqual(col(FIRST_LINE)));
        Dataset<Row> checked = rowChecks.join(withLines, sameKey, "left")
                .withColumn(ERRORS, when(conflict,
                        array(error(ReasonCode.DUPLICATE_KEY_CONFLICT, String.join("+", keys),
                                concat_ws("|", keys.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new)),
                                concat(lit("key " + String.join(", ", keys) + " appears on lines "),
                                        array_join(col(KEY_LINES), ", "), lit(" with different content")))))
                        .otherwise(col(ERRORS)))
                .withColumn(STATUS, when(size(col(ERRORS)).gt(0), lit(QUARANTINED))
                        .when(duplicate, lit(DUPLICATE))
                        .otherwise(lit(ACCEPTED)));
        List<String> added = new ArrayList<>(List.of(KEY_ROWS, CONTENTS_DIFFER, FIRST_LINE, KEY_LINES));
        for (String k : keys) added.add(REPEATED + k);
        return checked.drop(added.toArray(String[]::new));
    }

    /**
     * The accepted and quarantined rows of {@code checked}: rows with their status ({@link #withStatus}), as
     * {@link #validate} makes them or as the ingest gives them (from its staged rows).
     */
    public static Validated outcome(SilverSpec spec, Dataset<Row> checked, String batchId) {
        List<String> sourceColumns = new ArrayList<>();
        for (String c : checked.columns()) {
            if (c.startsWith(Parse.RAW)) sourceColumns.add(c.substring(Parse.RAW.length()));
        }
        Dataset<Row> accepted = spec.table().conform(checked.filter(col(STATUS).equalTo(ACCEPTED))
                .withColumn(Col.BATCH_ID, lit(batchId)));
        Column firstError = element_at(col(ERRORS), 1);
        Column record = to_json(struct(sourceColumns.stream().map(c -> Parse.raw(c).as(c)).toArray(Column[]::new)));
        Dataset<Row> quarantined = Tables.QUARANTINE_ROWS.conform(checked.filter(col(STATUS).equalTo(QUARANTINED))
                .withColumn(Col.BATCH_ID, lit(batchId))
                .withColumn(Col.SOURCE_TABLE, lit(spec.source().tableName()))
                .withColumn(Col.REASON_CODE, firstError.getField(Col.REASON_CODE))
                .withColumn(Col.COLUMN_NAME, firstError.getField(Col.COLUMN_NAME))
                .withColumn(Col.BAD_VALUE, firstError.getField(Col.BAD_VALUE))
                .withColumn(Col.MESSAGE, firstError.getField(Col.MESSAGE))
                .withColumn(Col.ALL_REASON_CODES, expr("transform(" + ERRORS + ", e -> e." + Col.REASON_CODE + ")"))
                .withColumn(Col.RECORD_JSON, when(col(Col.MALFORMED).isNotNull(), to_json(struct(col(Col.RAW_LINE).as("line"))))
                        .otherwise(record))
                .withColumn(Col.INGESTED_AT, current_timestamp()));
        return new Validated(accepted, quarantined, checked);
    }

    /**
     * How the checked rows of a file ended, counted in one query: rows by status, and the quarantined rows by
     * their first reason (the reason quarantine.rejected_rows shows).
     *
     * @param reasons quarantined rows per reason code, in the codes' order
     */
    public record Tally(long accepted, long duplicates, long quarantined, java.util.SortedMap<String, Long> reasons) {
        public static Tally of(Dataset<Row> checked) {
            long accepted = 0;
            long duplicates = 0;
            long quarantined = 0;
            java.util.SortedMap<String, Long> reasons = new java.util.TreeMap<>();
            Column firstReason = element_at(col(ERRORS), 1).getField(Col.REASON_CODE);
            for (Row r : checked.groupBy(col(STATUS), when(col(STATUS).equalTo(QUARANTINED), firstReason).as(Col.REASON_CODE))
                    .count().collectAsList()) {
                long n = r.getLong(2);
                switch (r.getString(0)) {
                    case ACCEPTED -> accepted += n;
                    case DUPLICATE -> duplicates += n;
                    case QUARANTINED -> {
                        quarantined += n;
                        reasons.merge(r.getString(1), n, Long::sum);
                    }
                    default -> throw new IllegalStateException("unknown row status " + r.getString(0));
                }
            }
            return new Tally(accepted, duplicates, quarantined, reasons);
        }

        /** Rows read from the file: each row is accepted, a duplicate or quarantined. */
        public long read() {
            return accepted + duplicates + quarantined;
        }
    }

    /** The silver table's columns that carry content (everything but lineage). */
    public static List<String> contentColumns(TableDef table) {
        List<String> content = new ArrayList<>();
        for (StructField f : table.schema().fields()) {
            if (!f.name().startsWith("_")) content.add(f.name());
        }
        return content;
    }

    static Column error(ReasonCode reason, String column, Column badValue, Column message) {
        return struct(lit(reason.name()).as(Col.REASON_CODE), lit(column).cast("string").as(Col.COLUMN_NAME),
                badValue.cast("string").as(Col.BAD_VALUE), message.as(Col.MESSAGE));
    }

    /** Type of a row's {@link #ERRORS}: reason, column, raw value and message of each rule it breaks. */
    static final String ERRORS_TYPE = "array<struct<reason_code:string,column_name:string,bad_value:string,message:string>>";

    /**
     * The array of errors of a row: only MALFORMED_ROW for a line that could not be split. Built as the
     * concatenation of one array per rule (its error, or none), not by filtering an array of optional errors:
     * Spark's higher-order functions are interpreted, and everything beneath one (every rule, every parse of a
     * raw value) would be evaluated row by row without generated code (a fifth of the checks of the national
     * roster: performance.md).
     */
    static Column errors(List<Rule> rules) {
        Column none = array().cast(ERRORS_TYPE);
        Column[] checks = new Column[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            checks[i] = when(coalesce(r.violated(), lit(false)), array(error(r.reason(), r.column(), Parse.raw(r.column()), r.message())))
                    .otherwise(none);
        }
        Column ruleErrors = checks.length == 0 ? none : concat(checks);
        return when(col(Col.MALFORMED).isNotNull(),
                array(error(ReasonCode.MALFORMED_ROW, null, col(Col.RAW_LINE),
                        concat(lit("line "), col(Col.SOURCE_LINE), lit(": "), col(Col.MALFORMED)))))
                .otherwise(ruleErrors);
    }
}
