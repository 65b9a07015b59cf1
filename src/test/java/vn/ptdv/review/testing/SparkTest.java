package vn.ptdv.review.testing;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Base of the tests that need Spark: the shared session and a few ways to read results. */
public abstract class SparkTest {
    protected final SparkSession spark = TestSpark.session();

    /** The single row of {@code rows} where {@code column} equals {@code value} (fails otherwise). */
    protected static Row only(Dataset<Row> rows, String column, Object value) {
        List<Row> found = rows.where(col(column).equalTo(value)).collectAsList();
        if (found.size() != 1) {
            throw new AssertionError("expected one row with " + column + " = " + value + ", found " + found.size() + ": " + found);
        }
        return found.get(0);
    }

    /** The rows matching a SQL condition. */
    protected static List<Row> where(Dataset<Row> rows, String condition) {
        return rows.where(condition).collectAsList();
    }

    protected static Row one(Dataset<Row> rows, String condition) {
        List<Row> found = where(rows, condition);
        if (found.size() != 1) {
            throw new AssertionError("expected one row where " + condition + ", found " + found.size() + ": " + found);
        }
        return found.get(0);
    }
}
