package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.MembersAtStartSource;
import vn.ptdv.review.testing.SparkTest;

/**
 * Tree: DN (city) - U1 - G1 - C1, and DN - U2 - C2. As of 2024-08-31, from 2023: periods 2023 YTD
 * (1 Jan - 31 Aug), 2023 FULL_YEAR, 2024 YTD (1 Jan - 31 Aug; 2024 is not complete).
 */
class AdmissionsTrendTest extends SparkTest {
    static final GoldParams PARAMS = new GoldParams(LocalDate.of(2024, 8, 31), 2023);
    Dataset<Row> trend;

    static Dataset<Row> units() {
        return rows(Tables.SILVER_UNITS, List.of(UNIT_CODE, UNIT_NAME, PARENT_CODE, UNIT_LEVEL, PEER_GROUP),
                r("DN", "Đà Nẵng", null, "CITY", null),
                r("U1", "Quận 1", "DN", "UNIT", "URBAN_DISTRICT"),
                r("U2", "Huyện 2", "DN", "UNIT", "RURAL_DISTRICT"),
                r("G1", "Phường 1", "U1", "GRASSROOTS", null),
                r("C1", "Chi bộ 1", "G1", "CELL", null),
                r("C2", "Chi bộ 2", "U2", "CELL", null));
    }

    @BeforeEach
    void compute() {
        Dataset<Row> events = rows(Tables.SILVER_EVENTS, List.of(EVENT_ID, MEMBER_KEY, EVENT_TYPE, EVENT_DATE, UNIT_CODE),
                r("e1", "m1", "ADMITTED", d("2024-01-01"), "C1"),  // 1 Jan: in 2024 YTD
                r("e2", "m2", "ADMITTED", d("2024-08-31"), "C1"),  // the as-of day: in 2024 YTD
                r("e3", "m3", "ADMITTED", d("2024-09-01"), "C1"),  // the day after: in no period
                r("e4", "m4", "ADMITTED", d("2023-08-31"), "C2"),  // 2023 YTD and FULL_YEAR
                r("e5", "m5", "ADMITTED", d("2023-12-31"), "C2"),  // 2023 FULL_YEAR only
                r("e6", "m6", "ADMITTED", d("2022-06-01"), "C1"),  // before the range
                r("e7", "m7", "ADMITTED", d("2024-02-29"), "C2"),  // leap day: in 2024 YTD
                r("e8", "m1", "OFFICIAL", d("2024-03-01"), "C1")); // not an admission
        Dataset<Row> membersAtStart = spark.createDataFrame(List.of(
                org.apache.spark.sql.RowFactory.create("DN", 2024, 200L, "REPORTED"),
                org.apache.spark.sql.RowFactory.create("U1", 2024, 3L, "ROSTER"),
                org.apache.spark.sql.RowFactory.create("G1", 2024, 1600L, "ROSTER")),
                org.apache.spark.sql.types.StructType.fromDDL("unit_code string, year int, members_at_start long, members_at_start_source string"));
        Dataset<Row> periods = PARAMS.periodsDataset(spark);
        Dataset<Row> admissions = AdmissionsTrend.admissionsByUnit(events, UnitTree.ancestors(units()), periods);
        trend = AdmissionsTrend.compute(PARAMS, units(), admissions, membersAtStart, periods).cache();
    }

    Row row(String unit, int year, String period) {
        return one(trend, "unit_code = '" + unit + "' AND year = " + year + " AND period = '" + period + "'");
    }

    long admissions(String unit, int year, String period) {
        return row(unit, year, period).<Long>getAs(ADMISSIONS);
    }

    @Test
    void periodIncludesFirstOfJanuaryAndAsOfDayButNotTheDayAfter() {
        // C1 in 2024 YTD: e1 (1 Jan) and e2 (31 Aug); e3 (1 Sep) is outside.
        assertThat(admissions("C1", 2024, "YTD")).isEqualTo(2);
        // C2 in 2024 YTD: e7 on 29 Feb.
        assertThat(admissions("C2", 2024, "YTD")).isEqualTo(1);
        // 2023: e4 (31 Aug) in YTD; e4 and e5 in the full year.
        assertThat(admissions("C2", 2023, "YTD")).isEqualTo(1);
        assertThat(admissions("C2", 2023, "FULL_YEAR")).isEqualTo(2);
        assertThat(trend.where("year = 2024 AND period = 'FULL_YEAR'").count()).isZero();
        assertThat(trend.where("year = 2022").count()).isZero();
    }

