package vn.ptdv.review.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.catalog.SourceFile;

class SourceDropTest {
    @TempDir
    Path dir;

    static final String UNITS = "unit_code,unit_name,parent_code,unit_level,peer_group\nDN,Đà Nẵng,,CITY,\n";
    static final String MEMBERS = "member_id,gender,unit_code,admitted_on\n";
    static final String EVENTS = "event_id,member_id,event_type,event_date,unit_code\n";
    static final String TARGETS = "unit_code,year,admissions_target\n";

    void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    void writeAll() throws IOException {
        write("units.csv", UNITS);
        write("members.csv", MEMBERS);
        write("events.csv", EVENTS);
        write("targets.csv", TARGETS);
    }

    SourceDrop open() {
        return SourceDrop.open(dir.toString(), new Configuration());
    }

    @Test
    void optionalFileMayBeAbsent() throws IOException {
        writeAll();
        SourceDrop drop = open();
        assertThat(drop.has(SourceFile.UNITS)).isTrue();
        assertThat(drop.has(SourceFile.MEMBERSHIP_COUNTS)).isFalse();
        assertThat(drop.isSample()).isFalse();
        assertThat(drop.get(SourceFile.UNITS).lines()).isEqualTo(2);
    }

    @Test
    void missingRequiredFileIsNamed() throws IOException {
        writeAll();
        Files.delete(dir.resolve("events.csv"));
        assertThatThrownBy(this::open).isInstanceOf(SourceException.class)
                .hasMessageContaining("events.csv: required file is missing");
    }

    @Test
    void missingRequiredColumnIsNamedWithTheHeader() throws IOException {
        writeAll();
        write("targets.csv", "unit_code,admissions_target\n");
        assertThatThrownBy(this::open).hasMessageContaining("targets.csv: header lacks required column(s) year")
                .hasMessageContaining("(header is: unit_code, admissions_target)");
    }

    @Test
    void headerWithBomCrLfAndOddCaseIsAccepted() throws IOException {
        writeAll();
        write("targets.csv", "\uFEFF Unit_Code ,YEAR,admissions_target,note\r\nDN,2024,10,x\r\n");
        CheckedSourceFile f = open().get(SourceFile.TARGETS);
        assertThat(f.header()).containsExactly("unit_code", "year", "admissions_target", "note");
        assertThat(f.lines()).isEqualTo(2);
    }

    @Test
    void legacyEncodingIsRejectedWithTheLine() throws IOException {
        writeAll();
        // "Hòa Vang" in Windows-1258: 'ò' is byte 0xF2, which is not valid UTF-8 here.
        byte[] legacy = "unit_code,unit_name,parent_code,unit_level,peer_group\nDN,Đà Nẵng,,CITY,\nHV,Hòa Vang,DN,UNIT,RURAL\n"
                .getBytes(Charset.forName("windows-1258"));
        Files.write(dir.resolve("units.csv"), legacy);
        // Declared UTF-8 (open() as the tests call it): refused, not guessed, with the line and the way out.
        assertThatThrownBy(this::open).hasMessageContaining("units.csv: not valid UTF-8")
                .hasMessageContaining("(line 2)").hasMessageContaining("tcvn3, vni or windows-1258");
    }

    SourceDrop openAuto() {
        return SourceDrop.open(dir.toString(), new Configuration(), SourceEncoding.of(SourceEncoding.AUTO),
                dir.resolve("staging").toString(), SourceMapping.builtIn());
    }

    @Test
    void tcvn3FileIsFoundAndCopiedAsUtf8Nfc() throws IOException {
        writeAll();
        // units.csv in TCVN3: "Đà Nẵng" is A7 B5 / 4E BD 6E 67, "Hòa Vang" 48 DF 61 (iconv -t TCVN5712-1).
        byte[] head = "unit_code,unit_name,parent_code,unit_level,peer_group\nDN,".getBytes(StandardCharsets.US_ASCII);
        byte[] rest = java.util.HexFormat.of().parseHex("a7b5204ebd6e672c2c434954592c0a48562c48df612056616e672c444e2c554e49542c"
                + "52555241 4c0a".replace(" ", ""));
        Files.write(dir.resolve("units.csv"), concat(head, rest));
        CheckedSourceFile f = openAuto().get(SourceFile.UNITS);
        assertThat(f.encoding()).isEqualTo("TCVN3 (found: not UTF-8)");
        assertThat(f.lines()).isEqualTo(3);
        assertThat(Files.readString(Path.of(f.readPath()), StandardCharsets.UTF_8)).isEqualTo(
                "unit_code,unit_name,parent_code,unit_level,peer_group\nDN,Đà Nẵng,,CITY,\nHV,Hòa Vang,DN,UNIT,RURAL\n");
        // The file's identity is its bytes as received, not the copy's.
        assertThat(f.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(sha256(concat(head, rest))));
    }

