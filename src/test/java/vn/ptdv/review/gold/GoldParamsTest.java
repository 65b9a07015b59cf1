package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.domain.PeriodKind;

class GoldParamsTest {
    static Period p(int year, PeriodKind kind, String start, String end) {
        return new Period(year, kind, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void seedAsOfGivesYtdForEveryYearAndFullYearForCompleteYearsOnly() {
        GoldParams params = new GoldParams(LocalDate.of(2024, 8, 31), 2022);
        assertThat(params.periods()).containsExactly(
                p(2022, PeriodKind.YTD, "2022-01-01", "2022-08-31"),
                p(2022, PeriodKind.FULL_YEAR, "2022-01-01", "2022-12-31"),
                p(2023, PeriodKind.YTD, "2023-01-01", "2023-08-31"),
                p(2023, PeriodKind.FULL_YEAR, "2023-01-01", "2023-12-31"),
                p(2024, PeriodKind.YTD, "2024-01-01", "2024-08-31"));
    }

    @Test
    void leapDayAsOfComparesWithTwentyEighthOfFebruaryInOtherYears() {
        GoldParams params = new GoldParams(LocalDate.of(2024, 2, 29), 2023);
        assertThat(params.periods()).containsExactly(
                p(2023, PeriodKind.YTD, "2023-01-01", "2023-02-28"),
                p(2023, PeriodKind.FULL_YEAR, "2023-01-01", "2023-12-31"),
                p(2024, PeriodKind.YTD, "2024-01-01", "2024-02-29"));
    }

    @Test
    void yearEndAsOfMakesTheAsOfYearComplete() {
        GoldParams params = new GoldParams(LocalDate.of(2024, 12, 31), 2024);
        assertThat(params.periods()).containsExactly(
                p(2024, PeriodKind.YTD, "2024-01-01", "2024-12-31"),
                p(2024, PeriodKind.FULL_YEAR, "2024-01-01", "2024-12-31"));
    }

    @Test
    void fromYearAfterAsOfYearIsRejected() {
        assertThatThrownBy(() -> new GoldParams(LocalDate.of(2024, 8, 31), 2025))
                .hasMessage("--from-year 2025 is after the as-of year 2024");
    }
}
