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
        assertThat(tables).extracting(ReportTable::key).containsExactly("city", "trend", "attainment", "peers", "flow",
                "breakdown", "without-admissions", "funnel");
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
            assertThat(wb.getNumberOfSheets()).isEqualTo(8);
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
                .containsExactly("city-trend.png", "peer-admissions.png", "attainment.png", "peer-rates.png", "membership-flow.png",
                        "admissions-breakdown.png", "units-without-admissions.png", "pipeline-funnel.png");
        for (Path f : files) Pictures.assertPicture(f, vi.integer("charts.width"), vi.integer("charts.height"));
    }

    @Test
    void theHtmlEmbedsTheChartsAndTheTables(@TempDir Path dir) throws IOException {
        List<ReportTable> tables = ReportTables.all(data, vi);
        List<Path> charts = ChartBuilder.writeAll(data, vi, dir);
        String html = SummaryBuilder.html(data, tables, charts, vi);
        assertThat(html).contains("<html lang=\"vi\">").contains("1.381 đảng viên")
                .contains("data:image/png;base64,").contains("<td class=\"n\">61.380</td>").contains("<th>Kết nạp 2024</th>");
        assertThat(html.split("data:image/png;base64,", -1)).hasSize(9);
        String md = SummaryBuilder.markdown(data, tables, charts, vi);
        assertThat(md).contains("## 8 tháng kết nạp 1.381 đảng viên").contains("![city-trend.png](city-trend.png)")
                .contains("| 2024 | 1-1-2024 | 31-8-2024 | 1.381 | 61.380 | 2,25% | 850 | +531 | 162,5% |");
    }

    @Test
    void flowSheetHasTheCityThenPeerUnitsThenTheUnitsThatDoNotBalance() {
        ReportTable flow = ReportTables.all(data, vi).get(4);
        assertThat(flow.title()).isEqualTo("Biến động đảng viên");
        assertThat(flow.rows()).extracting(r -> r.get(0)).containsExactly("Thành phố", "Quận ủy Hải Châu", "Huyện ủy Hòa Vang", "Chi bộ 2");
        assertThat(flow.rows().get(0)).containsExactly("Thành phố", "Thành phố", 2024, 61380L, 1381L, 50L, 40L, 30L, 5L, 1L, 0L,
                62735L, 900L, null, null);
        List<Object> gap = flow.rows().get(3);   // Chi bộ 2, 2023: reported 40, events 41
        assertThat(gap.get(2)).isEqualTo(2023);
        assertThat(gap.get(14)).isEqualTo(-1L);
        assertThat(ReportTable.display(gap.get(14), flow.kinds().get(14), vi)).isEqualTo("-1");
        assertThat(flow.notes().get(0)).startsWith("Biến động đảng viên: cuối kỳ = đầu năm");
    }

    @Test
    void breakdownSheetNamesDimensionsAndCategoriesLargestFirst() {
        ReportTable breakdown = ReportTables.all(data, vi).get(5);
        assertThat(breakdown.rows()).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly("Giới tính Nam", "Giới tính Nữ", "Tuổi khi kết nạp 18-30", "Tuổi khi kết nạp 31-45");
        assertThat(ReportTables.all(data, en).get(5).rows().get(1)).containsExactly("Gender", "Women", 681L, ReportFixtures.d("49.31"));
    }

    @Test
    void unitsWithoutAdmissionsListTheDormantFirst() {
        ReportTable without = ReportTables.all(data, vi).get(6);
        // Dormant (both of Hải Châu), the longest run first; then Hòa Vang's cell that admitted in 2023.
        assertThat(without.rows()).extracting(r -> r.get(1)).containsExactly("Chi bộ 3", "Đảng bộ phường B", "Chi bộ thôn A");
        assertThat(without.rows().get(0)).containsExactly("Quận ủy Hải Châu", "Chi bộ 3", "Chi bộ", 25L, 3, null, "Có");
        assertThat(without.rows().get(2).get(6)).isEqualTo("");
    }

    @Test
    void funnelSheetShowsWholeMedianDays() {
        ReportTable funnel = ReportTables.all(data, vi).get(7);
        assertThat(funnel.rows()).extracting(r -> r.get(0)).containsExactly("Thành phố", "Huyện ủy Hòa Vang");
        assertThat(funnel.rows().get(0).get(6)).isEqualTo(89L);   // 88.5 days, half-up
        assertThat(funnel.rows().get(0).get(5)).isEqualTo(ReportFixtures.d("92.1"));
    }
}
