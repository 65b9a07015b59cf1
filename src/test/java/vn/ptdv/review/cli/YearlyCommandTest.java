package vn.ptdv.review.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

class YearlyCommandTest {
    final CommandSpec spec = new CommandLine(new YearlyCommand()).getCommandSpec();

    @Test
    void theYearEndIsAlwaysComputedAfterTheInterimDatesInDateOrder() {
        // Given out of order, with the year-end among them: 30 Jun, 31 Aug, then 31 Dec once.
        assertThat(YearlyCommand.asOfDates(2024, List.of("08-31", "12-31", "06-30"), spec)).containsExactly(
                LocalDate.of(2024, 6, 30), LocalDate.of(2024, 8, 31), LocalDate.of(2024, 12, 31));
    }

    @Test
    void withoutInterimDatesOnlyTheYearEnd() {
        assertThat(YearlyCommand.asOfDates(2023, List.of(), spec)).containsExactly(LocalDate.of(2023, 12, 31));
    }

    @Test
    void twentyNinthFebruaryExistsOnlyInALeapYear() {
        assertThat(YearlyCommand.asOfDates(2024, List.of("02-29"), spec)).startsWith(LocalDate.of(2024, 2, 29));
        // Not quietly moved to 28 Feb (java.time's MonthDay.atYear would): the schedule asked for a day 2023 has not.
        assertThatThrownBy(() -> YearlyCommand.asOfDates(2023, List.of("02-29"), spec))
                .isInstanceOf(ParameterException.class)
                .hasMessage("--interim: 02-29 is not a date in 2023");
    }

    @Test
    void aDateThatIsNotMonthDayIsAUsageMistakeNamingIt() {
        assertThatThrownBy(() -> YearlyCommand.asOfDates(2024, List.of("2024-08-31"), spec))
                .isInstanceOf(ParameterException.class)
                .hasMessage("--interim: '2024-08-31' is not a MM-DD date");
        assertThatThrownBy(() -> YearlyCommand.asOfDates(2024, List.of("13-01"), spec))
                .isInstanceOf(ParameterException.class)
                .hasMessage("--interim: '13-01' is not a MM-DD date");
    }
}
