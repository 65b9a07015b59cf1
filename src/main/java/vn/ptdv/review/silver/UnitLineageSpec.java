package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.silver.Parse.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import vn.ptdv.review.catalog.ReasonCode;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;

/**
 * unit_lineage.csv to silver.unit_lineage: splits and partial transfers. Besides each row's own values
 * (units known, a date, a share in (0, 1]), the rows are checked together, against the units' validity:
 * <ul>
 *   <li>the shares of one from_unit on one date sum to 1 exactly ({@link ReasonCode#LINEAGE_SHARES});</li>
 *   <li>no chain of rows, with units.csv's successor_code, leads from a unit back to itself
 *       ({@link ReasonCode#LINEAGE_CYCLE}); found on the driver, the file being small);</li>
 *   <li>to_unit exists on effective_on; from_unit, unless a row keeps part of it (to_unit = from_unit),
 *       ends the day before ({@link ReasonCode#LINEAGE_GAP} if earlier, {@link ReasonCode#LINEAGE_OVERLAP}
 *       if later or never), else it is still valid that day.</li>
 * </ul>
 * The messages of group checks name every line involved, so the whole group can be corrected at once.
 */
public final class UnitLineageSpec implements SilverSpec {
    static final String GROUP_SUM = "_share_sum";
    static final String GROUP_LINES = "_group_lines";
    static final String HAS_STAY = "_has_stay";
    static final String CYCLE = "_cycle";
    static final String FROM_VALID_FROM = "_from_valid_from";
    static final String FROM_VALID_TO = "_from_valid_to";
    static final String TO_VALID_FROM = "_to_valid_from";
    static final String TO_VALID_TO = "_to_valid_to";

    @Override public SourceFile source() { return SourceFile.UNIT_LINEAGE; }

    @Override public TableDef table() { return Tables.SILVER_UNIT_LINEAGE; }

    @Override
    public Dataset<Row> typed(Dataset<Row> raw, SilverContext ctx) {
        Dataset<Row> t = raw
                .withColumn(FROM_UNIT, text(FROM_UNIT))
                .withColumn(TO_UNIT, text(TO_UNIT))
                .withColumn(EFFECTIVE_ON, date(EFFECTIVE_ON, ctx.dateFormat()))
                .withColumn(SHARE, decimalNumber(SHARE).cast(Tables.SHARE_TYPE));
        WindowSpec group = Window.partitionBy(col(FROM_UNIT), col(EFFECTIVE_ON));
        t = t.withColumn(GROUP_SUM, sum(col(SHARE)).over(group))
                .withColumn(GROUP_LINES, array_join(array_sort(collect_list(col(SOURCE_LINE)).over(group)), ", "))
                .withColumn(HAS_STAY, max(col(FROM_UNIT).equalTo(col(TO_UNIT)).cast("int")).over(group).equalTo(1));

        Dataset<Row> known = ctx.knownUnits();
        boolean withValidity = Arrays.asList(known.columns()).contains(VALID_FROM);
        if (withValidity) {
            Dataset<Row> validity = known.select(UNIT_CODE, VALID_FROM, VALID_TO);
            t = t.join(validity.select(col(UNIT_CODE).as("_f"), col(VALID_FROM).as(FROM_VALID_FROM), col(VALID_TO).as(FROM_VALID_TO)),
                            col(FROM_UNIT).equalTo(col("_f")), "left")
                    .join(validity.select(col(UNIT_CODE).as("_t"), col(VALID_FROM).as(TO_VALID_FROM), col(VALID_TO).as(TO_VALID_TO)),
                            col(TO_UNIT).equalTo(col("_t")), "left")
                    .drop("_f", "_t");
        } else {
            for (String c : List.of(FROM_VALID_FROM, FROM_VALID_TO, TO_VALID_FROM, TO_VALID_TO)) {
                t = t.withColumn(c, lit(null).cast("date"));
            }
        }
        t = t.join(cycles(t, known, withValidity), col(SOURCE_LINE).equalTo(col("_cycle_line")), "left").drop("_cycle_line");
        return KnownUnits.mark(KnownUnits.mark(t, FROM_UNIT, known), TO_UNIT, known);
    }

