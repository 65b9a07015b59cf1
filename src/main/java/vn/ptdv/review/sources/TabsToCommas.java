package vn.ptdv.review.sources;

/**
 * Tab-separated text (Excel's "Unicode text") as comma-separated lines, so that bronze reads the copy as any
 * CSV. A line that cannot be split is kept as it is and bronze keeps it as malformed, with its raw text.
 */
final class TabsToCommas {
    static final char TAB = '\t';

    private TabsToCommas() {}

    static String commas(String line) {
        String text = CsvLine.clean(line);
        try {
            return CsvLine.join(CsvLine.split(text, TAB));
        } catch (CsvLine.MalformedLineException e) {
            return text;
        }
    }
}
