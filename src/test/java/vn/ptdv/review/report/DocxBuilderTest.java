package vn.ptdv.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The Word report on {@link ReportFixtures#tiny()}, read back with POI. The fixture's city: 1,381
 * admissions of 61,380 members at 1 Jan = 2.25%; 850 in the same period of 2023, so +531 and
 * 1,381 / 850 = 162.5%; 2 of its 3 peer units met their plan (Hòa Vang 164 ≥ 150, 3.64%; Đại học Đà
 * Nẵng 88 ≥ 80, 6.52%; Hải Châu 132 < 230). The seed's 2/15 needs the 15 units of the sample: the
 * fixture has 3, so the document says 2/3.
 */
class DocxBuilderTest {
    static final ReportData DATA = ReportFixtures.tiny();
    static final ReportTexts VI = ReportTexts.load("vi", null);
    static final DocumentSettings OFFICE = new DocumentSettings("THÀNH ỦY ĐÀ NẴNG", "BAN TỔ CHỨC", "125", "BC/BTCTU", "Đà Nẵng",
            LocalDate.of(2024, 9, 15), "", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn A",
            List.of("Ban Thường vụ Thành ủy (để báo cáo)", "Các đảng bộ trực thuộc", "Lưu Văn phòng"));

    @TempDir
    static Path dir;
    static Path docx;
    static List<Path> charts;

    @BeforeAll
    static void writeTheReport() throws IOException {
        charts = ChartBuilder.writeAll(DATA, VI, dir);
        docx = dir.resolve("report-2024-08-31.docx");
        DocxBuilder.write(DATA, ReportTables.all(DATA, VI), charts, VI, OFFICE, docx);
    }

    static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static List<XWPFTable> tables(XWPFDocument d) {
        return d.getTables();
    }

    /** Every paragraph of the body, in order, table cells included. */
    static List<XWPFParagraph> paragraphs(XWPFDocument d) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : d.getBodyElements()) {
            if (e instanceof XWPFParagraph p) out.add(p);
            if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) for (XWPFTableCell cell : row.getTableCells()) out.addAll(cell.getParagraphs());
            }
        }
        return out;
    }

    static XWPFParagraph paragraph(XWPFDocument d, String text) {
        return paragraphs(d).stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph '" + text + "'"));
    }

    static List<String> cellTexts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void theHeadingBlockIsABorderlessTableOfTheIssuingBodyAndTheParty() throws IOException {
        try (XWPFDocument d = open(docx)) {
            assertThat(d.getBodyElements().get(0)).isInstanceOf(XWPFTable.class);
            XWPFTable heading = tables(d).get(0);
            assertThat(heading.getRows()).hasSize(1);
            assertThat(heading.getRow(0).getTableCells()).hasSize(2);
            assertThat(heading.getTopBorderType()).isNull();
            assertThat(heading.getInsideVBorderType()).isNull();
            XWPFTableCell left = heading.getRow(0).getCell(0);
            XWPFTableCell right = heading.getRow(0).getCell(1);
            assertThat(cellTexts(left)).containsExactly("THÀNH ỦY ĐÀ NẴNG", "BAN TỔ CHỨC", "*", "Số 125-BC/BTCTU");
            assertThat(left.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
            assertThat(left.getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
            assertThat(cellTexts(right)).containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 15 tháng 9 năm 2024");
            XWPFParagraph party = right.getParagraphs().get(0);
            assertThat(party.getRuns().get(0).isBold()).isTrue();
            assertThat(party.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(15.0);
            assertThat(party.getBorderBottom()).isEqualTo(Borders.SINGLE);   // the rule under it
            XWPFRun date = paragraph(d, "Đà Nẵng, ngày 15 tháng 9 năm 2024").getRuns().get(0);
            assertThat(date.isItalic()).isTrue();
            assertThat(date.getFontFamily()).isEqualTo("Times New Roman");
        }
    }

    @Test
    void thenBaoCaoAndTheAbstract() throws IOException {
        try (XWPFDocument d = open(docx)) {
            XWPFParagraph type = paragraph(d, "BÁO CÁO");
            assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(type.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph abstractLine = paragraph(d, "kết quả công tác phát triển đảng viên 8 tháng đầu năm 2024");
            assertThat(abstractLine.getRuns().get(0).isBold()).isTrue();
            assertThat(d.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("BÁO CÁO kết quả công tác phát triển đảng viên 8 tháng đầu năm 2024");
        }
    }

    @Test
    void theNarrativeHasEveryHeadlineFigureInVietnameseFormat() throws IOException {
        try (XWPFDocument d = open(docx)) {
            // 1,381 admissions; 1,381 / 61,380 = 2.25%; 1,381 - 850 = +531; 1,381 / 850 = 162.5%; 2 of 3 units with their rates.
            paragraph(d, "8 tháng kết nạp 1.381 đảng viên");
            paragraph(d, "Từ ngày 1-1 đến ngày 31-8-2024, tổng số đảng viên kết nạp mới trên địa bàn thành phố là 1.381 đảng viên,"
                    + " đạt tỷ lệ 2,25% so với tổng số đảng viên đầu năm; tăng 531 đảng viên và bằng 162,5% so với cùng kỳ"
                    + " năm 2023. Có 2/3 đảng bộ đạt và vượt chỉ tiêu đề ra là Huyện ủy Hòa Vang (3,64%) và Đảng ủy Đại học"
                    + " Đà Nẵng (6,52%).");
            paragraph(d, "I. KẾT QUẢ KẾT NẠP ĐẢNG VIÊN");
            paragraph(d, "II. CÁCH TÍNH VÀ NGUỒN SỐ LIỆU");
            paragraph(d, "- Tỷ lệ kết nạp = số kết nạp trong kỳ / tổng số đảng viên đầu năm (1-1) × 100, làm tròn 2 chữ số thập phân.");
        }
    }

    @Test
    void itNamesTheDeltaVersionOfEachGoldTableItRead() throws IOException {
        try (XWPFDocument d = open(docx)) {
            // The fixture's versions: gold.city_summary 7, gold.peer_comparison 5 (in name order).
            paragraph(d, "Nguồn số liệu: các bảng gold của kho dữ liệu phát triển đảng viên, số liệu đến ngày 31-8-2024,"
                    + " phiên bản (Delta): gold.city_summary@7, gold.peer_comparison@5.");
        }
    }

    @Test
    void theReviewTablesAreWordTablesWithTheHeaderRowRepeated() throws IOException {
        List<ReportTable> expected = ReportTables.all(DATA, VI);
        try (XWPFDocument d = open(docx)) {
            // The heading block, the signature block, then one table per review table.
            List<XWPFTable> tables = tables(d);
            assertThat(tables).hasSize(2 + expected.size());
            for (int i = 0; i < expected.size(); i++) {
                XWPFTable t = tables.get(2 + i);
                ReportTable want = expected.get(i);
                XWPFTableRow header = t.getRow(0);
                assertThat(header.isRepeatHeader()).as(want.key()).isTrue();
                assertThat(header.getCtRow().getTrPr().sizeOfTblHeaderArray()).as(want.key()).isEqualTo(1);
                assertThat(header.getTableCells()).extracting(XWPFTableCell::getText).as(want.key()).containsExactlyElementsOf(want.headers());
                assertThat(t.getRows()).as(want.key()).hasSize(want.rows().size() + 1);
                assertThat(t.getRow(1).isRepeatHeader()).isFalse();
                paragraph(d, "Bảng " + (i + 1) + ". " + want.title());
            }
            // The city table's 2024 row: year, from, to, admissions, members at 1 Jan, rate, same period 2023, change, ratio.
            assertThat(tables.get(2).getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("2024", "1-1-2024", "31-8-2024", "1.381", "61.380", "2,25%", "850", "+531", "162,5%");
            assertThat(tables.get(2).getRow(2).getCell(3).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            // The attainment table: Hòa Vang 164 of 150 = 109.3%, met.
            assertThat(tables.get(4).getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
                    .startsWith("Huyện ủy Hòa Vang", "164", "150", "109,3%", "3,64%");
            // The flow table's own definition under it; the shared notes are in the body, not repeated.
            paragraph(d, expected.get(4).notes().get(0));
        }
    }

    @Test
    void eachChartIsAnInlinePictureWithItsCaption() throws IOException {
        try (XWPFDocument d = open(docx)) {
            assertThat(d.getAllPictures()).hasSize(charts.size()).hasSize(8);
            List<XWPFParagraph> withPicture = paragraphs(d).stream()
                    .filter(p -> p.getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty())).toList();
            assertThat(withPicture).hasSize(8);
            assertThat(withPicture.get(0).getRuns().get(0).getCTR().getDrawingArray(0).sizeOfInlineArray()).isEqualTo(1);
            List<String> all = paragraphs(d).stream().map(XWPFParagraph::getText).toList();
            List<String> titles = new ArrayList<>(ChartBuilder.titles(DATA, VI).values());
            for (int i = 0; i < 8; i++) {
                String caption = "Biểu đồ " + (i + 1) + ". " + titles.get(i);
                assertThat(all).contains(caption);
                // The caption follows its picture.
                assertThat(all.get(all.indexOf(caption) - 1)).isEmpty();
            }
            assertThat(titles.get(0)).isEqualTo("Kết nạp đảng viên toàn thành phố, từ ngày 1-1 đến ngày 31-8 các năm");
            paragraph(d, "(Kèm theo Báo cáo số 125-BC/BTCTU, ngày 15-9-2024)");
        }
    }

    @Test
    void theFooterNumbersThePagesWithAPageFieldFromPageTwo() throws IOException {
        try (XWPFDocument d = open(docx)) {
            XWPFFooter footer = d.getHeaderFooterPolicy().getDefaultFooter();
            assertThat(footer).isNotNull();
            List<String> instructions = new ArrayList<>();
            for (XWPFParagraph p : footer.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) for (CTText t : r.getCTR().getInstrTextList()) instructions.add(t.getStringValue().trim());
                assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            }
            assertThat(instructions).containsExactly("PAGE");
            CTSectPr first = firstSection(d);
            assertThat(first.isSetTitlePg()).isTrue();                 // no number on page 1
            assertThat(first.sizeOfFooterReferenceArray()).isEqualTo(2);
            assertThat(d.getDocument().getBody().getSectPr().sizeOfFooterReferenceArray()).isEqualTo(1);
        }
    }

    /** The section ending in a paragraph: the report and appendix 1. */
    static CTSectPr firstSection(XWPFDocument d) {
        return d.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .map(p -> p.getCTP().getPPr().getSectPr()).findFirst().orElseThrow();
    }

    @Test
    void pagesAreA4WithTheGuidelinesMargins() throws IOException {
        try (XWPFDocument d = open(docx)) {
            CTSectPr report = firstSection(d);
            CTSectPr appendix = d.getDocument().getBody().getSectPr();
            // A4 = 210 × 297 mm = 11906 × 16838 twips; the tables' appendix turned to landscape.
            assertThat(report.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(report.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(appendix.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(appendix.getPgSz().getH()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(appendix.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            for (CTSectPr s : List.of(report, appendix)) {
                // 20 mm = 1134 twips, 30 mm = 1701, 15 mm = 850.
                assertThat(s.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
                assertThat(s.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
                assertThat(s.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
                assertThat(s.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
            }
            // The body font: Times New Roman 14 pt by default.
            var defaults = d.getStyles().getDefaultRunStyle();
            assertThat(defaults.getFontSizeAsDouble()).isEqualTo(14.0);
            XWPFRun body = paragraph(d, "8 tháng kết nạp 1.381 đảng viên").getRuns().get(0);
            assertThat(body.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(14.0);
        }
    }

    @Test
    void theSignatureAndRecipientsComeFromTheSettings() throws IOException {
        try (XWPFDocument d = open(docx)) {
            XWPFTable sign = tables(d).get(1);
            assertThat(cellTexts(sign.getRow(0).getCell(0))).containsExactly("Nơi nhận:", "- Ban Thường vụ Thành ủy (để báo cáo),",
                    "- Các đảng bộ trực thuộc,", "- Lưu Văn phòng.");
            assertThat(sign.getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(cellTexts(sign.getRow(0).getCell(1))).containsExactly("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn A");
            assertThat(sign.getTopBorderType()).isNull();
            // No confidentiality mark unless configured.
            assertThat(paragraphs(d)).extracting(XWPFParagraph::getText).doesNotContain("MẬT");
        }
    }

    @Test
    void aConfiguredSecrecyMarkIsBoxedUnderTheNumberAndABlankNumberIsLeftForTheClerk(@TempDir Path out) throws IOException {
        DocumentSettings secret = new DocumentSettings("THÀNH ỦY ĐÀ NẴNG", "BAN TỔ CHỨC", "", "BC/BTCTU", "Đà Nẵng",
                LocalDate.of(2025, 1, 5), "MẬT", "", "TRƯỞNG BAN", "", List.of("Lưu Văn phòng"));
        Path file = out.resolve("secret.docx");
        DocxBuilder.write(DATA, ReportTables.all(DATA, VI), charts, VI, secret, file);
        try (XWPFDocument d = open(file)) {
            XWPFTableCell left = tables(d).get(0).getRow(0).getCell(0);
            assertThat(cellTexts(left)).containsExactly("THÀNH ỦY ĐÀ NẴNG", "BAN TỔ CHỨC", "*", "Số       -BC/BTCTU", "MẬT");
            XWPFParagraph mark = left.getParagraphs().get(4);
            assertThat(mark.getBorderTop()).isEqualTo(Borders.SINGLE);
            assertThat(mark.getBorderLeft()).isEqualTo(Borders.SINGLE);
            assertThat(mark.getRuns().get(0).isBold()).isTrue();
            // A day below 10 and January take a leading zero.
            paragraph(d, "Đà Nẵng, ngày 05 tháng 01 năm 2025");
            assertThat(cellTexts(tables(d).get(1).getRow(0).getCell(1))).containsExactly("TRƯỞNG BAN");
        }
    }

    @Test
    void theSettingsAreReadFromTheReportWording() {
        DocumentSettings s = DocumentSettings.from(VI, LocalDate.of(2024, 9, 15));
        assertThat(s.parentBody()).isEqualTo("THÀNH ỦY ĐÀ NẴNG");
        assertThat(s.body()).isEqualTo("BAN TỔ CHỨC");
        assertThat(s.symbol()).isEqualTo("BC/BTCTU");
        assertThat(s.date()).isEqualTo(LocalDate.of(2024, 9, 15));   // document.date blank: the day given
        assertThat(s.confidentiality()).isEmpty();
        assertThat(s.recipients()).last().isEqualTo("Lưu Văn phòng");
        assertThat(DocxBuilder.dateline(VI, OFFICE)).isEqualTo("Đà Nẵng, ngày 15 tháng 9 năm 2024");
        assertThat(DocxBuilder.dateline(ReportTexts.load("en", null), OFFICE)).isEqualTo("Đà Nẵng, 15 September 2024");
    }

    @Test
    void theFormatsParseFromTheCommandLine() {
        assertThat(ReportFormat.parse(List.of("docx"))).containsExactly(ReportFormat.DOCX);
        assertThat(ReportFormat.parse(null)).isEqualTo(ReportFormat.ALL);
        assertThat(ReportFormat.parse(List.of("XLSX", "all"))).isEqualTo(ReportFormat.ALL);
        assertThat(ReportFormat.needsCharts(ReportFormat.parse(List.of("docx")))).isTrue();
        assertThat(ReportFormat.needsCharts(ReportFormat.parse(List.of("xlsx")))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportFormat.parse(List.of("pdf")))
                .hasMessageContaining("'pdf'").hasMessageContaining("docx");
    }

    /**
     * LibreOffice opens the document and renders it: at least one page, and the text layer holds the
     * heading and the figures. Skipped where soffice (Debian: libreoffice-writer-nogui) or pdftotext and
     * pdfinfo (poppler-utils) are not on PATH.
     */
    @Test
    void libreOfficeRendersItToPdfWithTheHeadingAndTheFigures(@TempDir Path out) throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not on PATH");
        Assumptions.assumeTrue(onPath("pdftotext") && onPath("pdfinfo"), "pdftotext/pdfinfo (poppler-utils) are not on PATH");
        Path profile = out.resolve("lo-profile");
        String result = exec(out, "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString());
        Path pdf = out.resolve("report-2024-08-31.pdf");
        assertThat(pdf).as(result).exists();
        String info = exec(out, "pdfinfo", pdf.toString());
        int pages = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                .replace("Pages:", "").trim());
        assertThat(pages).isGreaterThanOrEqualTo(1);
        // Reading order, whitespace collapsed: a line the substitute font wraps still reads as one phrase.
        String text = exec(out, "pdftotext", pdf.toString(), "-").replaceAll("\\s+", " ");
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("BÁO CÁO").contains("1.381").contains("2,25%")
                .contains("162,5%").contains("THÀNH ỦY ĐÀ NẴNG");
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) return true;
        }
        return false;
    }

    static String exec(Path dir, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "exec", ".out");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 180 s");
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + text).isZero();
        return text;
    }
}
