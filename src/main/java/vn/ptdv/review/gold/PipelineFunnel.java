package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.EventType;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.util.ScalaSeq;

/**
 * gold.pipeline_funnel: one row per as_of_date × structure × unit (the city and the peer units) × year ×
 * period.
 *
 * <p>Each stage is counted in the period its date falls in (identified, course completed, applied,
 * admitted), as the reviews count them: "admitted 60.9% of those who took the course" compares the
 * year's admissions with the year's course. The probation part follows members (silver.members), not
 * candidates: those whose 12 months ended in the period, and whether they became official by 12
 * months + 30 working days (Monday to Friday; public holidays are not known to the job and not
 * deducted), later, or left first. Facts dated after the as-of date are not yet known at it.
 * On the reference structure every candidate stage and probation is first moved, individually, to its
 * reference unit ({@link StructureView#relocate}): whole-unit moves are exact, counts and medians
 * alike; in a split unit each stage's count per part is the restated count, and the median of a part
 * is that of the admitted candidates dealt to it (an arbitrary but stable share of the unit's). The
 * stages of one candidate are dealt independently, so in a split one candidate's course may count in
 * one part and the admission in another. Shuffles: the stage reduction, the roll-up, the median per
 * unit and period (and the relocation of the rows of reorganised units).
 */
public final class PipelineFunnel {
    private PipelineFunnel() {}

    static final String STAGE = "_stage";
    static final String ON = "_on";
    static final String DAYS = "_days";
    static final int WORKING_DAYS_TO_DECIDE = 30;

    /**
     * The last day to decide on a probationary member whose 12 months ended on {@code due}: 30 working
     * days later. 30 working days are 6 weeks: from a weekday that is 42 days on; from a Saturday the
     * count starts on Monday (41 days on), from a Sunday also on Monday (40 days on).
     */
    public static Column decisionDeadline(Column due) {
        Column dow = dayofweek(due);   // 1 = Sunday, 7 = Saturday
        int sixWeeks = WORKING_DAYS_TO_DECIDE / 5 * 7;
        return date_add(due, when(dow.equalTo(7), sixWeeks - 1).when(dow.equalTo(1), sixWeeks - 2).otherwise(sixWeeks));
    }

    /**
     * @param trend      gold.admissions_trend of the same as-of (the grid of units and periods)
     * @param candidates silver.candidates; when empty the table is empty (no candidates.csv was given)
     * @param members    silver.members
     * @param events     silver.events (the admitting unit of each member)
     * @param ancestors  from {@link UnitTree#ancestors}
     * @param periods    from {@link GoldParams#periodsDataset}
     */
    public static Dataset<Row> compute(GoldParams params, Dataset<Row> trend, Dataset<Row> candidates, Dataset<Row> members,
                                       Dataset<Row> events, Dataset<Row> ancestors, Dataset<Row> periods) {
        return compute(params, trend, candidates, members, events, ancestors, periods, null);
    }

