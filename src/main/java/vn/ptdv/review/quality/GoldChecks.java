package vn.ptdv.review.quality;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.BreakdownDimension;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.gold.AdmissionsTrend;
import vn.ptdv.review.gold.GoldParams;
import vn.ptdv.review.gold.GoldTables;
import vn.ptdv.review.util.ScalaSeq;

/**
 * Data tests run on the computed gold tables before they are written: a failure stops the compute
 * with the check named and a few offending rows ({@link DataChecks}), and no gold table changes.
 * One aggregate query per table counts its key and row rules; each check across tables is one query.
 */
public final class GoldChecks {
    private GoldChecks() {}

    static final String FLOW_BALANCES =
            "gold.membership_flow: start + admitted + in - out - died - struck_off - expelled - removed = end";
    static final String PROBATION_OUTCOMES_ADD_UP = "gold.pipeline_funnel: on time + late + left + still probationary = probation due";
    static final String BREAKDOWN_SUMS_TO_ADMISSIONS = "gold.admissions_breakdown: the categories of each dimension sum to the admissions";
    private static final Object[] CALENDAR_PERIODS = PeriodKind.CALENDAR.stream().map(PeriodKind::name).toArray();
    static final String ONE_CITY_PER_PERIOD = "gold.admissions_trend: exactly one CITY unit per year and period";
    static final String CITY_EQUALS_SUM_OF_PEER_UNITS = "gold.admissions_trend: city admissions = sum over peer units";

