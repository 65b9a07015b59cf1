package vn.ptdv.review.sample;

import static vn.ptdv.review.catalog.Col.*;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.sources.CsvLine;
import vn.ptdv.review.sources.LegacyVietnamese;
import vn.ptdv.review.sources.SourceMapping;

/**
 * Rewrites a drop in the contract's form (the generated sample) in the form units send it, so that the
 * whole path from a real drop is exercised: the same records, other bytes.
 * <ul>
 *   <li>units, members and targets become workbooks ({@code .xlsx}): a title row and a blank row above
 *       a header of Vietnamese names, codes as words, members' dates as Excel date cells (dd/mm/yyyy),
 *       targets as number cells (#,##0, and the rate as a percent cell);</li>
 *   <li>events stay CSV, in UTF-8 with a byte-order mark as Excel saves it, with Vietnamese headers,
 *       words for codes and dates typed day first (31/8/2024);</li>
 *   <li>candidates too, but in TCVN3, as an office on legacy software exports them (no byte-order mark,
 *       nothing that declares it: the ingest finds it);</li>
 *   <li>the other files stay as they are: a drop may mix both forms.</li>
 * </ul>
 * The names and words are the first ones {@link SourceMapping} lists for each column and code, so the
 * ingest reads them back through the same mapping. Written with POI's streaming workbook (a window of
 * rows in memory).
 */
public final class AsReceived {
    /** Files rewritten as workbooks, and the title above each sheet's header. */
    static final Map<SourceFile, String> WORKBOOKS = Map.of(
            SourceFile.UNITS, "DANH SÁCH TỔ CHỨC ĐẢNG",
            SourceFile.MEMBERS, "DANH SÁCH ĐẢNG VIÊN",
            SourceFile.TARGETS, "CHỈ TIÊU KẾT NẠP ĐẢNG VIÊN HẰNG NĂM");
    /** Files rewritten as CSV with Vietnamese headers and words. */
    static final Set<SourceFile> TYPED_CSV = Set.of(SourceFile.EVENTS, SourceFile.CANDIDATES);
    /** Of those, the files written in TCVN3 rather than UTF-8. */
    static final Set<SourceFile> TCVN3_CSV = Set.of(SourceFile.CANDIDATES);
    /** Columns holding dates, written as date cells (workbooks) or day-first text (CSV). */
    static final Set<String> DATE_COLUMNS = Set.of(VALID_FROM, VALID_TO, BIRTH_DATE, ADMITTED_ON, OFFICIAL_ON, LEFT_ON, EVENT_DATE);
    /** Whole-number columns of a workbook, written as number cells with a thousands separator. */
    static final Set<String> COUNT_COLUMNS = Set.of(ADMISSIONS_TARGET);
    /** Year columns of a workbook, written as plain number cells. */
    static final Set<String> YEAR_COLUMNS = Set.of(YEAR);
    /** Percent columns of a workbook, written as percent cells (4.5 as 0.045 shown 4.5%). */
    static final Set<String> PERCENT_COLUMNS = Set.of(RATE_TARGET_PCT);
    static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/yyyy");
    /** Rows POI's streaming workbook keeps in memory. */
    static final int ROW_WINDOW = 200;

    private AsReceived() {}

