package vn.ptdv.review.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes CSV rows as they are produced, so no file is held in memory. Quotes only when needed. */
final class CsvWriter implements Closeable {
    private final BufferedWriter out;
    private long rows;

    CsvWriter(Path file, List<String> header) {
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        row(header.toArray());
        rows = 0;
    }

    void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) out.write(',');
                out.write(quoteIfNeeded(values[i] == null ? "" : values[i].toString()));
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    static String quoteIfNeeded(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
