package vn.ptdv.review.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.gold.GoldModel;
import vn.ptdv.review.gold.GoldParams;
import vn.ptdv.review.gold.GoldTables;
import vn.ptdv.review.silver.SilverInputs;
import vn.ptdv.review.testing.SparkCounts;
import vn.ptdv.review.testing.SparkTest;

class GoldChecksTest extends SparkTest {
    static Dataset<Row> trend(long city, long u1, long u2) {
        return rows(Tables.GOLD_ADMISSIONS_TREND, List.of(AS_OF_DATE, STRUCTURE, UNIT_CODE, UNIT_LEVEL, YEAR, PERIOD, ADMISSIONS),
                r(d("2024-08-31"), "REFERENCE", "DN", "CITY", 2024, "YTD", city),
                r(d("2024-08-31"), "REFERENCE", "U1", "UNIT", 2024, "YTD", u1),
                r(d("2024-08-31"), "REFERENCE", "U2", "UNIT", 2024, "YTD", u2));
    }

    @Test
    void cityEqualToTheSumOfPeerUnitsPasses() {
        assertThatCode(() -> GoldChecks.cityEqualsSumOfPeerUnits(trend(5, 2, 3))).doesNotThrowAnyException();
    }

    @Test
    void cityDifferentFromTheSumOfPeerUnitsFailsNamingTheCheck() {
        assertThatThrownBy(() -> GoldChecks.cityEqualsSumOfPeerUnits(trend(5, 2, 2)))
                .isInstanceOf(vn.ptdv.review.quality.DataCheckException.class)
                .hasMessageContaining("data test 'gold.admissions_trend: city admissions = sum over peer units' failed on 1 row(s)");
    }

    @Test
    void peerUnitMissingAPeriodFails() {
        // U2 existed in 2024 but has no row: the completeness check names the table and "missing".
        Dataset<Row> expected = spark.createDataFrame(List.of(
                org.apache.spark.sql.RowFactory.create("U1", 2024, "YTD"),
                org.apache.spark.sql.RowFactory.create("U2", 2024, "YTD")),
                org.apache.spark.sql.types.StructType.fromDDL("unit_code string, year int, period string"));
        Dataset<Row> onlyU1 = trend(5, 2, 3).where("unit_code = 'U1'");
        assertThatThrownBy(() -> GoldChecks.everyPeerUnitHasEveryPeriod(Tables.GOLD_TARGET_ATTAINMENT, expected, onlyU1))
                .hasMessageContaining("gold.target_attainment: one row per peer unit and period it existed in (missing)' failed on 1 row(s), e.g. [U2,2024,YTD]");
    }

    /** The expected peer-unit rows: these units in 2024 YTD. */
    Dataset<Row> peerRowsExpected(String... units) {
        List<Row> rows = Arrays.stream(units).map(u -> RowFactory.create(u, 2024, "YTD")).toList();
        return spark.createDataFrame(rows, StructType.fromDDL("unit_code string, year int, period string"));
    }

    @Test
    void peerUnitRowNotExpectedFailsAsExtra() {
        // Only U1 existed, but the trend has U1 and U2: U2's row is extra.
        Dataset<Row> peerUnits = trend(5, 2, 3).where("unit_level = 'UNIT'");
        assertThatThrownBy(() -> GoldChecks.everyPeerUnitHasEveryPeriod(Tables.GOLD_PEER_COMPARISON, peerRowsExpected("U1"), peerUnits))
                .hasMessage("data test 'gold.peer_comparison: one row per peer unit and period it existed in (extra)' failed on 1 row(s), e.g. [U2,2024,YTD]");
    }

    @Test
    void peerUnitRowsBothMissingAndExtraReportTheMissingFirst() {
        // U1 and U3 existed, the trend has U1 and U2: U3 missing and U2 extra; "missing" is listed first.
        Dataset<Row> peerUnits = trend(5, 2, 3).where("unit_level = 'UNIT'");
        assertThatThrownBy(() -> GoldChecks.everyPeerUnitHasEveryPeriod(Tables.GOLD_PEER_COMPARISON, peerRowsExpected("U1", "U3"), peerUnits))
                .hasMessage("data test 'gold.peer_comparison: one row per peer unit and period it existed in (missing)' failed on 1 row(s), e.g. [U3,2024,YTD]");
    }