    /** Rewrites the files of {@code drop} in place; returns the files written. */
    public static List<Path> rewrite(Path drop, SourceMapping mapping) throws IOException {
        List<Path> written = new ArrayList<>();
        for (SourceFile f : SourceFile.values()) {
            Path csv = drop.resolve(f.fileName());
            if (!Files.exists(csv)) continue;
            if (WORKBOOKS.containsKey(f)) {
                Path xlsx = drop.resolve(f.tableName() + ".xlsx");
                writeWorkbook(f, csv, xlsx, mapping);
                Files.delete(csv);
                written.add(xlsx);
            } else if (TYPED_CSV.contains(f)) {
                Path typed = drop.resolve(f.fileName() + ".typed");
                writeTypedCsv(f, csv, typed, mapping);
                Files.move(typed, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                written.add(csv);
            }
        }
        return written;
    }

    /** The header name a unit's file would use for {@code column}: the mapping's first, else the contract's. */
    static String headerName(SourceFile f, String column, SourceMapping mapping) {
        List<String> names = mapping.headerNames(f, column);
        return names.isEmpty() ? column : names.get(0);
    }

    /** The word a unit would type for {@code code}: the mapping's first, else the code. */
    static String word(SourceFile f, String column, String code, SourceMapping mapping) {
        List<String> words = mapping.words(f, column).getOrDefault(code, List.of());
        return words.isEmpty() ? code : words.get(0);
    }

    private static List<String> fields(String line, Path csv) {
        try {
            return CsvLine.split(CsvLine.clean(line));
        } catch (CsvLine.MalformedLineException e) {
            throw new IllegalArgumentException(csv + ": " + e.getMessage(), e);
        }
    }

    static void writeTypedCsv(SourceFile f, Path csv, Path out, SourceMapping mapping) throws IOException {
        boolean tcvn3 = TCVN3_CSV.contains(f);
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             java.io.OutputStream bytes = new java.io.BufferedOutputStream(Files.newOutputStream(out));
             Writer w = tcvn3 ? new Tcvn3Writer(bytes) : new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            List<String> header = fields(in.readLine(), csv);
            List<String> names = new ArrayList<>();
            for (String column : header) names.add(headerName(f, column, mapping));
            if (!tcvn3) w.write(CsvLine.BOM);
            w.write(CsvLine.join(names));
            w.write("\r\n");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> row = fields(line, csv);
                List<String> typed = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    String column = header.get(i);
                    String v = row.get(i);
                    if (v.isEmpty()) typed.add(v);
                    else if (DATE_COLUMNS.contains(column)) typed.add(DAY_FIRST.format(LocalDate.parse(v)));
                    else typed.add(word(f, column, v, mapping));
                }
                w.write(CsvLine.join(typed));
                w.write("\r\n");
            }
        }
    }

    /** Text written as TCVN3 bytes ({@link LegacyVietnamese#encodeTcvn3}). */
    static final class Tcvn3Writer extends Writer {
        private final java.io.OutputStream out;

        Tcvn3Writer(java.io.OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.write(LegacyVietnamese.encodeTcvn3(new String(chars, offset, length)));
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    static void writeWorkbook(SourceFile f, Path csv, Path xlsx, SourceMapping mapping) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             OutputStream out = Files.newOutputStream(xlsx)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle count = wb.createCellStyle();
            count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle year = wb.createCellStyle();
            year.setDataFormat(wb.createDataFormat().getFormat("0"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            Sheet sheet = wb.createSheet(f.tableName());
            List<String> header = fields(in.readLine(), csv);
            sheet.createRow(0).createCell(0).setCellValue(WORKBOOKS.get(f));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
            // Row 2 is left blank; the header is row 3.
            Row names = sheet.createRow(2);
            for (int i = 0; i < header.size(); i++) names.createCell(i).setCellValue(headerName(f, header.get(i), mapping));
            int r = 3;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> row = fields(line, csv);
                Row cells = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    String v = row.get(i);
                    if (v.isEmpty()) continue;
                    String column = header.get(i);
                    Cell cell = cells.createCell(i);
                    if (DATE_COLUMNS.contains(column)) {
                        cell.setCellValue(DateUtil.getExcelDate(LocalDate.parse(v)));
                        cell.setCellStyle(date);
                    } else if (COUNT_COLUMNS.contains(column)) {
                        cell.setCellValue(Long.parseLong(v));
                        cell.setCellStyle(count);
                    } else if (YEAR_COLUMNS.contains(column)) {
                        cell.setCellValue(Long.parseLong(v));
                        cell.setCellStyle(year);
                    } else if (PERCENT_COLUMNS.contains(column)) {
                        // The nearest double to the short decimal, so that reading it back gives the same digits.
                        cell.setCellValue(new BigDecimal(v).movePointLeft(2).doubleValue());
                        cell.setCellStyle(percent);
                    } else {
                        cell.setCellValue(word(f, column, v, mapping)); // text cells: codes keep their leading zeros
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
