package vn.ptdv.review.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.review.report.ReportData.CityYear;
import vn.ptdv.review.report.ReportData.Peer;

/**
 * The written summary in the style of the seed article's closing paragraph, as Markdown and as a
 * self-contained HTML page (charts embedded as data URIs), with the review tables below. Every word
 * comes from the {@code summary.*} templates; this class only fills in the figures.
 */
public final class SummaryBuilder {
    private SummaryBuilder() {}

    /** The closing-paragraph figures as template values (Vietnamese: "1.381", "2,25%", "1-1", "31-8-2024"). */
    static Map<String, String> figures(ReportData data, ReportTexts texts) {
        CityYear h = data.headline();
        Map<String, String> v = new HashMap<>();
        v.put("as_of", texts.date(data.asOf()));
        v.put("months", String.valueOf(h.periodEnd().getMonthValue()));
        v.put("start", h.periodStart().getYear() == h.periodEnd().getYear() ? texts.dayMonth(h.periodStart()) : texts.date(h.periodStart()));
        v.put("end", texts.date(h.periodEnd()));
        v.put("admissions", texts.count(h.admissions()));
        v.put("rate", texts.percent(h.ratePct()));
        int prevYear = h.year() - 1;
        List<String> years = new ArrayList<>();
        for (int y : h.yearsExceeded()) if (y != prevYear || h.prevYearAdmissions() == null) years.add(String.valueOf(y));
        v.put("exceeded", years.isEmpty() ? "" : texts.render("summary.exceeded", Map.of("years", String.join(", ", years))));
        if (h.prevYearAdmissions() != null && h.changeVsPrevYear() != null && h.ratioToPrevYearPct() != null) {
            long change = h.changeVsPrevYear();
            String key = change > 0 ? "summary.change-up" : change < 0 ? "summary.change-down" : "summary.change-none";
            v.put("comparison", texts.render("summary.comparison", Map.of(
                    "change", texts.render(key, Map.of("change", texts.count(Math.abs(change)))),
                    "ratio", texts.percent(h.ratioToPrevYearPct()),
                    "prev_year", String.valueOf(prevYear))));
        } else {
            v.put("comparison", "");
        }
        Map<String, BigDecimal> rateByName = new HashMap<>();
        for (Peer p : data.peers()) rateByName.put(p.unitName(), p.ratePct());
        List<String> units = new ArrayList<>();
        for (String name : h.unitsMetTargetNames()) {
            units.add(texts.render("summary.met-unit", Map.of("name", name, "rate", texts.percent(rateByName.get(name)))));
        }
        Map<String, String> met = Map.of("met", String.valueOf(h.unitsMetTarget()), "total", String.valueOf(h.unitsTotal()),
                "units", texts.list(units));
        v.put("met", h.unitsMetTarget() == 0 ? texts.render("summary.met-none", met) : texts.render("summary.met", met));
        return v;
    }

    /** The closing paragraph itself. */
    public static String paragraph(ReportData data, ReportTexts texts) {
        return texts.render("summary.paragraph", figures(data, texts));
    }

    /**
     * The congress term's paragraph, when the compute had a term: admissions since the term's start, the
     * rate against the members then, the previous term at the same point, and the units that have met
     * their term target (of those that have one).
     */
    public static Optional<String> termParagraph(ReportData data, ReportTexts texts) {
        return data.term().map(t -> {
            Map<String, String> v = new HashMap<>();
            v.put("start", texts.date(t.periodStart()));
            v.put("end", texts.date(t.periodEnd()));
            v.put("admissions", texts.count(t.admissions()));
            v.put("rate", texts.percent(t.ratePct()));
            if (t.prevYearAdmissions() != null && t.changeVsPrevYear() != null && t.ratioToPrevYearPct() != null) {
                long change = t.changeVsPrevYear();
                String key = change > 0 ? "summary.change-up" : change < 0 ? "summary.change-down" : "summary.change-none";
                v.put("comparison", texts.render("summary.term.comparison", Map.of(
                        "change", texts.render(key, Map.of("change", texts.count(Math.abs(change)))),
                        "ratio", texts.percent(t.ratioToPrevYearPct()))));
            } else {
                v.put("comparison", "");
            }
            long withTarget = data.termAttainment().stream().filter(a -> a.targetMet() != null).count();
            // In the tables' reading order of the peer units.
            List<String> names = data.termAttainment().stream().filter(a -> Boolean.TRUE.equals(a.targetMet()))
                    .sorted(java.util.Comparator.comparing(ReportData.Attainment::unitCode, ReportTables.unitOrder(data, texts)))
                    .map(ReportData.Attainment::unitName).toList();
            Map<String, String> met = Map.of("met", String.valueOf(names.size()), "total", String.valueOf(withTarget),
                    "units", texts.list(names));
            v.put("met", withTarget == 0 ? "" : texts.render(names.isEmpty() ? "summary.term.met-none" : "summary.term.met", met));
            return texts.render("summary.term.paragraph", v).strip();
        });
    }

