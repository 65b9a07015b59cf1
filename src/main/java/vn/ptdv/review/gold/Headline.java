package vn.ptdv.review.gold;

import static vn.ptdv.review.catalog.Col.*;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;

/** The city headline as printed at the end of {@code run} and {@code compute}. */
public final class Headline {
    private Headline() {}

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * @param city one gold.city_summary row (as-of year, YTD)
     * @param met  gold.peer_comparison rows of the units that met their target, in name order
     */
    public static List<String> lines(Row city, List<Row> met) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "City headline, %s - %s:",
                DAY.format(city.<java.sql.Date>getAs(PERIOD_START).toLocalDate()),
                DAY.format(city.<java.sql.Date>getAs(PERIOD_END).toLocalDate())));
        lines.add(String.format(Locale.ROOT, "  admissions            %,d", city.<Long>getAs(ADMISSIONS)));
        lines.add(String.format(Locale.ROOT, "  admission rate        %s%% of %,d members at 1 Jan",
                plain(city.getAs(ADMISSION_RATE_PCT)), city.<Long>getAs(MEMBERS_AT_START)));
        Long prev = city.getAs(PREV_YEAR_ADMISSIONS);
        if (prev != null) {
            lines.add(String.format(Locale.ROOT, "  same period %d      %,d (change %+,d, ratio %s%%)",
                    city.<Integer>getAs(YEAR) - 1, prev, city.<Long>getAs(CHANGE_VS_PREV_YEAR),
                    plain(city.getAs(RATIO_TO_PREV_YEAR_PCT))));
        }
        List<Object> exceeded = city.getList(city.fieldIndex(YEARS_EXCEEDED));
        lines.add("  more than in          " + (exceeded.isEmpty() ? "no other year in range" : joined(exceeded)));
        List<String> names = new ArrayList<>();
        for (Row r : met) {
            names.add(r.<String>getAs(UNIT_NAME) + " (" + plain(r.getAs(ADMISSION_RATE_PCT)) + "%)");
        }
        lines.add(String.format(Locale.ROOT, "  met annual target     %d of %d peer units%s", city.<Integer>getAs(UNITS_MET_TARGET),
                city.<Integer>getAs(UNITS_TOTAL), names.isEmpty() ? "" : ": " + String.join(", ", names)));
        return lines;
    }

    static String plain(Object decimal) {
        return decimal == null ? "n/a" : ((BigDecimal) decimal).toPlainString();
    }

    static String joined(List<Object> values) {
        List<String> s = new ArrayList<>();
        for (Object v : values) s.add(String.valueOf(v));
        return String.join(", ", s);
    }
}
