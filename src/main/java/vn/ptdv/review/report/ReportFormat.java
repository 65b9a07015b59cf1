package vn.ptdv.review.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The files of the review pack, chosen with {@code report --format}. */
public enum ReportFormat {
    /** review-&lt;as-of&gt;.xlsx */
    XLSX,
    /** the chart PNGs (also written for md, html and docx, which show them) */
    CHARTS,
    /** summary-&lt;as-of&gt;.md */
    MD,
    /** summary-&lt;as-of&gt;.html */
    HTML,
    /** report-&lt;as-of&gt;.docx, the Word report in the Party's document format */
    DOCX;

    /** The whole pack, the default. */
    public static final Set<ReportFormat> ALL = EnumSet.allOf(ReportFormat.class);

    /** "docx" or "xlsx,docx" or "all" (any case); an unknown name is an error that lists the known ones. */
    public static Set<ReportFormat> parse(List<String> names) {
        if (names == null || names.isEmpty()) return ALL;
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String name : names) {
            String n = name.trim().toUpperCase(Locale.ROOT);
            if (n.equals("ALL")) {
                formats.addAll(ALL);
                continue;
            }
            try {
                formats.add(valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format must be all or one or more of " + names() + ", got '" + name + "'");
            }
        }
        return formats;
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (ReportFormat f : values()) names.add(f.name().toLowerCase(Locale.ROOT));
        return names;
    }

    /** Whether the chart PNGs are written: asked for, or shown by one of the files asked for. */
    static boolean needsCharts(Set<ReportFormat> formats) {
        return formats.contains(CHARTS) || formats.contains(MD) || formats.contains(HTML) || formats.contains(DOCX);
    }
}
