package vn.ptdv.review.spark;

import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/** Labels Spark jobs with the step that runs them, so the Spark UI reads like the code. */
public final class JobLabels {
    private JobLabels() {}

    public static <T> T labelled(SparkSession spark, String group, String description, Supplier<T> step) {
        spark.sparkContext().setJobGroup(group, description, false);
        try {
            return step.get();
        } finally {
            spark.sparkContext().clearJobGroup();
        }
    }

    public static void labelled(SparkSession spark, String group, String description, Runnable step) {
        labelled(spark, group, description, () -> {
            step.run();
            return null;
        });
    }
}
