package vn.ptdv.review.sources;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * What {@code review.source.encoding} says the source files' bytes are: {@link Auto} (each file's found
 * from its bytes: a UTF-16 mark, else valid UTF-8, else the legacy Vietnamese encoding its words are
 * syllables in), a {@link Legacy} Vietnamese encoding, or any other character set Java knows.
 */
public sealed interface SourceEncoding {
    /** The configuration's word for {@link Auto}. */
    String AUTO = "auto";

    /** Found per file; a file whose encoding cannot be told stops the ingest with the evidence. */
    record Auto() implements SourceEncoding {
        @Override
        public String toString() {
            return AUTO;
        }
    }

    /** One of the legacy Vietnamese encodings, for every file. */
    record Legacy(LegacyVietnamese encoding) implements SourceEncoding {
        @Override
        public String toString() {
            return encoding.toString();
        }
    }

    /** A character set Java decodes (UTF-8, ISO-8859-1 ...), for every file. */
    record Java(Charset charset) implements SourceEncoding {
        @Override
        public String toString() {
            return charset.name();
        }
    }

    /** Reads the configuration's value: auto, tcvn3, vni, windows-1258 (or cp1258), or a Java character set's name. */
    public static SourceEncoding of(String name) {
        String n = name.strip();
        if (n.equalsIgnoreCase(AUTO)) return new Auto();
        if (n.equalsIgnoreCase("cp1258")) return new Legacy(LegacyVietnamese.WINDOWS_1258);
        var legacy = LegacyVietnamese.byConfigName(n);
        if (legacy.isPresent()) return new Legacy(legacy.get());
        try {
            return new Java(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(vn.ptdv.review.config.ConfigKeys.SOURCE_ENCODING + ": '" + name + "' is not an encoding this product reads: auto, tcvn3, vni,"
                    + " windows-1258, or a character set Java knows (UTF-8, ISO-8859-1, ...)");
        }
    }

    public static SourceEncoding utf8() {
        return new Java(java.nio.charset.StandardCharsets.UTF_8);
    }
}