    /**
     * As above, on the structure of {@code mapping} (null = as recorded): each candidate's stage and
     * each member's probation is moved to its unit in that structure before counting
     * ({@link StructureView#relocate}; the fact date is the stage's date, and the admission date for
     * probation, when the admitting unit recorded it), so the counts are the restated counts and the
     * median is taken over the candidates now in the unit.
     */
    public static Dataset<Row> compute(GoldParams params, Dataset<Row> trend, Dataset<Row> candidates, Dataset<Row> members,
                                       Dataset<Row> events, Dataset<Row> ancestors, Dataset<Row> periods,
                                       Dataset<Row> mapping) {
        Column asOf = lit(Date.valueOf(params.asOf()));
        Dataset<Row> admittedOn = members.select(col(MEMBER_KEY).as("_m"), col(ADMITTED_ON).as("_admitted_on"));
        Dataset<Row> c = candidates.where(col(IDENTIFIED_ON).leq(asOf))
                .join(admittedOn, col(ADMITTED_MEMBER_KEY).equalTo(col("_m")), "left")
                .withColumn("_admitted_on", when(col("_admitted_on").leq(asOf), col("_admitted_on")));
        Column stages = array(
                struct(lit(CANDIDATES_IDENTIFIED).as(STAGE), col(IDENTIFIED_ON).as(ON), lit(null).cast("int").as(DAYS)),
                struct(lit(COMPLETED_COURSE).as(STAGE), col(COURSE_COMPLETED_ON).as(ON), lit(null).cast("int").as(DAYS)),
                struct(lit(APPLIED).as(STAGE), col(APPLIED_ON).as(ON), lit(null).cast("int").as(DAYS)),
                struct(lit(ADMITTED_FROM_CANDIDATES).as(STAGE), col("_admitted_on").as(ON),
                        datediff(col("_admitted_on"), col(COURSE_COMPLETED_ON)).as(DAYS)));
        // Both the stage rows and the probations are read twice (counts and medians; due and outcome): made once.
        Dataset<Row> stageRows = GoldModel.materialised(StructureView.relocate(c.select(col(CANDIDATE_KEY), col(UNIT_CODE), explode(stages).as("_s"))
                .select(col(CANDIDATE_KEY), col(UNIT_CODE), col("_s." + STAGE).as(STAGE), col("_s." + ON).as(ON),
                        col("_s." + DAYS).as(DAYS))
                .where(col(ON).isNotNull().and(col(ON).leq(asOf)))
                .join(broadcast(periods), col(ON).between(col(PERIOD_START), col(PERIOD_END)))
                .select(CANDIDATE_KEY, UNIT_CODE, STAGE, ON, DAYS, YEAR, PERIOD),
                mapping, col(ON), List.of(STAGE, YEAR, PERIOD), CANDIDATE_KEY));

        // Probation: the admitting unit, the day the 12 months end, what happened by the as-of date.
        Dataset<Row> admittingUnit = events.where(col(EVENT_TYPE).equalTo(EventType.ADMITTED.name()))
                .select(col(MEMBER_KEY).as("_am"), col(UNIT_CODE).as("_admitting_unit"));
        Column official = when(col(OFFICIAL_ON).leq(asOf), col(OFFICIAL_ON));
        Column left = when(col(LEFT_ON).leq(asOf), col(LEFT_ON));
        Column due = add_months(col(ADMITTED_ON), 12);
        Column outcome = when(official.isNotNull().and(official.leq(decisionDeadline(due))), lit(OFFICIAL_ON_TIME))
                .when(official.isNotNull(), lit(OFFICIAL_LATE))
                .when(left.isNotNull(), lit(NOT_OFFICIAL_LEFT))
                .otherwise(lit(STILL_PROBATIONARY));
        Dataset<Row> probation = GoldModel.materialised(StructureView.relocate(members.join(admittingUnit, col(MEMBER_KEY).equalTo(col("_am")), "left")
                .select(col(MEMBER_KEY), coalesce(col("_admitting_unit"), col(UNIT_CODE)).as(UNIT_CODE), col(ADMITTED_ON),
                        due.as(ON), outcome.as("_outcome"))
                .where(col(ON).leq(asOf))
                .join(broadcast(periods), col(ON).between(col(PERIOD_START), col(PERIOD_END)))
                .select(MEMBER_KEY, UNIT_CODE, ADMITTED_ON, ON, "_outcome", YEAR, PERIOD),
                mapping, col(ADMITTED_ON), List.of(YEAR, PERIOD), MEMBER_KEY));
        Dataset<Row> probationRows = probation.select(col(UNIT_CODE), lit(PROBATION_DUE).as(STAGE), col(YEAR), col(PERIOD))
                .union(probation.select(col(UNIT_CODE), col("_outcome").as(STAGE), col(YEAR), col(PERIOD)));

        Dataset<Row> reported = trend.where(col(UNIT_LEVEL).isin(UnitLevel.CITY.name(), UnitLevel.UNIT.name()))
                .select(AS_OF_DATE, STRUCTURE, UNIT_CODE, UNIT_NAME, UNIT_LEVEL, YEAR, PERIOD);
        Dataset<Row> up = ancestors.select(UNIT_CODE, ANCESTOR_CODE);
        List<String> countColumns = List.of(CANDIDATES_IDENTIFIED, COMPLETED_COURSE, APPLIED, ADMITTED_FROM_CANDIDATES,
                PROBATION_DUE, OFFICIAL_ON_TIME, OFFICIAL_LATE, NOT_OFFICIAL_LEFT, STILL_PROBATIONARY);
        Dataset<Row> counts = stageRows.select(col(UNIT_CODE), col(STAGE), col(YEAR), col(PERIOD)).union(probationRows)
                .groupBy(UNIT_CODE, STAGE, YEAR, PERIOD).agg(count(lit(1)).as("_n"))
                .join(up, UNIT_CODE)
                .groupBy(col(ANCESTOR_CODE).as(UNIT_CODE), col(YEAR), col(PERIOD))
                .pivot(STAGE, List.copyOf(countColumns.stream().map(s -> (Object) s).toList()))
                .agg(sum("_n").cast("long"));
        Dataset<Row> medians = stageRows.where(col(STAGE).equalTo(ADMITTED_FROM_CANDIDATES).and(col(DAYS).isNotNull()))
                .join(up, UNIT_CODE)
                .groupBy(col(ANCESTOR_CODE).as(UNIT_CODE), col(YEAR), col(PERIOD))
                .agg(expr("percentile(" + DAYS + ", 0.5)").as(MEDIAN_DAYS_COURSE_TO_ADMISSION));
        Dataset<Row> funnel = reported.join(counts, ScalaSeq.of(UNIT_CODE, YEAR, PERIOD), "left")
                .join(medians, ScalaSeq.of(UNIT_CODE, YEAR, PERIOD), "left");
        for (String n : countColumns) {
            funnel = funnel.withColumn(n, coalesce(col(n), lit(0L)));
        }
        funnel = funnel
                .withColumn(APPLIED_PCT_OF_COURSE, Measures.ratioPct(col(APPLIED), col(COMPLETED_COURSE)))
                .withColumn(ADMITTED_PCT_OF_COURSE, Measures.ratioPct(col(ADMITTED_FROM_CANDIDATES), col(COMPLETED_COURSE)))
                .withColumn(ADMITTED_PCT_OF_APPLIED, Measures.ratioPct(col(ADMITTED_FROM_CANDIDATES), col(APPLIED)))
                .withColumn(MEDIAN_DAYS_COURSE_TO_ADMISSION, round(col(MEDIAN_DAYS_COURSE_TO_ADMISSION).cast("decimal(12,2)"), 1));
        return Tables.GOLD_PIPELINE_FUNNEL.conform(funnel);
    }
}
