package vn.ptdv.review.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The portable SQL of the benchmark peers (src/bench/resources/bench/): common.sql (the shared views),
 * checks.sql (queries that must return no rows) and one query per {@link BenchTable}. Statements are
 * separated by a line holding only ';'. The only placeholders, substituted as text, are
 * {@code ${as_of}} (a DATE literal), {@code ${periods}} (the periods as VALUES rows),
 * {@code ${dormant_years}} (review.compute.dormant-years' default) and, in
 * common.sql, {@code ${relation}}: what the shared relations are created as, VIEW or TABLE, per engine.
 */
public final class BenchSql {
    private BenchSql() {}

    static final String DIR = "bench/";
    public static final String COMMON = DIR + "common.sql";
    public static final String CHECKS = DIR + "checks.sql";
    private static final Pattern SEPARATOR = Pattern.compile("(?m)^;\\s*$");

    /** The statements of a resource with the placeholders substituted; chunks of only comments are dropped. */
    public static List<String> statements(String resource, LocalDate asOf, int fromYear, String relation) {
        String text = substitute(load(resource), asOf, fromYear).replace("${relation}", relation);
        List<String> out = new ArrayList<>();
        for (String chunk : SEPARATOR.split(text)) {
            boolean hasCode = chunk.lines().map(String::strip).anyMatch(l -> !l.isEmpty() && !l.startsWith("--"));
            if (hasCode) out.add(chunk.strip());
        }
        return out;
    }

    public static String substitute(String sql, LocalDate asOf, int fromYear) {
        return sql.replace("${as_of}", dateLiteral(asOf)).replace("${periods}", periodsValues(asOf, fromYear))
                .replace("${dormant_years}", String.valueOf(vn.ptdv.review.config.ReviewConfig.DEFAULT_DORMANT_YEARS));
    }

    static String dateLiteral(LocalDate d) {
        return "DATE '" + d + "'";
    }

    /**
     * The periods as VALUES rows (year, period, period_start, period_end): for each year from
     * {@code fromYear} to the as-of year, YTD = 1 Jan to the as-of month-day (29 Feb becomes 28 Feb in
     * other years), and FULL_YEAR for the years complete at the as-of date (as gold.GoldParams).
     */
    public static String periodsValues(LocalDate asOf, int fromYear) {
        if (fromYear > asOf.getYear()) {
            throw new IllegalArgumentException("--from-year " + fromYear + " is after the as-of year " + asOf.getYear());
        }
        MonthDay day = MonthDay.from(asOf);
        boolean asOfYearComplete = day.equals(MonthDay.of(12, 31));
        List<String> rows = new ArrayList<>();
        for (int y = fromYear; y <= asOf.getYear(); y++) {
            LocalDate end = day.isValidYear(y) ? day.atYear(y) : LocalDate.of(y, 2, 28);
            rows.add(row(y, "YTD", LocalDate.of(y, 1, 1), end));
            if (y < asOf.getYear() || asOfYearComplete) {
                rows.add(row(y, "FULL_YEAR", LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
        }
        return String.join(", ", rows);
    }

    private static String row(int year, String period, LocalDate start, LocalDate end) {
        return "(" + year + ", '" + period + "', " + dateLiteral(start) + ", " + dateLiteral(end) + ")";
    }

    static String load(String resource) {
        try (InputStream in = BenchSql.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("resource not found: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
