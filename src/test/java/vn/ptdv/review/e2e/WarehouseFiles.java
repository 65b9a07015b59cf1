package vn.ptdv.review.e2e;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.testing.TestSpark;

/**
 * Reads the Delta tables a launcher wrote under a warehouse directory, by path (no metastore: the
 * launcher's embedded one belongs to its own process), in this test JVM's local Spark session.
 */
final class WarehouseFiles {
    private WarehouseFiles() {}

    static SparkSession spark() {
        // The test's own session listens on the loopback address only, like everything the tests start.
        System.setProperty("spark.driver.host", LoopbackCluster.HOST);
        System.setProperty("spark.driver.bindAddress", LoopbackCluster.HOST);
        return TestSpark.session();
    }

    static String path(Path warehouse, TableDef table) {
        return warehouse.resolve(table.id().database() + ".db").resolve(table.id().name()).toString();
    }

    /** Every row of the table, in key order. */
    static List<Row> rows(Path warehouse, TableDef table) {
        Column[] key = table.keyColumns().stream().map(functions::col).toArray(Column[]::new);
        return spark().read().format("delta").load(path(warehouse, table)).orderBy(key).collectAsList();
    }

    /** The rows of one as-of date of a gold table, in key order. */
    static List<Row> rowsAsOf(Path warehouse, TableDef table, String asOf) {
        Column[] key = table.keyColumns().stream().map(functions::col).toArray(Column[]::new);
        return spark().read().format("delta").load(path(warehouse, table))
                .where(functions.col(Col.AS_OF_DATE).equalTo(functions.to_date(functions.lit(asOf))))
                .orderBy(key).collectAsList();
    }

    /** The table's latest Delta version. */
    static long version(Path warehouse, TableDef table) {
        return DeltaTable.forPath(spark(), path(warehouse, table)).history(1).select("version").head().getLong(0);
    }
}
