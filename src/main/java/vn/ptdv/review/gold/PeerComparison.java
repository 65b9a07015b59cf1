package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.util.ScalaSeq;

/**
 * gold.peer_comparison: one row per as_of_date × peer unit × year × period.
 *
 * <p>Peer units are ranked by their admission rate as published (rounded to 2 decimals), so two units
 * shown with the same rate share a rank (competition ranking: 1, 2, 2, 4). Units without a rate get
 * no rank. Windows over year × period (and peer group): one small shuffle.
 */
public final class PeerComparison {
    private PeerComparison() {}

    public static Dataset<Row> compute(Dataset<Row> trend, Dataset<Row> units, Dataset<Row> attainment) {
        Dataset<Row> city = trend.where(col(UNIT_LEVEL).equalTo(UnitLevel.CITY.name()))
                .select(col(YEAR), col(PERIOD), col(ADMISSION_RATE_PCT).as(CITY_RATE_PCT));
        Dataset<Row> peers = trend.where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))
                .join(units.select(UNIT_CODE, PEER_GROUP), UNIT_CODE)
                .join(city, ScalaSeq.of(YEAR, PERIOD), "left")
                .join(attainment.select(UNIT_CODE, YEAR, PERIOD, TARGET_MET), ScalaSeq.of(UNIT_CODE, YEAR, PERIOD), "left");

        WindowSpec all = Window.partitionBy(YEAR, PERIOD);
        WindowSpec group = Window.partitionBy(YEAR, PERIOD, PEER_GROUP);
        Column byRate = col(ADMISSION_RATE_PCT).desc_nulls_last();
        Column hasRate = col(ADMISSION_RATE_PCT).isNotNull();
        Dataset<Row> ranked = peers
                .withColumn(RANK_OVERALL, when(hasRate, rank().over(all.orderBy(byRate))))
                .withColumn(RANK_IN_GROUP, when(hasRate, rank().over(group.orderBy(byRate))))
                .withColumn(UNITS_IN_GROUP, count(lit(1)).over(group))
                .withColumn("_units", count(lit(1)).over(all))
                .withColumn(DIFF_FROM_CITY_PP, col(ADMISSION_RATE_PCT).minus(col(CITY_RATE_PCT)))
                .withColumn(QUARTILE, ceil(col(RANK_OVERALL).multiply(4).divide(col("_units"))));
        return Tables.GOLD_PEER_COMPARISON.conform(ranked);
    }
}
