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
    /**
     * The longest column comment the Hive metastore stores ({@code COLUMNS_V2.COMMENT} is
     * {@code VARCHAR(256)} in its schema). A longer one makes every table creation fail inside the
     * metastore, which retries ten times two seconds apart before Spark carries on without it.
     */
    public static final int MAX_COMMENT_LENGTH = 256;

    public TableDef {
        for (StructField f : schema.fields()) {
            int length = f.getComment().isDefined() ? f.getComment().get().length() : 0;
            if (length > MAX_COMMENT_LENGTH) {
                throw new IllegalArgumentException("the comment of " + id.qualified() + "." + f.name() + " is "
                        + length + " characters; the metastore stores at most " + MAX_COMMENT_LENGTH);
            }
        }
    }

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
