package vn.ptdv.review.catalog;

import static org.apache.spark.sql.functions.expr;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.types.StructField;
import vn.ptdv.review.util.Concurrently;
import vn.ptdv.review.util.ScalaSeq;

/**
 * The only class that writes Delta tables: creating them from their {@link TableDef} (with column
 * comments), idempotent MERGEs for silver, and as-of replacement for gold.
 */
public final class Warehouse {
    static final int CREATE_THREADS = 4;
    private final SparkSession spark;

    public Warehouse(SparkSession spark) {
        this.spark = spark;
    }

    public SparkSession spark() {
        return spark;
    }

    /**
     * The SQL endpoint's audit table, registered at a fixed place under the warehouse: the endpoint appends
     * to it there, whether it serves this catalog or a copy of it.
     *
     * @return the table's location
     */
    public String ensureAuditTable() {
        TableDef def = Tables.AUDIT_SQL_STATEMENTS;
        String location = spark.conf().get("spark.sql.warehouse.dir").replaceAll("/+$", "") + "/" + def.id().database()
                + ".db/" + def.id().name();
        spark.sql("CREATE DATABASE IF NOT EXISTS " + def.id().database());
        creation(def).location(location).execute();
        return location;
    }

    /** The creation of {@code def} when it does not exist: its name, columns with their comments, description and grain. */
    private io.delta.tables.DeltaTableBuilder creation(TableDef def) {
        return DeltaTable.createIfNotExists(spark).tableName(def.qualified()).addColumns(def.schema())
                .comment(def.description() + " Grain: " + def.grain() + ".");
    }

    /** Creates the databases and every table of {@code defs} that does not exist yet. */
    public void ensureTables(List<TableDef> defs) {
        for (String db : Tables.DATABASES) {
            spark.sql("CREATE DATABASE IF NOT EXISTS " + db);
        }
        for (String db : Tables.PERSONAL_DATA_DATABASES) {
            ownerOnly(spark.sessionState().catalog().getDatabaseMetadata(db).locationUri().toString());
        }
        // Each creation is a Delta commit and a catalog call: a few threads overlap their latency.
        List<TableDef> missing = defs.stream().filter(d -> !exists(d)).toList();
        List<java.util.concurrent.Callable<Void>> creations = new ArrayList<>();
        for (TableDef def : missing) {
            creations.add(() -> {
                creation(def).execute();
                return null;
            });
        }
        try {
            Concurrently.run("create-tables", CREATE_THREADS, creations);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot create a table: " + e.getMessage(), e);
        }
    }

    /**
     * Creates or replaces each view. A view stores its query, not rows: replacing it after each compute
     * keeps its column list equal to the tables' (a view's {@code SELECT *} is expanded when created).
     */
    public void ensureViews(List<ViewDef> views) {
        for (ViewDef v : views) {
            spark.sql("CREATE OR REPLACE VIEW " + v.qualified() + " COMMENT '" + sqlString(v.description() + " Grain: "
                    + v.grain() + ".") + "' AS " + v.query());
        }
    }

    /** The body of a SQL string literal: quotes and backslashes escaped. */
    static String sqlString(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'");
    }

