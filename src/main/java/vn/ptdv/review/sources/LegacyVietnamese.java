package vn.ptdv.review.sources;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * The single-byte encodings Vietnamese text was written in before Unicode, decoded to Unicode in NFC. Each
 * decodes bytes; {@link #fromLegacyFontText} decodes the text of a spreadsheet cell typed in a legacy font
 * (the font, not the text, made it look Vietnamese: the cell holds the Windows-1252 reading of the bytes).
 */
public enum LegacyVietnamese {
    /** Windows-1258: precomposed vowels with hats, tones mostly as combining marks after them. */
    WINDOWS_1258("windows-1258"),
    /**
     * TCVN 5712:1993 ("TCVN3", the ABC fonts such as .VnTime): one byte per letter with its tone, 0x80 to
     * 0xFF. ASCII below. The table is VN1's, which places upper-case toned letters in 0x80 to 0x9F too; the
     * ABC fonts (VN3) leave those empty and write upper case with a second font on the same lower-case bytes.
     */
    TCVN3("tcvn3"),
    /**
     * VNI Windows: an ASCII base letter followed by one byte for its hat and tone (Windows-1252 letters
     * such as ù ø û õ ï), and a few letters of their own (ô ơ, ö ư, ñ đ, í ì æ ó ò for i, î for ỵ).
     */
    VNI("vni");

    /** What {@code review.source.encoding} calls it. */
    public final String configName;

    LegacyVietnamese(String configName) {
        this.configName = configName;
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset CP1258 = Charset.forName("windows-1258");

    /** TCVN3's characters for the bytes 0x80 to 0xFF (checked against GNU iconv's TCVN5712-1 in the tests). */
    private static final String TCVN3_HIGH =
            "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ" // 80-8F
            + "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ" // 90-9F
            + "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ" // A0-AF
            + "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ" // B0-BF: the five tones as combining marks
            + "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" // C0-CF
            + "éẹềểễếệìỉỄẾỒĩíịò" // D0-DF
            + "Ổỏõóọồổỗốộờởỡớợù" // E0-EF
            + "ỖủũúụừửữứựỳỷỹýỵỐ"; // F0-FF

    public static Optional<LegacyVietnamese> byConfigName(String name) {
        for (LegacyVietnamese e : values()) {
            if (e.configName.equalsIgnoreCase(name.strip()) || e.name().equalsIgnoreCase(name.strip())) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** The text these bytes are in this encoding, in NFC; a byte the encoding leaves undefined becomes U+FFFD. */
    public String decode(byte[] bytes) {
        String text = switch (this) {
            case WINDOWS_1258 -> new String(bytes, CP1258);
            case TCVN3 -> tcvn3(bytes);
            case VNI -> vni(new String(bytes, WINDOWS_1252));
        };
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The text of a line of this encoding, given the line read byte for byte as ISO-8859-1 (how {@link
     * SourceDrop} reads a legacy file before it knows the lines). A byte the encoding leaves undefined (five in
     * Windows-1252, which VNI is written in, and nine in Windows-1258) is refused instead of replaced: nothing
     * of a line is lost unseen.
     */
    public String fromLatin1Strict(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
        if (this == TCVN3) return decode(bytes); // every byte of TCVN3 is a character
        Charset charset = this == WINDOWS_1258 ? CP1258 : WINDOWS_1252;
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            for (byte b : bytes) {
                if (new String(new byte[] {b}, charset).charAt(0) == '\uFFFD') {
                    throw new IllegalArgumentException(String.format("byte 0x%02X is not a character in %s", b & 0xFF, this));
                }
            }
            throw new IllegalArgumentException("not valid " + this + ": " + e.getMessage());
        }
        return Normalizer.normalize(this == VNI ? vni(text) : text, Normalizer.Form.NFC);
    }

    /**
     * The Unicode text of a cell typed in this encoding's legacy font: its characters are the Windows-1252
     * reading of the bytes typed (a byte Windows-1252 leaves undefined kept as its ISO-8859-1 character).
     * Empty when a character cannot be such a byte, so the text is real Unicode.
     */
    public Optional<String> fromLegacyFontText(String cell) {
        return bytesTyped(cell).map(this::decode);
    }

    static Optional<byte[]> bytesTyped(String cell) {
        var encoder = WINDOWS_1252.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] out = new byte[cell.length()];
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                out[i] = (byte) c;
                continue;
            }
            try {
                ByteBuffer b = encoder.encode(CharBuffer.wrap(new char[] {c}));
                if (b.remaining() != 1) return Optional.empty();
                out[i] = b.get();
            } catch (CharacterCodingException e) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /**
     * {@code text} in TCVN3, as a legacy office's software writes it (the sample's as-received drop): a letter
     * the table lacks (some upper-case toned ones) as its letter without tone followed by the tone's byte.
     * Only TCVN3 is written; a character it cannot hold is refused.
     */
    public static byte[] encodeTcvn3(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length());
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            int at = TCVN3_HIGH.indexOf(c);
            if (c < 0x80) {
                out.write(c);
            } else if (at >= 0) {
                out.write(0x80 + at);
            } else {
                // The letter without its tone, then the tone as TCVN3's combining byte (0xB0 to 0xB4).
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                String letter = Normalizer.normalize(VietnameseSyllables.TONE.matcher(d).replaceAll(""), Normalizer.Form.NFC);
                String tones = VietnameseSyllables.tones(d);
                int base = letter.length() != 1 ? -1 : letter.charAt(0) < 0x80 ? letter.charAt(0) : tcvn3Byte(letter.charAt(0));
                int tone = tones.length() == 1 ? tcvn3Byte(tones.charAt(0)) : -1;
                if (base < 0 || tone < 0) {
                    throw new IllegalArgumentException(String.format("'%c' (U+%04X) cannot be written in TCVN3", c, (int) c));
                }
                out.write(base);
                out.write(tone);
            }
        }
        return out.toByteArray();
    }

    /** The byte of a character of TCVN3's upper half, or -1. */
    private static int tcvn3Byte(char c) {
        int at = TCVN3_HIGH.indexOf(c);
        return at < 0 ? -1 : 0x80 + at;
    }

    private static String tcvn3(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int u = b & 0xFF;
            text.append(u < 0x80 ? (char) u : TCVN3_HIGH.charAt(u - 0x80));
        }
        return text.toString();
    }

    // Combining marks: what VNI's mark bytes stand for.
    private static final char CIRCUMFLEX = '\u0302';
    private static final char BREVE = '\u0306';
    private static final char HORN = '\u031B';
    private static final char ACUTE = '\u0301';
    private static final char GRAVE = '\u0300';
    private static final char HOOK = '\u0309';
    private static final char TILDE = '\u0303';
    private static final char DOT_BELOW = '\u0323';

    /** VNI's mark characters (lower case; upper case the same letters capitalised), each the marks it adds. */
    private static String vniMarks(char mark, char base) {
        char m = Character.toLowerCase(mark);
        boolean hatOk = base == 'a' || base == 'e' || base == 'o';
        return switch (m) {
            case 'ù' -> "" + ACUTE;
            case 'ø' -> "" + GRAVE;
            case 'û' -> "" + HOOK;
            case 'õ' -> "" + TILDE;
            case 'ï' -> "" + DOT_BELOW;
            case 'â' -> hatOk ? "" + CIRCUMFLEX : null;
            case 'á' -> hatOk ? "" + CIRCUMFLEX + ACUTE : null;
            case 'à' -> hatOk ? "" + CIRCUMFLEX + GRAVE : null;
            case 'å' -> hatOk ? "" + CIRCUMFLEX + HOOK : null;
            case 'ã' -> hatOk ? "" + CIRCUMFLEX + TILDE : null;
            case 'ä' -> hatOk ? "" + CIRCUMFLEX + DOT_BELOW : null;
            case 'ê' -> base == 'a' ? "" + BREVE : null;
            case 'é' -> base == 'a' ? "" + BREVE + ACUTE : null;
            case 'è' -> base == 'a' ? "" + BREVE + GRAVE : null;
            case 'ú' -> base == 'a' ? "" + BREVE + HOOK : null;
            case 'ü' -> base == 'a' ? "" + BREVE + TILDE : null;
            case 'ë' -> base == 'a' ? "" + BREVE + DOT_BELOW : null;
            default -> null;
        };
    }

    /** The vowel a VNI letter of its own stands for (ô is ơ, ö is ư, the i letters carry their tone), else null. */
    private static String vniLetter(char c) {
        String lower = switch (Character.toLowerCase(c)) {
            case 'ô' -> "o" + HORN;
            case 'ö' -> "u" + HORN;
            case 'ñ' -> "đ";
            case 'í' -> "i" + ACUTE;
            case 'ì' -> "i" + GRAVE;
            case 'æ' -> "i" + HOOK;
            case 'ó' -> "i" + TILDE;
            case 'ò' -> "i" + DOT_BELOW;
            case 'î' -> "y" + DOT_BELOW;
            default -> null;
        };
        return lower == null || !Character.isUpperCase(c) ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** VNI text (read as Windows-1252) with its base letters and mark characters composed; NFC is applied after. */
    private static String vni(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            String letter = vniLetter(c);
            char base;
            if (letter != null) {
                out.append(letter);
                // ơ and ư take a tone after them (ôù is ớ); the i letters and đ take none.
                base = letter.length() == 2 && letter.charAt(1) == HORN ? 'u' : 0;
            } else {
                out.append(c);
                char lower = Character.toLowerCase(c);
                base = "aeouy".indexOf(lower) >= 0 ? lower : 0;
            }
            i++;
            if (base != 0 && i < s.length()) {
                String marks = vniMarks(s.charAt(i), base);
                if (marks != null) {
                    out.append(marks);
                    i++;
                }
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return switch (this) {
            case WINDOWS_1258 -> "Windows-1258";
            case TCVN3 -> "TCVN3";
            case VNI -> "VNI";
        };
    }
}