    /** (line, message) for every row on a cycle of lineage rows and successor_code. */
    static Dataset<Row> cycles(Dataset<Row> rows, Dataset<Row> known, boolean withSuccessors) {
        Map<String, List<String[]>> next = new HashMap<>();
        List<Row> edges = rows.where(col(FROM_UNIT).isNotNull().and(col(TO_UNIT).isNotNull())
                        .and(col(FROM_UNIT).notEqual(col(TO_UNIT))))
                .select(col(FROM_UNIT), col(TO_UNIT), col(SOURCE_LINE).cast("string")).collectAsList();
        for (Row e : edges) next.computeIfAbsent(e.getString(0), k -> new ArrayList<>()).add(new String[] {e.getString(1), e.getString(2)});
        if (withSuccessors) {
            for (Row u : known.where(col(SUCCESSOR_CODE).isNotNull()).select(UNIT_CODE, SUCCESSOR_CODE).collectAsList()) {
                next.computeIfAbsent(u.getString(0), k -> new ArrayList<>()).add(new String[] {u.getString(1), null});
            }
        }
        List<Row> found = new ArrayList<>();
        for (Row e : edges) {
            List<String[]> path = pathBack(e.getString(1), e.getString(0), next);
            if (path == null) continue;
            StringBuilder chain = new StringBuilder(e.getString(0) + " -> " + e.getString(1));
            TreeSet<Long> lines = new TreeSet<>(List.of(Long.parseLong(e.getString(2))));
            boolean viaSuccessor = false;
            for (String[] step : path) {
                chain.append(" -> ").append(step[0]);
                if (step[1] == null) viaSuccessor = true; else lines.add(Long.parseLong(step[1]));
            }
            found.add(RowFactory.create(Long.parseLong(e.getString(2)), "the lineage returns to its start: " + chain
                    + " (unit_lineage.csv lines " + String.join(", ", lines.stream().map(String::valueOf).toList())
                    + (viaSuccessor ? ", and successor_code in units.csv" : "") + ")"));
        }
        return SparkSession.active().createDataFrame(found, DataTypes.createStructType(List.of(
                DataTypes.createStructField("_cycle_line", DataTypes.LongType, false),
                DataTypes.createStructField(CYCLE, DataTypes.StringType, false))));
    }

