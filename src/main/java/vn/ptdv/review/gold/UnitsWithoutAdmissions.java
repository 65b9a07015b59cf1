package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.util.ScalaSeq;

/**
 * gold.units_without_admissions: one row per as_of_date × structure × grassroots organisation or
 * cell × year × period in which it existed and admitted nobody.
 *
 * <p>Built from gold.admissions_trend, which already has every unit × period with 0 where nothing
 * happened, on the trend's structure: on the reference structure a merged cell's admissions count for
 * its successor, so the successor is not shown as empty in a year its predecessor admitted. The run of
 * empty years counts complete calendar years back from the last complete year
 * of the period (the year itself for FULL_YEAR; the year before for YTD, whose year is not over),
 * within the years in range the unit existed: a cell with admissions in 2021 and none in 2022 and
 * 2023 has a run of 2 in the 2024 YTD row, whatever 2024 brings later. dormant = run ≥ N
 * (review.compute.dormant-years). Shuffles: one self-join of the unit's full years (a handful of
 * rows per unit).
 */
public final class UnitsWithoutAdmissions {
    private UnitsWithoutAdmissions() {}

    /**
     * @param trend        gold.admissions_trend of the same as-of
     * @param units        the unit tree of the trend's structure
     * @param ancestors    from {@link UnitTree#ancestors}
     * @param dormantYears N: this many consecutive complete years without an admission make a unit dormant
     */
    public static Dataset<Row> compute(Dataset<Row> trend, Dataset<Row> units, Dataset<Row> ancestors, int dormantYears) {
        Dataset<Row> empty = trend.where(col(UNIT_LEVEL).isin(UnitLevel.GRASSROOTS.name(), UnitLevel.CELL.name())
                .and(col(ADMISSIONS).equalTo(0L)));
        Column lastCompleteYear = when(col(PERIOD).equalTo(PeriodKind.FULL_YEAR.name()), col(YEAR)).otherwise(col(YEAR).minus(1));
        Dataset<Row> fullYears = trend.where(col(PERIOD).equalTo(PeriodKind.FULL_YEAR.name()))
                .select(col(UNIT_CODE).as("_u"), col(YEAR).as("_y"), col(ADMISSIONS).as("_a"));
        Dataset<Row> runs = empty.withColumn("_last_complete", lastCompleteYear)
                .join(fullYears, col(UNIT_CODE).equalTo(col("_u")).and(col("_y").leq(col("_last_complete"))), "left")
                .groupBy(AS_OF_DATE, STRUCTURE, UNIT_CODE, UNIT_NAME, UNIT_LEVEL, YEAR, PERIOD, MEMBERS_AT_START, "_last_complete")
                .agg(max(when(col("_a").gt(0), col("_y"))).as(LAST_ADMISSION_YEAR), min("_y").as("_first_year"))
                // No complete year in range before the period: no run. Else back to the last admission, or to the first year.
                .withColumn(FULL_YEARS_WITHOUT_ADMISSIONS, when(col("_first_year").isNull(), lit(0))
                        .otherwise(col("_last_complete").minus(coalesce(col(LAST_ADMISSION_YEAR), col("_first_year").minus(1)))))
                .withColumn(DORMANT, col(FULL_YEARS_WITHOUT_ADMISSIONS).geq(dormantYears));
        Dataset<Row> peerUnits = ancestors
                .join(units.where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))
                        .select(col(UNIT_CODE).as(ANCESTOR_CODE), col(UNIT_NAME).as(PEER_UNIT_NAME)), ANCESTOR_CODE)
                .select(col(UNIT_CODE), col(ANCESTOR_CODE).as(PEER_UNIT_CODE), col(PEER_UNIT_NAME));
        return Tables.GOLD_UNITS_WITHOUT_ADMISSIONS.conform(runs.join(peerUnits, ScalaSeq.of(UNIT_CODE), "left"));
    }
}
