package vn.ptdv.review.catalog;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A table of the product: its id, its schema (whose field comments are the data dictionary and become
 * the Delta column comments), its key, its grain ("one row per ...") and what it is for.
 */
public record TableDef(TableId id, StructType schema, List<String> keyColumns, String grain, String description) {
    public String qualified() { return id.qualified(); }

    /** Selects the table's columns from {@code data}, in the table's order and with its types. */
    public Dataset<Row> conform(Dataset<Row> data) {
        Column[] cols = new Column[schema.size()];
        for (int i = 0; i < cols.length; i++) {
            StructField f = schema.fields()[i];
            cols[i] = col(f.name()).cast(f.dataType()).as(f.name());
        }
        return data.select(cols);
    }
}
