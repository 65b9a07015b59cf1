package vn.ptdv.review.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.ptdv.review.catalog.SourceFile;

/**
 * An Excel workbook (.xlsx) of a drop, read as its first sheet: streamed row by row (SAX, POI's event
 * API), so a long sheet is never held whole, and written as a UTF-8 CSV copy that bronze reads like any
 * other file. The header is the first row, among the first {@link #MAX_HEADER_ROW}, that holds every
 * required column ({@link SourceMapping}): title rows above it are skipped. Rows keep their numbers in
 * the sheet: bronze's source_line is the sheet's row number.
 *
 * <p>A cell is written as Excel holds it, not as its format shows it: a date as yyyy-MM-dd (with the time
 * when it has one), a number without grouping (1381, not 1,381), a percentage as the percent it shows (4.5
 * for 4.5%), a formula as its cached result, text as typed with line breaks as spaces (a record is one
 * line of the copy).
 *
 * <p>Text typed in a legacy font (TCVN3's .VnTime, VNI's VNI-Times) is decoded: the header is read in the
 * first reading that has every required column (as written, TCVN3, VNI), and a cell whose words are not
 * Vietnamese syllables as written is decoded in the sheet's legacy font (the header's, else the one reading
 * that makes all its words syllables). The cells decoded are counted in the file's encoding.
 */
final class Workbook {
    /** Extension of the workbooks read beside .csv files. */
    static final String EXTENSION = ".xlsx";
    /** Extension of Excel 97-2003 workbooks, read whole (such a sheet has at most 65,536 rows). */
    static final String LEGACY_EXTENSION = ".xls";
    /** The header is looked for in this many first rows of the sheet. */
    static final int MAX_HEADER_ROW = 30;

    private Workbook() {}

    /**
     * The workbook as a local file, hashed on the way: a workbook is a zip, read by random access (its
     * sheet streamed from it, not unpacked in memory), which a Hadoop stream does not give. Deleted by the caller.
     */
    static java.io.File localCopy(FileSystem fs, Path p, MessageDigest sha) throws IOException {
        java.io.File local = java.io.File.createTempFile("drop-workbook-", p.getName().substring(p.getName().lastIndexOf('.')));
        try (InputStream in = new java.security.DigestInputStream(fs.open(p), sha);
             OutputStream out = java.nio.file.Files.newOutputStream(local.toPath())) {
            in.transferTo(out);
        }
        return local;
    }

