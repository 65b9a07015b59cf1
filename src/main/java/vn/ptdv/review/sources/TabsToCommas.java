package vn.ptdv.review.sources;

import java.io.IOException;
import java.io.Writer;

/**
 * Rewrites tab-separated text (Excel's "Unicode text") as comma-separated lines while it is copied, line
 * for line, so that bronze reads the copy as any CSV. A line that cannot be split is copied as it is and
 * bronze keeps it as malformed, with its raw text.
 */
final class TabsToCommas extends Writer {
    static final char TAB = '\t';

    private final Writer out;
    private final StringBuilder line = new StringBuilder();

    TabsToCommas(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                flushLine();
                out.write('\n');
            } else {
                line.append(c);
            }
        }
    }

    private void flushLine() throws IOException {
        String text = CsvLine.clean(line.toString());
        line.setLength(0);
        try {
            out.write(CsvLine.join(CsvLine.split(text, TAB)));
        } catch (CsvLine.MalformedLineException e) {
            out.write(text);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (line.length() > 0) flushLine();
        out.close();
    }
}
