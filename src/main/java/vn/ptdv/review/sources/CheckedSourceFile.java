package vn.ptdv.review.sources;

import java.util.List;
import vn.ptdv.review.catalog.SourceFile;

/**
 * A source file that passed the file-level checks.
 *
 * @param file    which file of the contract
 * @param path    where it is (a Hadoop path string), as recorded in lineage
 * @param readPath where Spark reads it: the file itself, or its UTF-8 copy when the source encoding is another
 * @param sha256  hash of its bytes, the identity of the file across runs
 * @param header  its columns in file order, as bronze names them: the contract column a header name is read
 *                as ({@link SourceMapping}), else the name normalised (an extra column)
 * @param received the header's names as received (trimmed), in the same order
 * @param lines   lines in the file, header included (for a workbook: its rows from the header on)
 * @param lineOffset rows above the header (a workbook's title rows): what is added to a line of the read
 *                copy to give its row in the file
 * @param encoding what its text was read as: UTF-8, UTF-16 (Excel Unicode text), TCVN3 (found: not UTF-8),
 *                 a workbook's own (Unicode), or its cells' legacy font: TCVN3 (cells)
 */
public record CheckedSourceFile(SourceFile file, String path, String readPath, String sha256, List<String> header,
                                List<String> received, long lines, long lineOffset,
                                String encoding) {
    /** The encoding of a UTF-8 file (and of a workbook's cells written in Unicode). */
    public static final String UTF_8 = "UTF-8";

    /** The file's name as received, with the sheet for a workbook: members.xlsx#Đảng viên. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@link #renamed} as the ingest and inspect print it: 'Giới tính' as gender, … */
    public String renamings() {
        return String.join(", ", renamed().entrySet().stream().map(e -> "'" + e.getKey() + "' as " + e.getValue()).toList());
    }

    /** The columns whose header name was not the contract's own: received name to contract column. */
    public java.util.Map<String, String> renamed() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).equals(received.get(i)) && file.columnNames().contains(header.get(i))) {
                out.put(received.get(i), header.get(i));
            }
        }
        return out;
    }
}
