package vn.ptdv.review.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.catalog.SourceFile;

/** The source mapping as plain Java: header names and words to the contract's columns and codes. */
class SourceMappingTest {
    @TempDir
    Path dir;

    final SourceMapping builtIn = SourceMapping.builtIn();

    @Test
    void vietnameseHeadersOfTheBuiltInMappingAreReadAsContractColumns() {
        assertThat(builtIn.column(SourceFile.MEMBERS, "Họ và tên")).contains("full_name");
        assertThat(builtIn.column(SourceFile.MEMBERS, "Ngày vào Đảng")).contains("admitted_on");
        assertThat(builtIn.column(SourceFile.EVENTS, "Loại biến động")).contains("event_type");
        assertThat(builtIn.column(SourceFile.TARGETS, "Chỉ tiêu kết nạp")).contains("admissions_target");
    }

    @Test
    void headerNamesCompareIgnoringCaseSpacesAndUnicodeForm() {
        // Upper case with doubled and surrounding spaces; and the same name typed with combining marks (NFD):
        // "Họ" as H, o, U+0323 (dot below); "và" as v, a, U+0300 (grave); "tên" as t, e, U+0302 (circumflex), n.
        assertThat(builtIn.column(SourceFile.MEMBERS, "  HỌ  VÀ   TÊN ")).contains("full_name");
        assertThat(builtIn.column(SourceFile.MEMBERS, "Ho\u0323 va\u0300 te\u0302n")).contains("full_name");
    }

    @Test
    void theContractsOwnNameIsAlwaysReadAndAnUnknownNameIsNot() {
        assertThat(SourceMapping.contractOnly().column(SourceFile.MEMBERS, "Member_ID")).contains("member_id");
        assertThat(builtIn.column(SourceFile.MEMBERS, "Ghi chú")).isEqualTo(Optional.empty());
        // A header of another input is not read here: "Nhiệm kỳ" is term_targets.csv's.
        assertThat(builtIn.column(SourceFile.MEMBERS, "Nhiệm kỳ")).isEmpty();
    }

    @Test
    void wordsAreReadAsCodesWithTheCodeItself() {
        assertThat(builtIn.vocabulary(SourceFile.MEMBERS, "gender"))
                .containsEntry("nam", "M").containsEntry("nữ", "F").containsEntry("m", "M").containsEntry("f", "F");
        // Both places of the tone mark in "xóa" (U+00F3 on the o) and "xoá" (U+00E1 on the a) mean STRUCK_OFF.
        assertThat(builtIn.vocabulary(SourceFile.EVENTS, "event_type"))
                .containsEntry("xóa tên", "STRUCK_OFF").containsEntry("xoá tên", "STRUCK_OFF").containsEntry("kết nạp", "ADMITTED");
        assertThat(builtIn.vocabulary(SourceFile.MEMBERS, "ethnicity")).isEmpty();
    }

    @Test
    void dayMonthYearIsAcceptedBesidesTheConfiguredPattern() {
        assertThat(builtIn.dateFormats()).containsExactly("d/M/yyyy");
        assertThat(SourceMapping.contractOnly().dateFormats()).isEmpty();
    }

    @Test
    void aColumnTheInputDoesNotHaveIsRefusedNamingIt() {
        assertThatThrownBy(() -> SourceMapping.of(ConfigFactory.parseString("members.columns.fullname = [\"Họ tên\"]"), "test"))
                .hasMessageContaining("members.columns.fullname")
                .hasMessageContaining("members.csv has no column fullname");
    }

    @Test
    void oneHeaderNameForTwoColumnsIsRefused() {
        assertThatThrownBy(() -> SourceMapping.of(ConfigFactory.parseString(
                "members.columns { admitted_on = [\"Ngày\"], official_on = [\" ngày \"] }"), "test"))
                .hasMessageContaining("the header ' ngày ' is given to both admitted_on and official_on");
    }

    @Test
    void oneWordForTwoCodesIsRefused() {
        assertThatThrownBy(() -> SourceMapping.of(ConfigFactory.parseString(
                "members.values.gender { M = [\"Nam\"], F = [\"NAM\"] }"), "test"))
                // Codes are read in sorted order: F takes "NAM" first, then M's "Nam" (the same word) clashes.
                .hasMessageContaining("members.values.gender: the word 'Nam' is given to both F and M");
    }

    @Test
    void aFileBesideTheConfigurationOverridesKeyByKey() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve(SourceMapping.RESOURCE), "members.columns.member_id = [\"Số hiệu\"]\n");
        SourceMapping m = SourceMapping.load(dir);
        assertThat(m.column(SourceFile.MEMBERS, "Số hiệu")).contains("member_id");
        // The replaced list no longer holds the built-in names; every other key is still the built-in one.
        assertThat(m.column(SourceFile.MEMBERS, "Mã đảng viên")).isEmpty();
        assertThat(m.column(SourceFile.MEMBERS, "Họ và tên")).contains("full_name");
        assertThat(m.origin()).contains(dir.resolve(SourceMapping.RESOURCE).toString());
    }
}
