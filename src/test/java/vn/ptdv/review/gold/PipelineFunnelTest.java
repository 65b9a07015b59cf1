package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.lit;
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
import vn.ptdv.review.testing.SparkTest;

/**
 * Tree: DN - U1 - C1, DN - U2 - C2. As of 2024-08-31 from 2024: one period, 1 Jan - 31 Aug 2024.
 * <p>Probation (12 months ending in the period: admitted 1 Jan - 31 Aug 2023):
 * m1 C1 admitted Wed 1 Mar 2023, due Fri 1 Mar 2024, deadline Fri 12 Apr 2024, official 12 Apr: on time;
 * m2 C1 same, official Mon 15 Apr: late; m3 C2 admitted 10 Feb 2023, struck off 20 Nov 2023 before
 * becoming official; m4 C2 admitted 20 Jun 2023, nothing since: still probationary; m5 C2 admitted
 * 15 Jul 2023, official 1 Sep 2024, after the as-of: still probationary at it. m6, m8 (2024) and m7
 * (Oct 2023) are not due yet.
 * <p>Candidates: k1 C1 identified 2023-05-01, course 2023-12-01, applied 2024-02-01, became m6 on
 * 2024-03-10 (100 days after the course); k2 C1 identified 2024-01-15, course 2024-04-20, applied
 * 2024-05-10, became m8 on 2024-06-01 (42 days); k3 C2 identified 2024-02-01, course 2024-06-01;
 * k4 C2 identified 2024-03-01, course 2024-09-15 (after the as-of); k5 C1 identified 2024-09-10
 * (after the as-of); k6 C2 identified 2024-01-05, course 2024-03-01.
 */
class PipelineFunnelTest extends SparkTest {
    Dataset<Row> funnel;

    @BeforeEach
    void compute() {
        Dataset<Row> units = rows(Tables.SILVER_UNITS, List.of(UNIT_CODE, UNIT_NAME, PARENT_CODE, UNIT_LEVEL),
                r("DN", "Thành phố", null, "CITY"), r("U1", "Quận A", "DN", "UNIT"), r("U2", "Quận B", "DN", "UNIT"),
                r("C1", "Chi bộ 1", "U1", "CELL"), r("C2", "Chi bộ 2", "U2", "CELL"));
        Dataset<Row> members = rows(Tables.SILVER_MEMBERS, List.of(MEMBER_KEY, UNIT_CODE, ADMITTED_ON, OFFICIAL_ON, LEFT_ON, LEFT_REASON),
                r("m1", "C1", d("2023-03-01"), d("2024-04-12"), null, null),
                r("m2", "C1", d("2023-03-01"), d("2024-04-15"), null, null),
                r("m3", "C2", d("2023-02-10"), null, d("2023-11-20"), "STRUCK_OFF"),
                r("m4", "C2", d("2023-06-20"), null, null, null),
                r("m5", "C2", d("2023-07-15"), d("2024-09-01"), null, null),
                r("m6", "C1", d("2024-03-10"), null, null, null),
                r("m7", "C1", d("2023-10-01"), null, null, null),
                r("m8", "C1", d("2024-06-01"), null, null, null));
        Dataset<Row> events = rows(Tables.SILVER_EVENTS, List.of(EVENT_ID, MEMBER_KEY, EVENT_TYPE, EVENT_DATE, UNIT_CODE),
                r("e1", "m1", "ADMITTED", d("2023-03-01"), "C1"), r("e2", "m2", "ADMITTED", d("2023-03-01"), "C1"),
                r("e3", "m3", "ADMITTED", d("2023-02-10"), "C2"), r("e4", "m4", "ADMITTED", d("2023-06-20"), "C2"),
                r("e5", "m5", "ADMITTED", d("2023-07-15"), "C2"), r("e6", "m6", "ADMITTED", d("2024-03-10"), "C1"),
                r("e7", "m7", "ADMITTED", d("2023-10-01"), "C1"), r("e8", "m8", "ADMITTED", d("2024-06-01"), "C1"));
        Dataset<Row> candidates = rows(Tables.SILVER_CANDIDATES,
                List.of(CANDIDATE_KEY, UNIT_CODE, IDENTIFIED_ON, COURSE_COMPLETED_ON, APPLIED_ON, ADMITTED_MEMBER_KEY),
                r("k1", "C1", d("2023-05-01"), d("2023-12-01"), d("2024-02-01"), "m6"),
                r("k2", "C1", d("2024-01-15"), d("2024-04-20"), d("2024-05-10"), "m8"),
                r("k3", "C2", d("2024-02-01"), d("2024-06-01"), null, null),
                r("k4", "C2", d("2024-03-01"), d("2024-09-15"), null, null),
                r("k5", "C1", d("2024-09-10"), null, null, null),
                r("k6", "C2", d("2024-01-05"), d("2024-03-01"), null, null));
        Dataset<Row> trend = rows(Tables.GOLD_ADMISSIONS_TREND, List.of(AS_OF_DATE, UNIT_CODE, UNIT_NAME, UNIT_LEVEL, YEAR, PERIOD),
                r(d("2024-08-31"), "DN", "Thành phố", "CITY", 2024, "YTD"), r(d("2024-08-31"), "U1", "Quận A", "UNIT", 2024, "YTD"),
                r(d("2024-08-31"), "U2", "Quận B", "UNIT", 2024, "YTD"), r(d("2024-08-31"), "C1", "Chi bộ 1", "CELL", 2024, "YTD"));
        GoldParams params = new GoldParams(LocalDate.of(2024, 8, 31), 2024);
        funnel = PipelineFunnel.compute(params, trend, candidates, members, events, UnitTree.ancestors(units),
                params.periodsDataset(spark)).cache();
    }

