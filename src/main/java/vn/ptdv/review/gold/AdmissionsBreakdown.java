package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.BreakdownDimension;
import vn.ptdv.review.domain.EventType;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.util.ScalaSeq;

/**
 * gold.admissions_breakdown: one row per as_of_date × structure × unit (the city and the peer units) ×
 * year × period × dimension × category that had admissions.
 *
 * <p>Each ADMITTED event in a period is matched to its member's row in silver.members (gender,
 * ethnicity, religion, age at admission, education, occupation) and carries its own source_group;
 * every admission falls in exactly one category of every dimension (UNKNOWN where the value is
 * missing), so the categories of a dimension sum to the unit's admissions. On the reference
 * structure the admissions are first moved to their reference unit, individually and in the numbers
 * the trend restates (see {@link StructureView#relocate}), so this holds there too, split units
 * included, and a category's city total is the same on both structures. Shuffles: the join with
 * the roster, the reduction per cell, the roll-up.
 */
public final class AdmissionsBreakdown {
    private AdmissionsBreakdown() {}

    /** Category of a missing value, in every dimension. */
    public static final String UNKNOWN = "UNKNOWN";
    public static final String MINORITY = "MINORITY";
    public static final String KINH = "KINH";
    public static final String RELIGIOUS = "RELIGIOUS";
    public static final String NO_RELIGION = "NONE";
    public static final String UNDER_18 = "UNDER_18";
    public static final String AGE_18_30 = "18_30";
    public static final String AGE_31_45 = "31_45";
    public static final String OVER_45 = "OVER_45";
    /** The majority group in members.csv's ethnicity; every other group is an ethnic minority. */
    static final String MAJORITY_ETHNICITY = "kinh";
    /** members.csv's religion for none (input contract). */
    static final String NONE_RELIGION = "không";

    /** Age band of an age in whole years on the admission date (30 is 18_30, 31 is 31_45, 45 is 31_45, 46 OVER_45). */
    public static Column ageBand(Column age) {
        return when(age.isNull(), lit(UNKNOWN))
                .when(age.lt(18), lit(UNDER_18))
                .when(age.leq(30), lit(AGE_18_30))
                .when(age.leq(45), lit(AGE_31_45))
                .otherwise(lit(OVER_45));
    }

    static Column asGiven(Column value) {
        Column v = trim(value);
        return when(v.isNull().or(v.equalTo("")), lit(UNKNOWN)).otherwise(v);
    }

    static Column ethnicity(Column value) {
        Column v = lower(trim(value));
        return when(v.isNull().or(v.equalTo("")), lit(UNKNOWN)).when(v.equalTo(MAJORITY_ETHNICITY), lit(KINH)).otherwise(lit(MINORITY));
    }

    static Column religion(Column value) {
        Column v = lower(trim(value));
        return when(v.isNull().or(v.equalTo("")), lit(UNKNOWN)).when(v.equalTo(NONE_RELIGION), lit(NO_RELIGION)).otherwise(lit(RELIGIOUS));
    }

    static Column entry(BreakdownDimension d, Column category) {
        return struct(lit(d.name()).as(DIMENSION), category.as(CATEGORY));
    }

    /**
     * @param units     silver.units
     * @param members   silver.members
     * @param events    silver.events
     * @param ancestors from {@link UnitTree#ancestors}
     * @param periods   from {@link GoldParams#periodsDataset}
     */
    public static Dataset<Row> compute(GoldParams params, Dataset<Row> units, Dataset<Row> members, Dataset<Row> events,
                                       Dataset<Row> ancestors, Dataset<Row> periods) {
        return compute(params, units, members, events, ancestors, periods, null);
    }

