package vn.ptdv.review.quality;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
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