    /** On a local warehouse, makes a database directory readable by its owner only (rwx------). */
    static void ownerOnly(String locationUri) {
        if (!locationUri.startsWith("file:")) return;
        java.nio.file.Path dir = java.nio.file.Path.of(java.net.URI.create(locationUri));
        try {
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (java.io.IOException | UnsupportedOperationException e) {
            vn.ptdv.review.util.Progress.say("could not restrict %s to its owner: %s", dir, e.getMessage());
        }
    }

    public boolean exists(TableDef def) {
        return spark.catalog().tableExists(def.id().database(), def.id().name());
    }

    public Dataset<Row> read(TableDef def) {
        return spark.table(def.qualified());
    }

    /** The table's latest Delta version. */
    public long version(TableDef def) {
        return DeltaTable.forName(spark, def.qualified()).history(1).select("version").head().getLong(0);
    }

    /** Delta's name of the operation that creates a table without rows (what {@link #ensureTables} commits). */
    static final String CREATE_TABLE = "CREATE TABLE";

    /**
     * Whether the table's only commit is its creation by {@link #ensureTables}: then it holds no rows, which
     * this tells from the table's log alone. (A scan, even of an empty table, is a Spark job or two for
     * Delta to list its files; a new warehouse has fifteen such tables.)
     */
    public boolean onlyCreated(TableDef def) {
        Row last = DeltaTable.forName(spark, def.qualified()).history(1).select("version", "operation").head();
        return last.getLong(0) == 0 && CREATE_TABLE.equals(last.getString(1));
    }

    /** The latest commit: its version and the rows it wrote (Delta's numOutputRows; 0 when it wrote none). */
    public record Commit(long version, long rowsWritten) {}

    public Commit lastCommit(TableDef def) {
        Row last = DeltaTable.forName(spark, def.qualified()).history(1).select("version", "operationMetrics").head();
        java.util.Map<String, String> metrics = last.getJavaMap(1);
        String rows = metrics == null ? null : metrics.get("numOutputRows");
        return new Commit(last.getLong(0), rows == null ? 0 : Long.parseLong(rows));
    }

    /**
     * Schema evolution for a column added to a table's definition after the table was created: adds
     * {@code column} (type and comment from the definition) when the table lacks it, and sets it to
     * {@code valueForExistingRows} in the rows already there (one commit each). Returns whether it
     * was missing. Delta keeps the old versions, so time travel still shows the table as it was.
     */
    public boolean addColumnIfMissing(TableDef def, String column, String valueForExistingRows) {
        if (java.util.Arrays.asList(read(def).columns()).contains(column)) {
            return false;
        }
        StructField field = def.schema().apply(column);
        String comment = field.getComment().isDefined() ? field.getComment().get() : "";
        spark.sql("ALTER TABLE " + def.qualified() + " ADD COLUMNS (" + column + " " + field.dataType().sql()
                + " COMMENT '" + comment.replace("'", "\\'") + "')");
        DeltaTable.forName(spark, def.qualified()).update(
                org.apache.spark.sql.functions.col(column).isNull(),
                java.util.Map.of(column, org.apache.spark.sql.functions.lit(valueForExistingRows)));
        return true;
    }

    /** Appends rows, letting the schema grow by the extra columns a source file may carry (bronze). */
    public void appendAllowingNewColumns(TableDef def, Dataset<Row> rows) {
        v2(def, () -> rows.writeTo(def.qualified()).option("mergeSchema", "true").append());
    }

    /**
     * Upserts {@code incoming} (one row per key) by the table's key: new keys are inserted, rows whose
     * {@code _row_hash} differs are updated, identical rows are left alone. When nothing would change,
     * no commit is made at all, so a re-ingest leaves the table's version as it was.
     *
     * @return the number of rows inserted or updated
     */
    public long mergeChanges(TableDef def, Dataset<Row> incoming) {
        Dataset<Row> conformed = def.conform(incoming);
        List<String> matchOn = new ArrayList<>(def.keyColumns());
        matchOn.add(Col.ROW_HASH);
        if (onlyCreated(def)) return firstLoad(def, conformed);
        Dataset<Row> changes = conformed.join(read(def), ScalaSeq.of(matchOn), "left_anti");
        long changed = changes.count();
        if (changed == 0) {
            return 0;
        }
        String on = def.keyColumns().stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
        DeltaTable.forName(spark, def.qualified()).as("t")
                .merge(changes.as("s"), on)
                .whenMatched("t." + Col.ROW_HASH + " <> s." + Col.ROW_HASH).updateAll()
                .whenNotMatched().insertAll()
                .execute();
        return changed;
    }

    /** A first load: nothing to match, so no anti-join: a plain append, one commit; returns the rows written. */
    private long firstLoad(TableDef def, Dataset<Row> conformed) {
        v2(def, () -> conformed.writeTo(def.qualified()).append());
        return lastCommit(def).rowsWritten();
    }

    /** Inserts the rows whose key is not in the table yet; existing keys are left alone. */
    public long insertNew(TableDef def, Dataset<Row> incoming) {
        Dataset<Row> conformed = def.conform(incoming);
        if (onlyCreated(def)) return firstLoad(def, conformed);
        Dataset<Row> fresh = conformed.join(read(def), ScalaSeq.of(def.keyColumns()), "left_anti");
        long n = fresh.count();
        if (n > 0) {
            v2(def, () -> fresh.writeTo(def.qualified()).append());
        }
        return n;
    }

    /**
     * Replaces exactly the rows matching {@code condition} (e.g. one as_of_date) with {@code rows}, in one
     * Delta commit: readers see the old rows or the new ones, never a mix.
     */
    public void replaceWhere(TableDef def, Dataset<Row> rows, String condition) {
        // The V2 writer's overwrite(condition) is Delta's replaceWhere, without the metastore schema
        // update that DataFrameWriter.saveAsTable attempts (and Hive rejects) for Delta tables.
        v2(def, () -> def.conform(rows).writeTo(def.qualified()).overwrite(expr(condition)));
    }

    /** A write through Spark's V2 writer, whose Scala signature declares a checked exception. */
    interface V2Write {
        void run() throws NoSuchTableException;
    }

    static void v2(TableDef def, V2Write write) {
        try {
            write.run();
        } catch (NoSuchTableException e) {
            throw new IllegalStateException(def.qualified() + " does not exist", e);
        }
    }
}
