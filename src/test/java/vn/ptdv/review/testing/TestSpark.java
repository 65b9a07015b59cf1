package vn.ptdv.review.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.spark.Sessions;

/**
 * The one SparkSession of the whole test suite (local[2], 2 shuffle partitions, no UI), built by the
 * production {@link Sessions} code with an in-memory catalog and a warehouse under target/.
 */
public final class TestSpark {
    private TestSpark() {}

    private static SparkSession spark;
    private static ReviewConfig config;

    public static synchronized SparkSession session() {
        if (spark == null) {
            try {
                Path warehouse = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "test-warehouse-");
                config = new ReviewConfig(warehouse.toString(), ReviewConfig.CATALOG_IN_MEMORY, "", "yyyy-MM-dd",
                        "UTF-8", 0, Optional.empty(), 2020, warehouse.resolve("sample"), 2024, Map.of(
                                "spark.master", "local[2]",
                                "spark.sql.shuffle.partitions", "2",
                                "spark.default.parallelism", "2",
                                "spark.ui.enabled", "false",
                                "spark.databricks.delta.snapshotPartitions", "2",
                                "spark.sql.adaptive.enabled", "false"),
                        null, ReviewConfig.DEFAULT_DORMANT_YEARS, null,   // ./reports, 2 dormant years, the endpoint's defaults
                        ReviewConfig.referenceTerms());                     // Da Nang's terms, as the job's defaults
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            spark = Sessions.create(config, "party-review tests");
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return spark;
    }

    public static ReviewConfig config() {
        session();
        return config;
    }

    /** The test configuration with a pseudonymisation key, as a real drop needs. */
    public static ReviewConfig configWithKey(String key) {
        ReviewConfig c = config();
        return new ReviewConfig(c.warehouse(), c.catalogImplementation(), c.metastoreJdbcUrl(), c.sourceDateFormat(),
                c.sourceEncoding(), c.lockWaitSeconds(), Optional.of(key), c.fromYear(), c.sampleDir(), c.sampleSeed(),
                c.sparkSettings(), c.reportDir(), c.dormantYears(), c.sqlEndpoint(), c.terms());
    }
}