    @Test
    void admissionsRollUpThroughEveryLevel() {
        assertThat(admissions("G1", 2024, "YTD")).isEqualTo(2);
        assertThat(admissions("U1", 2024, "YTD")).isEqualTo(2);
        assertThat(admissions("U2", 2024, "YTD")).isEqualTo(1);
        assertThat(admissions("DN", 2024, "YTD")).isEqualTo(3);   // 2 + 1
        assertThat(admissions("DN", 2023, "FULL_YEAR")).isEqualTo(2);
    }

    @Test
    void everyUnitHasARowEvenInAYearWithoutAdmissions() {
        // 6 units × 3 periods.
        assertThat(trend.count()).isEqualTo(18);
        assertThat(admissions("U1", 2023, "YTD")).isZero();
        assertThat(row("U1", 2023, "YTD").<String>getAs(UNIT_NAME)).isEqualTo("Quận 1");
    }

    @Test
    void previousYearChangeAndRatio() {
        Row dn = row("DN", 2024, "YTD");
        assertThat(dn.<Long>getAs(PREV_YEAR_ADMISSIONS)).isEqualTo(1);        // 2023 YTD: e4
        assertThat(dn.<Long>getAs(CHANGE_VS_PREV_YEAR)).isEqualTo(2);         // 3 - 1
        assertThat(dn.<BigDecimal>getAs(RATIO_TO_PREV_YEAR_PCT)).isEqualByComparingTo("300.0");
        Row u1 = row("U1", 2024, "YTD");                                      // 2 against 0
        assertThat(u1.<Long>getAs(PREV_YEAR_ADMISSIONS)).isZero();
        assertThat(u1.<BigDecimal>getAs(RATIO_TO_PREV_YEAR_PCT)).isNull();
        Row first = row("DN", 2023, "YTD");                                   // first year in range
        assertThat(first.<Long>getAs(PREV_YEAR_ADMISSIONS)).isNull();
        assertThat(first.<Long>getAs(CHANGE_VS_PREV_YEAR)).isNull();
    }

    @Test
    void rateIsRoundedHalfUpToTwoDecimalsAndNullWithoutDenominator() {
        assertThat(row("DN", 2024, "YTD").<BigDecimal>getAs(ADMISSION_RATE_PCT)).isEqualByComparingTo("1.50"); // 300/200
        assertThat(row("U1", 2024, "YTD").<BigDecimal>getAs(ADMISSION_RATE_PCT)).isEqualByComparingTo("66.67"); // 66.666...
        // 100 × 2 / 1600 = 0.125 exactly: half-up gives 0.13 (half-even would give 0.12).
        assertThat(row("G1", 2024, "YTD").<BigDecimal>getAs(ADMISSION_RATE_PCT)).isEqualByComparingTo("0.13");
        assertThat(row("U2", 2024, "YTD").<BigDecimal>getAs(ADMISSION_RATE_PCT)).isNull();
        assertThat(row("DN", 2024, "YTD").<String>getAs(MEMBERS_AT_START_SOURCE)).isEqualTo(MembersAtStartSource.REPORTED.name());
    }

    @Test
    void yearsWithEqualAdmissionsShareARank() {
        // U2 YTD: 2023 = 1 (e4), 2024 = 1 (e7): both first.
        assertThat(row("U2", 2023, "YTD").<Integer>getAs(RANK_AMONG_YEARS)).isEqualTo(1);
        assertThat(row("U2", 2024, "YTD").<Integer>getAs(RANK_AMONG_YEARS)).isEqualTo(1);
        // DN YTD: 2024 = 3 first, 2023 = 1 second.
        assertThat(row("DN", 2024, "YTD").<Integer>getAs(RANK_AMONG_YEARS)).isEqualTo(1);
        assertThat(row("DN", 2023, "YTD").<Integer>getAs(RANK_AMONG_YEARS)).isEqualTo(2);
    }
}