    @Test
    void passingGoldTablesCostOneQueryPerTableAndOnePerCheckAcrossTables() {
        // DN - U1 - G1 - C1, m1 admitted in C1 on 2024-03-01, as of 2024-08-31 (as GoldModelTest). Queries: the
        // 8 tables' passes, the breakdown's sums, one city per period, city = sum of peer units, and the 3
        // tables' peer-unit rows (missing and extra in one): 8 + 3 + 3 = 14.
        Dataset<Row> units = rows(Tables.SILVER_UNITS, List.of(UNIT_CODE, UNIT_NAME, PARENT_CODE, UNIT_LEVEL, PEER_GROUP),
                r("DN", "Thành phố", null, "CITY", null), r("U1", "Quận A", "DN", "UNIT", "URBAN_DISTRICT"),
                r("G1", "Phường 1", "U1", "GRASSROOTS", null), r("C1", "Chi bộ 1", "G1", "CELL", null));
        SilverInputs in = new SilverInputs(units,
                rows(Tables.SILVER_MEMBERS, List.of(MEMBER_KEY, GENDER, UNIT_CODE, ADMITTED_ON), r("m1", "F", "C1", d("2024-03-01"))),
                rows(Tables.SILVER_EVENTS, List.of(EVENT_ID, MEMBER_KEY, EVENT_TYPE, EVENT_DATE, UNIT_CODE),
                        r("e1", "m1", "ADMITTED", d("2024-03-01"), "C1")),
                rows(Tables.SILVER_TARGETS, List.of(UNIT_CODE)).limit(0), rows(Tables.SILVER_MEMBERSHIP_COUNTS, List.of(UNIT_CODE)).limit(0));
        GoldParams params = new GoldParams(LocalDate.of(2024, 8, 31), 2024);
        GoldTables gold = GoldModel.compute(spark, params, in);
        assertThat(SparkCounts.queries(spark, () -> GoldChecks.verify(gold, units, params.periodsDataset(spark)))).isEqualTo(14);
    }

    @Test
    void duplicateKeyFails() {
        Dataset<Row> twice = trend(5, 2, 3).union(trend(5, 2, 3).where("unit_code = 'U1'"));
        assertThatThrownBy(() -> vn.ptdv.review.quality.DataChecks.keysUniqueAndNotNull(Tables.GOLD_ADMISSIONS_TREND, twice))
                .hasMessageContaining("one row per [as_of_date, structure, unit_code, year, period]");
    }

    static Dataset<Row> flow(long end) {
        // 100 + 5 admitted + 2 in - 1 out - 1 died - 1 struck off - 0 - 0 = 104.
        return rows(Tables.GOLD_MEMBERSHIP_FLOW, List.of(UNIT_CODE, YEAR, PERIOD, MEMBERS_AT_START, ADMITTED, TRANSFERRED_IN,
                TRANSFERRED_OUT, DIED, STRUCK_OFF, EXPELLED, REMOVED, MEMBERS_AT_END),
                r("U1", 2024, "YTD", 100L, 5L, 2L, 1L, 1L, 1L, 0L, 0L, end),
                r("U2", 2024, "YTD", null, 5L, 0L, 0L, 0L, 0L, 0L, 0L, null));   // start unknown: nothing to check
    }

    @Test
    void flowThatBalancesPasses() {
        assertThatCode(() -> GoldChecks.flowBalances(flow(104))).doesNotThrowAnyException();
    }

    @Test
    void flowThatDoesNotBalanceFailsNamingTheCheck() {
        assertThatThrownBy(() -> GoldChecks.flowBalances(flow(105)))
                .hasMessageContaining("gold.membership_flow: start + admitted + in - out - died - struck_off - expelled - removed = end' failed on 1 row(s)");
    }
}
