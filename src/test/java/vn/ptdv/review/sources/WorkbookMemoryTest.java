package vn.ptdv.review.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.catalog.SourceFile;

/**
 * A sheet of 100,000 members (500,000 cells) is read, header found and every row copied, in a JVM of 64 MiB
 * heap: the streaming read holds one row and the shared strings, not POI's model of the whole sheet (an
 * object per cell and row). A bound in memory, not in time: nothing here is timed.
 */
class WorkbookMemoryTest {
    static final int ROWS = 100_000;
    static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    /** Run in the child JVM: checks the workbook as the ingest does and prints its line count. */
    public static void main(String[] args) {
        CheckedSourceFile f = SourceDrop.checkFile(SourceFile.MEMBERS, args[0], new Configuration(), SourceEncoding.utf8(), args[1],
                SourceMapping.builtIn());
        System.out.println("lines=" + f.lines());
    }

    @Test
    void aSheetOf100000RowsIsReadInBoundedMemory() throws Exception {
        Path xlsx = dir.resolve("members.xlsx");
        // Shared strings, as Excel saves text (the reader keeps that table; the rows it streams).
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, true); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("Đảng viên");
            var header = sheet.createRow(0);
            List<String> names = List.of("Mã đảng viên", "Họ và tên", "Giới tính", "Mã chi bộ", "Ngày vào Đảng");
            for (int c = 0; c < names.size(); c++) header.createCell(c).setCellValue(names.get(c));
            for (int r = 1; r <= ROWS; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("M" + r);
                row.createCell(1).setCellValue("Nguyễn Văn " + r);
                row.createCell(2).setCellValue(r % 2 == 0 ? "Nam" : "Nữ");
                row.createCell(3).setCellValue("C" + (r % 500));
                row.createCell(4).setCellValue("02/03/2024");
            }
            wb.write(out);
            wb.dispose();
        }
        Path staging = dir.resolve("staging");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), WorkbookMemoryTest.class.getName(), xlsx.toString(), staging.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        // The header and every row.
        assertThat(out).contains("lines=" + (ROWS + 1));
        // The copy has them all, the last one as written.
        List<String> copy = Files.readAllLines(staging.resolve("members.csv"), StandardCharsets.UTF_8);
        assertThat(copy).hasSize(ROWS + 1);
        assertThat(copy.get(ROWS)).isEqualTo("M100000,Nguyễn Văn 100000,Nam,C0,02/03/2024");
    }
}