    @Test
    void vniHeaderIsDecodedBeforeItIsMapped() throws IOException {
        writeAll();
        // members.csv typed in VNI with the Vietnamese headers: "Maõ ñaûng vieân" is "Mã đảng viên".
        String typed = "Maõ ñaûng vieân,Giôùi tính,Maõ ñôn vò,Ngaøy vaøo Ñaûng\nA1,Nöõ,C1,2024-03-02\n";
        Files.write(dir.resolve("members.csv"), typed.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        CheckedSourceFile f = openAuto().get(SourceFile.MEMBERS);
        assertThat(f.encoding()).startsWith("VNI");
        assertThat(f.received()).containsExactly("Mã đảng viên", "Giới tính", "Mã đơn vị", "Ngày vào Đảng");
        assertThat(f.header()).containsExactly("member_id", "gender", "unit_code", "admitted_on");
        assertThat(Files.readString(Path.of(f.readPath()), StandardCharsets.UTF_8)).endsWith("A1,Nữ,C1,2024-03-02\n");
    }

    @Test
    void fileWhoseEncodingCannotBeToldIsNotGuessed() throws IOException {
        writeAll();
        byte[] bytes = concat("unit_code,unit_name,parent_code,unit_level,peer_group\nDN,X".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x96, 'Q', ',', ',', 'C', 'I', 'T', 'Y', ',', '\n'});
        Files.write(dir.resolve("units.csv"), bytes);
        assertThatThrownBy(this::openAuto).isInstanceOf(SourceException.class)
                .hasMessageContaining("units.csv: not UTF-8, and its encoding cannot be told").hasMessageContaining("line 2");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        writeAll();
        write("members.csv", "");
        assertThatThrownBy(this::open).hasMessageContaining("members.csv: the file is empty");
    }

    @Test
    void columnTwiceIsRejected() throws IOException {
        writeAll();
        write("targets.csv", "unit_code,year,admissions_target,year\n");
        assertThatThrownBy(this::open).hasMessageContaining("column 'year' appears twice");
    }

    @Test
    void sameBytesGiveSameHashAcrossRuns() throws IOException {
        writeAll();
        String first = open().get(SourceFile.UNITS).sha256();
        assertThat(open().get(SourceFile.UNITS).sha256()).isEqualTo(first).hasSize(64);
    }

    @Test
    void vietnameseHeadersAreReadAsContractColumnsAndOtherNamesKeptAsExtraColumns() throws IOException {
        writeAll();
        write("members.csv", "Mã đảng viên,Giới tính,Mã chi bộ,Ngày vào Đảng,Ghi chú (nếu có)\n");
        CheckedSourceFile f = open().get(SourceFile.MEMBERS);
        // "Ghi chú (nếu có)" is no contract column: kept, lower case, the space and brackets Delta refuses as '_'
        // (none at the end).
        assertThat(f.header()).containsExactly("member_id", "gender", "unit_code", "admitted_on", "ghi_chú_nếu_có");
        assertThat(f.received()).containsExactly("Mã đảng viên", "Giới tính", "Mã chi bộ", "Ngày vào Đảng", "Ghi chú (nếu có)");
        assertThat(f.renamed()).containsEntry("Giới tính", "gender").doesNotContainKey("Ghi chú (nếu có)").hasSize(4);
    }

    @Test
    void twoColumnsReadAsOneAreRefusedNamingBoth() throws IOException {
        writeAll();
        write("members.csv", "member_id,gender,unit_code,admitted_on,Mã chi bộ\n");
        assertThatThrownBy(this::open).hasMessageContaining("members.csv: line 1 (header): column 'Mã chi bộ' (column 5)"
                + " and 'unit_code' (column 3) are both read as unit_code");
    }

    @Test
    void aMissingColumnNamesTheHeaderNamesThatWouldDo() throws IOException {
        writeAll();
        write("members.csv", "Mã đảng viên,Giới tính,Mã chi bộ\n");
        assertThatThrownBy(this::open).hasMessageContaining("header lacks required column(s) admitted_on (or a header named"
                + " Ngày vào Đảng, Ngày kết nạp)");
    }

    @Test
    void excelUnicodeTextIsReadAsUtf16WithTabsWhateverTheConfiguredEncoding() throws IOException {
        writeAll();
        // Excel's "Unicode text": UTF-16 little endian with its byte-order mark, tab-separated, CRLF.
        String text = "Mã đảng viên\tHọ và tên\tGiới tính\tMã chi bộ\tNgày vào Đảng\r\n"
                + "A1\tLê Văn A, con\tNam\tC1\t02/03/2024\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(dir.resolve("members.csv"), bytes);
        CheckedSourceFile f = SourceDrop.open(dir.toString(), new Configuration(), SourceEncoding.utf8(),
                dir.resolve("staging").toString(), SourceMapping.builtIn()).get(SourceFile.MEMBERS);
        assertThat(f.header()).containsExactly("member_id", "full_name", "gender", "unit_code", "admitted_on");
        // The UTF-8 copy bronze reads: commas, the name with a comma quoted, no byte-order mark.
        assertThat(Files.readString(Path.of(f.readPath()), StandardCharsets.UTF_8)).isEqualTo(
                "Mã đảng viên,Họ và tên,Giới tính,Mã chi bộ,Ngày vào Đảng\n" + "A1,\"Lê Văn A, con\",Nam,C1,02/03/2024\n");
        assertThat(f.lines()).isEqualTo(2);
    }
}
