package vn.ptdv.review.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Hand-made .xlsx workbooks for tests: cells as a unit's clerk would type them, with Excel's own formats. */
public final class Workbooks {
    private Workbooks() {}

    /** A cell of a hand-made sheet: text, a number in a format, or a formula. */
    public sealed interface Value permits Text, Number, Formula {}

    public record Text(String text) implements Value {}

    /** {@code format} an Excel number format, e.g. "dd/mm/yyyy", "#,##0", "0.0%"; null for General. */
    public record Number(double value, String format) implements Value {}

    /** A formula; its result is computed and cached in the file, as Excel does on saving. */
    public record Formula(String formula) implements Value {}

    public static Value text(String t) { return new Text(t); }

    public static Value number(double v, String format) { return new Number(v, format); }

    public static Value formula(String f) { return new Formula(f); }

    /**
     * One sheet named {@code sheetName}; {@code rows[i]} is row i + 1, a null row is left out (blank), a null
     * cell is left empty. {@code mergeFirstRow} merges the first row's first {@code width} cells (a title).
     */
    public static byte[] sheet(String sheetName, boolean mergeFirstRow, int width, Value[]... rows) {
        return write(new XSSFWorkbook(), sheetName, mergeFirstRow, width, rows);
    }

    /** The same as an Excel 97-2003 workbook (.xls). */
    public static byte[] legacySheet(String sheetName, boolean mergeFirstRow, int width, Value[]... rows) {
        return write(new org.apache.poi.hssf.usermodel.HSSFWorkbook(), sheetName, mergeFirstRow, width, rows);
    }

    private static byte[] write(org.apache.poi.ss.usermodel.Workbook workbook, String sheetName, boolean mergeFirstRow, int width,
                                Value[]... rows) {
        try (org.apache.poi.ss.usermodel.Workbook wb = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) continue;
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Value v = rows[r][c];
                    if (v == null) continue;
                    Cell cell = row.createCell(c);
                    if (v instanceof Text t) {
                        cell.setCellValue(t.text());
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.value());
                        if (n.format() != null) {
                            CellStyle style = wb.createCellStyle();
                            style.setDataFormat(wb.createDataFormat().getFormat(n.format()));
                            cell.setCellStyle(style);
                        }
                    } else if (v instanceof Formula f) {
                        cell.setCellFormula(f.formula());
                    }
                }
            }
            if (mergeFirstRow) sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, width - 1));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
