package vn.ptdv.review.silver;

import java.util.ArrayList;
import java.util.List;

/**
 * The date patterns a date column is read with, in order: review.source.date-format first, then the
 * source mapping's date-formats. The first pattern that parses a value gives its date, so put the
 * configured one first where two could read the same text differently (3/4/2024).
 *
 * @param patterns java.time / Spark datetime patterns, at least one, without repeats
 */
public record DateFormats(List<String> patterns) {
    public DateFormats {
        if (patterns.isEmpty()) throw new IllegalArgumentException("at least one date pattern is needed");
        patterns = List.copyOf(new java.util.LinkedHashSet<>(patterns));
    }

    /** {@code primary}, then {@code alternatives}. */
    public static DateFormats of(String primary, List<String> alternatives) {
        List<String> all = new ArrayList<>();
        all.add(primary);
        all.addAll(alternatives);
        return new DateFormats(all);
    }

    public static DateFormats of(String pattern) {
        return new DateFormats(List.of(pattern));
    }

    /** As messages name them: "yyyy-MM-dd or d/M/yyyy". */
    @Override
    public String toString() {
        return String.join(" or ", patterns);
    }
}
