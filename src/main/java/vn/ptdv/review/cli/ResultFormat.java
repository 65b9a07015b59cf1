package vn.ptdv.review.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import scala.collection.Seq;

/** Prints query results as an aligned text table or as CSV (header, then rows, nothing else). */
final class ResultFormat {
    private ResultFormat() {}

    static final String NULL_IN_TABLE = "NULL";

    /** A value as text: decimals without exponent, arrays as [a, b], null as {@code nullText}. */
    static String text(Object v, String nullText) {
        if (v == null) return nullText;
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof Seq<?> seq) {
            List<String> items = new ArrayList<>();
            scala.collection.Iterator<?> it = seq.iterator();
            while (it.hasNext()) items.add(text(it.next(), "null"));
            return "[" + String.join(", ", items) + "]";
        }
        return v.toString();
    }

    static void csv(String[] columns, List<Row> rows, PrintStream out) {
        List<String> header = new ArrayList<>();
        for (String c : columns) header.add(quote(c));
        out.println(String.join(",", header));
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) cells.add(quote(text(r.get(i), "")));
            out.println(String.join(",", cells));
        }
    }

    static String quote(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    static void table(String[] columns, List<Row> rows, PrintStream out) {
        int[] widths = new int[columns.length];
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) widths[i] = columns[i].length();
        for (Row r : rows) {
            String[] line = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                line[i] = text(r.get(i), NULL_IN_TABLE);
                widths[i] = Math.max(widths[i], line[i].length());
            }
            cells.add(line);
        }
        out.println(line(columns, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) rule.append("-+-");
            rule.append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (String[] c : cells) out.println(line(c, widths));
        out.println("(" + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + ")");
    }

    static String line(String[] values, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) b.append(" | ");
            b.append(values[i]).append(" ".repeat(widths[i] - values[i].length()));
        }
        return b.toString().stripTrailing();
    }
}
