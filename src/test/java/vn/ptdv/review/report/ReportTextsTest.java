package vn.ptdv.review.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vietnamese and English number and date style, templates, and conf/ overriding the built-in wording. */
class ReportTextsTest {
    final ReportTexts vi = ReportTexts.load("vi", null);
    final ReportTexts en = ReportTexts.load("en", null);

    @Test
    void countsGroupThousandsWithADotInVietnameseAndACommaInEnglish() {
        assertThat(vi.count(1381)).isEqualTo("1.381");
        assertThat(vi.count(61380)).isEqualTo("61.380");
        assertThat(vi.count(531)).isEqualTo("531");
        assertThat(vi.count(1234567)).isEqualTo("1.234.567");
        assertThat(vi.count(-1381)).isEqualTo("-1.381");
        assertThat(vi.count(0)).isEqualTo("0");
        assertThat(en.count(1381)).isEqualTo("1,381");
    }

    @Test
    void percentagesKeepTheirStoredDecimalsWithADecimalComma() {
        assertThat(vi.percent(new BigDecimal("2.25"))).isEqualTo("2,25%");
        assertThat(vi.percent(new BigDecimal("162.5"))).isEqualTo("162,5%");
        assertThat(vi.percent(new BigDecimal("3.60"))).isEqualTo("3,60%");   // scale kept: 2 decimals
        assertThat(vi.percent(new BigDecimal("1234.5"))).isEqualTo("1.234,5%");
        assertThat(vi.decimal(new BigDecimal("-0.12"))).isEqualTo("-0,12");
        assertThat(en.percent(new BigDecimal("2.25"))).isEqualTo("2.25%");
        assertThat(vi.percent(null)).isEmpty();
    }

    @Test
    void datesAreWrittenDayMonthYearWithoutLeadingZeros() {
        assertThat(vi.date(LocalDate.of(2024, 8, 31))).isEqualTo("31-8-2024");
        assertThat(vi.dayMonth(LocalDate.of(2024, 1, 1))).isEqualTo("1-1");
        assertThat(en.date(LocalDate.of(2024, 8, 31))).isEqualTo("31 Aug 2024");
    }

    @Test
    void chartAxesUseTheSameSeparators() {
        assertThat(vi.numberFormat(0).format(1381)).isEqualTo("1.381");
        assertThat(vi.numberFormat(2).format(2.25)).isEqualTo("2,25");
    }

    @Test
    void listsJoinTheLastItemWithAnd() {
        assertThat(vi.list(List.of("A"))).isEqualTo("A");
        assertThat(vi.list(List.of("A", "B"))).isEqualTo("A và B");
        assertThat(vi.list(List.of("A", "B", "C"))).isEqualTo("A, B và C");
        assertThat(en.list(List.of("A", "B"))).isEqualTo("A and B");
    }

    @Test
    void templatesFillPlaceholdersAndRefuseUnknownOnes() {
        assertThat(ReportTexts.fill("Kết nạp {{year}}", Map.of("year", "2024"), "t")).isEqualTo("Kết nạp 2024");
        assertThat(ReportTexts.fill("{{a}}$1\\{{a}}", Map.of("a", "x$"), "t")).isEqualTo("x$$1\\x$");
        assertThatThrownBy(() -> ReportTexts.fill("{{missing}}", Map.of(), "summary.x"))
                .hasMessageContaining("summary.x").hasMessageContaining("{{missing}}");
    }

    @Test
    void aConfFileOverridesTheBuiltInWordingKeyByKey(@TempDir Path conf) throws IOException {
        Files.createDirectories(conf.resolve("report"));
        Files.writeString(conf.resolve("report/vi.conf"), "columns.admissions = \"Số kết nạp\"\n");
        ReportTexts texts = ReportTexts.load("vi", conf);
        assertThat(texts.text("columns.admissions")).isEqualTo("Số kết nạp");
        assertThat(texts.text("columns.year")).isEqualTo("Năm");   // from the built-in file
        assertThatThrownBy(() -> ReportTexts.load("fr", conf)).hasMessageContaining("fr");
    }

    @Test
    void theReportDirectoryIsConfigurableAndDefaultsToReports() {
        assertThat(vn.ptdv.review.config.ReviewConfig.load(Map.of()).reportDir()).isEqualTo(Path.of("reports").toAbsolutePath());
        assertThat(vn.ptdv.review.config.ReviewConfig.load(Map.of(vn.ptdv.review.config.ConfigKeys.REPORT_DIR, "/tmp/pack")).reportDir())
                .isEqualTo(Path.of("/tmp/pack"));
    }
}