    /** The edges (target, line) of a shortest path from {@code start} to {@code goal}; null if there is none. */
    static List<String[]> pathBack(String start, String goal, Map<String, List<String[]>> next) {
        Map<String, String[]> via = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        previous.put(start, null);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(goal)) {
                List<String[]> path = new ArrayList<>();
                for (String c = goal; !c.equals(start); c = previous.get(c)) path.add(0, via.get(c));
                return path;
            }
            for (String[] step : next.getOrDefault(at, List.of())) {
                if (!previous.containsKey(step[0])) {
                    previous.put(step[0], at);
                    via.put(step[0], step);
                    queue.add(step[0]);
                }
            }
        }
        return null;
    }

    @Override
    public List<Rule> rules(SilverContext ctx) {
        DateFormats f = ctx.dateFormat();
        Column eve = date_sub(col(EFFECTIVE_ON), 1);
        Column fromEndsTooEarly = not(col(HAS_STAY)).and(col(FROM_VALID_TO).lt(eve));
        // Without the units' validity (a context that only names the units) there is nothing to compare with.
        boolean withValidity = Arrays.asList(ctx.knownUnits().columns()).contains(VALID_TO);
        Column fromGoesOn = lit(withValidity).and(not(col(HAS_STAY)))
                .and(col(FROM_VALID_TO).isNull().or(col(FROM_VALID_TO).geq(col(EFFECTIVE_ON))))
                .and(col(KnownUnits.knownFlag(FROM_UNIT)).isNotNull());
        Column stayEnded = col(HAS_STAY).and(col(FROM_VALID_TO).lt(col(EFFECTIVE_ON)));
        Column toNotYet = col(TO_VALID_FROM).gt(col(EFFECTIVE_ON));
        Column toGone = col(TO_VALID_TO).lt(col(EFFECTIVE_ON));
        String file = SourceFile.UNIT_LINEAGE.fileName();
        List<Rule> rules = new ArrayList<>(List.of(
                Rule.missing(FROM_UNIT, col(FROM_UNIT)),
                Rule.missing(TO_UNIT, col(TO_UNIT)),
                Rule.missing(EFFECTIVE_ON, text(EFFECTIVE_ON)),
                new Rule(ReasonCode.INVALID_DATE, EFFECTIVE_ON, invalidDate(EFFECTIVE_ON, f),
                        concat(lit("effective_on '"), raw(EFFECTIVE_ON), lit("' is not a date in format " + f))),
                Rule.missing(SHARE, text(SHARE)),
                new Rule(ReasonCode.INVALID_NUMBER, SHARE,
                        invalidDecimalNumber(SHARE).or(col(SHARE).leq(0)).or(col(SHARE).gt(1)),
                        concat(lit("share '"), raw(SHARE), lit("' is not a fraction above 0 and at most 1 with '.' as decimal point")))));
        rules.addAll(KnownUnits.rules(FROM_UNIT));
        rules.addAll(KnownUnits.rules(TO_UNIT));
        rules.addAll(List.of(
                new Rule(ReasonCode.LINEAGE_SHARES, SHARE, col(GROUP_SUM).notEqual(lit(java.math.BigDecimal.ONE)),
                        concat(lit("the shares of from_unit '"), col(FROM_UNIT), lit("' on "), col(EFFECTIVE_ON).cast("string"),
                                lit(" sum to "), regexp_replace(col(GROUP_SUM).cast("string"), "\\.?0+$", ""),
                                lit(", not 1 (" + file + " lines "), col(GROUP_LINES), lit(")"))),
                new Rule(ReasonCode.LINEAGE_CYCLE, TO_UNIT, col(CYCLE).isNotNull(), col(CYCLE)),
                new Rule(ReasonCode.LINEAGE_GAP, TO_UNIT, toNotYet,
                        concat(lit("to_unit '"), col(TO_UNIT), lit("' starts on "), col(TO_VALID_FROM).cast("string"),
                                lit(" (valid_from in units.csv), after effective_on "), col(EFFECTIVE_ON).cast("string"))),
                new Rule(ReasonCode.LINEAGE_GAP, TO_UNIT, toGone,
                        concat(lit("to_unit '"), col(TO_UNIT), lit("' ended on "), col(TO_VALID_TO).cast("string"),
                                lit(" (valid_to in units.csv), before effective_on "), col(EFFECTIVE_ON).cast("string"))),
                new Rule(ReasonCode.LINEAGE_GAP, FROM_UNIT, fromEndsTooEarly.or(stayEnded),
                        concat(lit("from_unit '"), col(FROM_UNIT), lit("' ended on "), col(FROM_VALID_TO).cast("string"),
                                lit(" (valid_to in units.csv), "),
                                when(col(HAS_STAY), lit("but a row keeps part of it from ")).otherwise(lit("days before its members moved on ")),
                                col(EFFECTIVE_ON).cast("string"), lit(" (" + file + " lines "), col(GROUP_LINES), lit(")"))),
                new Rule(ReasonCode.LINEAGE_OVERLAP, FROM_UNIT, fromGoesOn,
                        concat(lit("all members of from_unit '"), col(FROM_UNIT), lit("' moved on "), col(EFFECTIVE_ON).cast("string"),
                                lit(" (" + file + " lines "), col(GROUP_LINES), lit(") but it is still valid that day (valid_to in units.csv "),
                                coalesce(col(FROM_VALID_TO).cast("string"), lit("empty")),
                                lit("): set valid_to to the day before, or add a row to_unit = from_unit for the part that stays")))));
        return rules;
    }
}
