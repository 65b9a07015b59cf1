package vn.ptdv.review.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.silver.ValidationTest.acceptedLines;
import static vn.ptdv.review.silver.ValidationTest.quarantinedAt;
import static vn.ptdv.review.testing.Workbooks.number;
import static vn.ptdv.review.testing.Workbooks.text;

import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.sources.SourceMapping;
import vn.ptdv.review.testing.SparkTest;
import vn.ptdv.review.testing.ValidationHarness;
import vn.ptdv.review.testing.Workbooks;

/**
 * Files as units type them, read through the built-in source mapping: Vietnamese headers, words for
 * codes and day/month/year dates land in silver as the contract's codes and dates; bronze keeps the words.
 */
class SourceWordsTest extends SparkTest {
    @TempDir
    Path dir;

    static final String MEMBERS_VI = "Mã đảng viên,Họ và tên,Ngày sinh,Giới tính,Mã chi bộ,Ngày vào Đảng,Ngày chính thức,"
            + "Ngày ra khỏi đảng bộ,Lý do\n";

    ValidationHarness harness() {
        return new ValidationHarness(dir).units("C1").mapping(SourceMapping.builtIn());
    }

    @Test
    void vietnameseMembersListLandsAsContractCodesAndDates() {
        Validated v = harness().validate(new MembersSpec(), MEMBERS_VI
                + "A1,Lê Văn A,01/05/1990,Nam,C1,02/03/2024,,,\n"          // line 2
                + "A2,Lê Thị B,1990-05-01,NỮ,C1,2/3/2024,,,\n"             // line 3: ISO birth date, upper case, no zero padding
                + "A3,Trần Văn C,15/06/1985, nam ,C1,01/02/2010,,31/08/2024,Xoá tên\n"); // line 4: spaces around the word
        assertThat(acceptedLines(v)).containsExactly(2L, 3L, 4L);
        Row a1 = one(v.accepted(), SOURCE_LINE + " = 2");
        assertThat(a1.<String>getAs(GENDER)).isEqualTo("M");
        assertThat(a1.<java.sql.Date>getAs(ADMITTED_ON).toString()).isEqualTo("2024-03-02");
        // Born 1 May 1990, admitted 2 Mar 2024: the 34th birthday is not reached, so 33.
        assertThat(a1.<Integer>getAs(AGE_AT_ADMISSION)).isEqualTo(33);
        Row a2 = one(v.accepted(), SOURCE_LINE + " = 3");
        assertThat(a2.<String>getAs(GENDER)).isEqualTo("F");
        assertThat(a2.<java.sql.Date>getAs(ADMITTED_ON).toString()).isEqualTo("2024-03-02");
        Row a3 = one(v.accepted(), SOURCE_LINE + " = 4");
        assertThat(a3.<String>getAs(GENDER)).isEqualTo("M");
        assertThat(a3.<java.sql.Date>getAs(LEFT_ON).toString()).isEqualTo("2024-08-31");
        assertThat(a3.<String>getAs(LEFT_REASON)).isEqualTo("STRUCK_OFF");
    }

    @Test
    void aWordOutsideTheVocabularyIsQuarantinedWithTheWordAsReceived() {
        Validated v = harness().validate(new MembersSpec(), MEMBERS_VI
                + "A1,Lê Văn A,01/05/1990,Khác,C1,02/03/2024,,,\n"        // line 2: no gender word
                + "A2,Lê Thị B,01/05/1990,Nữ,C1,30/02/2024,,,\n");        // line 3: 30 February
        assertThat(acceptedLines(v)).isEmpty();
        Row gender = quarantinedAt(v, 2);
        assertThat(gender.<String>getAs(REASON_CODE)).isEqualTo("INVALID_VALUE");
        assertThat(gender.<String>getAs(COLUMN_NAME)).isEqualTo(GENDER);
        assertThat(gender.<String>getAs(BAD_VALUE)).isEqualTo("Khác");
        Row date = quarantinedAt(v, 3);
        assertThat(date.<String>getAs(REASON_CODE)).isEqualTo("INVALID_DATE");
        assertThat(date.<String>getAs(BAD_VALUE)).isEqualTo("30/02/2024");
        assertThat(date.<String>getAs(MESSAGE)).contains("yyyy-MM-dd or d/M/yyyy");
    }

    @Test
    void eventKindsInWordsAreReadAsEventTypes() {
        Validated v = harness().members("A1", "2024-03-02").validate(new EventsSpec(),
                "Mã sự kiện,Mã đảng viên,Loại biến động,Ngày biến động,Mã chi bộ,Nguồn kết nạp\n"
                        + "E1,A1,Kết nạp,02/03/2024,C1,Đoàn viên\n");
        Row e = v.accepted().first();
        assertThat(e.<String>getAs(EVENT_TYPE)).isEqualTo("ADMITTED");
        assertThat(e.<String>getAs(SOURCE_GROUP)).isEqualTo("YOUTH_UNION");
        assertThat(e.<java.sql.Date>getAs(EVENT_DATE).toString()).isEqualTo("2024-03-02");
    }

    @Test
    void withoutTheMappingTheSameWordsAreQuarantined() {
        Validated v = new ValidationHarness(dir).units("C1").validate(new MembersSpec(), ValidationTest.MEMBERS_HEADER
                + "A1,Lê Văn A,1990-05-01,Nam,C1,2024-03-02,,,\n");
        assertThat(quarantinedAt(v, 2).<String>getAs(BAD_VALUE)).isEqualTo("Nam");
    }

    @Test
    void aWorkbookLandsInSilverWithItsSheetRowNumbers() {
        byte[] xlsx = Workbooks.sheet("Đảng viên", true, 5,
                new Workbooks.Value[] {text("DANH SÁCH ĐẢNG VIÊN")},                            // row 1: title
                new Workbooks.Value[] {text("Mã đảng viên"), text("Giới tính"), text("Mã chi bộ"), text("Ngày vào Đảng")}, // row 2
                new Workbooks.Value[] {text("A1"), text("Nữ"), text("C1"), number(45292, "dd/mm/yyyy")},  // row 3: 1 Jan 2024
                null,                                                                          // row 4: blank
                new Workbooks.Value[] {text("A2"), text("Nam"), text("C9"), text("31/08/2024")});        // row 5: unknown unit
        Validated v = harness().validateWorkbook(new MembersSpec(), xlsx);
        assertThat(acceptedLines(v)).containsExactly(3L);
        Row a1 = v.accepted().first();
        assertThat(a1.<String>getAs(GENDER)).isEqualTo("F");
        assertThat(a1.<java.sql.Date>getAs(ADMITTED_ON).toString()).isEqualTo("2024-01-01");
        assertThat(a1.<String>getAs(SOURCE_FILE)).endsWith("members.xlsx#Đảng viên");
        Row unknown = quarantinedAt(v, 5);
        assertThat(unknown.<String>getAs(REASON_CODE)).isEqualTo("UNKNOWN_UNIT");
        assertThat(unknown.<String>getAs(BAD_VALUE)).isEqualTo("C9");
    }
}
