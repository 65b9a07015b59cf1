package vn.ptdv.review.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ptdv.review.report.ReportTable.Kind;

/**
 * The Excel workbook: one sheet per review table. Numbers are numeric cells with number formats
 * (counts with thousands separators, percentages as Excel percentages with their gold decimals:
 * 2.25 is stored as 0.0225 shown "0.00%"), dates are date cells, the header row is bold and frozen,
 * column widths fit the longest value, and the notes follow the table after one empty row.
 */
public final class WorkbookBuilder {
    private WorkbookBuilder() {}

    /** Width of one character in Excel's units (1/256 of a character), plus a margin of two. */
    private static final int CHAR_WIDTH = 256;
    private static final int MAX_CHARS = 60;

    public static Workbook build(List<ReportTable> tables, ReportTexts texts) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Map<Kind, CellStyle> styles = styles(wb, texts);
        CellStyle header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        for (ReportTable t : tables) {
            Sheet sheet = wb.createSheet(t.title());
            int[] widths = new int[t.headers().size()];
            Row head = sheet.createRow(0);
            for (int c = 0; c < t.headers().size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(t.headers().get(c));
                cell.setCellStyle(header);
                widths[c] = t.headers().get(c).length();
            }
            int r = 1;
            for (List<Object> values : t.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Kind kind = t.kinds().get(c);
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(styles.get(kind));
                    write(cell, v, kind);
                    widths[c] = Math.max(widths[c], ReportTable.display(v, kind, texts).length());
                }
            }
            r++;
            Row label = sheet.createRow(r++);
            label.createCell(0).setCellValue(texts.text("notes.label"));
            label.getCell(0).setCellStyle(header);
            for (String note : t.notes()) {
                sheet.createRow(r++).createCell(0).setCellValue(note);
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, (Math.min(widths[c], MAX_CHARS) + 2) * CHAR_WIDTH);
            }
        }
        return wb;
    }

    public static void write(List<ReportTable> tables, ReportTexts texts, Path file) throws IOException {
        try (Workbook wb = build(tables, texts); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    static void write(Cell cell, Object v, Kind kind) {
        if (v == null) {
            cell.setBlank();
            return;
        }
        switch (kind) {
            case TEXT -> cell.setCellValue(String.valueOf(v));
            case COUNT, CHANGE, PLAIN -> cell.setCellValue(((Number) v).doubleValue());
            case RATE, RATIO -> cell.setCellValue(((BigDecimal) v).movePointLeft(2).doubleValue());
            case POINTS -> cell.setCellValue(((BigDecimal) v).doubleValue());
            case DATE -> cell.setCellValue((LocalDate) v);
        }
    }

    private static Map<Kind, CellStyle> styles(Workbook wb, ReportTexts texts) {
        DataFormat fmt = wb.createDataFormat();
        Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
        Map<Kind, String> formats = Map.of(Kind.TEXT, "@", Kind.COUNT, "#,##0", Kind.CHANGE, "+#,##0;-#,##0;0", Kind.PLAIN, "0", Kind.RATE, "0.00%",
                Kind.RATIO, "0.0%", Kind.POINTS, "+0.00;-0.00;0.00", Kind.DATE, texts.text("date.excel"));
        for (Kind k : Kind.values()) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(fmt.getFormat(formats.get(k)));
            styles.put(k, s);
        }
        return styles;
    }
}
