package vn.ptdv.review.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ptdv.review.testing.Workbooks.formula;
import static vn.ptdv.review.testing.Workbooks.number;
import static vn.ptdv.review.testing.Workbooks.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.testing.Workbooks;

/**
 * Workbooks in a drop: a sheet as a unit's clerk makes it (a merged title, a blank row, Vietnamese headers,
 * Excel dates, formats and formulas) checked into the UTF-8 copy bronze reads, line for line.
 */
class WorkbookTest {
    @TempDir
    Path dir;

    static final Workbooks.Value[] MEMBERS_HEADER = {text("Mã đảng viên"), text("Họ và tên"), text("Giới tính"), text("Mã chi bộ"),
            text("Ngày vào Đảng")};

    void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    void writeAllButMembers() throws IOException {
        write("units.csv", SourceDropTest.UNITS);
        write("events.csv", SourceDropTest.EVENTS);
        write("targets.csv", SourceDropTest.TARGETS);
    }

    SourceDrop open() {
        return SourceDrop.open(dir.toString(), new Configuration(), SourceEncoding.utf8(), dir.resolve("staging").toString(),
                SourceMapping.builtIn());
    }

    List<String> copy(CheckedSourceFile f) throws IOException {
        return Files.readAllLines(Path.of(f.readPath()), StandardCharsets.UTF_8);
    }

    /** A clerk's sheet: a merged title, blank rows, Excel dates, a typed date, a formula and a numeric id. */
    static Workbooks.Value[][] clerksSheet() {
        return new Workbooks.Value[][] {
                new Workbooks.Value[] {text("DANH SÁCH ĐẢNG VIÊN KẾT NẠP NĂM 2024")},          // row 1: title, merged A1:E1
                null,                                                                        // row 2: blank
                MEMBERS_HEADER,                                                              // row 3: the header
                new Workbooks.Value[] {text("A1"), text("Lê Văn A"), text("Nam"), text("C1"),
                        number(45292, "dd/mm/yyyy")},                                        // row 4: serial 45292 = 1 Jan 2024
                null,                                                                        // row 5: blank
                new Workbooks.Value[] {text("A2"), text("Lê Thị B"), text("Nữ"), text("C1"), text("31/08/2024")}, // row 6: typed date
                new Workbooks.Value[] {number(1003, null), formula("CONCATENATE(\"Trần \",\"Văn C\")"), text("Nam"),
                        text("C1"), number(45535.0, "d-mmm-yy")}};                           // row 7: number id; 45535 = 31 Aug 2024
    }

    @Test
    void aSheetWithATitleBlankRowsExcelDatesAndAFormulaIsCopiedRowForRow() throws IOException {
        writeAllButMembers();
        Files.write(dir.resolve("members.xlsx"), Workbooks.sheet("Đảng viên", true, 5, clerksSheet()));
        assertClerksSheetCopied(open().get(SourceFile.MEMBERS), "members.xlsx#Đảng viên");
    }

    /** What a cell typed in a legacy font holds: the Windows-1252 reading of the bytes typed. */
    static Workbooks.Value typed(String hex) {
        return text(new String(java.util.HexFormat.of().parseHex(hex), java.nio.charset.Charset.forName("windows-1252")));
    }

    @Test
    void aSheetTypedInTheTcvn3FontIsReadInUnicode() throws IOException {
        writeAllButMembers();
        // Every cell typed in .VnTime; the bytes are GNU iconv's for the Unicode text (iconv -t TCVN5712-1):
        // "Mã đảng viên", "Họ và tên", "Giới tính", "Mã chi bộ", "Ngày vào Đảng"; "Lê Văn A", "Nữ".
        Files.write(dir.resolve("members.xlsx"), Workbooks.sheet("DS", false, 5,
                new Workbooks.Value[] {typed("4db720aeb66e67207669aa6e"), typed("48e42076b52074aa6e"), typed("4769ed692074dd6e68"),
                        typed("4db7206368692062e9"), typed("4e67b5792076b56f20a7b66e67")},
                new Workbooks.Value[] {text("A1"), typed("4caa2056a86e2041"), typed("4ef7"), text("C1"), text("2024-03-02")}));
        CheckedSourceFile f = open().get(SourceFile.MEMBERS);
        assertThat(f.received()).containsExactly("Mã đảng viên", "Họ và tên", "Giới tính", "Mã chi bộ", "Ngày vào Đảng");
        assertThat(f.header()).containsExactly("member_id", "full_name", "gender", "unit_code", "admitted_on");
        assertThat(copy(f)).containsExactly("member_id,full_name,gender,unit_code,admitted_on", "A1,Lê Văn A,Nữ,C1,2024-03-02");
        // Two cells of the row decoded ("A1", "C1" and the date have no letter above 0x7F).
        assertThat(f.encoding()).isEqualTo("TCVN3 font in the header, TCVN3 font in 2 cell(s)");
    }

    @Test
    void vniCellsUnderAUnicodeHeaderAreDecodedAndUnicodeCellsLeftAlone() throws IOException {
        writeAllButMembers();
        // The template's header in Unicode; names typed in VNI-Times ("Leâ Vaên A" is Lê Văn A, "Nöõ" is Nữ),
        // and one name typed in Unicode, "Hà" (à is a Windows-1252 letter too: left alone, a syllable as written).
        Files.write(dir.resolve("members.xlsx"), Workbooks.sheet("DS", false, 5, MEMBERS_HEADER,
                new Workbooks.Value[] {text("A1"), text("Leâ Vaên A"), text("Nöõ"), text("C1"), text("2024-03-02")},
                new Workbooks.Value[] {text("A2"), text("Lê Thu Hà"), text("Nữ"), text("C1"), text("2024-03-03")}));
        CheckedSourceFile f = open().get(SourceFile.MEMBERS);
        assertThat(copy(f)).containsExactly("member_id,full_name,gender,unit_code,admitted_on", "A1,Lê Văn A,Nữ,C1,2024-03-02",
                "A2,Lê Thu Hà,Nữ,C1,2024-03-03");
        assertThat(f.encoding()).isEqualTo("VNI font in 2 cell(s)");
    }

