package vn.ptdv.review.util;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Progress lines on standard error (standard output is kept for results, e.g. {@code sql --format csv}).
 * Each line carries the wall-clock time and the seconds since the job started.
 */
public final class Progress {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Instant START = Instant.now();
    private static volatile PrintStream out = System.err;

    private Progress() {}

    public static void say(String format, Object... args) {
        double elapsed = Duration.between(START, Instant.now()).toMillis() / 1000.0;
        out.printf(Locale.ROOT, "[%s +%6.1fs] %s%n", LocalTime.now().format(CLOCK), elapsed,
                String.format(Locale.ROOT, format, args));
        out.flush();
    }

    /** Formats a count with thousands separators, e.g. 61,380. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
