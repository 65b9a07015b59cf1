package vn.ptdv.review.domain;

import java.util.List;

/** The reporting periods of every gold table. */
public enum PeriodKind {
    /** 1 January to the as-of month and day of the same year (cùng kỳ). */
    YTD,
    /** The calendar year, only for years complete at the as-of date. */
    FULL_YEAR,
    /**
     * The congress term containing the as-of date, from its start to the as-of date (nhiệm kỳ đến nay);
     * only when terms are configured (review.compute.terms). In the trend, attainment and city tables;
     * its year is the as-of year.
     */
    TERM_TO_DATE;

    /** The periods of calendar years, which every gold table has. */
    public static final List<PeriodKind> CALENDAR = List.of(YTD, FULL_YEAR);

    public boolean isCalendar() {
        return CALENDAR.contains(this);
    }
}