    @Test
    void anExcel97WorkbookIsCopiedTheSameWay() throws IOException {
        writeAllButMembers();
        Files.write(dir.resolve("members.xls"), Workbooks.legacySheet("Đảng viên", true, 5, clerksSheet()));
        assertClerksSheetCopied(open().get(SourceFile.MEMBERS), "members.xls#Đảng viên");
    }

    void assertClerksSheetCopied(CheckedSourceFile f, String path) throws IOException {
        assertThat(f.path()).endsWith(path);
        assertThat(f.header()).containsExactly("member_id", "full_name", "gender", "unit_code", "admitted_on");
        assertThat(f.lineOffset()).isEqualTo(2); // the title and the blank row above the header
        // 45292: 45000 is 15 Mar 2023, and 292 days on (16 left in March, 275 to 31 Dec, 1) is 1 Jan 2024;
        // 45535 = 45292 + 243 (31 Jan + 29 Feb + 31 + 30 + 31 + 30 + 31 + 30 Aug = 243) = 31 Aug 2024.
        assertThat(copy(f)).containsExactly(
                "member_id,full_name,gender,unit_code,admitted_on", // copy line 1 = sheet row 3
                "A1,Lê Văn A,Nam,C1,2024-01-01",                     // row 4
                "",                                                  // row 5, blank
                "A2,Lê Thị B,Nữ,C1,31/08/2024",                      // row 6
                "1003,Trần Văn C,Nam,C1,2024-08-31");                // row 7: the formula's cached result
        assertThat(f.lines()).isEqualTo(5);
    }

    @Test
    void anXlsAndAnXlsxOfTheSameInputAreRefused() throws IOException {
        writeAllButMembers();
        Files.write(dir.resolve("members.xls"), Workbooks.legacySheet("Sheet1", false, 5, MEMBERS_HEADER));
        Files.write(dir.resolve("members.xlsx"), Workbooks.sheet("Sheet1", false, 5, MEMBERS_HEADER));
        assertThatThrownBy(this::open).hasMessageContaining("both members.xlsx and members.xls are in the drop");
    }

    @Test
    void numbersAreCopiedAsHeldNotAsFormatted() throws IOException {
        writeAllButMembers();
        write("members.csv", SourceDropTest.MEMBERS);
        Files.delete(dir.resolve("targets.csv"));
        Files.write(dir.resolve("targets.xlsx"), Workbooks.sheet("Chỉ tiêu", false, 4,
                new Workbooks.Value[] {text("Mã đơn vị"), text("Năm"), text("Chỉ tiêu kết nạp"), text("Tỷ lệ chỉ tiêu (%)")},
                new Workbooks.Value[] {text("HC"), number(2024, null), number(1381, "#,##0"), number(0.045, "0.0%")},
                new Workbooks.Value[] {text("HV"), number(2024, "0"), formula("1000+381"), number(2.25, "0.00")},
                new Workbooks.Value[] {text("NHS"), number(2024, null), number(10, null)}));       // no rate: its cell left out
        CheckedSourceFile f = open().get(SourceFile.TARGETS);
        // 1,381 shown with a grouping comma is 1381; 4.5% is held as 0.045 and the contract's percent is 4.5.
        assertThat(copy(f)).containsExactly("unit_code,year,admissions_target,rate_target_pct", "HC,2024,1381,4.5",
                "HV,2024,1381,2.25", "NHS,2024,10,"); // as many fields as the header: Excel writes no empty last cell
        assertThat(f.lineOffset()).isZero();
    }

    @Test
    void aSheetWithoutAHeaderRowIsRefusedWithWhatItsFirstRowsRead() throws IOException {
        writeAllButMembers();
        Files.write(dir.resolve("members.xlsx"), Workbooks.sheet("Sheet1", false, 2,
                new Workbooks.Value[] {text("Họ và tên"), text("Giới tính")},
                new Workbooks.Value[] {text("Lê Văn A"), text("Nam")}));
        assertThatThrownBy(this::open).hasMessageContaining("members.xlsx: sheet 'Sheet1' has no header row with the required"
                        + " column(s) member_id, gender, unit_code, admitted_on")
                .hasMessageContaining("row 1: Họ và tên, Giới tính | row 2: Lê Văn A, Nam");
    }

    @Test
    void aCsvAndAWorkbookOfTheSameInputAreRefused() throws IOException {
        writeAllButMembers();
        write("members.csv", SourceDropTest.MEMBERS);
        Files.write(dir.resolve("members.xlsx"), Workbooks.sheet("Sheet1", false, 5, MEMBERS_HEADER));
        assertThatThrownBy(this::open).hasMessageContaining("both members.csv and members.xlsx are in the drop");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedNamingIt() throws IOException {
        writeAllButMembers();
        write("members.xlsx", "member_id,gender\n");
        assertThatThrownBy(this::open).hasMessageContaining("members.xlsx: not");
    }
}
