package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.testing.SparkTest;

/**
 * As of 2024-08-31: 1 Jan - 31 Aug 2024 is 244 days of 366 (leap year), elapsed share 66.67%.
 * Trend rows are given by hand; targets per unit for 2024 (and U2 for 2023).
 */
class TargetAttainmentTest extends SparkTest {
    static final List<String> TREND_COLUMNS = List.of(AS_OF_DATE, UNIT_CODE, UNIT_NAME, UNIT_LEVEL, YEAR, PERIOD,
            PERIOD_START, PERIOD_END, ADMISSIONS, MEMBERS_AT_START, ADMISSION_RATE_PCT);
    Dataset<Row> attainment;

    static Object[] ytd2024(String unit, long admissions, Long members, String rate) {
        return r(d("2024-08-31"), unit, "Unit " + unit, "UNIT", 2024, "YTD", d("2024-01-01"), d("2024-08-31"),
                admissions, members, dec(rate));
    }

    @BeforeEach
    void compute() {
        Dataset<Row> trend = rows(Tables.GOLD_ADMISSIONS_TREND, TREND_COLUMNS,
                ytd2024("U1", 100, 5000L, "2.00"),
                ytd2024("U2", 60, 4000L, "1.50"),
                r(d("2024-08-31"), "U2", "Unit U2", "UNIT", 2023, "YTD", d("2023-01-01"), d("2023-08-31"), 40L, 3900L, dec("1.03")),
                r(d("2024-08-31"), "U2", "Unit U2", "UNIT", 2023, "FULL_YEAR", d("2023-01-01"), d("2023-12-31"), 100L, 3900L, dec("2.56")),
                ytd2024("U3", 62, 2000L, "3.10"),
                ytd2024("U4", 10, 1000L, "1.00"),
                ytd2024("U5", 1, 100L, "1.00"),
                r(d("2024-08-31"), "DN", "City", "CITY", 2024, "YTD", d("2024-01-01"), d("2024-08-31"), 233L, 12100L, dec("1.93")));
        Dataset<Row> targets = rows(Tables.SILVER_TARGETS, List.of(UNIT_CODE, YEAR, ADMISSIONS_TARGET, RATE_TARGET_PCT),
                r("U1", 2024, 100, null),
                r("U2", 2024, 160, dec("4.00")),
                r("U2", 2023, 90, null),
                r("U3", 2024, null, dec("3.00")),
                r("U5", 2024, 16, null));
        attainment = TargetAttainment.compute(trend, targets).cache();
    }

    Row at(String unit, int year, String period) {
        return one(attainment, "unit_code = '" + unit + "' AND year = " + year + " AND period = '" + period + "'");
    }

    static BigDecimal decimal(Row r, String column) {
        return r.getAs(column);
    }

    @Test
    void onlyPeerUnitsGetRows() {
        assertThat(attainment.where("unit_code = 'DN'").count()).isZero();
        assertThat(attainment.count()).isEqualTo(7);
    }

    @Test
    void countTargetReachedExactlyIsMet() {
        Row u1 = at("U1", 2024, "YTD");
        assertThat(u1.<Boolean>getAs(TARGET_MET)).isTrue();
        assertThat(u1.<String>getAs(STATUS)).isEqualTo("MET");
        assertThat(decimal(u1, ATTAINMENT_PCT)).isEqualByComparingTo("100.0");
    }

    @Test
    void countTargetGovernsEvenWhenARateAspirationIsGiven() {
        Row u2 = at("U2", 2024, "YTD");
        assertThat(u2.<Boolean>getAs(TARGET_MET)).isFalse();                     // 60 < 160
        assertThat(decimal(u2, ATTAINMENT_PCT)).isEqualByComparingTo("37.5");         // 100 × 60 / 160
        assertThat(decimal(u2, RATE_TARGET_PCT)).isEqualByComparingTo("4.00");        // stored beside the plan
    }

    @Test
    void expectationsProRataAndSeasonal() {
        Row u2 = at("U2", 2024, "YTD");
        assertThat(decimal(u2, ELAPSED_SHARE_PCT)).isEqualByComparingTo("66.7");      // 100 × 244 / 366
        assertThat(decimal(u2, EXPECTED_BY_NOW)).isEqualByComparingTo("106.7");       // 160 × 244 / 366 = 106.67
        // 2023: 40 of 100 admissions by 31 Aug: seasonal share 0.4, 160 × 0.4 = 64.
        assertThat(decimal(u2, EXPECTED_BY_NOW_SEASONAL)).isEqualByComparingTo("64.0");
        assertThat(u2.<String>getAs(STATUS)).isEqualTo("BEHIND");                 // 60 < 64
        assertThat(u2.<Long>getAs(PROJECTED_YEAR_END)).isEqualTo(150);            // 60 / 0.4
    }

    @Test
    void completeYearIsMetOrBehindAgainstTheWholePlan() {
        Row u2 = at("U2", 2023, "FULL_YEAR");
        assertThat(u2.<Boolean>getAs(TARGET_MET)).isTrue();                       // 100 >= 90
        assertThat(decimal(u2, EXPECTED_BY_NOW)).isEqualByComparingTo("90.0");
        assertThat(u2.<Long>getAs(PROJECTED_YEAR_END)).isEqualTo(100);
    }

    @Test
    void rateOnlyTargetIsMetByTheRate() {
        Row u3 = at("U3", 2024, "YTD");
        assertThat(u3.<Boolean>getAs(TARGET_MET)).isTrue();                       // 3.10 >= 3.00
        assertThat(decimal(u3, ATTAINMENT_PCT)).isEqualByComparingTo("103.3");        // 100 × 3.10 / 3.00
        // As a count: 3.00% of 2,000 = 60 for the year; 60 × 244 / 366 = 40.
        assertThat(decimal(u3, EXPECTED_BY_NOW)).isEqualByComparingTo("40.0");
    }

    @Test
    void unitWithoutTargetHasNoVerdict() {
        Row u4 = at("U4", 2024, "YTD");
        assertThat(u4.<Boolean>getAs(TARGET_MET)).isNull();
        assertThat(u4.<String>getAs(STATUS)).isNull();
        assertThat(decimal(u4, ATTAINMENT_PCT)).isNull();
    }

    @Test
    void attainmentRoundsHalfUpAndProjectionFallsBackToProRata() {
        Row u5 = at("U5", 2024, "YTD");
        assertThat(decimal(u5, ATTAINMENT_PCT)).isEqualByComparingTo("6.3");          // 100 × 1 / 16 = 6.25
        assertThat(decimal(u5, EXPECTED_BY_NOW_SEASONAL)).isNull();                   // no earlier complete year
        assertThat(decimal(u5, EXPECTED_BY_NOW)).isEqualByComparingTo("10.7");       // 16 × 244 / 366 = 10.67
        assertThat(u5.<String>getAs(STATUS)).isEqualTo("BEHIND");
        assertThat(u5.<Long>getAs(PROJECTED_YEAR_END)).isEqualTo(2);              // 1 × 366 / 244 = 1.5 -> 2
    }
}
