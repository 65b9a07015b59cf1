package vn.ptdv.review.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BenchSqlTest {
    @Test
    void periodsAreYtdOfEveryYearAndFullYearsOfTheCompleteOnes() {
        // As of 31 Aug 2024 from 2023: 2023 YTD (to 31 Aug), 2023 FULL_YEAR, 2024 YTD; 2024 is not complete.
        assertThat(BenchSql.periodsValues(LocalDate.of(2024, 8, 31), 2023)).isEqualTo(
                "(2023, 'YTD', DATE '2023-01-01', DATE '2023-08-31'), "
                        + "(2023, 'FULL_YEAR', DATE '2023-01-01', DATE '2023-12-31'), "
                        + "(2024, 'YTD', DATE '2024-01-01', DATE '2024-08-31')");
    }

    @Test
    void theAsOfYearIsCompleteOnTheLastOfDecember() {
        assertThat(BenchSql.periodsValues(LocalDate.of(2023, 12, 31), 2023)).isEqualTo(
                "(2023, 'YTD', DATE '2023-01-01', DATE '2023-12-31'), "
                        + "(2023, 'FULL_YEAR', DATE '2023-01-01', DATE '2023-12-31')");
    }

    @Test
    void theTwentyNinthOfFebruaryIsTheTwentyEighthInOtherYears() {
        assertThat(BenchSql.periodsValues(LocalDate.of(2024, 2, 29), 2023))
                .startsWith("(2023, 'YTD', DATE '2023-01-01', DATE '2023-02-28'), ")
                .endsWith("(2024, 'YTD', DATE '2024-01-01', DATE '2024-02-29')");
    }

    @Test
    void commonSqlSplitsIntoStatementsWithTheParametersSubstituted() {
        var statements = BenchSql.statements(BenchSql.COMMON, LocalDate.of(2024, 8, 31), 2020, "VIEW");
        assertThat(statements).allSatisfy(s -> assertThat(s).doesNotContain("${").contains("CREATE OR REPLACE TEMPORARY VIEW"));
        assertThat(statements.get(0)).contains("(2020, 'YTD', DATE '2020-01-01', DATE '2020-08-31')");
    }
}
