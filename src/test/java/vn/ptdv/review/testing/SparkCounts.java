package vn.ptdv.review.testing;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.util.QueryExecutionListener;

/**
 * How much Spark work a step costs, counted rather than timed: the jobs it starts, and the queries
 * (Dataset actions: collect, count, take...) it runs. The test session runs without adaptive
 * execution, so the shuffles of one query are stages of its one job, and its broadcasts their own jobs.
 */
public final class SparkCounts {
    private SparkCounts() {}

    public static int jobs(SparkSession spark, Runnable step) {
        AtomicInteger started = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart jobStart) {
                started.incrementAndGet();
            }
        };
        drainEvents(spark);   // events of earlier work are not this step's
        spark.sparkContext().addSparkListener(listener);
        try {
            step.run();
            drainEvents(spark);
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        return started.get();
    }

    /** Queries that ran, successfully or not. */
    public static int queries(SparkSession spark, Runnable step) {
        AtomicInteger ran = new AtomicInteger();
        QueryExecutionListener listener = new QueryExecutionListener() {
            @Override
            public void onSuccess(String funcName, QueryExecution qe, long durationNs) {
                ran.incrementAndGet();
            }

            @Override
            public void onFailure(String funcName, QueryExecution qe, Exception exception) {
                ran.incrementAndGet();
            }
        };
        drainEvents(spark);
        spark.listenerManager().register(listener);
        try {
            step.run();
            drainEvents(spark);
        } finally {
            spark.listenerManager().unregister(listener);
        }
        return ran.get();
    }

    /** Listeners hear of jobs and queries asynchronously: wait until they have heard of everything so far. */
    private static void drainEvents(SparkSession spark) {
        try {
            spark.sparkContext().listenerBus().waitUntilEmpty();
        } catch (TimeoutException e) {
            throw new IllegalStateException("Spark's listener bus did not drain", e);
        }
    }
}
