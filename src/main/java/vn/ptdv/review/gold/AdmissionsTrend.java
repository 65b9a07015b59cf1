package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.EventType;
import vn.ptdv.review.util.ScalaSeq;

/**
 * gold.admissions_trend: one row per as_of_date × unit (every level) × year × period.
 *
 * <p>Admissions of a unit are the ADMITTED events dated in the period in the unit or any unit below
 * it. Events are first reduced to a daily count per unit (the only pass over the events), then
 * matched to the handful of periods and rolled up the tree. Every unit that existed during a period
 * gets a row, with 0 when nothing happened. Shuffles: the daily reduction, the roll-up, and one
 * window per unit for the rank.
 */
public final class AdmissionsTrend {
    private AdmissionsTrend() {}

    /** Admissions per unit (every level), year and period. */
    public static Dataset<Row> admissionsByUnit(Dataset<Row> events, Dataset<Row> ancestors, Dataset<Row> periods) {
        return admissionsByUnit(events, ancestors, periods, null);
    }

    /**
     * As above, with each recorded unit's count per period first restated onto the structure of
     * {@code mapping} ({@link StructureView#restate}; null = as recorded), then rolled up its tree.
     */
    public static Dataset<Row> admissionsByUnit(Dataset<Row> events, Dataset<Row> ancestors, Dataset<Row> periods,
                                                Dataset<Row> mapping) {
        Dataset<Row> daily = events.where(col(EVENT_TYPE).equalTo(EventType.ADMITTED.name()))
                .groupBy(UNIT_CODE, EVENT_DATE).agg(count(lit(1)).as("_n"));
        Dataset<Row> perUnitAndPeriod = StructureView.restate(
                daily.join(broadcast(periods), col(EVENT_DATE).between(col(PERIOD_START), col(PERIOD_END))),
                mapping, col(EVENT_DATE), java.util.List.of(YEAR, PERIOD), "_n");
        return perUnitAndPeriod.join(ancestors, UNIT_CODE)
                .groupBy(col(ANCESTOR_CODE).as(UNIT_CODE), col(YEAR), col(PERIOD))
                .agg(sum("_n").cast("long").as(ADMISSIONS));
    }

    /** Units that existed on some day of the period (no valid_from / valid_to = always). */
    public static Column existedDuring() {
        return col(VALID_FROM).isNull().or(col(VALID_FROM).leq(col(PERIOD_END)))
                .and(col(VALID_TO).isNull().or(col(VALID_TO).geq(col(PERIOD_START))));
    }

    /**
     * @param units          silver.units
     * @param admissions     from {@link #admissionsByUnit}
     * @param membersAtStart from {@link MembersAtStart#resolve}
     * @param periods        from {@link GoldParams#periodsDataset}
     */
    public static Dataset<Row> compute(GoldParams params, Dataset<Row> units, Dataset<Row> admissions,
                                       Dataset<Row> membersAtStart, Dataset<Row> periods) {
        Dataset<Row> rows = units.select(UNIT_CODE, UNIT_NAME, UNIT_LEVEL, VALID_FROM, VALID_TO)
                .crossJoin(broadcast(periods))
                .where(existedDuring())
                .join(admissions, ScalaSeq.of(UNIT_CODE, YEAR, PERIOD), "left")
                .withColumn(ADMISSIONS, coalesce(col(ADMISSIONS), lit(0L)))
                .join(membersAtStart, ScalaSeq.of(UNIT_CODE, YEAR), "left");
        Dataset<Row> previous = rows.select(col(UNIT_CODE), col(PERIOD), col(YEAR).plus(1).as(YEAR),
                col(ADMISSIONS).as(PREV_YEAR_ADMISSIONS));
        Dataset<Row> trend = params.stamp(rows.join(previous, ScalaSeq.of(UNIT_CODE, PERIOD, YEAR), "left"))
                .withColumn(ADMISSION_RATE_PCT, Measures.ratePct(col(ADMISSIONS), col(MEMBERS_AT_START)))
                .withColumn(CHANGE_VS_PREV_YEAR, col(ADMISSIONS).minus(col(PREV_YEAR_ADMISSIONS)))
                .withColumn(RATIO_TO_PREV_YEAR_PCT, Measures.ratioPct(col(ADMISSIONS), col(PREV_YEAR_ADMISSIONS)))
                .withColumn(RANK_AMONG_YEARS, rank().over(Window.partitionBy(UNIT_CODE, PERIOD).orderBy(col(ADMISSIONS).desc())));
        return Tables.GOLD_ADMISSIONS_TREND.conform(trend);
    }
}
