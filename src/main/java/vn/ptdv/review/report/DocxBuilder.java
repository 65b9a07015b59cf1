package vn.ptdv.review.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.ptdv.review.report.ReportData.CityYear;

/**
 * The review as the Organisation Department files it: a Word report laid out per Hướng dẫn
 * 36-HD/VPTW (2018) on the format of Party documents, from the same {@link ReportData} as the summary.
 *
 * <p>Page 1 on: A4 portrait, Times New Roman (a Unicode font, TCVN 6909:2001) 14 pt; the heading block
 * as a borderless two-cell table (issuing body, star and number and symbol on the left; "ĐẢNG CỘNG SẢN
 * VIỆT NAM" with its rule, place and date on the right); "BÁO CÁO" and the abstract; the summary's
 * paragraph and the definitions with the Delta version of each gold table read; the signature and
 * recipients blocks. Then appendix 1, the charts with captions, and appendix 2 on landscape pages, the
 * review tables as Word tables whose header row repeats on every page. Page numbers (a PAGE field) in
 * the footer from page 2. Every text comes from {@code document.*} and the summary templates; pure
 * apart from writing the file.
 */
public final class DocxBuilder {
    private DocxBuilder() {}

    /** The font of Party documents typed on a computer (TCVN 6909:2001 Unicode). */
    static final String FONT = "Times New Roman";
    static final int BODY_PT = 14;
    static final int TABLE_PT = 10;
    /** A4, in twentieths of a point. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    /**
     * Margins within the guideline's ranges (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm),
     * at the lower end: top 20, bottom 20, left 30, right 15 mm. Header and footer 10 mm from the edge.
     */
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    static final int HEADER_FOOTER = mm(10);
    static final int TEXT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
    static final int LANDSCAPE_TEXT_WIDTH = A4_LONG - MARGIN_LEFT - MARGIN_RIGHT;
    /** Of the heading table: the issuing body's cell; the rest is the party heading's. */
    static final int LEFT_CELL = 4050;
    /** Word's default cell margin, each side. */
    static final int CELL_MARGIN = 108;
    static final int FIRST_LINE_INDENT = 720;   // 1.27 cm
    static final double CHART_WIDTH_MM = 160;