    /**
     * @param units   silver.units
     * @param periods the periods of the compute, TERM_TO_DATE included when there is one
     *                ({@link GoldParams#reportedPeriods})
     */
    public static void verify(GoldTables gold, Dataset<Row> units, Dataset<Row> periods) {
        Dataset<Row> expected = units.where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))
                .crossJoin(periods).where(AdmissionsTrend.existedDuring()).select(UNIT_CODE, YEAR, PERIOD);
        List<Rule> trend = DataChecks.keyRules(Tables.GOLD_ADMISSIONS_TREND, gold.trend());
        List<Rule> attainment = DataChecks.keyRules(Tables.GOLD_TARGET_ATTAINMENT, gold.attainment());
        List<Rule> peers = DataChecks.keyRules(Tables.GOLD_PEER_COMPARISON, gold.peers());
        List<Rule> city = DataChecks.keyRules(Tables.GOLD_CITY_SUMMARY, gold.city());
        List<Rule> flow = DataChecks.keyRules(Tables.GOLD_MEMBERSHIP_FLOW, gold.flow());
        List<Rule> breakdown = DataChecks.keyRules(Tables.GOLD_ADMISSIONS_BREAKDOWN, gold.breakdown());
        List<Rule> withoutAdmissions = DataChecks.keyRules(Tables.GOLD_UNITS_WITHOUT_ADMISSIONS, gold.withoutAdmissions());
        List<Rule> funnel = DataChecks.keyRules(Tables.GOLD_PIPELINE_FUNNEL, gold.funnel());
        Rule probationOutcomes = probationOutcomesAddUpRule(gold.funnel());   // counted in the funnel's pass
        Rule flowBalances = flowBalancesRule(gold.flow());                    // counted in the flow's pass
        // The breakdown and the peer comparison are of the calendar periods; the trend and attainment have the term's too.
        Dataset<Row> calendarTrend = gold.trend().where(col(PERIOD).isin(CALENDAR_PERIODS));
        Dataset<Row> expectedCalendar = expected.where(col(PERIOD).isin(CALENDAR_PERIODS));
        Rule breakdownSums = breakdownSumsToAdmissionsRule(gold.breakdown(), calendarTrend);
        Rule oneCity = oneCityPerPeriodRule(gold.trend());
        Rule citySum = cityEqualsSumOfPeerUnitsRule(gold.trend());
        List<Rule> trendPeerRows = everyPeerUnitHasEveryPeriodRules(Tables.GOLD_ADMISSIONS_TREND, expected,
                gold.trend().where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name())));
        List<Rule> attainmentPeerRows = everyPeerUnitHasEveryPeriodRules(Tables.GOLD_TARGET_ATTAINMENT, expected, gold.attainment());
        List<Rule> peersPeerRows = everyPeerUnitHasEveryPeriodRules(Tables.GOLD_PEER_COMPARISON, expectedCalendar, gold.peers());

        // GoldModel hands over tables already made; a caller may also pass tables cached but not computed yet,
        // which a table's pass then computes while it checks it. A query starts only once the tables it reads
        // are made, so no two threads compute the same table: the trend first (every other table reads it, or silver's cached members and events,
        // which it fills); then the tables but peers and city, which read the attainment; then what reads those.
        Map<Rule, Long> violations = DataChecks.countViolations(trend);
        violations.putAll(DataChecks.countViolations(concat(attainment, flow, List.of(flowBalances), breakdown, withoutAdmissions,
                funnel, List.of(probationOutcomes, oneCity, citySum), trendPeerRows)));
        violations.putAll(DataChecks.countViolations(concat(peers, city, List.of(breakdownSums), attainmentPeerRows)));
        violations.putAll(DataChecks.countViolations(peersPeerRows));
        // When several fail, the first in the order they have always been listed in is thrown.
        DataChecks.throwFirstFailure(concat(trend, attainment, peers, city, flow, breakdown, withoutAdmissions, funnel,
                List.of(probationOutcomes, flowBalances, breakdownSums, oneCity, citySum),
                trendPeerRows, attainmentPeerRows, peersPeerRows), violations);
    }

    @SafeVarargs
    private static List<Rule> concat(List<Rule>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    /** Peer-unit rows are exactly the peer units × the periods each existed in: none missing, none extra. */
    static void everyPeerUnitHasEveryPeriod(TableDef table, Dataset<Row> expected, Dataset<Row> peerRows) {
        DataChecks.verify(everyPeerUnitHasEveryPeriodRules(table, expected, peerRows));
    }

    /**
     * The missing and the extra rows, counted by one full outer join of the expected and the actual rows:
     * a side without a match is missing (or extra). The join matches nulls as EXCEPT does, so each count is
     * zero exactly when its EXCEPT, the detailed query, is empty.
     */
    static List<Rule> everyPeerUnitHasEveryPeriodRules(TableDef table, Dataset<Row> expected, Dataset<Row> peerRows) {
        Dataset<Row> actual = peerRows.select(UNIT_CODE, YEAR, PERIOD);
        String inExpected = "_in_expected";
        String inActual = "_in_actual";
        List<Column> actualColumns = new ArrayList<>();
        Column sameRow = lit(true);
        for (String c : actual.columns()) {
            actualColumns.add(col(c).as(actualName(c)));
            sameRow = sameRow.and(col(c).eqNullSafe(col(actualName(c))));
        }
        actualColumns.add(lit(true).as(inActual));
        Dataset<Row> compared = expected.withColumn(inExpected, lit(true))
                .join(actual.select(actualColumns.toArray(Column[]::new)), sameRow, "full_outer");
        String name = table.qualified() + ": one row per peer unit and period it existed in";
        return List.of(
                Rule.of(name + " (missing)", compared, count_if(col(inActual).isNull()), () -> expected.except(actual)),
                Rule.of(name + " (extra)", compared, count_if(col(inExpected).isNull()), () -> actual.except(expected)));
    }

    private static String actualName(String column) {
        return "_actual_" + column;
    }

    /**
     * start + admitted + in - out - died - struck off - expelled - removed = end, wherever the start is
     * known. The end is computed that way, so this guards the arithmetic and the nulls; what does not
     * balance with the reported next start is balance_gap, listed as a warning, not a failure.
     */
    static void flowBalances(Dataset<Row> flow) {
        DataChecks.verify(List.of(flowBalancesRule(flow)));
    }

    static Rule flowBalancesRule(Dataset<Row> flow) {
        Column computed = col(MEMBERS_AT_START).plus(col(ADMITTED)).plus(col(TRANSFERRED_IN)).minus(col(TRANSFERRED_OUT))
                .minus(col(DIED)).minus(col(STRUCK_OFF)).minus(col(EXPELLED)).minus(col(REMOVED));
        return DataChecks.rowsWhere(FLOW_BALANCES, flow,
                col(MEMBERS_AT_START).isNotNull().and(not(coalesce(computed.equalTo(col(MEMBERS_AT_END)), lit(false)))));
    }

    /**
     * For every city or peer unit with admissions in a period, each of the seven dimensions' categories
     * sums to exactly the admissions of gold.admissions_trend: no admission lost, none counted twice.
     */
    public static void breakdownSumsToAdmissions(Dataset<Row> breakdown, Dataset<Row> trend) {
        DataChecks.verify(List.of(breakdownSumsToAdmissionsRule(breakdown, trend)));
    }

    static Rule breakdownSumsToAdmissionsRule(Dataset<Row> breakdown, Dataset<Row> trend) {
        Dataset<Row> sums = breakdown.groupBy(UNIT_CODE, YEAR, PERIOD, DIMENSION).agg(sum(ADMISSIONS).as("_categories_sum"));
        Dataset<Row> dimensions = breakdown.sparkSession().createDataset(
                Arrays.stream(BreakdownDimension.values()).map(Enum::name).toList(),
                org.apache.spark.sql.Encoders.STRING()).toDF(DIMENSION);
        Dataset<Row> expected = trend.where(col(UNIT_LEVEL).isin(UnitLevel.CITY.name(), UnitLevel.UNIT.name()).and(col(ADMISSIONS).gt(0)))
                .select(UNIT_CODE, YEAR, PERIOD, ADMISSIONS).crossJoin(dimensions);
        return DataChecks.rowsWhere(BREAKDOWN_SUMS_TO_ADMISSIONS,
                expected.join(sums, ScalaSeq.of(UNIT_CODE, YEAR, PERIOD, DIMENSION), "full_outer"),
                not(coalesce(col(ADMISSIONS), lit(0L)).equalTo(coalesce(col("_categories_sum"), lit(0L)))));
    }

    /** Every member whose probation ended in the period has exactly one outcome. */
    static Rule probationOutcomesAddUpRule(Dataset<Row> funnel) {
        return DataChecks.rowsWhere(PROBATION_OUTCOMES_ADD_UP, funnel,
                not(col(OFFICIAL_ON_TIME).plus(col(OFFICIAL_LATE)).plus(col(NOT_OFFICIAL_LEFT))
                        .plus(col(STILL_PROBATIONARY)).equalTo(col(PROBATION_DUE))));
    }

    static Rule oneCityPerPeriodRule(Dataset<Row> trend) {
        return DataChecks.rowsWhere(ONE_CITY_PER_PERIOD,
                trend.groupBy(YEAR, PERIOD).agg(sum(when(col(UNIT_LEVEL).equalTo(UnitLevel.CITY.name()), 1).otherwise(0)).as("cities")),
                col("cities").notEqual(1));
    }

    /** Every admission lies under exactly one peer unit, so the city's count is their sum. */
    static void cityEqualsSumOfPeerUnits(Dataset<Row> trend) {
        DataChecks.verify(List.of(cityEqualsSumOfPeerUnitsRule(trend)));
    }

    static Rule cityEqualsSumOfPeerUnitsRule(Dataset<Row> trend) {
        Dataset<Row> peers = trend.where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))
                .groupBy(YEAR, PERIOD).agg(sum(ADMISSIONS).as("peer_units_sum"));
        Dataset<Row> city = trend.where(col(UNIT_LEVEL).equalTo(UnitLevel.CITY.name()))
                .select(col(YEAR), col(PERIOD), col(ADMISSIONS).as("city_admissions"));
        return DataChecks.rowsWhere(CITY_EQUALS_SUM_OF_PEER_UNITS, city.join(peers, ScalaSeq.of(YEAR, PERIOD), "left"),
                not(coalesce(col("peer_units_sum"), lit(0L)).equalTo(col("city_admissions"))));
    }
}
