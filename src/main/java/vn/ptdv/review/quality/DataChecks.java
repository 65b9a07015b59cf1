package vn.ptdv.review.quality;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.TableDef;

/** The kinds of data test the product runs: each fails with the check's name and example rows. */
public final class DataChecks {
    private DataChecks() {}

    static final int EXAMPLES = 5;

    /** Fails {@code check} when {@code offending} has rows. */
    public static void fail(String check, Dataset<Row> offending) {
        List<Row> examples = offending.takeAsList(EXAMPLES);
        if (!examples.isEmpty()) {
            long n = offending.count();
            List<String> shown = new ArrayList<>();
            for (Row r : examples) shown.add(r.toString());
            throw new DataCheckException("data test '" + check + "' failed on " + n + " row(s), e.g. " + String.join("; ", shown));
        }
    }

    public static void keysUniqueAndNotNull(TableDef def, Dataset<Row> rows) {
        Column anyNull = lit(false);
        for (String k : def.keyColumns()) anyNull = anyNull.or(col(k).isNull());
        fail(def.qualified() + ": key columns " + def.keyColumns() + " not null", rows.where(anyNull));
        Column[] keys = def.keyColumns().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        fail(def.qualified() + ": one row per " + def.keyColumns(), rows.groupBy(keys).count().where(col("count").gt(1)));
    }

    /** Every non-null {@code column} of {@code child} is a {@code parentColumn} of {@code parent}. */
    public static void relationship(String childName, Dataset<Row> child, String column, String parentName,
                                    Dataset<Row> parent, String parentColumn) {
        Dataset<Row> orphans = child.select(col(column)).where(col(column).isNotNull())
                .join(parent.select(col(parentColumn).as("_parent")), col(column).equalTo(col("_parent")), "left_anti")
                .distinct();
        fail(childName + "." + column + " refers to an existing " + parentName + "." + parentColumn, orphans);
    }
}