    static int mm(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /** Writes the report to {@code file}; {@code charts} are the PNGs {@link ChartBuilder#writeAll} wrote. */
    public static void write(ReportData data, List<ReportTable> tables, List<Path> charts, ReportTexts texts,
                             DocumentSettings doc, Path file) throws IOException {
        try (XWPFDocument d = build(data, tables, charts, texts, doc); OutputStream out = Files.newOutputStream(file)) {
            d.write(out);
        }
    }

    static XWPFDocument build(ReportData data, List<ReportTable> tables, List<Path> charts, ReportTexts texts,
                              DocumentSettings doc) throws IOException {
        XWPFDocument d = new XWPFDocument();
        Map<String, String> f = SummaryBuilder.figures(data, texts);
        CityYear h = data.headline();
        Map<String, String> v = new HashMap<>(f);
        v.put("year", String.valueOf(h.year()));
        v.put("number", doc.number().isEmpty() ? "      " : doc.number());
        v.put("symbol", doc.symbol());
        v.put("date", texts.date(doc.date()));
        d.getProperties().getCoreProperties().setTitle(texts.text("document.type") + " " + texts.render("document.abstract", v));
        d.getProperties().getCoreProperties().setCreator(doc.body() + " " + doc.parentBody());
        defaults(d, texts.lang());
        CTSectPr section = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                : d.getDocument().getBody().addNewSectPr();
        page(section, false);
        footers(d, section);

        heading(d, texts, doc, v);
        XWPFParagraph type = centred(d.createParagraph(), 360, 0);
        run(type, texts.text("document.type"), 16, true, false);
        run(centred(d.createParagraph(), 0, 0), texts.render("document.abstract", v), BODY_PT, true, false);
        run(centred(d.createParagraph(), 0, 240), "-----", BODY_PT, false, false);

        sectionHeading(d, texts.text("document.results"));
        run(body(d.createParagraph()), texts.render("summary.heading", f), BODY_PT, true, true);
        run(body(d.createParagraph()), SummaryBuilder.paragraph(data, texts), BODY_PT, false, false);
        SummaryBuilder.termParagraph(data, texts).ifPresent(term -> {
            run(body(d.createParagraph()), texts.text("summary.term.heading"), BODY_PT, true, true);
            run(body(d.createParagraph()), term, BODY_PT, false, false);
        });
        sectionHeading(d, texts.text("document.method"));
        for (String note : ReportTables.definitions(data, texts)) run(body(d.createParagraph()), "- " + note, BODY_PT, false, false);
        XWPFParagraph source = body(d.createParagraph());
        source.setAlignment(ParagraphAlignment.LEFT);   // table@version names are long words: justified, the line gaps
        run(source, texts.render("document.source",
                Map.of("as_of", texts.date(data.asOf()), "versions", ReportTables.versions(data, "@"))), BODY_PT, false, false);
        signature(d, texts, doc);

        // Appendix 1: the charts, on portrait pages after the report.
        appendixHeading(d, texts, "document.charts-appendix", v, true);
        Map<String, String> titles = ChartBuilder.titles(data, texts);
        int n = 0;
        for (Path chart : charts) {
            n++;
            String name = chart.getFileName().toString().replaceFirst("\\.png$", "");
            picture(centred(d.createParagraph(), 240, 60), chart);
            run(centred(d.createParagraph(), 0, 240), texts.render("document.chart-caption",
                    Map.of("n", String.valueOf(n), "title", titles.getOrDefault(name, name))), 13, false, true);
        }
        // The portrait pages end here; appendix 2 goes on landscape pages (the widest table has 15 columns).
        XWPFParagraph breakPara = d.createParagraph();
        breakPara.getCTP().addNewPPr().setSectPr((CTSectPr) section.copy());
        page(section, true);
        if (section.isSetTitlePg()) section.unsetTitlePg();
        for (int i = section.sizeOfFooterReferenceArray() - 1; i >= 0; i--) {
            if (section.getFooterReferenceArray(i).getType() == STHdrFtr.FIRST) section.removeFooterReference(i);
        }

        appendixHeading(d, texts, "document.tables-appendix", v, false);
        n = 0;
        for (ReportTable t : tables) {
            n++;
            XWPFParagraph caption = d.createParagraph();
            caption.setSpacingBefore(n == 1 ? 120 : 360);
            caption.setSpacingAfter(120);
            caption.setKeepNext(true);
            run(caption, texts.render("document.table-caption", Map.of("n", String.valueOf(n), "title", t.title())), 12, true, false);
            if (t.rows().isEmpty()) {
                run(d.createParagraph(), texts.text("document.no-rows"), TABLE_PT + 1, false, true);
            } else {
                table(d, t, texts);
            }
            List<String> shared = ReportTables.notes(data, texts);
            for (String note : t.notes()) {
                if (shared.contains(note)) continue;   // the shared notes are in section II of the report
                XWPFParagraph p = d.createParagraph();
                p.setSpacingBefore(60);
                p.setAlignment(ParagraphAlignment.BOTH);
                run(p, note, TABLE_PT, false, true);
            }
        }
        return d;
    }

    /** Times New Roman 14 pt, the report language, single lines without spacing: what any paragraph starts from. */
    private static void defaults(XWPFDocument d, String lang) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(BODY_PT * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(BODY_PT * 2L));
        rpr.addNewLang().setVal("vi".equals(lang) ? "vi-VN" : "en-GB");
        CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        d.createStyles().setStyles(styles);
    }

