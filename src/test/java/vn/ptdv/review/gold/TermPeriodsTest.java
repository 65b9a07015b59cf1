package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.domain.Structure;
import vn.ptdv.review.domain.Term;

/**
 * Which spans a term-to-date compute counts, worked out by hand on Da Nang's terms: the 21st congress
 * term 2015-10-14..2020-10-19 (T' = 1,833 days: 5 years with the leap days of 2016 and 2020 are 1,827,
 * plus 14..19 Oct = 6) and the 22nd 2020-10-20..2025-09-15 (T = 1,792: 20 Oct 2020 to 20 Oct 2025 is
 * 1,826 days with 29 Feb 2024, less the 35 days from 15 Sep to 20 Oct, plus 1).
 */
class TermPeriodsTest {
    static final Term XXI = new Term("2015-2020", LocalDate.parse("2015-10-14"), LocalDate.parse("2020-10-19"));
    static final Term XXII = new Term("2020-2025", LocalDate.parse("2020-10-20"), LocalDate.parse("2025-09-15"));

    static Optional<TermToDate> at(String asOf, int fromYear) {
        return new GoldParams(LocalDate.parse(asOf), fromYear, 2, Structure.REFERENCE, List.of(XXII, XXI)).termToDate();
    }

    @Test
    void theTermRunsFromItsMidYearStartToTheAsOfDateInTheAsOfYear() {
        TermToDate t = at("2024-08-31", 2015).orElseThrow();
        assertThat(t.period()).isEqualTo(new Period(2024, PeriodKind.TERM_TO_DATE, LocalDate.parse("2020-10-20"),
                LocalDate.parse("2024-08-31")));
        // 20 Oct 2020 to 20 Oct 2024 is 1,461 days (29 Feb 2024); 31 Aug is 50 days before 20 Oct: 1,411 + 1.
        assertThat(t.elapsedDays()).isEqualTo(1412);
        assertThat(XXII.days()).isEqualTo(1792);
        assertThat(XXI.days()).isEqualTo(1833);
        assertThat(XXII.nominalYears()).isEqualTo(5);
    }

    @Test
    void thePreviousTermIsTakenOverTheSameElapsedShare() {
        // round(1,412 × 1,833 / 1,792) = round(1,444.306) = 1,444 days from 14 Oct 2015: to 26 Sep 2019
        // (14 Oct 2019 is day 1,462; 18 days before it).
        Period previous = at("2024-08-31", 2015).orElseThrow().previousSameShare().orElseThrow();
        assertThat(previous.start()).isEqualTo(LocalDate.parse("2015-10-14"));
        assertThat(previous.end()).isEqualTo(LocalDate.parse("2019-09-26"));
        assertThat(previous.label()).isEqualTo(TermToDate.PREVIOUS_TERM_SAME_SHARE);
    }

    @Test
    void onTwentyNinthFebruaryTheTermEndsThatDayAndItsShareIsOfDays() {
        // d = 1,095 days (20 Oct 2020 to 20 Oct 2023) + 132 (21 Oct 2023 .. 29 Feb 2024) + 1 = 1,228;
        // previous: round(1,228 × 1,833 / 1,792) = round(1,256.096) = 1,256 days, 14 Oct 2015 .. 22 Mar 2019.
        TermToDate t = at("2024-02-29", 2015).orElseThrow();
        assertThat(t.period().end()).isEqualTo(LocalDate.parse("2024-02-29"));
        assertThat(t.elapsedDays()).isEqualTo(1228);
        assertThat(t.previousSameShare().orElseThrow().end()).isEqualTo(LocalDate.parse("2015-10-14").plusDays(1255));
        assertThat(LocalDate.parse("2015-10-14").plusDays(1255)).isEqualTo(LocalDate.parse("2019-03-22"));
    }

    @Test
    void aPreviousTermBeforeTheRangeIsNotCompared() {
        TermToDate t = at("2024-08-31", 2020).orElseThrow();
        assertThat(t.previousSameShare()).isEmpty();
        assertThat(t.countedPeriods()).containsExactly(t.period());
    }

    @Test
    void aTermStartingBeforeTheRangeGivesNoTermRows() {
        assertThat(at("2024-08-31", 2021)).isEmpty();
    }

    @Test
    void anAsOfInNoConfiguredTermGivesNoTermRows() {
        assertThat(at("2014-12-31", 2010)).isEmpty();
        assertThat(new GoldParams(LocalDate.parse("2024-08-31"), 2020).termToDate()).isEmpty();
    }

    @Test
    void theReportedPeriodsEndWithTheTerm() {
        GoldParams params = new GoldParams(LocalDate.parse("2024-08-31"), 2023, 2, Structure.REFERENCE, List.of(XXII));
        // 2023: YTD, FULL_YEAR; 2024: YTD (not complete); no term (it started in 2020, before the range).
        assertThat(params.reportedPeriods()).extracting(Period::label).containsExactly("YTD", "FULL_YEAR", "YTD");
        assertThat(params.withTerms(List.of(XXII)).reportedPeriods()).hasSize(3);
    }
}