    public static String markdown(ReportData data, List<ReportTable> tables, List<Path> charts, ReportTexts texts) {
        Map<String, String> f = figures(data, texts);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(texts.render("summary.title", f)).append("\n\n");
        md.append("## ").append(texts.render("summary.heading", f)).append("\n\n");
        md.append(paragraph(data, texts)).append("\n\n");
        termParagraph(data, texts).ifPresent(t -> md.append("## ").append(texts.text("summary.term.heading")).append("\n\n")
                .append(t).append("\n\n"));
        md.append("## ").append(texts.text("summary.charts")).append("\n\n");
        for (Path c : charts) md.append("![").append(c.getFileName()).append("](").append(c.getFileName()).append(")\n\n");
        md.append("## ").append(texts.text("summary.tables")).append("\n");
        for (ReportTable t : tables) {
            md.append("\n### ").append(t.title()).append("\n\n");
            md.append("| ").append(String.join(" | ", t.headers())).append(" |\n|");
            for (ReportTable.Kind k : t.kinds()) md.append(k == ReportTable.Kind.TEXT ? "---|" : "---:|");
            md.append('\n');
            for (List<Object> row : t.rows()) {
                md.append("| ").append(String.join(" | ", cells(t, row, texts))).append(" |\n");
            }
        }
        md.append('\n');
        for (String note : tables.isEmpty() ? List.<String>of() : tables.get(0).notes()) md.append("- ").append(note).append('\n');
        return md.toString();
    }

    public static String html(ReportData data, List<ReportTable> tables, List<Path> charts, ReportTexts texts) throws IOException {
        Map<String, String> f = figures(data, texts);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(texts.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(texts.render("summary.title", f))).append("</title>\n<style>\n")
                .append("body{font-family:\"Times New Roman\",\"DejaVu Serif\",serif;max-width:60em;margin:2em auto;line-height:1.5}\n")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.2em .5em}")
                .append("th{background:#eee}td.n{text-align:right}img{max-width:100%;margin:1em 0}\n</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(texts.render("summary.title", f))).append("</h1>\n");
        h.append("<h2>").append(esc(texts.render("summary.heading", f))).append("</h2>\n");
        h.append("<p>").append(esc(paragraph(data, texts))).append("</p>\n");
        termParagraph(data, texts).ifPresent(t -> h.append("<h2>").append(esc(texts.text("summary.term.heading"))).append("</h2>\n<p>")
                .append(esc(t)).append("</p>\n"));
        h.append("<h2>").append(esc(texts.text("summary.charts"))).append("</h2>\n");
        for (Path c : charts) {
            h.append("<img alt=\"").append(esc(c.getFileName().toString())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(Files.readAllBytes(c))).append("\">\n");
        }
        h.append("<h2>").append(esc(texts.text("summary.tables"))).append("</h2>\n");
        for (ReportTable t : tables) {
            h.append("<h3>").append(esc(t.title())).append("</h3>\n<table>\n<tr>");
            for (String head : t.headers()) h.append("<th>").append(esc(head)).append("</th>");
            h.append("</tr>\n");
            for (List<Object> row : t.rows()) {
                h.append("<tr>");
                List<String> cells = cells(t, row, texts);
                for (int c = 0; c < cells.size(); c++) {
                    h.append(t.kinds().get(c) == ReportTable.Kind.TEXT ? "<td>" : "<td class=\"n\">").append(esc(cells.get(c))).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<ul>\n");
        for (String note : tables.isEmpty() ? List.<String>of() : tables.get(0).notes()) h.append("<li>").append(esc(note)).append("</li>\n");
        h.append("</ul>\n</body>\n</html>\n");
        return h.toString();
    }

    private static List<String> cells(ReportTable t, List<Object> row, ReportTexts texts) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) out.add(ReportTable.display(row.get(c), t.kinds().get(c), texts));
        return out;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
