package vn.ptdv.review.report;

import java.util.List;

/**
 * One table of the review, independent of where it is written (a workbook sheet, a Markdown or HTML
 * table): its headings, the kind of each column, the rows as typed values and the notes under it.
 *
 * @param key     file-safe id, e.g. {@code city}
 * @param title   the sheet name / table heading, in the report language
 * @param headers column headings
 * @param kinds   how each column is formatted
 * @param rows    values: String, Long or Integer, BigDecimal (as stored in gold), LocalDate, or null
 * @param notes   lines written under the table (definitions, period, as-of date, data version)
 */
public record ReportTable(String key, String title, List<String> headers, List<Kind> kinds, List<List<Object>> rows,
        List<String> notes) {

    /** How a column is shown. */
    public enum Kind {
        TEXT,
        /** A count with thousands separators: 1.381. */
        COUNT,
        /** A difference of counts, signed: +531, -138. */
        CHANGE,
        /** A small whole number shown as it is (years, ranks). */
        PLAIN,
        /** A percentage with 2 decimals, as stored (2.25 means 2,25%). */
        RATE,
        /** A percentage with 1 decimal, as stored (162.5 means 162,5%). */
        RATIO,
        /** Percentage points with 2 decimals. */
        POINTS,
        DATE
    }

    public ReportTable {
        if (headers.size() != kinds.size()) {
            throw new IllegalArgumentException(key + ": " + headers.size() + " headers but " + kinds.size() + " kinds");
        }
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(key + ": a row has " + row.size() + " cells, expected " + headers.size());
            }
        }
        headers = List.copyOf(headers);
        kinds = List.copyOf(kinds);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** The cell as text in the report language (what Markdown and HTML show). */
    public static String display(Object value, Kind kind, ReportTexts texts) {
        if (value == null) return "";
        return switch (kind) {
            case TEXT, PLAIN -> String.valueOf(value);
            case COUNT -> texts.count(((Number) value).longValue());
            case CHANGE -> (((Number) value).longValue() > 0 ? "+" : "") + texts.count(((Number) value).longValue());
            case RATE, RATIO -> texts.percent((java.math.BigDecimal) value);
            case POINTS -> texts.decimal((java.math.BigDecimal) value);
            case DATE -> texts.date((java.time.LocalDate) value);
        };
    }
}