    /**
     * As above, on the structure of {@code mapping} (null = as recorded): each admission is first moved
     * to its unit in that structure ({@link StructureView#relocate}), so every unit gets exactly the
     * admissions the trend restates onto it, and its categories still sum to them.
     *
     * @param units the unit tree of the structure (its city and peer units get rows)
     */
    public static Dataset<Row> compute(GoldParams params, Dataset<Row> units, Dataset<Row> members, Dataset<Row> events,
                                       Dataset<Row> ancestors, Dataset<Row> periods, Dataset<Row> mapping) {
        Dataset<Row> admitted = events.where(col(EVENT_TYPE).equalTo(EventType.ADMITTED.name()))
                .select(col(EVENT_ID), col(MEMBER_KEY), col(EVENT_DATE), col(UNIT_CODE), col(SOURCE_GROUP))
                .join(broadcast(periods), col(EVENT_DATE).between(col(PERIOD_START), col(PERIOD_END)))
                .select(EVENT_ID, MEMBER_KEY, EVENT_DATE, UNIT_CODE, SOURCE_GROUP, YEAR, PERIOD);
        Dataset<Row> admissions = StructureView.relocate(admitted, mapping, col(EVENT_DATE), java.util.List.of(YEAR, PERIOD), EVENT_ID)
                .join(members.select(col(MEMBER_KEY).as("_m"), col(GENDER), col(ETHNICITY), col(RELIGION),
                        col(AGE_AT_ADMISSION), col(EDUCATION), col(OCCUPATION)), col(MEMBER_KEY).equalTo(col("_m")), "left");
        Dataset<Row> perCell = admissions
                .select(col(UNIT_CODE), col(YEAR), col(PERIOD), explode(array(
                        entry(BreakdownDimension.GENDER, asGiven(col(GENDER))),
                        entry(BreakdownDimension.ETHNICITY, ethnicity(col(ETHNICITY))),
                        entry(BreakdownDimension.RELIGION, religion(col(RELIGION))),
                        entry(BreakdownDimension.AGE_BAND, ageBand(col(AGE_AT_ADMISSION))),
                        entry(BreakdownDimension.EDUCATION, asGiven(col(EDUCATION))),
                        entry(BreakdownDimension.OCCUPATION, asGiven(col(OCCUPATION))),
                        entry(BreakdownDimension.SOURCE_GROUP, asGiven(col(SOURCE_GROUP))))).as("_e"))
                .select(col(UNIT_CODE), col(YEAR), col(PERIOD), col("_e." + DIMENSION).as(DIMENSION), col("_e." + CATEGORY).as(CATEGORY))
                .groupBy(UNIT_CODE, YEAR, PERIOD, DIMENSION, CATEGORY).agg(count(lit(1)).as("_n"));
        Dataset<Row> reported = units.where(col(UNIT_LEVEL).isin(UnitLevel.CITY.name(), UnitLevel.UNIT.name()))
                .select(col(UNIT_CODE).as(ANCESTOR_CODE), col(UNIT_NAME), col(UNIT_LEVEL));
        // Read twice (the cells and their dimension's total): made once.
        Dataset<Row> rolled = GoldModel.materialised(perCell.join(ancestors, UNIT_CODE)
                .join(broadcast(reported), ANCESTOR_CODE)
                .groupBy(col(ANCESTOR_CODE).as(UNIT_CODE), col(UNIT_NAME), col(UNIT_LEVEL), col(YEAR), col(PERIOD), col(DIMENSION), col(CATEGORY))
                .agg(sum("_n").cast("long").as(ADMISSIONS)));
        // Every admission has one category per dimension, so a dimension's sum is the unit's admissions.
        Dataset<Row> totals = rolled.groupBy(UNIT_CODE, YEAR, PERIOD, DIMENSION).agg(sum(ADMISSIONS).as("_total"));
        Dataset<Row> breakdown = rolled.join(totals, ScalaSeq.of(UNIT_CODE, YEAR, PERIOD, DIMENSION))
                .withColumn(SHARE_PCT, Measures.ratePct(col(ADMISSIONS), col("_total")));
        return Tables.GOLD_ADMISSIONS_BREAKDOWN.conform(params.stamp(breakdown));
    }
}
