package vn.ptdv.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.testing.Pictures;

/** The builders on {@link ReportFixtures#tiny()}, without Spark. */
class ReportBuildersTest {
    final ReportData data = ReportFixtures.tiny();
    final ReportTexts vi = ReportTexts.load("vi", null);
    final ReportTexts en = ReportTexts.load("en", null);

    @Test
    void theVietnameseParagraphFollowsTheSeedArticle() {
        assertThat(SummaryBuilder.paragraph(data, vi)).isEqualTo(
                "Từ ngày 1-1 đến ngày 31-8-2024, tổng số đảng viên kết nạp mới trên địa bàn thành phố là 1.381 đảng viên,"
                        + " đạt tỷ lệ 2,25% so với tổng số đảng viên đầu năm; tăng 531 đảng viên và bằng 162,5% so với cùng kỳ"
                        + " năm 2023. Có 2/3 đảng bộ đạt và vượt chỉ tiêu đề ra là Huyện ủy Hòa Vang (3,64%) và Đảng ủy Đại học"
                        + " Đà Nẵng (6,52%).");
        // 2023 is the previous year: named in the comparison, not again in "vượt các năm".
        assertThat(SummaryBuilder.figures(data, vi).get("exceeded")).isEmpty();
    }

    @Test
    void theEnglishParagraphHasTheSameFigures() {
        assertThat(SummaryBuilder.paragraph(data, en)).isEqualTo(
                "From 1 Jan to 31 Aug 2024, 1,381 new members were admitted across the city, 2.25% of the members at the"
                        + " start of the year; 531 more than in the same period of 2023 (162.5%). 2 of 3 peer units met or exceeded"
                        + " their plan: Huyện ủy Hòa Vang (3.64%) and Đảng ủy Đại học Đà Nẵng (6.52%).");
    }

    @Test
    void tablesHaveYearsAsColumnsAndPeersByGroupThenRank() {
        List<ReportTable> tables = ReportTables.all(data, vi);
        assertThat(tables).extracting(ReportTable::key).containsExactly("city", "trend", "attainment", "peers");
        ReportTable trend = tables.get(1);
        assertThat(trend.headers()).containsExactly("Đảng bộ", "Kết nạp 2023", "Kết nạp 2024", "Đảng viên đầu năm", "Tỷ lệ kết nạp");
        assertThat(trend.rows().get(1)).containsExactly("Huyện ủy Hòa Vang", 120L, 164L, 4505L, ReportFixtures.d("3.64"));
        assertThat(tables.get(3).rows()).extracting(r -> r.get(1))
                .containsExactly("Quận ủy Hải Châu", "Huyện ủy Hòa Vang", "Đảng ủy Đại học Đà Nẵng");
        assertThat(tables.get(0).notes()).hasSize(5).last().asString()
                .contains("31-8-2024").contains("gold.city_summary v7").contains("gold.peer_comparison v5");
        // The fixture is on the reference structure (the default), and the notes say so with the as-of date.
        assertThat(tables.get(0).notes().get(3)).startsWith("Số liệu các năm được tính theo cơ cấu tổ chức tại ngày 31-8-2024:");
    }

    @Test
    void theWorkbookHoldsNumericCellsWithNumberFormatsAndAFrozenHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("review.xlsx");
        WorkbookBuilder.write(ReportTables.all(data, vi), vi, file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            Sheet city = wb.getSheet("Toàn thành phố");
            assertThat(city.getPaneInformation().isFreezePane()).isTrue();
            assertThat(city.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row y2024 = city.getRow(2);
            assertThat(y2024.getCell(0).getNumericCellValue()).isEqualTo(2024);
            Cell admissions = y2024.getCell(3);
            assertThat(admissions.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(admissions.getNumericCellValue()).isEqualTo(1381);
            assertThat(admissions.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Cell rate = y2024.getCell(5);   // 2.25% stored as 0.0225, shown with 2 decimals
            assertThat(rate.getNumericCellValue()).isEqualTo(0.0225);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            Cell ratio = y2024.getCell(8);
            assertThat(ratio.getNumericCellValue()).isEqualTo(1.625);
            assertThat(ratio.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(y2024.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(data.asOf());
            assertThat(city.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.BLANK);   // no 2022 in range
            assertThat(city.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Ghi chú");
            assertThat(city.getRow(9).getCell(0).getStringCellValue()).contains("gold.city_summary v7");
            // Width fits "Đảng viên đầu năm" (17 characters) + 2.
            assertThat(city.getColumnWidth(4)).isEqualTo((17 + 2) * 256);
        }
    }

    @Test
    void chartsDecodeAsImagesOfTheConfiguredSizeAndAreNotBlank(@TempDir Path dir) throws IOException {
        List<Path> files = ChartBuilder.writeAll(data, vi, dir);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("city-trend.png", "peer-admissions.png", "attainment.png", "peer-rates.png");
        for (Path f : files) Pictures.assertPicture(f, vi.integer("charts.width"), vi.integer("charts.height"));
    }

    @Test
    void theHtmlEmbedsTheChartsAndTheTables(@TempDir Path dir) throws IOException {
        List<ReportTable> tables = ReportTables.all(data, vi);
        List<Path> charts = ChartBuilder.writeAll(data, vi, dir);
        String html = SummaryBuilder.html(data, tables, charts, vi);
        assertThat(html).contains("<html lang=\"vi\">").contains("1.381 đảng viên")
                .contains("data:image/png;base64,").contains("<td class=\"n\">61.380</td>").contains("<th>Kết nạp 2024</th>");
        assertThat(html.split("data:image/png;base64,", -1)).hasSize(5);
        String md = SummaryBuilder.markdown(data, tables, charts, vi);
        assertThat(md).contains("## 8 tháng kết nạp 1.381 đảng viên").contains("![city-trend.png](city-trend.png)")
                .contains("| 2024 | 1-1-2024 | 31-8-2024 | 1.381 | 61.380 | 2,25% | 850 | +531 | 162,5% |");
    }
}
