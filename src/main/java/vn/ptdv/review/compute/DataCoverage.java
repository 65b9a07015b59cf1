package vn.ptdv.review.compute;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import vn.ptdv.review.gold.GoldParams;

/**
 * Whether the dates of a compute can be meant for the records the warehouse holds. A compute as of a
 * year with no event, or from a year before the first one, writes a full set of gold rows whose zeros
 * are not findings but missing records (an as-of of 2030, a --from-year of 1800 with its 225 years in
 * the headline): such a compute is refused, with the dates the warehouse covers, unless it is asked for
 * explicitly. An as-of after today is refused always: nothing can have been recorded yet. No Spark here;
 * {@link ComputeJob} reads the dates.
 */
public final class DataCoverage {
    private DataCoverage() {}

    /** The command-line flag that accepts a compute outside the events' dates. */
    public static final String ALLOW_OUTSIDE_DATA_FLAG = "--allow-outside-data";

    /**
     * Days an as-of may lie after the latest event. A drop is exported some days after its last record, and
     * a province admits members every week; a month without a single event of any kind is a gap in the
     * records, not a quiet month.
     */
    public static final int DAYS_AFTER_LATEST_EVENT = 31;

    /** The first and the last event date in silver.events. */
    public record EventDates(LocalDate earliest, LocalDate latest) {
        public EventDates {
            if (latest.isBefore(earliest)) throw new IllegalArgumentException("latest " + latest + " before earliest " + earliest);
        }

        @Override
        public String toString() {
            return earliest + " to " + latest;
        }
    }

    /** Whether a compute outside the events' dates is refused (the default) or was asked for. */
    public enum OutsideData { REFUSED, ALLOWED }

    /** Why an as-of after {@code today} cannot be meant; empty when it is not after today. */
    public static Optional<String> afterToday(LocalDate asOf, LocalDate today) {
        if (!asOf.isAfter(today)) return Optional.empty();
        return Optional.of("the as-of date " + asOf + " is after today (" + today + "): nothing can have been recorded for it yet");
    }

    /**
     * Why {@code params} cannot be meant for the warehouse's events ({@code events} empty: silver.events has
     * none); empty when they can, or when {@code outside} is {@link OutsideData#ALLOWED} and the as-of is not
     * after today.
     */
    public static Optional<String> refusal(GoldParams params, Optional<EventDates> events, LocalDate today, OutsideData outside) {
        Optional<String> future = afterToday(params.asOf(), today);
        if (future.isPresent() || outside == OutsideData.ALLOWED) return future;
        String accept = " (" + ALLOW_OUTSIDE_DATA_FLAG + " computes it anyway)";
        if (events.isEmpty()) {
            return Optional.of("silver.events holds no events: every count of the as-of " + params.asOf() + " would be zero" + accept);
        }
        EventDates covered = events.get();
        long daysAfter = ChronoUnit.DAYS.between(covered.latest(), params.asOf());
        if (daysAfter > DAYS_AFTER_LATEST_EVENT) {
            return Optional.of("the as-of date " + params.asOf() + " is " + daysAfter + " days after the latest event: the warehouse's"
                    + " events run from " + covered + ", and an as-of more than " + DAYS_AFTER_LATEST_EVENT
                    + " days after them counts records that are not there" + accept);
        }
        if (params.fromYear() < covered.earliest().getYear()) {
            return Optional.of("--from-year " + params.fromYear() + " is before " + covered.earliest().getYear()
                    + ", the year of the earliest event: the warehouse's events run from " + covered + ", and the years before"
                    + " them would show no admissions" + accept);
        }
        return Optional.empty();
    }
}
