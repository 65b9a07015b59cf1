package vn.ptdv.review.sources;

import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * Copies text line by line, each line rewritten by a function (tabs to commas, a legacy encoding decoded);
 * a line the function refuses stops the copy with the file and the line.
 */
final class LineRewriter extends Writer {
    private final String file;
    private final Writer out;
    private final UnaryOperator<String> rewrite;
    private final StringBuilder line = new StringBuilder();
    private long lineNumber = 1;

    LineRewriter(String file, Writer out, UnaryOperator<String> rewrite) {
        this.file = file;
        this.out = out;
        this.rewrite = rewrite;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                flushLine();
                out.write('\n');
                lineNumber++;
            } else {
                line.append(c);
            }
        }
    }

    private void flushLine() throws IOException {
        String text = line.toString();
        line.setLength(0);
        try {
            out.write(rewrite.apply(text));
        } catch (IllegalArgumentException e) {
            throw new SourceException(file + ": line " + lineNumber + ": " + e.getMessage());
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
