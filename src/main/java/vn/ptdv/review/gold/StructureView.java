package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import vn.ptdv.review.domain.Structure;
import vn.ptdv.review.silver.SilverInputs;
import vn.ptdv.review.util.ScalaSeq;

/**
 * The model's inputs on one unit structure ({@link Structure}): the unit tree to roll up on, and the
 * restatements that move facts recorded in historical units onto it. The model itself does not know
 * which structure it computes; every gold table gets the structure from here.
 *
 * <p><b>REFERENCE</b> (units valid at the as-of date D): facts (admissions per unit and period, roster
 * members per unit and year, count plans) are first aggregated per recorded unit, then restated with
 * {@link Lineage#resolve} at D. Whole-unit moves (merge, rename, move to another parent) are exact; a
 * split divides each aggregate by share and rounds with the largest remainder method: each part gets
 * the floor of its exact share, and the units left over go to the largest fractional parts (ties: unit
 * code order), so the parts add up to the whole and every total (and so the city's) is unchanged. The
 * tree is the units valid at D (and their parents); a unit's valid_from is the earliest of every unit
 * whose history it carries (itself, its predecessors, its children's), so a unit created during the
 * range shows history only from its lineage. A reported start-of-year total is used only for a
 * unit-year whose membership the restatement did not change (nothing moved in or out of its subtree);
 * elsewhere the roster's count is used, since predecessors' reports need not add up. A rate plan is
 * kept only for such unit-years too.
 *
 * <p><b>HISTORICAL</b>: units as they were; admissions stay in the unit that recorded them. Members at
 * the start of 1 January Y are counted in the units that start year Y: a member still on the books of
 * a unit that was merged or renamed at the start of Y (or closed earlier) is counted in its successor.
 */
