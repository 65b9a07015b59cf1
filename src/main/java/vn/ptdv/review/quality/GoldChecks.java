package vn.ptdv.review.quality;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.BreakdownDimension;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.gold.AdmissionsTrend;
import vn.ptdv.review.gold.GoldParams;
import vn.ptdv.review.gold.GoldTables;
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
        // The tables are cached but not computed yet: compute each once (the trend first, the others read
        // it) before tests that share them run at once, so no two threads compute the same table.
        gold.trend().count();
        DataChecks.all(java.util.List.of(() -> gold.attainment().count(), () -> gold.peers().count(), () -> gold.city().count(),
                () -> gold.flow().count(), () -> gold.breakdown().count(), () -> gold.withoutAdmissions().count(),
                () -> gold.funnel().count()));
        Dataset<Row> expected = units.where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))
                .crossJoin(periods).where(AdmissionsTrend.existedDuring()).select(UNIT_CODE, YEAR, PERIOD);
        DataChecks.all(java.util.List.of(
                () -> DataChecks.keysUniqueAndNotNull(Tables.GOLD_ADMISSIONS_TREND, gold.trend()),
                () -> DataChecks.keysUniqueAndNotNull(Tables.GOLD_TARGET_ATTAINMENT, gold.attainment()),
                () -> DataChecks.keysUniqueAndNotNull(Tables.GOLD_PEER_COMPARISON, gold.peers()),
                () -> DataChecks.keysUniqueAndNotNull(Tables.GOLD_CITY_SUMMARY, gold.city()),
                () -> DataChecks.keysUniqueAndNotNull(Tables.GOLD_MEMBERSHIP_FLOW, gold.flow()),
                () -> DataChecks.keysUniqueAndNotNull(Tables.GOLD_ADMISSIONS_BREAKDOWN, gold.breakdown()),
                () -> DataChecks.keysUniqueAndNotNull(Tables.GOLD_UNITS_WITHOUT_ADMISSIONS, gold.withoutAdmissions()),
                () -> DataChecks.keysUniqueAndNotNull(Tables.GOLD_PIPELINE_FUNNEL, gold.funnel()),
                () -> probationOutcomesAddUp(gold.funnel()),
                () -> flowBalances(gold.flow()),
                () -> breakdownSumsToAdmissions(gold.breakdown(), gold.trend()),
                () -> oneCityPerPeriod(gold.trend()),
                () -> cityEqualsSumOfPeerUnits(gold.trend()),
                () -> everyPeerUnitHasEveryPeriod(Tables.GOLD_ADMISSIONS_TREND, expected,
                        gold.trend().where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))),
                () -> everyPeerUnitHasEveryPeriod(Tables.GOLD_TARGET_ATTAINMENT, expected, gold.attainment()),
                () -> everyPeerUnitHasEveryPeriod(Tables.GOLD_PEER_COMPARISON, expected, gold.peers())));
    }

    /** Peer-unit rows are exactly the peer units × the periods each existed in: none missing, none extra. */
    static void everyPeerUnitHasEveryPeriod(TableDef table, Dataset<Row> expected, Dataset<Row> peerRows) {
        Dataset<Row> actual = peerRows.select(UNIT_CODE, YEAR, PERIOD);
        DataChecks.fail(table.qualified() + ": one row per peer unit and period it existed in (missing)", expected.except(actual));
        DataChecks.fail(table.qualified() + ": one row per peer unit and period it existed in (extra)", actual.except(expected));
    }

    /**
     * start + admitted + in - out - died - struck off - expelled - removed = end, wherever the start is
     * known. The end is computed that way, so this guards the arithmetic and the nulls; what does not
     * balance with the reported next start is balance_gap, listed as a warning, not a failure.
     */
    static void flowBalances(Dataset<Row> flow) {
        Column computed = col(MEMBERS_AT_START).plus(col(ADMITTED)).plus(col(TRANSFERRED_IN)).minus(col(TRANSFERRED_OUT))
                .minus(col(DIED)).minus(col(STRUCK_OFF)).minus(col(EXPELLED)).minus(col(REMOVED));
        DataChecks.fail("gold.membership_flow: start + admitted + in - out - died - struck_off - expelled - removed = end",
                flow.where(col(MEMBERS_AT_START).isNotNull().and(not(coalesce(computed.equalTo(col(MEMBERS_AT_END)), lit(false))))));
    }

    /**
     * For every city or peer unit with admissions in a period, each of the seven dimensions' categories
     * sums to exactly the admissions of gold.admissions_trend: no admission lost, none counted twice.
     */
    public static void breakdownSumsToAdmissions(Dataset<Row> breakdown, Dataset<Row> trend) {
        Dataset<Row> sums = breakdown.groupBy(UNIT_CODE, YEAR, PERIOD, DIMENSION).agg(sum(ADMISSIONS).as("_categories_sum"));
        Dataset<Row> dimensions = breakdown.sparkSession().createDataset(
                java.util.Arrays.stream(BreakdownDimension.values()).map(Enum::name).toList(),
                org.apache.spark.sql.Encoders.STRING()).toDF(DIMENSION);
        Dataset<Row> expected = trend.where(col(UNIT_LEVEL).isin(UnitLevel.CITY.name(), UnitLevel.UNIT.name()).and(col(ADMISSIONS).gt(0)))
                .select(UNIT_CODE, YEAR, PERIOD, ADMISSIONS).crossJoin(dimensions);
        DataChecks.fail("gold.admissions_breakdown: the categories of each dimension sum to the admissions",
                expected.join(sums, ScalaSeq.of(UNIT_CODE, YEAR, PERIOD, DIMENSION), "full_outer")
                        .where(not(coalesce(col(ADMISSIONS), lit(0L)).equalTo(coalesce(col("_categories_sum"), lit(0L))))));
    }

    /** Every member whose probation ended in the period has exactly one outcome. */
    static void probationOutcomesAddUp(Dataset<Row> funnel) {
        DataChecks.fail("gold.pipeline_funnel: on time + late + left + still probationary = probation due",
                funnel.where(not(col(OFFICIAL_ON_TIME).plus(col(OFFICIAL_LATE)).plus(col(NOT_OFFICIAL_LEFT))
                        .plus(col(STILL_PROBATIONARY)).equalTo(col(PROBATION_DUE)))));
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
