package vn.ptdv.review.sources;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180: comma-separated, fields optionally in double quotes, a doubled quote
 * inside quotes is a quote). Strict where lenient parsers guess: an unclosed quote or text after a
 * closing quote is an error that names the field, so the row can be quarantined with its position.
 * A record must fit on one line; an embedded line break shows up as an unclosed quote.
 */
public final class CsvLine implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final char SEPARATOR = ',';
    public static final char QUOTE = '"';
    public static final char BOM = '\uFEFF';

    private CsvLine() {}

    /** Raised for a line that cannot be split; the message names the 1-based field. */
    public static final class MalformedLineException extends Exception {
        private static final long serialVersionUID = 1L;

        public MalformedLineException(String message) {
            super(message);
        }
    }

    /** The fields of {@code line}; an empty field (unquoted) is returned as an empty string. */
    public static List<String> split(String line) throws MalformedLineException {
        return split(line, SEPARATOR);
    }

    /** The fields of {@code line} separated by {@code separator} (a tab for Excel's "Unicode text"). */
    public static List<String> split(String line, char separator) throws MalformedLineException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            int fieldNumber = fields.size() + 1;
            if (i < n && line.charAt(i) == QUOTE) {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i);
                    if (c == QUOTE) {
                        if (i + 1 < n && line.charAt(i + 1) == QUOTE) {
                            field.append(QUOTE);
                            i += 2;
                        } else {
                            i++;
                            closed = true;
                            break;
                        }
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                if (!closed) {
                    throw new MalformedLineException("field " + fieldNumber + ": quote is not closed before the end of the line");
                }
                if (i < n && line.charAt(i) != separator) {
                    throw new MalformedLineException("field " + fieldNumber + ": text after the closing quote");
                }
            } else {
                while (i < n && line.charAt(i) != separator) {
                    char c = line.charAt(i);
                    if (c == QUOTE) {
                        throw new MalformedLineException("field " + fieldNumber + ": quote inside an unquoted field");
                    }
                    field.append(c);
                    i++;
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                return fields;
            }
            i++; // the separator
        }
    }

    /** {@code fields} as one line: a field with a separator, a quote or surrounding spaces in quotes, quotes doubled. */
    public static String join(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) line.append(SEPARATOR);
            String f = fields.get(i);
            if (f.indexOf(SEPARATOR) >= 0 || f.indexOf(QUOTE) >= 0 || (!f.isEmpty() && (f.charAt(0) == ' ' || f.endsWith(" ")))) {
                line.append(QUOTE).append(f.replace(String.valueOf(QUOTE), "\"\"")).append(QUOTE);
            } else {
                line.append(f);
            }
        }
        return line.toString();
    }

    /** The line without a leading byte-order mark or a trailing carriage return. */
    public static String clean(String line) {
        String s = line;
        if (!s.isEmpty() && s.charAt(0) == BOM) {
            s = s.substring(1);
        }
        if (s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
