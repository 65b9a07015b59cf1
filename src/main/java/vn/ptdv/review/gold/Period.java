package vn.ptdv.review.gold;

import java.time.LocalDate;
import vn.ptdv.review.domain.PeriodKind;

/** One reporting period: a year and a span of days in it, both ends included. */
public record Period(int year, PeriodKind kind, LocalDate start, LocalDate end) {}
