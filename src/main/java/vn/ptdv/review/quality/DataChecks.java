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
    /** Data tests run at once: while the driver plans one, the executors run another's jobs. */
    static final int CONCURRENT_CHECKS = 4;

    /**
     * Runs independent data tests concurrently and waits for all of them; when any fails, the first
     * failure in the order given is thrown, as if they had run one after the other. Each test is
     * a few small Spark jobs whose time is mostly planning and scheduling, so overlapping them is
     * most of the cost of the data tests saved.
     */
    public static void all(List<Runnable> checks) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(CONCURRENT_CHECKS, r -> {
            Thread t = new Thread(r, "data-tests");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (Runnable check : checks) running.add(pool.submit(check));
            for (java.util.concurrent.Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    throw new IllegalStateException(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the data tests", e);
        } finally {
            pool.shutdownNow();
        }
    }

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
