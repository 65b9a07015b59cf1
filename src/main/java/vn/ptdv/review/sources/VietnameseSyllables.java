package vn.ptdv.review.sources;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a word can be a written Vietnamese syllable: an initial consonant, a vowel nucleus of the
 * language and a final consonant, with at most one tone. Text decoded in the wrong encoding yields words
 * that cannot (letters outside the alphabet, "ou", "aư", two tones), which is how the encoding of a file
 * is told when nothing declares it.
 */
final class VietnameseSyllables {
    private VietnameseSyllables() {}

    private static final String INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?";
    /** The vowel nuclei, without tones, longest first so that the pattern tries them first. */
    private static final String NUCLEUS = "(?:iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu"
            + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê"
            + "|[aăâeêioôơuưy])";
    private static final String FINAL = "(?:ch|ng|nh|[cmnpt])?";
    private static final Pattern SYLLABLE = Pattern.compile(INITIAL + NUCLEUS + FINAL);
    /** The five tone marks, as combining characters after NFD. */
    static final Pattern TONE = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");

    /** The tone marks of {@code decomposed} (NFD text), in order. */
    static String tones(String decomposed) {
        StringBuilder out = new StringBuilder();
        var m = TONE.matcher(decomposed);
        while (m.find()) out.append(m.group());
        return out.toString();
    }

    static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        if (tones(decomposed).length() > 1) return false;
        String toneless = Normalizer.normalize(TONE.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
        return SYLLABLE.matcher(toneless).matches();
    }
}
