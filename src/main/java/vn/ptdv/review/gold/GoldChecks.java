package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.quality.DataChecks;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.util.ScalaSeq;

/**
 * Data tests run on the computed gold tables before they are written: a failure stops the compute
 * with the check named and a few offending rows ({@link DataChecks}), and no gold table changes.
 */
public final class GoldChecks {
    private GoldChecks() {}

    /**
     * @param units   silver.units
     * @param periods the periods of the compute ({@link GoldParams#periodsDataset})
     */
    public static void verify(GoldTables gold, Dataset<Row> units, Dataset<Row> periods) {
        DataChecks.keysUniqueAndNotNull(Tables.GOLD_ADMISSIONS_TREND, gold.trend());
        DataChecks.keysUniqueAndNotNull(Tables.GOLD_TARGET_ATTAINMENT, gold.attainment());
        DataChecks.keysUniqueAndNotNull(Tables.GOLD_PEER_COMPARISON, gold.peers());
        DataChecks.keysUniqueAndNotNull(Tables.GOLD_CITY_SUMMARY, gold.city());
        oneCityPerPeriod(gold.trend());
        cityEqualsSumOfPeerUnits(gold.trend());
        Dataset<Row> expected = units.where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))
                .crossJoin(periods).where(AdmissionsTrend.existedDuring()).select(UNIT_CODE, YEAR, PERIOD);
        everyPeerUnitHasEveryPeriod(Tables.GOLD_ADMISSIONS_TREND, expected,
                gold.trend().where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name())));
        everyPeerUnitHasEveryPeriod(Tables.GOLD_TARGET_ATTAINMENT, expected, gold.attainment());
        everyPeerUnitHasEveryPeriod(Tables.GOLD_PEER_COMPARISON, expected, gold.peers());
    }

    /** Peer-unit rows are exactly the peer units × the periods each existed in: none missing, none extra. */
    static void everyPeerUnitHasEveryPeriod(TableDef table, Dataset<Row> expected, Dataset<Row> peerRows) {
        Dataset<Row> actual = peerRows.select(UNIT_CODE, YEAR, PERIOD);
        DataChecks.fail(table.qualified() + ": one row per peer unit and period it existed in (missing)", expected.except(actual));
        DataChecks.fail(table.qualified() + ": one row per peer unit and period it existed in (extra)", actual.except(expected));
    }

    static void oneCityPerPeriod(Dataset<Row> trend) {
        DataChecks.fail("gold.admissions_trend: exactly one CITY unit per year and period",
                trend.groupBy(YEAR, PERIOD).agg(sum(when(col(UNIT_LEVEL).equalTo(UnitLevel.CITY.name()), 1).otherwise(0)).as("cities"))
                        .where(col("cities").notEqual(1)));
    }

    /** Every admission lies under exactly one peer unit, so the city's count is their sum. */
    static void cityEqualsSumOfPeerUnits(Dataset<Row> trend) {
        Dataset<Row> peers = trend.where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))
                .groupBy(YEAR, PERIOD).agg(sum(ADMISSIONS).as("peer_units_sum"));
        Dataset<Row> city = trend.where(col(UNIT_LEVEL).equalTo(UnitLevel.CITY.name()))
                .select(col(YEAR), col(PERIOD), col(ADMISSIONS).as("city_admissions"));
        DataChecks.fail("gold.admissions_trend: city admissions = sum over peer units",
                city.join(peers, ScalaSeq.of(YEAR, PERIOD), "left")
                        .where(not(coalesce(col("peer_units_sum"), lit(0L)).equalTo(col("city_admissions")))));
    }
}