    static CheckedSourceFile check(SourceFile f, FileSystem fs, Path p, Path copy, MessageDigest sha, SourceMapping mapping)
            throws IOException {
        java.io.File local = localCopy(fs, p, sha);
        try (OPCPackage pkg = OPCPackage.open(local, org.apache.poi.openxml4j.opc.PackageAccess.READ);
             Writer out = new OutputStreamWriter(fs.create(copy, true), StandardCharsets.UTF_8)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) throw new SourceException(p + ": the workbook has no sheet");
            try (InputStream sheet = sheets.next()) {
                String sheetName = sheets.getSheetName();
                Copy rows = new Copy(f, p, sheetName, mapping, out);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, new ReadOnlySharedStringsTable(pkg),
                        rows, new CellValues(), false));
                xml.parse(new InputSource(sheet));
                return rows.checked(copy, sha);
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new SourceException(p + ": not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        } catch (org.apache.poi.UnsupportedFileFormatException e) {
            throw new SourceException(p + ": not an .xlsx workbook (" + e.getMessage() + "); save it as .xlsx or .csv", e);
        } finally {
            java.nio.file.Files.deleteIfExists(local.toPath());
        }
    }

    /**
     * An Excel 97-2003 workbook (.xls), read as its first sheet through POI's HSSF model, which holds the
     * workbook in memory: bounded, since the format has at most 65,536 rows a sheet. Its cells are read as
     * those of an .xlsx ({@link CellValues}) into the same copy.
     */
    static CheckedSourceFile checkLegacy(SourceFile f, FileSystem fs, Path p, Path copy, MessageDigest sha, SourceMapping mapping)
            throws IOException {
        java.io.File local = localCopy(fs, p, sha);
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(
                     new org.apache.poi.poifs.filesystem.POIFSFileSystem(local, true));
             Writer out = new OutputStreamWriter(fs.create(copy, true), StandardCharsets.UTF_8)) {
            if (wb.getNumberOfSheets() == 0) throw new SourceException(p + ": the workbook has no sheet");
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            Copy rows = new Copy(f, p, sheet.getSheetName(), mapping, out);
            CellValues values = new CellValues();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                rows.startRow(row.getRowNum());
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    rows.cell(new CellReference(row.getRowNum(), cell.getColumnIndex()).formatAsString(), text(cell, values), null);
                }
                rows.endRow(row.getRowNum());
            }
            return rows.checked(copy, sha);
        } catch (org.apache.poi.UnsupportedFileFormatException e) {
            throw new SourceException(p + ": not an .xls workbook this reader knows (" + e.getMessage() + "); save it as .xlsx or .csv", e);
        } catch (RuntimeException e) {
            if (e instanceof SourceException) throw e;
            throw new SourceException(p + ": not a readable .xls workbook (" + e.getMessage() + ")", e);
        } finally {
            java.nio.file.Files.deleteIfExists(local.toPath());
        }
    }

    /** A cell of the HSSF model as Excel holds it: a formula as its cached result. */
    static String text(org.apache.poi.ss.usermodel.Cell cell, CellValues values) {
        org.apache.poi.ss.usermodel.CellType type = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> values.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    /** The rows of the sheet as they stream by: the header found, then each row written to the copy. */
    static final class Copy implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SourceFile file;
        private final Path path;
        private final String sheet;
        private final SourceMapping mapping;
        private final Writer out;
        private final List<String> cells = new ArrayList<>();
        private final List<String> firstRows = new ArrayList<>();
        List<String> header;
        List<String> received;
        int headerRow;
        int lastRow;
        /** The legacy font the header was typed in, when it was. */
        java.util.Optional<LegacyVietnamese> headerFont = java.util.Optional.empty();
        /** Cells decoded, per legacy font. */
        final java.util.EnumMap<LegacyVietnamese, Long> decodedCells = new java.util.EnumMap<>(LegacyVietnamese.class);

        Copy(SourceFile file, Path path, String sheet, SourceMapping mapping, Writer out) {
            this.file = file;
            this.path = path;
            this.sheet = sheet;
            this.mapping = mapping;
            this.out = out;
        }

        @Override
        public void startRow(int rowIndex) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) cells.add("");
            cells.add(value == null ? "" : value.replaceAll("\\R", " "));
        }

        @Override
        public void endRow(int rowIndex) {
            int row = rowIndex + 1;
            try {
                if (header == null) {
                    lookForHeader(row);
                } else {
                    for (int r = lastRow + 1; r < row; r++) out.write('\n'); // rows the sheet skips (blank): blank lines
                    // Excel leaves out empty cells at a row's end: as many fields as the header, unless more are filled.
                    List<String> fields = withoutTrailingBlanks(cells);
                    fields.replaceAll(this::unicode);
                    while (fields.size() < header.size()) fields.add("");
                    out.write(CsvLine.join(fields));
                    out.write('\n');
                    lastRow = row;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** A cell's text in Unicode: as written, or decoded from a legacy font (see the class comment). */
        String unicode(String cell) {
            if (EncodingDetection.allSyllables(cell)) return cell;
            java.util.Optional<LegacyVietnamese> font = headerFont;
            if (font.isEmpty()) {
                List<LegacyVietnamese> fits = java.util.Arrays.stream(LegacyVietnamese.values()).filter(e -> e != LegacyVietnamese.WINDOWS_1258)
                        .filter(e -> e.fromLegacyFontText(cell).filter(EncodingDetection::allSyllables).isPresent()).toList();
                if (fits.size() == 1) font = java.util.Optional.of(fits.get(0));
            }
            java.util.Optional<String> decoded = font.flatMap(e -> e.fromLegacyFontText(cell));
            if (decoded.isEmpty()) return cell;
            decodedCells.merge(font.get(), 1L, Long::sum);
            return decoded.get();
        }

        /** Whether {@code names} hold every required column. */
        private boolean complete(List<String> names) {
            return !names.isEmpty() && SourceDrop.requiredColumns(file).stream().allMatch(c -> names.stream().anyMatch(
                    n -> !n.isBlank() && mapping.column(file, n).map(c::equals).orElse(false)));
        }

        private void lookForHeader(int row) throws IOException {
            List<String> names = withoutTrailingBlanks(cells);
            List<String> required = SourceDrop.requiredColumns(file);
            boolean complete = complete(names);
            for (LegacyVietnamese font : List.of(LegacyVietnamese.TCVN3, LegacyVietnamese.VNI)) {
                if (complete) break;
                List<String> decoded = names.stream().map(n -> font.fromLegacyFontText(n).orElse(n)).toList();
                if (complete(decoded)) {
                    complete = true;
                    headerFont = java.util.Optional.of(font);
                    names = new ArrayList<>(decoded);
                }
            }
            if (!complete) {
                if (row > MAX_HEADER_ROW) {
                    throw new SourceException(path + ": sheet '" + sheet + "': none of rows 1-" + MAX_HEADER_ROW + " is a header with"
                            + " the required column(s) " + String.join(", ", required) + " (read through " + mapping.origin()
                            + "); the first rows read: " + String.join(" | ", firstRows));
                }
                if (firstRows.size() < 3 && !names.isEmpty()) firstRows.add("row " + row + ": " + String.join(", ", names));
                return;
            }
            received = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                // A header cell left blank (a merged cell's other half): named by its column letter.
                received.add(names.get(i).isBlank() ? "column " + CellReference.convertNumToColString(i) : names.get(i).strip());
            }
            header = SourceDrop.contractHeader(path + ": sheet '" + sheet + "' row " + row + " (header)", file, received, mapping);
            headerRow = row;
            lastRow = row;
            out.write(CsvLine.join(header));
            out.write('\n');
        }

        /** The sheet as checked, once every row went by; {@code sha} has seen the whole file. */
        CheckedSourceFile checked(Path copy, MessageDigest sha) {
            end();
            return new CheckedSourceFile(file, path + "#" + sheet, copy.toString(), HexFormat.of().formatHex(sha.digest()),
                    header, received, lastRow - headerRow + 1, headerRow - 1, encoding());
        }

        /** What the sheet's text was read as: Unicode, or the legacy fonts of the cells decoded (the header's first). */
        String encoding() {
            if (decodedCells.isEmpty() && headerFont.isEmpty()) return CheckedSourceFile.UTF_8;
            List<String> parts = new ArrayList<>();
            headerFont.ifPresent(f -> parts.add(f + " font in the header"));
            decodedCells.forEach((f, n) -> parts.add(f + " font in " + String.format("%,d", n) + " cell(s)"));
            return String.join(", ", parts);
        }

        void end() {
            if (header == null) {
                throw new SourceException(path + ": sheet '" + sheet + "' has no header row with the required column(s) "
                        + String.join(", ", SourceDrop.requiredColumns(file))
                        + (firstRows.isEmpty() ? "; it is empty" : "; the first rows read: " + String.join(" | ", firstRows)));
            }
        }

        private static List<String> withoutTrailingBlanks(List<String> row) {
            int end = row.size();
            while (end > 0 && row.get(end - 1).isBlank()) end--;
            return new ArrayList<>(row.subList(0, end));
        }
    }

    /** A numeric cell as Excel holds it rather than as its format shows it (see the class comment). */
    static final class CellValues extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString().replace('T', ' ');
            }
            BigDecimal number = BigDecimal.valueOf(value);
            if (formatString != null && formatString.replaceAll("\"[^\"]*\"", "").contains("%")) {
                number = number.movePointRight(2); // 0.045 shown as 4.5%: the contract's percentages are 4.5
            }
            String plain = number.stripTrailingZeros().toPlainString();
            return plain.equals("-0") ? "0" : plain;
        }
    }
}
