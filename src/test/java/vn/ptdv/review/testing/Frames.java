package vn.ptdv.review.testing;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.ptdv.review.catalog.TableDef;

/** Tiny hand-made DataFrames in a table's schema: name the columns given, the rest are null. */
public final class Frames {
    private Frames() {}

    public static Date d(String iso) {
        return iso == null ? null : Date.valueOf(iso);
    }

    public static BigDecimal dec(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    /** Rows with values for {@code columns} of {@code table}, in that order; other columns null. */
    public static Dataset<Row> rows(TableDef table, List<String> columns, Object[]... values) {
        StructType schema = table.schema();
        List<Row> rows = new ArrayList<>();
        for (Object[] v : values) {
            if (v.length != columns.size()) {
                throw new IllegalArgumentException("expected " + columns.size() + " values, got " + Arrays.toString(v));
            }
            Object[] full = new Object[schema.size()];
            for (int i = 0; i < columns.size(); i++) {
                full[schema.fieldIndex(columns.get(i))] = v[i];
            }
            rows.add(RowFactory.create(full));
        }
        return TestSpark.session().createDataFrame(rows, nullable(schema));
    }

    /** The schema with every field nullable, as Delta reads it back. */
    public static StructType nullable(StructType schema) {
        StructField[] fields = schema.fields().clone();
        for (int i = 0; i < fields.length; i++) {
            fields[i] = new StructField(fields[i].name(), fields[i].dataType(), true, fields[i].metadata());
        }
        return new StructType(fields);
    }

    public static Object[] r(Object... values) {
        return values;
    }
}