    /** A4 portrait or landscape with the guideline's margins. */
    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar mar = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(HEADER_FOOTER));
        mar.setFooter(BigInteger.valueOf(HEADER_FOOTER));
        mar.setGutter(BigInteger.ZERO);
    }

    /** The page number, centred in the footer, from page 2 (the first page has an empty footer). */
    private static void footers(XWPFDocument d, CTSectPr section) {
        XWPFFooter footer = d.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        fieldChar(p, STFldCharType.BEGIN);
        XWPFRun instr = run(p, null, 13, false, false);
        CTText text = instr.getCTR().addNewInstrText();
        text.setStringValue(" PAGE ");
        text.setSpace(SpaceAttribute.Space.PRESERVE);
        fieldChar(p, STFldCharType.SEPARATE);
        run(p, "1", 13, false, false);
        fieldChar(p, STFldCharType.END);
        d.createFooter(HeaderFooterType.FIRST).createParagraph();
        if (!section.isSetTitlePg()) section.addNewTitlePg();
        boolean hasFirst = false;
        for (CTHdrFtrRef ref : section.getFooterReferenceArray()) hasFirst |= ref.getType() == STHdrFtr.FIRST;
        if (!hasFirst) throw new IllegalStateException("POI did not reference the first-page footer from the section");
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        run(p, null, 13, false, false).getCTR().addNewFldChar().setFldCharType(type);
    }

    /**
     * The heading block: a borderless table of two cells. Left: the parent body, the issuing body (bold),
     * a star, the number and symbol, the secrecy mark if any. Right: "ĐẢNG CỘNG SẢN VIỆT NAM" (bold 15 pt)
     * with a rule as long as the heading under it, then place and date in italics on the line of the number.
     */
    private static void heading(XWPFDocument d, ReportTexts texts, DocumentSettings doc, Map<String, String> v) {
        XWPFTable t = d.createTable(1, 2);
        t.removeBorders();
        t.setWidth(String.valueOf(TEXT_WIDTH));
        XWPFTableRow row = t.getRow(0);
        XWPFTableCell left = row.getCell(0);
        XWPFTableCell right = row.getCell(1);
        left.setWidth(String.valueOf(LEFT_CELL));
        right.setWidth(String.valueOf(TEXT_WIDTH - LEFT_CELL));

        run(centred(left.getParagraphs().get(0), 0, 0), doc.parentBody(), BODY_PT, false, false);
        run(centred(left.addParagraph(), 0, 0), doc.body(), BODY_PT, true, false);
        run(centred(left.addParagraph(), 0, 0), "*", BODY_PT, false, false);
        run(centred(left.addParagraph(), 0, 0), texts.render("document.number-line", v), BODY_PT, false, false);
        if (!doc.confidentiality().isEmpty()) {
            XWPFParagraph mark = centred(left.addParagraph(), 120, 0);
            int box = (int) Math.round(textWidthTwips(doc.confidentiality(), BODY_PT) + 240);
            int indent = Math.max(0, (LEFT_CELL - 2 * CELL_MARGIN - box) / 2);
            mark.setIndentationLeft(indent);
            mark.setIndentationRight(indent);
            mark.setBorderTop(Borders.SINGLE);
            mark.setBorderBottom(Borders.SINGLE);
            mark.setBorderLeft(Borders.SINGLE);
            mark.setBorderRight(Borders.SINGLE);
            run(mark, doc.confidentiality(), BODY_PT, true, false);
        }

        String party = texts.text("document.party");
        XWPFParagraph title = centred(right.getParagraphs().get(0), 0, 0);
        // The rule: the paragraph's bottom border, indented to the heading's own length.
        int rule = (int) Math.round(textWidthTwips(party, 15));
        int indent = Math.max(0, (TEXT_WIDTH - LEFT_CELL - 2 * CELL_MARGIN - rule) / 2);
        title.setIndentationLeft(indent);
        title.setIndentationRight(indent);
        title.setBorderBottom(Borders.SINGLE);
        title.getCTP().getPPr().getPBdr().getBottom().setSpace(BigInteger.valueOf(2));   // points between text and rule
        run(title, party, 15, true, false);
        run(centred(right.addParagraph(), 0, 0), "", BODY_PT, false, false);
        run(centred(right.addParagraph(), 0, 0), "", BODY_PT, false, false);
        run(centred(right.addParagraph(), 0, 0), dateline(texts, doc), BODY_PT, false, true);
    }

    /**
     * The width of upper-case bold Times New Roman text, estimated: its capitals average 0.63 em
     * (ĐẢNG CỘNG SẢN VIỆT NAM is 13.78 em in its advance widths, 22 characters).
     */
    static double textWidthTwips(String text, int points) {
        return text.length() * 0.626 * points * 20;
    }

    /**
     * "Đà Nẵng, ngày 15 tháng 9 năm 2024". A day below 10 and the months 1 and 2 take a leading zero
     * ("ngày 03 tháng 4 năm 2018", as the guideline's own dateline), so no digit can be written before them.
     */
    static String dateline(ReportTexts texts, DocumentSettings doc) {
        int day = doc.date().getDayOfMonth();
        int month = doc.date().getMonthValue();
        return texts.render("document.dateline", Map.of("place", doc.place(), "day", (day < 10 ? "0" : "") + day,
                "month", (month < 3 ? "0" : "") + month, "month_name", doc.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                "year", String.valueOf(doc.date().getYear())));
    }

    private static void sectionHeading(XWPFDocument d, String text) {
        XWPFParagraph p = body(d.createParagraph());
        p.setSpacingBefore(120);
        p.setKeepNext(true);
        run(p, text, BODY_PT, true, false);
    }

    /**
     * The signature and recipients: a borderless table of two cells. Left: "Nơi nhận:" (underlined), then
     * one line a recipient in 12 pt, "- " before and "," after each, "." after the last. Right: the
     * signer's authority and title (bold capitals), room for signature and seal, and the name (bold).
     */
    private static void signature(XWPFDocument d, ReportTexts texts, DocumentSettings doc) {
        d.createParagraph();
        XWPFTable t = d.createTable(1, 2);
        t.removeBorders();
        t.setWidth(String.valueOf(TEXT_WIDTH));
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        left.setWidth(String.valueOf(TEXT_WIDTH / 2));
        right.setWidth(String.valueOf(TEXT_WIDTH - TEXT_WIDTH / 2));
        XWPFRun label = run(left.getParagraphs().get(0), texts.text("document.recipients-label"), BODY_PT, false, false);
        label.setUnderline(UnderlinePatterns.SINGLE);
        List<String> recipients = doc.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            run(left.addParagraph(), "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ","), 12, false, false);
        }
        XWPFParagraph first = centred(right.getParagraphs().get(0), 0, 0);
        boolean firstUsed = false;
        for (String line : List.of(doc.signerAuthority(), doc.signerTitle())) {
            if (line.isEmpty()) continue;
            run(firstUsed ? centred(right.addParagraph(), 0, 0) : first, line, BODY_PT, true, false);
            firstUsed = true;
        }
        for (int i = 0; i < 4; i++) run(centred(right.addParagraph(), 0, 0), "", BODY_PT, false, false);
        run(centred(right.addParagraph(), 0, 0), doc.signerName(), BODY_PT, true, false);
    }

    /** "Phụ lục n", its title and "(Kèm theo Báo cáo số …)", on a new page. */
    private static void appendixHeading(XWPFDocument d, ReportTexts texts, String key, Map<String, String> v, boolean newPage) {
        XWPFParagraph p = centred(d.createParagraph(), 0, 0);
        if (newPage) p.setPageBreak(true);
        run(p, texts.text(key), BODY_PT, true, false);
        run(centred(d.createParagraph(), 0, 0), texts.text(key + "-title"), BODY_PT, true, false);
        run(centred(d.createParagraph(), 0, 240), texts.render("document.appendix-of", v), 13, false, true);
    }

    private static void picture(XWPFParagraph p, Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) throw new IOException(png + " is not an image");
        double widthPt = CHART_WIDTH_MM / 25.4 * 72;
        double heightPt = widthPt * image.getHeight() / image.getWidth();
        p.setKeepNext(true);
        try (InputStream in = Files.newInputStream(png)) {
            p.createRun().addPicture(in, XWPFDocument.PICTURE_TYPE_PNG, png.getFileName().toString(),
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(png + ": " + e.getMessage(), e);
        }
    }

    /** One review table: bordered, full width, the header row shaded and repeated on every page; numbers right-aligned. */
    private static void table(XWPFDocument d, ReportTable t, ReportTexts texts) {
        int cols = t.headers().size();
        XWPFTable table = d.createTable(t.rows().size() + 1, cols);
        table.setWidth("100%");
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(single, 4, 0, "000000");
        table.setBottomBorder(single, 4, 0, "000000");
        table.setLeftBorder(single, 4, 0, "000000");
        table.setRightBorder(single, 4, 0, "000000");
        table.setInsideHBorder(single, 4, 0, "000000");
        table.setInsideVBorder(single, 4, 0, "000000");
        int[] widths = columnWidths(t, texts, LANDSCAPE_TEXT_WIDTH);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < cols; c++) row.getCell(c).setWidth(String.valueOf(widths[c]));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor("E7E6E6");
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            run(centred(cell.getParagraphs().get(0), 0, 0), t.headers().get(c), TABLE_PT, true, false);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<Object> values = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                ReportTable.Kind kind = t.kinds().get(c);
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                p.setAlignment(kind == ReportTable.Kind.TEXT ? ParagraphAlignment.LEFT
                        : kind == ReportTable.Kind.PLAIN || kind == ReportTable.Kind.DATE ? ParagraphAlignment.CENTER : ParagraphAlignment.RIGHT);
                run(p, ReportTable.display(values.get(c), kind, texts), TABLE_PT, false, false);
            }
        }
    }

    /**
     * Column widths (twips) that add up to {@code total}, each in proportion to what it needs: its longest
     * cell or its heading's longest word (half the heading at least: it may wrap once), 6 to 22 characters
     * of about 110 twips at 10 pt, plus the cell's margins.
     */
    static int[] columnWidths(ReportTable t, ReportTexts texts, int total) {
        int cols = t.headers().size();
        double[] weight = new double[cols];
        for (int c = 0; c < cols; c++) {
            int longest = 0;
            for (String word : t.headers().get(c).split("\\s+")) longest = Math.max(longest, word.length());
            longest = Math.max(longest, (t.headers().get(c).length() + 1) / 2);   // a heading wraps onto two lines at most
            for (List<Object> row : t.rows()) {
                longest = Math.max(longest, ReportTable.display(row.get(c), t.kinds().get(c), texts).length());
            }
            weight[c] = Math.min(22, Math.max(6, longest)) * 110 + 2 * CELL_MARGIN;
        }
        double sum = java.util.Arrays.stream(weight).sum();
        int[] widths = new int[cols];
        int used = 0;
        for (int c = 0; c < cols; c++) {
            widths[c] = c == cols - 1 ? total - used : (int) Math.floor(total * weight[c] / sum);
            used += widths[c];
        }
        return widths;
    }

    /** A body paragraph: justified, first line indented 1.27 cm, 6 pt after, lines at 1.15. */
    private static XWPFParagraph body(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        return p;
    }

    private static XWPFParagraph centred(XWPFParagraph p, int before, int after) {
        p.setAlignment(ParagraphAlignment.CENTER);
        if (before > 0) p.setSpacingBefore(before);
        if (after > 0) p.setSpacingAfter(after);
        return p;
    }

    /** A run in Times New Roman; {@code text} null for a run that carries a field character. */
    private static XWPFRun run(XWPFParagraph p, String text, double points, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(points);
        if (bold) r.setBold(true);
        if (italic) r.setItalic(true);
        if (text != null) r.setText(text);
        return r;
    }
}
