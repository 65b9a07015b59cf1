package vn.ptdv.review.sources;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Tells which legacy Vietnamese encoding a file (or a sheet's cells) is in, from its words with bytes
 * above 0x7F: the reading in which most of them are Vietnamese syllables ({@link VietnameseSyllables}),
 * when it is clearly ahead of every other; otherwise it refuses to guess and says why.
 */
final class EncodingDetection {
    private EncodingDetection() {}

    /** Enough words to tell; the first ones of a file are read, not all of it. */
    static final int MAX_WORDS = 2_000;
    /** The reading chosen must make at least this share of the words syllables ... */
    static final double MIN_SHARE = 0.8;
    /** ... and this much more than any other reading. */
    static final double MIN_LEAD = 0.2;

    /** A word of the file with a byte above 0x7F: its line (1-based) and its bytes. */
    record Word(long line, byte[] bytes) {}

    /** A legacy encoding, and the share of the words it reads as syllables. */
    record Reading(LegacyVietnamese encoding, double share) {}

    /** Whether a byte or character belongs to a word: an ASCII letter, or anything above 0x7F. */
    static boolean inWord(int c) {
        return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The first {@link #MAX_WORDS} words with a byte above 0x7F: runs of ASCII letters and such bytes. */
    static List<Word> legacyWords(InputStream in) throws IOException {
        List<Word> words = new ArrayList<>();
        byte[] buf = new byte[1 << 16];
        java.io.ByteArrayOutputStream word = new java.io.ByteArrayOutputStream();
        boolean high = false;
        long line = 1;
        int n;
        while ((n = in.read(buf)) > 0 && words.size() < MAX_WORDS) {
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xFF;
                if (inWord(b)) {
                    word.write(b);
                    high |= b >= 0x80;
                    continue;
                }
                if (high) words.add(new Word(line, word.toByteArray()));
                word.reset();
                high = false;
                if (b == '\n') line++;
            }
        }
        if (high && words.size() < MAX_WORDS) words.add(new Word(line, word.toByteArray()));
        return words;
    }

    /** The words of {@code text} with a character above 0x7F: runs of ASCII letters and such characters. */
    static List<String> legacyWords(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        boolean high = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (inWord(c)) {
                if (start < 0) start = i;
                high |= c >= 0x80;
            } else {
                if (high) words.add(text.substring(start, i));
                start = -1;
                high = false;
            }
        }
        return words;
    }

    /** Whether every word of {@code text} with a character above 0x7F is a Vietnamese syllable. */
    static boolean allSyllables(String text) {
        return legacyWords(text).stream().allMatch(VietnameseSyllables::isSyllable);
    }

    /** How {@code words} read in each legacy encoding, best first. */
    static List<Reading> readings(List<Word> words) {
        List<Reading> out = new ArrayList<>();
        for (LegacyVietnamese e : LegacyVietnamese.values()) {
            long syllables = words.stream().filter(w -> VietnameseSyllables.isSyllable(e.decode(w.bytes()))).count();
            out.add(new Reading(e, words.isEmpty() ? 0 : (double) syllables / words.size()));
        }
        out.sort(Comparator.comparingDouble(Reading::share).reversed());
        return out;
    }

    /**
     * The legacy encoding of a file that is not UTF-8, from its words; a {@link SourceException} naming the
     * file, the first such word's line and bytes and how each encoding reads it, when no reading is clearly best.
     */
    static LegacyVietnamese decide(String file, List<Word> words) {
        List<Reading> ranked = readings(words);
        Optional<Reading> best = clearlyBest(ranked);
        if (best.isPresent()) return best.get().encoding();
        StringBuilder why = new StringBuilder(file).append(": not UTF-8, and its encoding cannot be told from its text: ");
        if (words.isEmpty()) {
            why.append("it has bytes above 0x7F but no word made of them.");
        } else {
            why.append(words.size()).append(" word(s) with bytes above 0x7F; ").append(shares(ranked)).append(". First: line ")
                    .append(words.get(0).line()).append(", bytes ").append(HexFormat.ofDelimiter(" ").withUpperCase()
                            .formatHex(words.get(0).bytes())).append(", read as ");
            List<String> as = new ArrayList<>();
            for (LegacyVietnamese e : LegacyVietnamese.values()) as.add(e + " '" + e.decode(words.get(0).bytes()) + "'");
            why.append(String.join(", ", as)).append(".");
        }
        why.append(" Declare it (--conf review.source.encoding=tcvn3, vni or windows-1258) or convert the file to UTF-8.");
        throw new SourceException(why.toString());
    }

    /** The share of words each reading makes syllables, as a sentence's part: "read as TCVN3 95% are syllables, ...". */
    static String shares(List<Reading> ranked) {
        List<String> parts = new ArrayList<>();
        for (Reading r : ranked) parts.add(r.encoding() + " " + Math.round(r.share() * 100) + "%");
        return "Vietnamese syllables when read as " + String.join(", ", parts);
    }

    static Optional<Reading> clearlyBest(List<Reading> ranked) {
        if (ranked.isEmpty() || ranked.get(0).share() < MIN_SHARE) return Optional.empty();
        if (ranked.size() > 1 && ranked.get(0).share() - ranked.get(1).share() < MIN_LEAD) return Optional.empty();
        return Optional.of(ranked.get(0));
    }
}
