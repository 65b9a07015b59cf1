package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.Structure;
import vn.ptdv.review.domain.Term;
import vn.ptdv.review.testing.SparkTest;

/**
 * TERM_TO_DATE rows, worked out by hand. Terms P = 2019-07-01..2020-06-30 (366 days, 29 Feb 2020; one
 * nominal year) and C = 2020-07-01..2022-06-30 (730 days; two nominal years); as of 2021-06-30, d = 365
 * days of C, elapsed share 50.0%; P's same share: round(365 × 366 / 730) = 183 days, 2019-07-01..2019-12-30.
 *
 * <p>Tree DN (city) - U1 - C1, DN - U2 - C2. ADMITTED in C1: 2019-08-01 and 2019-12-30 (P's share),
 * 2019-12-31 and 2020-06-30 (in P, after its share), 2020-07-01, 2021-03-01, 2021-06-30 (C to date),
 * 2021-07-01 (after the as-of). In C2: 2020-09-01, 2021-01-15. So U1 3 against 2, U2 2 against 0, DN 5
 * against 2. Members at the start of 1 Jul 2020: C1 s1 [2018-01-01, open) and s3 [2019-01-01,
 * 2020-07-01) (left that day: still counted); not s2 admitted on 1 Jul 2020. C2 s5 [2020-01-01, open);
 * not s4, gone on 2020-06-30. U1 2, U2 1, DN 3.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TermToDateTest extends SparkTest {
    static final Term P = new Term("P", LocalDate.parse("2019-07-01"), LocalDate.parse("2020-06-30"));
    static final Term C = new Term("C", LocalDate.parse("2020-07-01"), LocalDate.parse("2022-06-30"));
    static final GoldParams PARAMS = new GoldParams(LocalDate.parse("2021-06-30"), 2019, 2, Structure.HISTORICAL, List.of(P, C));
    TermToDate term;
    Dataset<Row> units;
    Dataset<Row> ancestors;
    Dataset<Row> trend;

    @BeforeAll
    void computeTheTermTrend() {
        term = PARAMS.termToDate().orElseThrow();
        units = rows(Tables.SILVER_UNITS, List.of(UNIT_CODE, UNIT_NAME, PARENT_CODE, UNIT_LEVEL),
                r("DN", "City", null, "CITY"), r("U1", "Unit 1", "DN", "UNIT"), r("U2", "Unit 2", "DN", "UNIT"),
                r("C1", "Cell 1", "U1", "CELL"), r("C2", "Cell 2", "U2", "CELL"));
        ancestors = UnitTree.ancestors(units);
        Dataset<Row> events = rows(Tables.SILVER_EVENTS, List.of(EVENT_ID, EVENT_TYPE, EVENT_DATE, UNIT_CODE),
                r("e1", "ADMITTED", d("2019-08-01"), "C1"), r("e2", "ADMITTED", d("2019-12-30"), "C1"),
                r("e3", "ADMITTED", d("2019-12-31"), "C1"), r("e4", "ADMITTED", d("2020-06-30"), "C1"),
                r("e5", "ADMITTED", d("2020-07-01"), "C1"), r("e6", "ADMITTED", d("2021-03-01"), "C1"),
                r("e7", "ADMITTED", d("2021-06-30"), "C1"), r("e8", "ADMITTED", d("2021-07-01"), "C1"),
                r("e9", "ADMITTED", d("2020-09-01"), "C2"), r("e10", "ADMITTED", d("2021-01-15"), "C2"),
                r("e11", "TRANSFER_IN", d("2021-02-01"), "C2"));
        Dataset<Row> admissions = AdmissionsTrend.admissionsByUnit(events, ancestors,
                GoldParams.periodsDataset(spark, term.countedPeriods()));
        trend = term.trend(PARAMS, units, admissions, term.membersAtStart(spells(), ancestors, null)).cache();
    }

    Dataset<Row> spells() {
        return spark.createDataFrame(List.of(
                RowFactory.create("s1", "C1", d("2018-01-01"), null),
                RowFactory.create("s2", "C1", d("2020-07-01"), null),
                RowFactory.create("s3", "C1", d("2019-01-01"), d("2020-07-01")),
                RowFactory.create("s4", "C2", d("2019-01-01"), d("2020-06-30")),
                RowFactory.create("s5", "C2", d("2020-01-01"), null)), MemberSpells.SCHEMA);
    }

    Row trendOf(String unit) {
        return one(trend, "unit_code = '" + unit + "'");
    }

    @Test
    void everyUnitGetsOneTermRowInTheAsOfYear() {
        assertThat(trend.count()).isEqualTo(5);
        Row dn = trendOf("DN");
        assertThat(dn.<String>getAs(PERIOD)).isEqualTo("TERM_TO_DATE");
        assertThat(dn.<Integer>getAs(YEAR)).isEqualTo(2021);
        assertThat(dn.<java.sql.Date>getAs(PERIOD_START)).isEqualTo(d("2020-07-01"));
        assertThat(dn.<java.sql.Date>getAs(PERIOD_END)).isEqualTo(d("2021-06-30"));
    }

    @Test
    void admissionsAreCountedFromTheTermsFirstDayToTheAsOfDate() {
        assertThat(trendOf("U1").<Long>getAs(ADMISSIONS)).isEqualTo(3);
        assertThat(trendOf("U2").<Long>getAs(ADMISSIONS)).isEqualTo(2);
        assertThat(trendOf("DN").<Long>getAs(ADMISSIONS)).isEqualTo(5);
    }

    @Test
    void thePreviousTermIsComparedOverTheSameElapsedShare() {
        Row u1 = trendOf("U1");
        assertThat(u1.<Long>getAs(PREV_YEAR_ADMISSIONS)).isEqualTo(2);           // 2019-08-01, 2019-12-30
        assertThat(u1.<Long>getAs(CHANGE_VS_PREV_YEAR)).isEqualTo(1);
        assertThat(u1.<BigDecimal>getAs(RATIO_TO_PREV_YEAR_PCT)).isEqualByComparingTo("150.0");
        assertThat(trendOf("U2").<Long>getAs(PREV_YEAR_ADMISSIONS)).isZero();   // none in P's share: 0, not unknown
        assertThat(trendOf("U2").<BigDecimal>getAs(RATIO_TO_PREV_YEAR_PCT)).isNull();
        assertThat(trendOf("DN").<Long>getAs(PREV_YEAR_ADMISSIONS)).isEqualTo(2);
    }

    @Test
    void theRateIsAgainstTheMembersAtTheTermsStartFromTheRoster() {
        Row dn = trendOf("DN");
        assertThat(dn.<Long>getAs(MEMBERS_AT_START)).isEqualTo(3);
        assertThat(dn.<String>getAs(MEMBERS_AT_START_SOURCE)).isEqualTo("ROSTER");
        assertThat(dn.<BigDecimal>getAs(ADMISSION_RATE_PCT)).isEqualByComparingTo("166.67");   // 100 × 5 / 3
        assertThat(trendOf("U1").<Long>getAs(MEMBERS_AT_START)).isEqualTo(2);
        assertThat(trendOf("U2").<Long>getAs(MEMBERS_AT_START)).isEqualTo(1);
        assertThat(dn.<Integer>getAs(RANK_AMONG_YEARS)).isNull();                               // one term: no rank
    }

    @Test
    void withoutAPreviousTermThereIsNoComparison() {
        TermToDate alone = new GoldParams(LocalDate.parse("2021-06-30"), 2020, 2, Structure.HISTORICAL, List.of(P, C))
                .termToDate().orElseThrow();   // P starts in 2019, before the range
        Dataset<Row> admissions = rows(Tables.GOLD_ADMISSIONS_TREND, List.of(UNIT_CODE, YEAR, PERIOD, ADMISSIONS),
                r("DN", 2021, "TERM_TO_DATE", 5L));
        Row dn = one(alone.trend(PARAMS, units, admissions, alone.membersAtStart(spells(), ancestors, null)), "unit_code = 'DN'");
        assertThat(dn.<Long>getAs(ADMISSIONS)).isEqualTo(5);
        assertThat(dn.<Long>getAs(PREV_YEAR_ADMISSIONS)).isNull();
        assertThat(dn.<Long>getAs(CHANGE_VS_PREV_YEAR)).isNull();
    }

    // ---------------------------------------------------------------- attainment
    // Hand-made trend rows, d = 365 of T = 730: elapsed 50.0%.
    //  T1: 30 admissions, 1,000 members, count target 50: 60.0%, expected 25.0, ON_TRACK, projected 60.
    //  T2: 5 admissions, 500 members (rate 1.00), annual rate 1.5 × 2 years = 3.0: 33.3%; plan 3.0 × 500 / 100
    //      = 15, expected 7.5, BEHIND; projected 10.
    //  T3: 40 admissions, count target 40: MET, 100.0. T4: no target. A target of term P is not C's.

    Dataset<Row> attainment() {
        List<String> cols = List.of(AS_OF_DATE, UNIT_CODE, UNIT_NAME, UNIT_LEVEL, YEAR, PERIOD, PERIOD_START, PERIOD_END,
                ADMISSIONS, MEMBERS_AT_START, ADMISSION_RATE_PCT);
        Dataset<Row> termTrend = rows(Tables.GOLD_ADMISSIONS_TREND, cols,
                termRow("T1", "UNIT", 30, 1000, "3.00"), termRow("T2", "UNIT", 5, 500, "1.00"),
                termRow("T3", "UNIT", 40, 2000, "2.00"), termRow("T4", "UNIT", 1, 100, "1.00"),
                termRow("DN", "CITY", 76, 3600, "2.11"));
        Dataset<Row> targetUnits = rows(Tables.SILVER_UNITS, List.of(UNIT_CODE), r("T1"), r("T2"), r("T3"), r("T4"));
        Dataset<Row> termTargets = rows(Tables.SILVER_TERM_TARGETS, List.of(UNIT_CODE, TERM, ADMISSIONS_TARGET, RATE_TARGET_PCT),
                r("T1", "C", 50, null), r("T2", "C", null, dec("1.50")), r("T3", "C", 40, null), r("T4", "P", 10, null));
        return term.attainment(termTrend, term.targetsOn(termTargets, targetUnits, null));
    }

    static Object[] termRow(String unit, String level, long admissions, long members, String rate) {
        return r(d("2021-06-30"), unit, "Unit " + unit, level, 2021, "TERM_TO_DATE", d("2020-07-01"), d("2021-06-30"),
                admissions, members, dec(rate));
    }

    @Test
    void aCountTargetOverTheTermIsExpectedProRataToTheElapsedDays() {
        Dataset<Row> a = attainment();
        assertThat(a.count()).isEqualTo(4);   // peer units only
        Row t1 = one(a, "unit_code = 'T1'");
        assertThat(t1.<Boolean>getAs(TARGET_MET)).isFalse();
        assertThat(t1.<BigDecimal>getAs(ATTAINMENT_PCT)).isEqualByComparingTo("60.0");
        assertThat(t1.<BigDecimal>getAs(ELAPSED_SHARE_PCT)).isEqualByComparingTo("50.0");
        assertThat(t1.<BigDecimal>getAs(EXPECTED_BY_NOW)).isEqualByComparingTo("25.0");
        assertThat(t1.<BigDecimal>getAs(EXPECTED_BY_NOW_SEASONAL)).isNull();
        assertThat(t1.<String>getAs(STATUS)).isEqualTo("ON_TRACK");
        assertThat(t1.<Long>getAs(PROJECTED_YEAR_END)).isEqualTo(60);
        Row t3 = one(a, "unit_code = 'T3'");
        assertThat(t3.<String>getAs(STATUS)).isEqualTo("MET");
        assertThat(t3.<BigDecimal>getAs(ATTAINMENT_PCT)).isEqualByComparingTo("100.0");
    }

    @Test
    void anAnnualRateTargetCountsForEveryNominalYearOfTheTerm() {
        Row t2 = one(attainment(), "unit_code = 'T2'");
        assertThat(t2.<Boolean>getAs(TARGET_MET)).isFalse();                         // 1.00 < 1.5 × 2
        assertThat(t2.<BigDecimal>getAs(ATTAINMENT_PCT)).isEqualByComparingTo("33.3");   // 100 × 1.00 / 3.00
        assertThat(t2.<BigDecimal>getAs(EXPECTED_BY_NOW)).isEqualByComparingTo("7.5");
        assertThat(t2.<String>getAs(STATUS)).isEqualTo("BEHIND");
        assertThat(t2.<Long>getAs(PROJECTED_YEAR_END)).isEqualTo(10);
    }

    @Test
    void aTargetOfAnotherTermIsNotThisTermsTarget() {
        Row t4 = one(attainment(), "unit_code = 'T4'");
        assertThat(t4.<Integer>getAs(ADMISSIONS_TARGET)).isNull();
        assertThat(t4.<Boolean>getAs(TARGET_MET)).isNull();
        assertThat(t4.<String>getAs(STATUS)).isNull();
    }
}
