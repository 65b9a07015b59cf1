package vn.ptdv.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The congress term's section of the pack, on {@link ReportFixtures#withTerm()}; none without a term. */
class TermSectionTest {
    final ReportData data = ReportFixtures.withTerm();
    final ReportTexts vi = ReportTexts.load("vi", null);
    final ReportTexts en = ReportTexts.load("en", null);

    @Test
    void theTermParagraphGivesTheTermsFiguresInVietnamese() {
        assertThat(SummaryBuilder.termParagraph(data, vi)).contains(
                "Từ đầu nhiệm kỳ (ngày 20-10-2020) đến ngày 31-8-2024, toàn Đảng bộ thành phố kết nạp 7.245 đảng viên,"
                        + " bằng 12,33% so với tổng số đảng viên đầu nhiệm kỳ; tăng 1.245 đảng viên và bằng 120,8% so với"
                        + " cùng thời điểm của nhiệm kỳ trước. Có 2/3 đảng bộ đã đạt chỉ tiêu nhiệm kỳ là Huyện ủy Hòa Vang"
                        + " và Đảng ủy Đại học Đà Nẵng.");
    }

    @Test
    void theEnglishTermParagraphHasTheSameFigures() {
        assertThat(SummaryBuilder.termParagraph(data, en).orElseThrow())
                .contains("7,245 new members, 12.33% of its members at the term's start")
                .contains("2 of 3 peer units with a term target have met it already: Huyện ủy Hòa Vang and Đảng ủy Đại học Đà Nẵng.");
    }

    @Test
    void withoutATermThereIsNoTermParagraphNorTable() {
        ReportData noTerm = ReportFixtures.tiny();
        assertThat(SummaryBuilder.termParagraph(noTerm, vi)).isEmpty();
        assertThat(ReportTables.all(noTerm, vi)).extracting(ReportTable::key).doesNotContain(ReportTables.TERM);
    }

    @Test
    void theTermTableListsPeerUnitsInReadingOrderAgainstTheirTermTargets() {
        ReportTable term = ReportTables.all(data, vi).get(8);
        assertThat(term.key()).isEqualTo(ReportTables.TERM);
        assertThat(term.title()).isEqualTo("Chỉ tiêu nhiệm kỳ");
        assertThat(term.headers()).contains("Kết nạp từ đầu nhiệm kỳ", "Chỉ tiêu nhiệm kỳ", "Dự kiến cả nhiệm kỳ");
        // Urban district, rural district, sector (peer-group-order).
        assertThat(term.rows()).extracting(r -> r.get(0)).containsExactly("Quận ủy Hải Châu", "Huyện ủy Hòa Vang", "Đảng ủy Đại học Đà Nẵng");
        assertThat(term.rows().get(0)).containsSubsequence(900L, 1150);
        assertThat(term.notes().get(0)).contains("đến ngày 31-8-2024");
    }

    @Test
    void theWorkbookHasATermSheet(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("review.xlsx");
        WorkbookBuilder.write(ReportTables.all(data, vi), vi, file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Chỉ tiêu nhiệm kỳ");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Quận ủy Hải Châu");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(900.0);
        }
    }

    @Test
    void theWordReportHasTheTermParagraphAfterTheYears(@TempDir Path dir) throws IOException {
        Path docx = dir.resolve("report.docx");
        DocumentSettings office = new DocumentSettings("THÀNH ỦY ĐÀ NẴNG", "BAN TỔ CHỨC", "125", "BC/BTCTU", "Đà Nẵng",
                LocalDate.of(2024, 9, 15), "", "", "TRƯỞNG BAN", "", List.of("Lưu Văn phòng"));
        DocxBuilder.write(data, ReportTables.all(data, vi), List.of(), vi, office, docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            List<String> texts = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int year = texts.indexOf(SummaryBuilder.paragraph(data, vi));
            int heading = texts.indexOf("Từ đầu nhiệm kỳ đến nay");
            assertThat(year).isNotNegative();
            assertThat(heading).isEqualTo(year + 1);
            assertThat(texts.get(heading + 1)).isEqualTo(SummaryBuilder.termParagraph(data, vi).orElseThrow());
        }
    }
}