    Row at(String unit) {
        return only(funnel, UNIT_CODE, unit);
    }

    static long n(Row r, String column) {
        return r.<Long>getAs(column);
    }

    @Test
    void decisionDeadlineIsThirtyWorkingDaysAfterTheTwelveMonths() {
        // Fri 1 Mar, Sat 2 Mar, Sun 3 Mar 2024 all give Fri 12 Apr; Mon 4 Mar gives Mon 15 Apr.
        Row r = spark.range(1).select(
                PipelineFunnel.decisionDeadline(lit(d("2024-03-01"))), PipelineFunnel.decisionDeadline(lit(d("2024-03-02"))),
                PipelineFunnel.decisionDeadline(lit(d("2024-03-03"))), PipelineFunnel.decisionDeadline(lit(d("2024-03-04")))).first();
        assertThat(List.of(r.getDate(0).toString(), r.getDate(1).toString(), r.getDate(2).toString(), r.getDate(3).toString()))
                .containsExactly("2024-04-12", "2024-04-12", "2024-04-12", "2024-04-15");
    }

    @Test
    void probationOutcomesOnTimeLateStruckOffAndStillProbationary() {
        Row u1 = at("U1");
        assertThat(List.of(n(u1, PROBATION_DUE), n(u1, OFFICIAL_ON_TIME), n(u1, OFFICIAL_LATE), n(u1, NOT_OFFICIAL_LEFT),
                n(u1, STILL_PROBATIONARY))).containsExactly(2L, 1L, 1L, 0L, 0L);
        Row u2 = at("U2");   // m3 struck off before becoming official; m4 and m5 not official at the as-of
        assertThat(List.of(n(u2, PROBATION_DUE), n(u2, OFFICIAL_ON_TIME), n(u2, OFFICIAL_LATE), n(u2, NOT_OFFICIAL_LEFT),
                n(u2, STILL_PROBATIONARY))).containsExactly(3L, 0L, 0L, 1L, 2L);
        assertThat(n(at("DN"), PROBATION_DUE)).isEqualTo(5);
    }

    @Test
    void eachStageCountsInThePeriodOfItsDateUpToTheAsOf() {
        Row u1 = at("U1");   // identified k2; course k2; applied k1, k2; admitted k1 (m6), k2 (m8)
        assertThat(List.of(n(u1, CANDIDATES_IDENTIFIED), n(u1, COMPLETED_COURSE), n(u1, APPLIED), n(u1, ADMITTED_FROM_CANDIDATES)))
                .containsExactly(1L, 1L, 2L, 2L);
        Row u2 = at("U2");   // identified k3, k4, k6; course k3, k6 (k4's is after the as-of)
        assertThat(List.of(n(u2, CANDIDATES_IDENTIFIED), n(u2, COMPLETED_COURSE), n(u2, APPLIED), n(u2, ADMITTED_FROM_CANDIDATES)))
                .containsExactly(3L, 2L, 0L, 0L);
    }

    @Test
    void conversionRatiosAndMedianDaysFromCourseToAdmission() {
        Row city = at("DN");   // 2 admitted of 3 courses: 66.666.. -> 66.7; 2 of 2 applied; median of 100 and 42 = 71
        assertThat(city.<BigDecimal>getAs(ADMITTED_PCT_OF_COURSE)).isEqualByComparingTo("66.7");
        assertThat(city.<BigDecimal>getAs(ADMITTED_PCT_OF_APPLIED)).isEqualByComparingTo("100.0");
        assertThat(city.<BigDecimal>getAs(MEDIAN_DAYS_COURSE_TO_ADMISSION)).isEqualByComparingTo("71.0");
        Row u2 = at("U2");   // courses but nobody applied: 0%; nobody applied: no ratio; nobody admitted: no median
        assertThat(u2.<BigDecimal>getAs(ADMITTED_PCT_OF_COURSE)).isEqualByComparingTo("0.0");
        assertThat(u2.<BigDecimal>getAs(ADMITTED_PCT_OF_APPLIED)).isNull();
        assertThat(u2.<BigDecimal>getAs(MEDIAN_DAYS_COURSE_TO_ADMISSION)).isNull();
    }

    @Test
    void onlyTheCityAndPeerUnitsGetRows() {
        assertThat(funnel.count()).isEqualTo(3);
    }
}
