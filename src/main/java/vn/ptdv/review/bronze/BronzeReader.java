package vn.ptdv.review.bronze;

import static org.apache.spark.sql.types.DataTypes.StringType;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.sources.CheckedSourceFile;
import vn.ptdv.review.sources.CsvLine;

/**
 * Reads a checked source file into bronze rows: every column as text (contract columns first, then any
 * extra columns of the file), plus lineage. Each line is numbered as in the file (header = 1); a line
 * that cannot be split into the header's columns is kept with its raw text and the reason, so silver
 * can quarantine it. Blank lines carry no data and are skipped.
 */
public final class BronzeReader {
    private BronzeReader() {}

    /** The bronze schema for a file: the table's columns plus the file's extra columns before lineage. */
    public static StructType schemaFor(CheckedSourceFile file) {
        TableDef def = Tables.bronze(file.file());
        List<String> contract = file.file().columnNames();
        List<StructField> fields = new ArrayList<>();
        List<StructField> lineage = new ArrayList<>();
        for (StructField f : def.schema().fields()) {
            if (contract.contains(f.name())) fields.add(f);
            else lineage.add(f);
        }
        for (String h : file.header()) {
            if (!contract.contains(h)) {
                fields.add(DataTypes.createStructField(h, StringType, true).withComment("Extra column of the source file."));
            }
        }
        fields.addAll(lineage);
        return DataTypes.createStructType(fields);
    }

    public static Dataset<Row> read(SparkSession spark, CheckedSourceFile file, String batchId, Timestamp ingestedAt) {
        StructType schema = schemaFor(file);
        List<String> header = file.header();
        int dataColumns = schema.size() - 7; // the seven lineage columns close the schema
        int[] positions = new int[dataColumns];
        for (int i = 0; i < dataColumns; i++) {
            positions[i] = header.indexOf(schema.fields()[i].name());
        }
        JavaRDD<Row> rows = spark.read().textFile(file.readPath()).javaRDD().zipWithIndex()
                .flatMap(new LineToRow(positions, header.size(), batchId, file.path(), file.sha256(), ingestedAt, file.lineOffset()));
        return spark.createDataFrame(rows, schema);
    }

    static final class LineToRow implements FlatMapFunction<Tuple2<String, Long>, Row> {
        private static final long serialVersionUID = 1L;
        private final int[] positions;
        private final int headerSize;
        private final String batchId;
        private final String path;
        private final String sha256;
        private final Timestamp ingestedAt;
        private final long lineOffset;

        LineToRow(int[] positions, int headerSize, String batchId, String path, String sha256, Timestamp ingestedAt, long lineOffset) {
            this.positions = positions;
            this.headerSize = headerSize;
            this.batchId = batchId;
            this.path = path;
            this.sha256 = sha256;
            this.ingestedAt = ingestedAt;
            this.lineOffset = lineOffset;
        }

        @Override
        public Iterator<Row> call(Tuple2<String, Long> indexed) {
            long lineNumber = indexed._2() + 1;
            String line = CsvLine.clean(indexed._1());
            if (lineNumber == 1 || line.isBlank()) {
                return Collections.emptyIterator();
            }
            Object[] values = new Object[positions.length + 7];
            String malformed = null;
            try {
                List<String> fields = CsvLine.split(line);
                if (fields.size() != headerSize) {
                    malformed = "has " + fields.size() + " fields, the header has " + headerSize;
                } else {
                    for (int i = 0; i < positions.length; i++) {
                        String v = positions[i] < 0 ? null : fields.get(positions[i]);
                        values[i] = v == null || v.isEmpty() ? null : v;
                    }
                }
            } catch (CsvLine.MalformedLineException e) {
                malformed = e.getMessage();
            }
            int l = positions.length;
            values[l] = batchId;
            values[l + 1] = path;
            values[l + 2] = sha256;
            values[l + 3] = lineNumber + lineOffset; // the row in the file (a workbook's title rows are not in the copy)
            values[l + 4] = ingestedAt;
            values[l + 5] = malformed;
            values[l + 6] = malformed == null ? null : line;
            return Collections.singletonList(RowFactory.create(values)).iterator();
        }
    }

    /** Lineage column names, in order, as they close every bronze schema. */
    public static List<String> lineageColumns() {
        return List.of(Col.BATCH_ID, Col.SOURCE_FILE, Col.SOURCE_SHA256, Col.SOURCE_LINE, Col.INGESTED_AT,
                Col.MALFORMED, Col.RAW_LINE);
    }
}
