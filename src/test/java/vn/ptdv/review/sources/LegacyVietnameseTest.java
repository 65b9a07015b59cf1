package vn.ptdv.review.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyVietnameseTest {
    static final String TEXT = "Họ và tên,Nguyễn Văn Đức,Ngày vào Đảng,Kết nạp,Đà Nẵng";

    /** TEXT in TCVN3: the bytes GNU iconv writes for it (iconv -f UTF-8 -t TCVN5712-1), pasted here. */
    static final byte[] TCVN3_BYTES = HexFormat.of().parseHex(("48e42076b52074aa6e2c4e677579d46e2056a86e20a7f8632c4e67b579"
            + "2076b56f20a7b66e672c4bd574206eb9702ca7b5204ebd6e67"));

    /** TEXT in Windows-1258 (iconv -f UTF-8 -t CP1258): tones as combining bytes (F2 dot below, DE tilde, EC acute ...). */
    static final byte[] CP1258_BYTES = HexFormat.of().parseHex(("486ff22076e02074ea6e2c4e677579eade6e2056e36e20d0fdec632c4e67"
            + "e0792076e06f20d061d26e672c4beaec74206e61f2702cd0e0204ee3de6e67"));

    /**
     * TEXT in VNI, worked out from VNI's rules: a base letter then its mark (ï dot below, ø grave, â hat,
     * ã hat and tilde, ä hat and dot, ù acute, ê breve, û hook, ü breve and tilde), ñ/Ñ for đ/Đ, ö for ư.
     */
    static final String VNI_TYPED = "Hoï vaø teân,Nguyeãn Vaên Ñöùc,Ngaøy vaøo Ñaûng,Keát naïp,Ñaø Naüng";

    static byte[] vniBytes(String typed) {
        return typed.getBytes(Charset.forName("windows-1252"));
    }

    @Test
    void tcvn3BytesDecodeToTheTextIconvEncoded() {
        assertThat(LegacyVietnamese.TCVN3.decode(TCVN3_BYTES)).isEqualTo(TEXT);
    }

    @Test
    void windows1258CombiningTonesAreComposedToNfc() {
        String decoded = LegacyVietnamese.WINDOWS_1258.decode(CP1258_BYTES);
        assertThat(decoded).isEqualTo(TEXT);
        // NFC: "ọ" is one character (U+1ECD), not o followed by a combining dot below.
        assertThat(decoded.charAt(1)).isEqualTo('\u1ECD');
    }

    @Test
    void vniBaseLettersAndMarksAreComposed() {
        assertThat(LegacyVietnamese.VNI.decode(vniBytes(VNI_TYPED))).isEqualTo(TEXT);
        // Upper case (marks in upper case too), ơ/ư with tones, the i letters of their own, ỵ.
        assertThat(LegacyVietnamese.VNI.decode(vniBytes("ÑAÛNG COÄNG SAÛN VIEÄT NAM"))).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(LegacyVietnamese.VNI.decode(vniBytes("Ngöôøi Vieät, Lyù Thò Thuùy, Nguî"))).isEqualTo("Người Việt, Lý Thị Thúy, Nguỵ");
    }

    @Test
    void textIsWrittenInTcvn3AsIconvWritesIt() {
        assertThat(HexFormat.of().formatHex(LegacyVietnamese.encodeTcvn3(TEXT))).isEqualTo(HexFormat.of().formatHex(TCVN3_BYTES));
        // "Ứ" has no byte of its own in the table read here: Ư (A6) then the acute as TCVN3's combining byte (B3).
        assertThat(HexFormat.of().formatHex(LegacyVietnamese.encodeTcvn3("Ứng"))).isEqualTo("a6b36e67");
        assertThat(LegacyVietnamese.TCVN3.decode(HexFormat.of().parseHex("a6b36e67"))).isEqualTo("Ứng");
        assertThatThrownBy(() -> LegacyVietnamese.encodeTcvn3("€")).hasMessageContaining("cannot be written in TCVN3");
    }

    @Test
    void undefinedByteIsRefusedNotReplaced() {
        // 0x81 is defined in neither Windows-1258 nor Windows-1252 (VNI).
        String line = "HV,H\u0081a Vang";
        assertThatThrownBy(() -> LegacyVietnamese.WINDOWS_1258.fromLatin1Strict(line)).hasMessageContaining("byte 0x81")
                .hasMessageContaining("Windows-1258");
        assertThatThrownBy(() -> LegacyVietnamese.VNI.fromLatin1Strict(line)).hasMessageContaining("byte 0x81");
    }

    @Test
    void legacyFontCellTextIsDecodedAndUnicodeIsLeftAlone() {
        // A cell typed in .VnTime holds the Windows-1252 reading of the TCVN3 bytes: "Hä vµ tªn".
        String typed = new String(HexFormat.of().parseHex("48e42076b52074aa6e"), Charset.forName("windows-1252"));
        assertThat(typed).isEqualTo("Hä vµ tªn");
        assertThat(LegacyVietnamese.TCVN3.fromLegacyFontText(typed)).contains("Họ và tên");
        // "ọ" cannot be a byte typed in a legacy font: the cell is Unicode already.
        assertThat(LegacyVietnamese.TCVN3.fromLegacyFontText("Họ và tên")).isEmpty();
    }

    @Test
    void syllablesOfTheLanguageAreToldFromMisreadings() {
        assertThat(List.of("Nguyễn", "Đảng", "Hòa", "người", "khuya", "nghiêng", "quốc", "Nẵng", "ủy"))
                .allMatch(VietnameseSyllables::isSyllable);
        // Letters outside the alphabet, nuclei the language lacks ("oú" in "Hoù", "ieọ"), two tones.
        assertThat(List.of("Hä", "vµ", "Hoù", "Vieọt", "hóà", "tªn")).noneMatch(VietnameseSyllables::isSyllable);
    }

    static List<EncodingDetection.Word> words(byte[] bytes) throws java.io.IOException {
        return EncodingDetection.legacyWords(new java.io.ByteArrayInputStream(bytes));
    }

    @Test
    void eachEncodingIsFoundFromItsWords() throws java.io.IOException {
        assertThat(EncodingDetection.decide("f", words(TCVN3_BYTES))).isEqualTo(LegacyVietnamese.TCVN3);
        assertThat(EncodingDetection.decide("f", words(CP1258_BYTES))).isEqualTo(LegacyVietnamese.WINDOWS_1258);
        assertThat(EncodingDetection.decide("f", words(vniBytes(VNI_TYPED)))).isEqualTo(LegacyVietnamese.VNI);
    }

    @Test
    void undecidableTextStopsWithTheEvidence() throws java.io.IOException {
        // One word, "X" then byte 0x96 then "Q": no encoding makes it a syllable.
        byte[] bytes = {'i', 'd', '\n', 'X', (byte) 0x96, 'Q', '\n'};
        assertThatThrownBy(() -> EncodingDetection.decide("units.csv", words(bytes))).isInstanceOf(SourceException.class)
                .hasMessageContaining("units.csv: not UTF-8, and its encoding cannot be told")
                .hasMessageContaining("line 2, bytes 58 96 51").hasMessageContaining("TCVN3 'XỌQ'")
                .hasMessageContaining("review.source.encoding=tcvn3");
    }
}
