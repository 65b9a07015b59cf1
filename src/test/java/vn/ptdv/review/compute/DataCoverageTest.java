package vn.ptdv.review.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.compute.DataCoverage.EventDates;
import vn.ptdv.review.compute.DataCoverage.OutsideData;
import vn.ptdv.review.domain.OfficeCalendar;
import vn.ptdv.review.gold.GoldParams;

/** Which as-of dates and first years a compute refuses, against hand-picked event dates and a fixed "today". */
class DataCoverageTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    /** The sample's events: 1 Jan 2020 to 31 Dec 2024. */
    static final Optional<EventDates> SAMPLE = Optional.of(new EventDates(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)));

    static Optional<String> refusal(String asOf, int fromYear, Optional<EventDates> events, OutsideData outside) {
        return DataCoverage.refusal(new GoldParams(LocalDate.parse(asOf), fromYear), events, TODAY, outside);
    }

    @Test
    void theSeedsComputeIsWithinTheSamplesEvents() {
        assertThat(refusal("2024-08-31", 2020, SAMPLE, OutsideData.REFUSED)).isEmpty();
        assertThat(refusal("2024-12-31", 2024, SAMPLE, OutsideData.REFUSED)).isEmpty();
    }

    @Test
    void anAsOfAfterTodayIsRefusedEvenWhenOutsideDataIsAllowed() {
        assertThat(refusal("2030-01-01", 2020, SAMPLE, OutsideData.ALLOWED)).hasValueSatisfying(m -> assertThat(m)
                .isEqualTo("the as-of date 2030-01-01 is after today (2026-12-01): nothing can have been recorded for it yet"));
        assertThat(DataCoverage.afterToday(TODAY, TODAY)).isEmpty();
        assertThat(DataCoverage.afterToday(TODAY.plusDays(1), TODAY)).isPresent();
    }

    @Test
    void aYearWithNoEventIsRefusedWithTheDatesTheWarehouseCovers() {
        // 31 Dec 2024 to 30 Jun 2025: 31 (Jan) + 28 (Feb) + 31 + 30 + 31 + 30 = 181 days.
        assertThat(refusal("2025-06-30", 2020, SAMPLE, OutsideData.REFUSED)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("the as-of date 2025-06-30 is 181 days after the latest event: the warehouse's events run from"
                        + " 2020-01-01 to 2024-12-31")
                .endsWith("(--allow-outside-data computes it anyway)"));
        assertThat(refusal("2025-06-30", 2020, SAMPLE, OutsideData.ALLOWED)).isEmpty();
    }

    @Test
    void anAsOfUpToAMonthAfterTheLatestEventIsAccepted() {
        Optional<EventDates> toMidAugust = Optional.of(new EventDates(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 8, 15)));
        // 15 Aug to 15 Sep: 16 days left in August + 15 in September = 31.
        assertThat(refusal("2024-09-15", 2020, toMidAugust, OutsideData.REFUSED)).isEmpty();
        assertThat(refusal("2024-09-16", 2020, toMidAugust, OutsideData.REFUSED)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("the as-of date 2024-09-16 is 32 days after the latest event"));
    }

    @Test
    void aFirstYearBeforeTheEarliestEventsYearIsRefused() {
        Optional<EventDates> fromMarch2020 = Optional.of(new EventDates(LocalDate.of(2020, 3, 15), LocalDate.of(2024, 8, 30)));
        // The earliest event's own year is a year with events (from 15 March on): accepted.
        assertThat(refusal("2024-08-31", 2020, fromMarch2020, OutsideData.REFUSED)).isEmpty();
        assertThat(refusal("2024-08-31", 1800, fromMarch2020, OutsideData.REFUSED)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("--from-year 1800 is before 2020, the year of the earliest event: the warehouse's events run from"
                        + " 2020-03-15 to 2024-08-30"));
        assertThat(refusal("2024-08-31", 1800, fromMarch2020, OutsideData.ALLOWED)).isEmpty();
    }

    @Test
    void aWarehouseWithoutEventsIsRefusedUnlessAllowed() {
        assertThat(refusal("2024-08-31", 2020, Optional.empty(), OutsideData.REFUSED)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("silver.events holds no events"));
        assertThat(refusal("2024-08-31", 2020, Optional.empty(), OutsideData.ALLOWED)).isEmpty();
    }

    @Test
    void eventDatesMustBeInOrder() {
        assertThatThrownBy(() -> new EventDates(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void todayIsVietnamsDateWhateverTheMachinesZone() {
        // 17:30 UTC on 30 Nov is 00:30 on 1 Dec in Vietnam (UTC+7).
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-11-30T17:30:00Z"), ZoneOffset.UTC);
        assertThat(OfficeCalendar.today(lateEveningUtc)).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
