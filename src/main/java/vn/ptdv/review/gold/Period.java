package vn.ptdv.review.gold;

import java.time.LocalDate;
import vn.ptdv.review.domain.PeriodKind;

/**
 * One reporting period: a year and a span of days, both ends included. Its label is the period column's
 * value: the kind's name, or for a span only counted on the way to a reported one (the previous term's
 * same elapsed share) a name of its own that never reaches a gold table.
 */
public record Period(int year, PeriodKind kind, LocalDate start, LocalDate end, String label) {
    public Period(int year, PeriodKind kind, LocalDate start, LocalDate end) {
        this(year, kind, start, end, kind.name());
    }
}
