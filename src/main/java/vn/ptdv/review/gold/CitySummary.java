package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.util.ScalaSeq;

/**
 * gold.city_summary: one row per as_of_date × year × period, the headline of the review: the city's
 * admissions and rate, the same period of the previous year, the years it exceeded, and how many
 * peer units met their annual target.
 */
public final class CitySummary {
    private CitySummary() {}

    public static Dataset<Row> compute(Dataset<Row> trend, Dataset<Row> attainment) {
        Dataset<Row> city = trend.where(col(UNIT_LEVEL).equalTo(UnitLevel.CITY.name()));
        Dataset<Row> other = city.select(col(PERIOD).as("_period"), col(YEAR).as("_year"), col(ADMISSIONS).as("_admissions"));
        Dataset<Row> exceeded = city.join(other, col(PERIOD).equalTo(col("_period"))
                        .and(col(YEAR).notEqual(col("_year"))).and(col("_admissions").lt(col(ADMISSIONS))))
                .groupBy(YEAR, PERIOD).agg(sort_array(collect_list(col("_year"))).as(YEARS_EXCEEDED));
        Dataset<Row> targets = attainment.groupBy(YEAR, PERIOD).agg(
                count(lit(1)).cast("int").as(UNITS_TOTAL),
                sum(when(col(TARGET_MET), 1).otherwise(0)).cast("int").as(UNITS_MET_TARGET),
                sort_array(collect_list(when(col(TARGET_MET), col(UNIT_NAME)))).as(UNITS_MET_TARGET_NAMES));
        Dataset<Row> summary = city
                .join(exceeded, ScalaSeq.of(YEAR, PERIOD), "left")
                .join(targets, ScalaSeq.of(YEAR, PERIOD), "left")
                .withColumn(YEARS_EXCEEDED, coalesce(col(YEARS_EXCEEDED), array().cast("array<int>")))
                .withColumn(UNITS_TOTAL, coalesce(col(UNITS_TOTAL), lit(0)))
                .withColumn(UNITS_MET_TARGET, coalesce(col(UNITS_MET_TARGET), lit(0)))
                .withColumn(UNITS_MET_TARGET_NAMES, coalesce(col(UNITS_MET_TARGET_NAMES), array().cast("array<string>")));
        return Tables.GOLD_CITY_SUMMARY.conform(summary);
    }
}
