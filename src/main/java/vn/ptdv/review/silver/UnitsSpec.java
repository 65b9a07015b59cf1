package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.silver.Parse.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.ReasonCode;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.UnitLevel;

/**
 * units.csv to silver.units. Parents and successors must be units of this drop or of silver. A unit with
 * a successor ends the day before its successor takes over: successor_code needs valid_to, the
 * successor exists on the day after it (else LINEAGE_OVERLAP / LINEAGE_GAP), and no chain of successors
 * leads back to a unit (LINEAGE_CYCLE, naming the lines).
 */
public final class UnitsSpec implements SilverSpec {
    @Override public SourceFile source() { return SourceFile.UNITS; }

    @Override public TableDef table() { return Tables.SILVER_UNITS; }

    @Override
    public Dataset<Row> typed(Dataset<Row> raw, SilverContext ctx) {
        DateFormats f = ctx.dateFormat();
        Dataset<Row> t = raw
                .withColumn(UNIT_CODE, text(UNIT_CODE))
                .withColumn(UNIT_NAME, text(UNIT_NAME))
                .withColumn(PARENT_CODE, text(PARENT_CODE))
                .withColumn(UNIT_LEVEL, ctx.code(source(), UNIT_LEVEL))
                .withColumn(PEER_GROUP, when(ctx.code(source(), UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()), ctx.code(source(), PEER_GROUP)))
                .withColumn(VALID_FROM, date(VALID_FROM, f))
                .withColumn(VALID_TO, date(VALID_TO, f))
                .withColumn(SUCCESSOR_CODE, text(SUCCESSOR_CODE));
        // A unit may name a parent or successor that comes later in the same file.
        Dataset<Row> known = t.select(col(UNIT_CODE)).where(col(UNIT_CODE).isNotNull())
                .union(ctx.knownUnits().select(UNIT_CODE)).distinct();
        t = KnownUnits.mark(KnownUnits.mark(t, PARENT_CODE, known), SUCCESSOR_CODE, known);
        return withSuccessorValidity(t, ctx).join(successorCycles(t, ctx), col(SOURCE_LINE).equalTo(col("_cycle_line")), "left")
                .drop("_cycle_line");
    }

    static final String SUCCESSOR_FROM = "_successor_valid_from";
    static final String SUCCESSOR_TO = "_successor_valid_to";

    /** The successor's validity, from this file (first) or silver. */
    static Dataset<Row> withSuccessorValidity(Dataset<Row> t, SilverContext ctx) {
        Dataset<Row> here = t.where(col(UNIT_CODE).isNotNull()).select(col(UNIT_CODE).as("_s"), col(VALID_FROM).as(SUCCESSOR_FROM),
                col(VALID_TO).as(SUCCESSOR_TO), lit(0).as("_rank"));
        if (java.util.Arrays.asList(ctx.knownUnits().columns()).contains(VALID_FROM)) {
            here = here.union(ctx.knownUnits().select(col(UNIT_CODE).as("_s"), col(VALID_FROM).as(SUCCESSOR_FROM),
                    col(VALID_TO).as(SUCCESSOR_TO), lit(1).as("_rank")));
        }
        Dataset<Row> validity = here.withColumn("_n", row_number().over(
                        org.apache.spark.sql.expressions.Window.partitionBy("_s").orderBy(col("_rank"))))
                .where(col("_n").equalTo(1)).drop("_n", "_rank");
        return t.join(validity, col(SUCCESSOR_CODE).equalTo(col("_s")), "left").drop("_s");
    }

    /** (line, message) of every unit whose successor_code chain (this file and silver) leads back to it. */
    static Dataset<Row> successorCycles(Dataset<Row> t, SilverContext ctx) {
        java.util.Map<String, List<String[]>> next = new java.util.HashMap<>();
        List<Row> here = t.where(col(UNIT_CODE).isNotNull().and(col(SUCCESSOR_CODE).isNotNull()))
                .select(col(UNIT_CODE), col(SUCCESSOR_CODE), col(SOURCE_LINE).cast("string")).collectAsList();
        java.util.Set<String> inFile = new java.util.HashSet<>();
        for (Row r : here) {
            inFile.add(r.getString(0));
            next.computeIfAbsent(r.getString(0), k -> new java.util.ArrayList<>()).add(new String[] {r.getString(1), r.getString(2)});
        }
        if (java.util.Arrays.asList(ctx.knownUnits().columns()).contains(SUCCESSOR_CODE)) {
            for (Row r : ctx.knownUnits().where(col(SUCCESSOR_CODE).isNotNull()).select(UNIT_CODE, SUCCESSOR_CODE).collectAsList()) {
                if (!inFile.contains(r.getString(0))) {
                    next.computeIfAbsent(r.getString(0), k -> new java.util.ArrayList<>()).add(new String[] {r.getString(1), null});
                }
            }
        }
        List<Row> found = new java.util.ArrayList<>();
        for (Row r : here) {
            List<String[]> path = UnitLineageSpec.pathBack(r.getString(1), r.getString(0), next);
            if (path == null) continue;
            StringBuilder chain = new StringBuilder(r.getString(0) + " -> " + r.getString(1));
            java.util.TreeSet<Long> lines = new java.util.TreeSet<>(List.of(Long.parseLong(r.getString(2))));
            for (String[] step : path) {
                chain.append(" -> ").append(step[0]);
                if (step[1] != null) lines.add(Long.parseLong(step[1]));
            }
            found.add(org.apache.spark.sql.RowFactory.create(Long.parseLong(r.getString(2)), "successor_code leads back to the unit: "
                    + chain + " (units.csv lines " + String.join(", ", lines.stream().map(String::valueOf).toList()) + ")"));
        }
        return org.apache.spark.sql.SparkSession.active().createDataFrame(found, org.apache.spark.sql.types.DataTypes.createStructType(List.of(
                org.apache.spark.sql.types.DataTypes.createStructField("_cycle_line", org.apache.spark.sql.types.DataTypes.LongType, false),
                org.apache.spark.sql.types.DataTypes.createStructField(UnitLineageSpec.CYCLE, org.apache.spark.sql.types.DataTypes.StringType, false))));
    }

