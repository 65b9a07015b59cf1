package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.AttainmentStatus;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.util.ScalaSeq;

/**
 * gold.target_attainment: one row per as_of_date × peer unit × year × period.
 *
 * <p>A unit meets its target (đạt và vượt chỉ tiêu) when its admissions in the period reach the annual
 * count plan; with only a rate plan, when its admission rate reaches the planned rate. Two
 * expectations say whether an unmet plan is on track: pro rata to the days elapsed, and seasonal
 * (the share of its full-year admissions the unit had made by the same month-day in the earlier
 * complete years of the range, since admissions bunch up around the end of the year). Status uses
 * the seasonal one when it exists.
 */
public final class TargetAttainment {
    private TargetAttainment() {}

    static final String YEAR_DAYS = "_year_days";
    static final String ELAPSED_DAYS = "_elapsed_days";
    static final String PLAN = "_plan";
    static final String SEASONAL_SHARE = "_seasonal_share";

    /**
     * @param trend   gold.admissions_trend rows of this as-of
     * @param targets silver.targets
     */
    public static Dataset<Row> compute(Dataset<Row> trend, Dataset<Row> targets) {
        Dataset<Row> peers = trend.where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))
                .join(targets.select(UNIT_CODE, YEAR, ADMISSIONS_TARGET, RATE_TARGET_PCT), ScalaSeq.of(UNIT_CODE, YEAR), "left")
                .join(seasonalShares(trend), ScalaSeq.of(UNIT_CODE, YEAR), "left")
                .withColumn(YEAR_DAYS, datediff(make_date(col(YEAR), lit(12), lit(31)), col(PERIOD_START)).plus(1))
                .withColumn(ELAPSED_DAYS, datediff(col(PERIOD_END), col(PERIOD_START)).plus(1))
                // A rate-only plan expressed as a count, for the expectations.
                .withColumn(PLAN, coalesce(col(ADMISSIONS_TARGET).cast("decimal(18,6)"),
                        col(RATE_TARGET_PCT).multiply(col(MEMBERS_AT_START)).divide(100).cast("decimal(18,6)")));

        Column fullYear = col(PERIOD).equalTo(PeriodKind.FULL_YEAR.name());
        Column elapsedShare = col(ELAPSED_DAYS).cast("decimal(12,6)").divide(col(YEAR_DAYS).cast("decimal(12,6)"));
        Column targetMet = when(col(ADMISSIONS_TARGET).isNotNull(), col(ADMISSIONS).geq(col(ADMISSIONS_TARGET)))
                .when(col(RATE_TARGET_PCT).isNotNull(), col(ADMISSION_RATE_PCT).geq(col(RATE_TARGET_PCT)));
        Column expected = round(col(PLAN).multiply(elapsedShare), 1).cast(Tables.RATIO);
        Column seasonal = when(fullYear, round(col(PLAN), 1))
                .otherwise(round(col(PLAN).multiply(col(SEASONAL_SHARE)), 1)).cast(Tables.RATIO);

        Dataset<Row> result = peers
                .withColumn(TARGET_MET, targetMet)
                .withColumn(ATTAINMENT_PCT, when(col(ADMISSIONS_TARGET).isNotNull(), Measures.ratioPct(col(ADMISSIONS), col(ADMISSIONS_TARGET)))
                        .otherwise(Measures.ratioOfDecimalsPct(col(ADMISSION_RATE_PCT), col(RATE_TARGET_PCT))))
                .withColumn(ELAPSED_SHARE_PCT, Measures.ratioPct(col(ELAPSED_DAYS), col(YEAR_DAYS)))
                .withColumn(EXPECTED_BY_NOW, expected)
                .withColumn(EXPECTED_BY_NOW_SEASONAL, seasonal)
                .withColumn(STATUS, when(col(TARGET_MET).isNull(), lit(null).cast("string"))
                        .when(col(TARGET_MET), lit(AttainmentStatus.MET.name()))
                        .when(fullYear, lit(AttainmentStatus.BEHIND.name()))
                        .when(col(ADMISSIONS).geq(coalesce(col(EXPECTED_BY_NOW_SEASONAL), col(EXPECTED_BY_NOW))),
                                lit(AttainmentStatus.ON_TRACK.name()))
                        .otherwise(lit(AttainmentStatus.BEHIND.name())))
                .withColumn(PROJECTED_YEAR_END, when(fullYear, col(ADMISSIONS))
                        .when(col(SEASONAL_SHARE).gt(0), round(col(ADMISSIONS).cast("decimal(18,6)").divide(col(SEASONAL_SHARE)), 0))
                        .otherwise(round(col(ADMISSIONS).cast("decimal(18,6)").multiply(col(YEAR_DAYS)).divide(col(ELAPSED_DAYS)), 0))
                        .cast("long"));
        return Tables.GOLD_TARGET_ATTAINMENT.conform(result);
    }

    /**
     * Per unit and year Y: Σ YTD admissions / Σ FULL_YEAR admissions over the complete years before Y
     * in range; null when there are none or they sum to 0.
     */
    static Dataset<Row> seasonalShares(Dataset<Row> trend) {
        Dataset<Row> full = trend.where(col(PERIOD).equalTo(PeriodKind.FULL_YEAR.name()))
                .select(col(UNIT_CODE).as("_u"), col(YEAR).as("_y"), col(ADMISSIONS).as("_full"));
        Dataset<Row> ytd = trend.where(col(PERIOD).equalTo(PeriodKind.YTD.name()))
                .select(col(UNIT_CODE).as("_u2"), col(YEAR).as("_y2"), col(ADMISSIONS).as("_ytd"));
        Dataset<Row> earlier = full.join(ytd, col("_u").equalTo(col("_u2")).and(col("_y").equalTo(col("_y2"))));
        Dataset<Row> years = trend.where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))
                .select(UNIT_CODE, YEAR).distinct();
        return years.join(earlier, col(UNIT_CODE).equalTo(col("_u")).and(col("_y").lt(col(YEAR))))
                .groupBy(UNIT_CODE, YEAR)
                .agg(sum("_ytd").as("_sum_ytd"), sum("_full").as("_sum_full"))
                .where(col("_sum_ytd").gt(0).and(col("_sum_full").gt(0)))
                .select(col(UNIT_CODE), col(YEAR),
                        col("_sum_ytd").cast("decimal(18,6)").divide(col("_sum_full").cast("decimal(18,6)")).as(SEASONAL_SHARE));
    }
}
