package vn.ptdv.review.domain;

/** The reporting periods of every gold table. */
public enum PeriodKind {
    /** 1 January to the as-of month and day of the same year (cùng kỳ). */
    YTD,
    /** The calendar year, only for years complete at the as-of date. */
    FULL_YEAR
}