    @Override
    public List<Rule> rules(SilverContext ctx) {
        DateFormats f = ctx.dateFormat();
        Column isCity = col(UNIT_LEVEL).equalTo(UnitLevel.CITY.name());
        List<Rule> rules = new java.util.ArrayList<>(List.of(
                Rule.missing(UNIT_CODE, col(UNIT_CODE)),
                Rule.missing(UNIT_NAME, col(UNIT_NAME)),
                Rule.missing(UNIT_LEVEL, col(UNIT_LEVEL)),
                new Rule(ReasonCode.INVALID_VALUE, UNIT_LEVEL, notAccepted(col(UNIT_LEVEL), UnitLevel.values()),
                        concat(lit("unit_level '"), raw(UNIT_LEVEL), lit("' is not CITY, UNIT, GRASSROOTS or CELL"))),
                new Rule(ReasonCode.MISSING_VALUE, PARENT_CODE, col(PARENT_CODE).isNull().and(not(isCity)),
                        lit("parent_code is empty for a unit that is not the city")),
                new Rule(ReasonCode.INVALID_VALUE, PARENT_CODE, col(PARENT_CODE).isNotNull().and(isCity),
                        lit("the city (unit_level CITY) has no parent")),
                new Rule(ReasonCode.MISSING_VALUE, PEER_GROUP, col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()).and(col(PEER_GROUP).isNull()),
                        lit("peer_group is empty for a peer unit (unit_level UNIT)")),
                new Rule(ReasonCode.INVALID_DATE, VALID_FROM, invalidDate(VALID_FROM, f),
                        concat(lit("valid_from '"), raw(VALID_FROM), lit("' is not a date in format " + f))),
                new Rule(ReasonCode.INVALID_DATE, VALID_TO, invalidDate(VALID_TO, f),
                        concat(lit("valid_to '"), raw(VALID_TO), lit("' is not a date in format " + f))),
                new Rule(ReasonCode.DATES_OUT_OF_ORDER, VALID_TO, col(VALID_TO).lt(col(VALID_FROM)),
                        lit("valid_to is before valid_from"))));
        rules.addAll(KnownUnits.rules(PARENT_CODE));
        rules.addAll(KnownUnits.rules(SUCCESSOR_CODE));
        Column dayAfter = date_add(col(VALID_TO), 1);
        rules.addAll(List.of(
                new Rule(ReasonCode.LINEAGE_CYCLE, SUCCESSOR_CODE, col(UnitLineageSpec.CYCLE).isNotNull(), col(UnitLineageSpec.CYCLE)),
                new Rule(ReasonCode.LINEAGE_OVERLAP, SUCCESSOR_CODE, col(SUCCESSOR_CODE).isNotNull().and(col(VALID_TO).isNull())
                        .and(text(VALID_TO).isNull()),
                        concat(lit("successor_code '"), col(SUCCESSOR_CODE), lit("' is given but valid_to is empty: the unit goes on"
                                + " beside its successor (set valid_to to the day before the successor takes over)"))),
                new Rule(ReasonCode.LINEAGE_GAP, SUCCESSOR_CODE, col(SUCCESSOR_FROM).gt(dayAfter),
                        concat(lit("successor '"), col(SUCCESSOR_CODE), lit("' starts on "), col(SUCCESSOR_FROM).cast("string"),
                                lit(", not on "), dayAfter.cast("string"), lit(", the day after valid_to"))),
                new Rule(ReasonCode.LINEAGE_GAP, SUCCESSOR_CODE, col(SUCCESSOR_TO).lt(dayAfter),
                        concat(lit("successor '"), col(SUCCESSOR_CODE), lit("' ended on "), col(SUCCESSOR_TO).cast("string"),
                                lit(", before "), dayAfter.cast("string"), lit(", the day after valid_to")))));
        return rules;
    }
}
