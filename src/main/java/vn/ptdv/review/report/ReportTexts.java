package vn.ptdv.review.report;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording and number style of one report language: headings and {{placeholder}} templates from
 * {@code conf/report/<lang>.conf} over the defaults built into the jar ({@code report/<lang>.conf}).
 * Numbers are formatted here, not by the JVM locale: Vietnamese groups thousands with '.' and writes
 * decimals with ',' (1.381; 2,25%), dates as 31-8-2024.
 */
public final class ReportTexts {
    public static final List<String> LANGUAGES = List.of("vi", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    private final String lang;
    private final Config conf;
    private final String grouping;
    private final String decimal;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter fullDate;

    ReportTexts(String lang, Config conf) {
        this.lang = lang;
        this.conf = conf;
        this.grouping = conf.getString("number.grouping");
        this.decimal = conf.getString("number.decimal");
        this.dayMonth = DateTimeFormatter.ofPattern(conf.getString("date.day-month"), Locale.ENGLISH);
        this.fullDate = DateTimeFormatter.ofPattern(conf.getString("date.full"), Locale.ENGLISH);
    }

    /** The built-in wording of {@code lang}, overridden by {@code confDir/report/<lang>.conf} when that file exists. */
    public static ReportTexts load(String lang, Path confDir) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("report language must be one of " + LANGUAGES + ", got '" + lang + "'");
        }
        Config builtIn = ConfigFactory.parseResources(ReportTexts.class.getClassLoader(), "report/" + lang + ".conf");
        if (builtIn.isEmpty()) {
            throw new IllegalStateException("report/" + lang + ".conf is missing from the classpath");
        }
        Config conf = builtIn;
        Path file = confDir == null ? null : confDir.resolve("report").resolve(lang + ".conf");
        if (file != null && Files.isRegularFile(file)) {
            conf = ConfigFactory.parseFile(file.toFile()).withFallback(builtIn);
        }
        return new ReportTexts(lang, conf.resolve());
    }

    public String lang() {
        return lang;
    }

    /** The text at {@code path}, e.g. {@code columns.admissions}. */
    public String text(String path) {
        return conf.getString(path);
    }

    public List<String> texts(String path) {
        return conf.getStringList(path);
    }

    /** Sorts text the way this language's alphabet does (Vietnamese: Đ after D, tones after the bare letter). */
    public java.text.Collator collator() {
        return java.text.Collator.getInstance(Locale.forLanguageTag(lang));
    }

    public int integer(String path) {
        return conf.getInt(path);
    }

    /** The text at {@code path} with its {{placeholders}} replaced; an unknown placeholder is an error. */
    public String render(String path, Map<String, String> values) {
        return fill(text(path), values, path);
    }

    static String fill(String template, Map<String, String> values, String where) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("template " + where + ": no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** 1381 -> "1.381" (vi), "1,381" (en); -531 -> "-531". */
    public String count(long n) {
        String digits = Long.toString(Math.abs(n));
        return (n < 0 ? "-" : "") + grouped(digits);
    }

    /** A decimal as stored (its scale kept): 2.25 -> "2,25" (vi); 1234.5 -> "1.234,5". */
    public String decimal(BigDecimal d) {
        String plain = d.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : decimal + plain.substring(dot + 1);
        return (d.signum() < 0 ? "-" : "") + grouped(whole) + frac;
    }

    /** 2.25 -> "2,25%" (vi), "2.25%" (en); 162.5 -> "162,5%". */
    public String percent(BigDecimal d) {
        return d == null ? "" : decimal(d) + "%";
    }

    /** 2024-01-01 -> "1-1" (vi), "1 Jan" (en). */
    public String dayMonth(LocalDate d) {
        return dayMonth.format(d);
    }

    /** 2024-08-31 -> "31-8-2024" (vi), "31 Aug 2024" (en). */
    public String date(LocalDate d) {
        return fullDate.format(d);
    }

    /** A java.text format with this language's separators, for chart axes: decimals 0 -> "1.381", 2 -> "2,25". */
    public java.text.NumberFormat numberFormat(int decimals) {
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(grouping.charAt(0));
        symbols.setDecimalSeparator(decimal.charAt(0));
        return new java.text.DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
    }

    /** "A", "A và B", "A, B và C" (vi); "A, B and C" (en). */
    public String list(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        String and = text("summary.list-and");
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }

    private String grouped(String digits) {
        StringBuilder sb = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) sb.append(grouping);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }
}
