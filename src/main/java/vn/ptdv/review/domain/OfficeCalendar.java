package vn.ptdv.review.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar the records are kept in: Vietnam's time zone, so "today" and the dates of the records are
 * the office's, whatever zone the machine or the cluster runs in.
 */
public final class OfficeCalendar {
    private OfficeCalendar() {}

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Today in Vietnam, by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Today in Vietnam. */
    public static LocalDate today() {
        return today(Clock.systemUTC());
    }
}
