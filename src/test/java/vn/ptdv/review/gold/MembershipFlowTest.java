package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.testing.SparkTest;

/**
 * Tree: DN - U1 - G1 - {C1, C2}; DN - U2 - G2 - C3. As of 2024-08-31 from 2023: periods 2023 YTD
 * (to 31 Aug), 2023 FULL_YEAR, 2024 YTD. Starts of 2023 (given): C1 10, C2 8, C3 5, G1 = U1 18,
 * G2 = U2 5, DN 23. Admissions in 2023 (given): C1 1, C3 2 (G1 = U1 1, G2 = U2 2, DN 3).
 * Events of 2023:
 * <ul>
 *   <li>m1 moves C1 -> C3 on 10 Mar (out of U1 into U2, inside the city);</li>
 *   <li>m2 moves C1 -> C2 on 1 May (inside G1);</li>
 *   <li>m3 arrives in C2 from outside the city on 1 Jun;</li>
 *   <li>m4 dies in C3 on 1 Oct (after 31 Aug: full year only);</li>
 *   <li>m5 is struck off in C1 on 1 Feb; m6 becomes official in C2 on 1 Apr.</li>
 * </ul>
 * Reported starts of 2024: C3 6, U1 18.
 */
class MembershipFlowTest extends SparkTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 8, 31);
    Dataset<Row> flow;

    static Object[] trendRow(String unit, String level, String period, long admissions, long start) {
        boolean full = period.equals("FULL_YEAR");
        return r(d("2024-08-31"), unit, "Unit " + unit, level, 2023, period, d("2023-01-01"),
                d(full ? "2023-12-31" : "2023-08-31"), admissions, start, "ROSTER");
    }

    @BeforeEach
    void compute() {
        Dataset<Row> units = rows(Tables.SILVER_UNITS, List.of(UNIT_CODE, PARENT_CODE, UNIT_LEVEL),
                r("DN", null, "CITY"), r("U1", "DN", "UNIT"), r("U2", "DN", "UNIT"), r("G1", "U1", "GRASSROOTS"),
                r("G2", "U2", "GRASSROOTS"), r("C1", "G1", "CELL"), r("C2", "G1", "CELL"), r("C3", "G2", "CELL"));
        Dataset<Row> events = rows(Tables.SILVER_EVENTS, List.of(EVENT_ID, MEMBER_KEY, EVENT_TYPE, EVENT_DATE, UNIT_CODE),
                r("e1", "m1", "TRANSFER_OUT", d("2023-03-10"), "C1"),
                r("e2", "m1", "TRANSFER_IN", d("2023-03-10"), "C3"),
                r("e3", "m2", "TRANSFER_OUT", d("2023-05-01"), "C1"),
                r("e4", "m2", "TRANSFER_IN", d("2023-05-01"), "C2"),
                r("e5", "m3", "TRANSFER_IN", d("2023-06-01"), "C2"),
                r("e6", "m4", "DIED", d("2023-10-01"), "C3"),
                r("e7", "m5", "STRUCK_OFF", d("2023-02-01"), "C1"),
                r("e8", "m6", "OFFICIAL", d("2023-04-01"), "C2"),
                r("e9", "m9", "ADMITTED", d("2023-04-01"), "C1"));   // the trend's count, not this table's
        // Admissions per unit for 2023 (C1 1, C3 2), the same in YTD and FULL_YEAR for simplicity.
        Object[][] grid = {
                {"DN", "CITY", 3L, 23L}, {"U1", "UNIT", 1L, 18L}, {"U2", "UNIT", 2L, 5L}, {"G1", "GRASSROOTS", 1L, 18L},
                {"G2", "GRASSROOTS", 2L, 5L}, {"C1", "CELL", 1L, 10L}, {"C2", "CELL", 0L, 8L}, {"C3", "CELL", 2L, 5L}};
        List<Object[]> trendRows = new ArrayList<>();
        for (Object[] g : grid) {
            for (String p : List.of("YTD", "FULL_YEAR")) {
                trendRows.add(trendRow((String) g[0], (String) g[1], p, (Long) g[2], (Long) g[3]));
            }
        }
        Dataset<Row> trend = rows(Tables.GOLD_ADMISSIONS_TREND, List.of(AS_OF_DATE, UNIT_CODE, UNIT_NAME, UNIT_LEVEL, YEAR,
                PERIOD, PERIOD_START, PERIOD_END, ADMISSIONS, MEMBERS_AT_START, MEMBERS_AT_START_SOURCE), trendRows.toArray(Object[][]::new));
        Dataset<Row> membersAtStart = spark.createDataFrame(List.of(
                        RowFactory.create("C3", 2024, 6L), RowFactory.create("U1", 2024, 18L), RowFactory.create("C1", 2023, 10L)),
                StructType.fromDDL("unit_code string, year int, " + MembersAtStart.REPORTED + " bigint"));
        Dataset<Row> ancestors = UnitTree.ancestors(units);
        Dataset<Row> periods = new GoldParams(AS_OF, 2023).periodsDataset(spark);
        flow = MembershipFlow.compute(trend, MembershipFlow.flowsByUnit(events, ancestors, periods), membersAtStart).cache();
    }

    Row at(String unit, String period) {
        return one(flow, "unit_code = '" + unit + "' AND year = 2023 AND period = '" + period + "'");
    }

    static long n(Row r, String column) {
        return r.<Long>getAs(column);
    }

    @Test
    void transferInsideTheCityChangesTheUnitsButNotTheCity() {
        // m1: out of U1, into U2. The city counts only m3's arrival from outside, and no departure.
        assertThat(n(at("U1", "FULL_YEAR"), TRANSFERRED_OUT)).isEqualTo(1);
        assertThat(n(at("U2", "FULL_YEAR"), TRANSFERRED_IN)).isEqualTo(1);
        assertThat(n(at("DN", "FULL_YEAR"), TRANSFERRED_IN)).isEqualTo(1);
        assertThat(n(at("DN", "FULL_YEAR"), TRANSFERRED_OUT)).isZero();
        // City end 23 + 3 + 1 - 0 - 1 (died) - 1 (struck off) = 25 = U1 18 + U2 7.
        assertThat(n(at("DN", "FULL_YEAR"), MEMBERS_AT_END)).isEqualTo(25);
        assertThat(n(at("U1", "FULL_YEAR"), MEMBERS_AT_END) + n(at("U2", "FULL_YEAR"), MEMBERS_AT_END)).isEqualTo(25);
    }

    @Test
    void moveBetweenCellsOfOneOrganisationIsAFlowOfTheCellsOnly() {
        // C1 loses m1 and m2; C2 gains m2 and m3. G1 sees m1 leave and m3 arrive; m2 stayed inside it.
        assertThat(n(at("C1", "FULL_YEAR"), TRANSFERRED_OUT)).isEqualTo(2);
        assertThat(n(at("C2", "FULL_YEAR"), TRANSFERRED_IN)).isEqualTo(2);
        assertThat(n(at("G1", "FULL_YEAR"), TRANSFERRED_OUT)).isEqualTo(1);
        assertThat(n(at("G1", "FULL_YEAR"), TRANSFERRED_IN)).isEqualTo(1);
    }

    @Test
    void endIsStartPlusAdmittedAndArrivalsMinusDepartures() {
        Row c1 = at("C1", "FULL_YEAR");   // 10 + 1 admitted - 2 out - 1 struck off = 8
        assertThat(n(c1, ADMITTED)).isEqualTo(1);
        assertThat(n(c1, STRUCK_OFF)).isEqualTo(1);
        assertThat(n(c1, MEMBERS_AT_END)).isEqualTo(8);
        assertThat(n(at("C2", "FULL_YEAR"), MEMBERS_AT_END)).isEqualTo(10);   // 8 + 2 in
        assertThat(n(at("C3", "FULL_YEAR"), MEMBERS_AT_END)).isEqualTo(7);    // 5 + 2 admitted + 1 in - 1 died
        assertThat(n(at("C2", "FULL_YEAR"), BECAME_OFFICIAL)).isEqualTo(1);   // m6, outside the balance
    }

    @Test
    void eachPeriodCountsOnlyItsOwnEvents() {
        // m4 died on 1 Oct: in the full year, not in 1 Jan - 31 Aug.
        assertThat(n(at("C3", "FULL_YEAR"), DIED)).isEqualTo(1);
        assertThat(n(at("C3", "YTD"), DIED)).isZero();
        assertThat(n(at("C3", "YTD"), MEMBERS_AT_END)).isEqualTo(8);   // 5 + 2 + 1
    }

    @Test
    void missingEventShowsAsABalanceGapAgainstTheReportedNextStart() {
        // C3 reported 6 for 1 Jan 2024; its events give 7: a departure without an event, gap 6 - 7 = -1.
        assertThat(at("C3", "FULL_YEAR").<Long>getAs(REPORTED_MEMBERS_AT_END)).isEqualTo(6);
        assertThat(at("C3", "FULL_YEAR").<Long>getAs(BALANCE_GAP)).isEqualTo(-1);
        // U1 reported 18 and its events give 18; the city reported nothing; YTD does not end on 31 Dec.
        assertThat(at("U1", "FULL_YEAR").<Long>getAs(BALANCE_GAP)).isZero();
        assertThat(at("DN", "FULL_YEAR").<Long>getAs(BALANCE_GAP)).isNull();
        assertThat(at("C3", "YTD").<Long>getAs(BALANCE_GAP)).isNull();
    }

    @Test
    void onlyUnitYearsThatDoNotBalanceAreListed() {
        // C3 2023: reported change 6 - 5 = +1, events +2, gap -1. U1 balances.
        List<String> listed = MembershipFlow.unbalanced(flow).collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getInt(1) + " " + r.getLong(2) + " " + r.getLong(3) + " " + r.getLong(4)).toList();
        assertThat(listed).containsExactly("C3 2023 1 2 -1");
    }

    @Test
    void everyUnitAndPeriodOfTheTrendHasARow() {
        assertThat(flow.count()).isEqualTo(16);   // 8 units × 2 periods given
        assertThat(n(at("C2", "YTD"), DIED)).isZero();   // nothing happened: 0, not null
    }
}