public record StructureView(Structure structure, Dataset<Row> units, Dataset<Row> admissionsMapping,
                            Dataset<Row> rosterMapping, Dataset<Row> membershipCounts, Dataset<Row> targets) {

    /** First (null = always) and first-excluded (null = ever after) day of the facts a mapping row covers. */
    public static final String FACT_FROM = "_fact_from";
    public static final String FACT_TO = "_fact_to";
    public static final DecimalType SHARE_TYPE = vn.ptdv.review.catalog.Tables.SHARE_TYPE;

    /** unit_code's facts dated in [fact_from, fact_to) belong to reference_code by share; absent = to itself, wholly. */
    public static final StructType MAPPING_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(UNIT_CODE, DataTypes.StringType, false),
            DataTypes.createStructField(FACT_FROM, DataTypes.DateType, true),
            DataTypes.createStructField(FACT_TO, DataTypes.DateType, true),
            DataTypes.createStructField(REFERENCE_CODE, DataTypes.StringType, false),
            DataTypes.createStructField(SHARE, SHARE_TYPE, false)));

    public static StructureView of(SparkSession spark, GoldParams params, SilverInputs in) {
        Lineage lineage = lineage(in.units(), in.unitLineage());
        if (params.structure() == Structure.HISTORICAL) {
            return new StructureView(Structure.HISTORICAL, in.units(), null,
                    mapping(spark, yearStarts(lineage, params.fromYear(), params.lastYear())).localCheckpoint(),
                    in.membershipCounts(), in.targets());
        }
        LocalDate on = params.asOf();
        Dataset<Row> mapping = mapping(spark, asOf(lineage, on)).localCheckpoint();
        Dataset<Row> changed = spark.createDataFrame(changedUnitYears(lineage, on, params.fromYear(), params.lastYear()),
                DataTypes.createStructType(List.of(DataTypes.createStructField(UNIT_CODE, DataTypes.StringType, false),
                        DataTypes.createStructField(YEAR, DataTypes.IntegerType, false)))).localCheckpoint();
        Dataset<Row> units = referenceUnits(spark, in.units(), lineage, on);
        Dataset<Row> counts = in.membershipCounts()
                .join(units.select(UNIT_CODE), ScalaSeq.of(UNIT_CODE), "left_semi")
                .join(changed, ScalaSeq.of(UNIT_CODE, YEAR), "left_anti");
        return new StructureView(Structure.REFERENCE, units, mapping, mapping, counts,
                referenceTargets(in.targets(), mapping, changed));
    }

    // ---------------------------------------------------------------- lineage on the driver
    // Tables made here from driver-side lists are checkpointed at once: left as local relations, their rows
    // would sit inside every plan built on them, and Spark compares plans (cache lookups) row by row, which
    // at national scale (220,000 units) kept the driver planning for minutes.

    static Lineage lineage(Dataset<Row> units, Optional<Dataset<Row>> unitLineage) {
        List<Lineage.Unit> us = new ArrayList<>();
        for (Row r : units.select(UNIT_CODE, PARENT_CODE, VALID_FROM, VALID_TO, SUCCESSOR_CODE).collectAsList()) {
            us.add(new Lineage.Unit(r.getString(0), r.getString(1), local(r.getDate(2)), local(r.getDate(3)), r.getString(4)));
        }
        List<Lineage.Edge> es = new ArrayList<>();
        if (unitLineage.isPresent()) {
            for (Row r : unitLineage.get().select(FROM_UNIT, TO_UNIT, EFFECTIVE_ON, SHARE).collectAsList()) {
                es.add(new Lineage.Edge(r.getString(0), r.getString(1), local(r.getDate(2)), r.getDecimal(3)));
            }
        }
        return new Lineage(us, es);
    }

    static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static Date sql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    /**
     * Mapping rows for the reference structure on day {@code on}: for every unit and every span of fact
     * dates between breakpoints, where it does not simply stay itself. Adjacent spans with the same
     * answer are merged.
     */
    static List<Row> asOf(Lineage lineage, LocalDate on) {
        List<LocalDate> bounds = new ArrayList<>(lineage.breakpoints().headSet(on, true));
        List<Row> rows = new ArrayList<>();
        for (Lineage.Unit u : lineage.units()) {
            // Span k covers fact dates [bounds[k-1], bounds[k]), open at both ends; within it the answer is constant.
            LocalDate spanFrom = null;
            Map<String, BigDecimal> spanTarget = null;
            for (int k = 0; k <= bounds.size(); k++) {
                LocalDate from = k == 0 ? null : bounds.get(k - 1);
                LocalDate representative = k > 0 ? from : bounds.isEmpty() ? on : bounds.get(0).minusDays(1);
                Map<String, BigDecimal> target = lineage.resolve(u.code(), representative, on);
                if (spanTarget == null) {
                    spanTarget = target;
                } else if (!sameShares(spanTarget, target)) {
                    addRows(rows, u.code(), spanFrom, from, spanTarget);
                    spanFrom = from;
                    spanTarget = target;
                }
            }
            addRows(rows, u.code(), spanFrom, null, spanTarget);
        }
        return rows;
    }

    /** HISTORICAL: for each year Y, members at the start of 1 Jan Y (facts of 31 Dec Y-1) on the units valid on 1 Jan Y. */
    static List<Row> yearStarts(Lineage lineage, int fromYear, int lastYear) {
        List<Row> rows = new ArrayList<>();
        for (int y = fromYear; y <= lastYear; y++) {
            LocalDate eve = LocalDate.of(y - 1, 12, 31);
            for (Lineage.Unit u : lineage.units()) {
                addRows(rows, u.code(), eve, eve.plusDays(1), lineage.resolve(u.code(), eve, eve.plusDays(1)));
            }
        }
        return rows;
    }

    static boolean sameShares(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (Map.Entry<String, BigDecimal> e : a.entrySet()) {
            if (e.getValue().compareTo(b.get(e.getKey())) != 0) return false;
        }
        return true;
    }

    static void addRows(List<Row> rows, String unit, LocalDate from, LocalDate to, Map<String, BigDecimal> target) {
        boolean identity = target.size() == 1 && target.containsKey(unit);
        if (identity) return;
        for (Map.Entry<String, BigDecimal> e : target.entrySet()) {
            rows.add(RowFactory.create(unit, sql(from), sql(to), e.getKey(), e.getValue()));
        }
    }

    static Dataset<Row> mapping(SparkSession spark, List<Row> rows) {
        return spark.createDataFrame(rows, MAPPING_SCHEMA);
    }

    /**
     * Unit-years whose membership the restatement changes: for every unit that existed at the end of
     * 31 Dec Y-1 and does not stay itself, the units above it before (historical parents) and after
     * (the reference unit's parents) that are not on both paths.
     */
    static List<Row> changedUnitYears(Lineage lineage, LocalDate on, int fromYear, int lastYear) {
        Set<List<Object>> changed = new LinkedHashSet<>();
        for (int y = fromYear; y <= lastYear; y++) {
            LocalDate eve = LocalDate.of(y - 1, 12, 31);
            for (Lineage.Unit u : lineage.units()) {
                // Only units that existed at the end of 31 Dec Y-1 had members to move.
                if (!u.validOn(eve)) continue;
                Map<String, BigDecimal> target = lineage.resolve(u.code(), eve, on);
                if (target.size() == 1 && target.containsKey(u.code())) continue;
                List<String> before = lineage.chainUp(u.code());
                for (String ref : target.keySet()) {
                    List<String> after = lineage.chainUp(ref);
                    for (String c : before) if (!after.contains(c)) changed.add(List.of(c, y));
                    for (String c : after) if (!before.contains(c)) changed.add(List.of(c, y));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (List<Object> c : changed) rows.add(RowFactory.create(c.get(0), c.get(1)));
        return rows;
    }

    /**
     * The reference tree: units valid on {@code on} and the units above them, each with valid_from moved
     * back to the earliest valid_from of the units whose history it carries (null = always).
     */
    static Dataset<Row> referenceUnits(SparkSession spark, Dataset<Row> units, Lineage lineage, LocalDate on) {
        Set<String> kept = new HashSet<>();
        for (Lineage.Unit u : lineage.units()) {
            if (u.validOn(on)) kept.addAll(lineage.chainUp(u.code()));
        }
        // Earliest first day of the history each reference unit carries; "always" is kept as null.
        Map<String, LocalDate> from = new HashMap<>();
        Set<String> always = new HashSet<>();
        java.util.SortedSet<LocalDate> bounds = lineage.breakpoints().headSet(on, true);
        List<LocalDate> factDates = new ArrayList<>();
        factDates.add(bounds.isEmpty() ? on : bounds.first().minusDays(1));
        factDates.addAll(bounds);
        for (Lineage.Unit u : lineage.units()) {
            Set<String> carriers = new HashSet<>();
            if (kept.contains(u.code())) carriers.add(u.code());
            for (LocalDate t : factDates) carriers.addAll(lineage.resolve(u.code(), t, on).keySet());
            for (String r : carriers) {
                for (String c : lineage.chainUp(r)) {
                    if (u.validFrom() == null) always.add(c);
                    else from.merge(c, u.validFrom(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String code : kept) rows.add(RowFactory.create(code, always.contains(code) ? null : sql(from.get(code))));
        Dataset<Row> reference = spark.createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField("_ref_unit", DataTypes.StringType, false),
                DataTypes.createStructField("_ref_from", DataTypes.DateType, true)))).localCheckpoint();
        List<Column> columns = new ArrayList<>();
        for (String c : units.columns()) columns.add(c.equals(VALID_FROM) ? col("_ref_from").as(VALID_FROM) : col(c));
        return units.join(reference, col(UNIT_CODE).equalTo(col("_ref_unit"))).select(columns.toArray(Column[]::new));
    }

    /** Count plans restated like admissions (by year, as of 1 January); rate plans only where nothing changed. */
    static Dataset<Row> referenceTargets(Dataset<Row> targets, Dataset<Row> mapping, Dataset<Row> changed) {
        Column newYear = make_date(col(YEAR), lit(1), lit(1));
        Dataset<Row> counts = restate(targets.where(col(ADMISSIONS_TARGET).isNotNull()).select(UNIT_CODE, YEAR, ADMISSIONS_TARGET),
                mapping, newYear, List.of(YEAR), ADMISSIONS_TARGET);
        Dataset<Row> rates = targets.where(col(RATE_TARGET_PCT).isNotNull()).select(UNIT_CODE, YEAR, RATE_TARGET_PCT)
                .join(changed, ScalaSeq.of(UNIT_CODE, YEAR), "left_anti");
        return counts.withColumn(ADMISSIONS_TARGET, col(ADMISSIONS_TARGET).cast("int"))
                .join(rates, ScalaSeq.of(UNIT_CODE, YEAR), "full_outer");
    }

    // ---------------------------------------------------------------- restatement in Spark

    /**
     * Restates counts recorded per historical unit onto the structure of {@code mapping}, keeping every
     * total: rows (unit_code, keys..., value) with {@code factDate} the day the count is about; returns
     * (unit_code, keys..., value) summed per restated unit. Counts of a unit split by share are divided
     * by the largest remainder method within each (historical unit, keys) group. A null mapping is the
     * identity.
     */
    public static Dataset<Row> restate(Dataset<Row> facts, Dataset<Row> mapping, Column factDate, List<String> keys,
                                       String value) {
        List<String> groupCols = new ArrayList<>(List.of(UNIT_CODE));
        groupCols.addAll(keys);
        if (mapping == null) {
            return facts.groupBy(cols(groupCols)).agg(sum(value).as(value));
        }
        Column inSpan = col(UNIT_CODE).equalTo(col("_m_unit"))
                .and(col(FACT_FROM).isNull().or(col("_fact_date").geq(col(FACT_FROM))))
                .and(col(FACT_TO).isNull().or(col("_fact_date").lt(col(FACT_TO))));
        Dataset<Row> joined = facts.withColumn("_fact_date", factDate)
                .join(broadcast(mapping.withColumnRenamed(UNIT_CODE, "_m_unit")), inSpan, "left")
                .withColumn("_ref", coalesce(col(REFERENCE_CODE), col(UNIT_CODE)))
                .withColumn("_w", coalesce(col(SHARE), lit(BigDecimal.ONE).cast(SHARE_TYPE)));
        List<String> withRef = new ArrayList<>(groupCols);
        withRef.add("_ref");
        Dataset<Row> exact = joined.groupBy(cols(withRef))
                .agg(sum(col(value).cast("decimal(16,0)").multiply(col("_w"))).as("_exact"));
        WindowSpec group = Window.partitionBy(cols(groupCols));
        Dataset<Row> apportioned = exact
                .withColumn("_floor", floor(col("_exact")))
                .withColumn("_left", round(sum(col("_exact")).over(group), 0).minus(sum(col("_floor")).over(group)))
                .withColumn("_order", row_number().over(group.orderBy(col("_exact").minus(col("_floor")).desc(), col("_ref"))))
                .withColumn("_n", col("_floor").plus(when(col("_order").leq(col("_left")), 1).otherwise(0)));
        List<Column> out = new ArrayList<>(List.of(col("_ref").as(UNIT_CODE)));
        for (String k : keys) out.add(col(k));
        return apportioned.groupBy(out.toArray(Column[]::new)).agg(sum("_n").cast("long").as(value));
    }

    static final String RECORDED = "_recorded_unit";
    static final String QUOTA = "_quota";

    /**
     * Moves individual facts (one row each: an event, a candidate's stage) recorded per historical unit
     * onto the structure of {@code mapping}, each to one unit, so that the rows each unit receives are
     * exactly {@link #restate}'s count for the same (unit, keys) groups: a table built from the moved
     * rows agrees with one built from restated counts (e.g. the breakdown's categories with the trend's
     * admissions), and measures that need the individuals (medians) can still be taken. A whole-unit
     * move (merge, rename, move) sends every row to the successor. For a unit split by share, the rows
     * of each (recorded unit, keys) group are ordered by a hash of {@code id} (pseudo-random, stable from
     * run to run) and dealt out in that order: the first quota to the first part in code order, the next
     * to the second, and so on. Which individuals land in which part is therefore arbitrary, but how many
     * is the restated count. Returns the rows with the same columns, unit_code replaced; null mapping =
     * unchanged.
     */
    public static Dataset<Row> relocate(Dataset<Row> facts, Dataset<Row> mapping, Column factDate, List<String> keys,
                                        String id) {
        if (mapping == null) return facts;
        // The facts are read three times below (those that stay, and twice those that move): made once, so
        // that their plan, itself a join or two, is not planned and run three times over.
        facts = GoldModel.materialised(facts);
        String[] columns = facts.columns();
        // Only units the mapping names can move; the rest are left as they are, unshuffled.
        Dataset<Row> mapped = broadcast(mapping.select(col(UNIT_CODE)).distinct());
        Dataset<Row> stay = facts.join(mapped, ScalaSeq.of(UNIT_CODE), "left_anti");
        Dataset<Row> move = facts.join(mapped, ScalaSeq.of(UNIT_CODE), "left_semi");

        List<String> quotaKeys = new ArrayList<>(keys);
        quotaKeys.add(RECORDED);
        Dataset<Row> quotas = restate(move.withColumn(RECORDED, col(UNIT_CODE)).withColumn(QUOTA, lit(1L)),
                mapping, factDate, quotaKeys, QUOTA);
        List<String> groupOfRecorded = new ArrayList<>(List.of(RECORDED));
        groupOfRecorded.addAll(keys);
        WindowSpec dealOrder = Window.partitionBy(cols(groupOfRecorded)).orderBy(col(UNIT_CODE))
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        List<Column> slotColumns = new ArrayList<>(List.of(col(UNIT_CODE).as("_to"), col(RECORDED).as("_q_unit"),
                col("_lo"), col("_hi")));
        for (String k : keys) slotColumns.add(col(k).as("_q_" + k));
        Dataset<Row> slots = quotas.withColumn("_hi", sum(QUOTA).over(dealOrder))
                .withColumn("_lo", col("_hi").minus(col(QUOTA)))
                .select(slotColumns.toArray(Column[]::new));

        List<String> groupCols = new ArrayList<>(List.of(UNIT_CODE));
        groupCols.addAll(keys);
        Dataset<Row> ranked = move.withColumn("_rank", row_number().over(
                Window.partitionBy(cols(groupCols)).orderBy(xxhash64(col(id)), col(id))));
        Column match = col(UNIT_CODE).equalTo(col("_q_unit"))
                .and(col("_rank").gt(col("_lo"))).and(col("_rank").leq(col("_hi")));
        for (String k : keys) match = match.and(col(k).equalTo(col("_q_" + k)));
        List<Column> out = new ArrayList<>();
        for (String c : columns) out.add(c.equals(UNIT_CODE) ? col("_to").as(UNIT_CODE) : col(c));
        Dataset<Row> moved = ranked.join(slots, match).select(out.toArray(Column[]::new));
        return stay.unionByName(moved);
    }

    static Column[] cols(List<String> names) {
        return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }
}
