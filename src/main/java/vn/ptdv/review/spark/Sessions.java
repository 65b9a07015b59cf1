package vn.ptdv.review.spark;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.domain.OfficeCalendar;

/**
 * Builds the SparkSession every job runs in. Delta and the catalog are configured here, in code, so the
 * job jar works under any spark-submit; anything set by spark-submit or conf/spark-defaults.conf still
 * wins for settings not fixed below.
 */
public final class Sessions {
    private Sessions() {}

    public static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";
    public static final String DELTA_CATALOG = "org.apache.spark.sql.delta.catalog.DeltaCatalog";
    /** Where the embedded Derby metastore lives inside a local warehouse. */
    public static final String EMBEDDED_METASTORE_DIR = "metastore_db";

    /** The loopback address a local-mode driver binds to unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";
    static final String MASTER = "spark.master";
    static final String DRIVER_HOST = "spark.driver.host";
    static final String DRIVER_BIND_ADDRESS = "spark.driver.bindAddress";
    static final String METASTORE_URIS = "spark.hadoop.hive.metastore.uris";

    /**
     * Settings for a warehouse on the local disk (defaults: spark-submit or the configuration win). Without
     * Hadoop's native library, which Spark's jars do not include, Hadoop runs a child process for each
     * permission it sets (chmod) and each link it resolves (readlink): some 650 processes in an ingest of the
     * sample, seconds of the run on a small machine. These avoid them: permissions through java.nio
     * ({@link LocalFileSystemWithoutForks}); Delta's commits and checksum files renamed through the
     * FileSystem API rather than FileContext's link-resolving rename. Delta's LocalLogStore assumes one
     * writing process, which is how a local warehouse is used (WarehouseLock).
     */
    static java.util.Map<String, String> localWarehouseSettings() {
        return java.util.Map.of(
                "spark.hadoop.fs.file.impl", LocalFileSystemWithoutForks.class.getName(),
                "spark.delta.logStore.file.impl", "io.delta.storage.LocalLogStore",
                "spark.sql.streaming.checkpointFileManagerClass",
                "org.apache.spark.sql.execution.streaming.FileSystemBasedCheckpointFileManager");
    }

    /** Settings every session gets unless spark-submit or the configuration sets them. */
    static Map<String, String> defaults(ReviewConfig config) {
        Map<String, String> d = new java.util.LinkedHashMap<>();
        d.put("spark.sql.adaptive.enabled", "true");
        if (config.isLocalWarehouse()) d.putAll(localWarehouseSettings());
        // Delta 3.3 lists every file of the table in each commit's checksum, computed by a Spark job over the
        // table's log after every commit; our reads do not use it, and the ingest makes some 30 commits.
        d.put("spark.databricks.delta.allFilesInCrc.enabled", "false");
        // Data tests and emptiness checks take a few rows of what is almost always empty: Spark's default
        // (1 partition first, then 4x more per round) makes that several jobs; scan all partitions at once.
        d.put("spark.sql.limit.initialNumPartitions", "10000");
        // Spark renders each query's plan as text for its UI when the query starts and, with adaptive
        // execution, again after every stage (SPARK-50992): Spark's default, the "formatted" plan, renders
        // every node twice. The plain tree keeps the UI readable at half the driver's work.
        d.put("spark.sql.ui.explainMode", "simple");
        return d;
    }

    public static SparkSession create(ReviewConfig config, String appName) {
        return create(config, appName, extensions -> {});
    }

    /** A session with more SQL extensions, e.g. the SQL endpoint's personal-data check. */
    public static SparkSession create(ReviewConfig config, String appName, Consumer<SparkSessionExtensions> extensions) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        SparkConf submitted = new SparkConf(); // what spark-submit passed as system properties
        if (!submitted.contains(MASTER)) {
            builder.master("local[*]");
        }
        builder.withExtensions(e -> {
            extensions.accept(e);
            return scala.runtime.BoxedUnit.UNIT;
        });
        loopbackSettings(submitted.get(MASTER, "local[*]"), config.sparkSettings(), submitted::contains).forEach(builder::config);
        builder.config("spark.sql.extensions", DELTA_EXTENSION)
                .config("spark.sql.catalog.spark_catalog", DELTA_CATALOG)
                .config("spark.sql.warehouse.dir", config.warehouse())
                // Unparseable dates become null (and are quarantined) instead of failing the job.
                .config("spark.sql.legacy.timeParserPolicy", "CORRECTED")
                .config("spark.sql.session.timeZone", OfficeCalendar.ZONE.getId());
        // Defaults: what spark-submit passed wins, and so does the configuration (applied last, below).
        defaults(config).forEach((key, value) -> {
            if (!submitted.contains(key)) builder.config(key, value);
        });
        if (ReviewConfig.CATALOG_HIVE.equals(config.catalogImplementation())) {
            builder.enableHiveSupport();
            String url = config.metastoreJdbcUrl();
            if (url.isBlank()) {
                if (!config.isLocalWarehouse()) {
                    throw new IllegalArgumentException("the warehouse " + config.warehouse()
                            + " is not local: set review.catalog.metastore-jdbc-url to a shared metastore database,"
                            + " or use an external metastore through spark.hadoop.hive.metastore.uris");
                }
                String dir = config.warehouse().replaceFirst("^file:", "");
                new File(dir).mkdirs();
                url = "jdbc:derby:;databaseName=" + dir + File.separator + EMBEDDED_METASTORE_DIR + ";create=true";
                System.setProperty("derby.stream.error.file", dir + File.separator + "derby.log");
            }
            builder.config("spark.hadoop.javax.jdo.option.ConnectionURL", url);
        } else {
            builder.config("spark.sql.catalogImplementation", "in-memory");
        }
        for (Map.Entry<String, String> e : config.sparkSettings().entrySet()) {
            builder.config(e.getKey(), e.getValue());
        }
        return builder.getOrCreate();
    }

    /**
     * In local mode the driver (its RPC endpoint, block manager and UI's links) binds to the loopback
     * address, so nothing of a local run listens on the machine's network interfaces; settings given
     * anywhere win. On a cluster nothing changes: executors must reach the driver's address. (The UI
     * server's own address is SPARK_LOCAL_IP, which jobs/review and jobs/submit set for local runs.)
     *
     * @param submittedMaster the master spark-submit was given (local[*] when none)
     * @param jobSettings     the job's own spark.* settings, which may name another master
     * @param alreadySet      whether spark-submit or spark-defaults.conf set a key
     */
    public static Map<String, String> loopbackSettings(String submittedMaster, Map<String, String> jobSettings,
                                                      Predicate<String> alreadySet) {
        String master = jobSettings.getOrDefault(MASTER, submittedMaster);
        if (!master.startsWith("local")) return Map.of();
        Map<String, String> settings = new LinkedHashMap<>();
        for (String key : List.of(DRIVER_HOST, DRIVER_BIND_ADDRESS)) {
            if (!alreadySet.test(key) && !jobSettings.containsKey(key)) settings.put(key, LOOPBACK);
        }
        return settings;
    }

    /**
     * Whether the catalog is the embedded Derby metastore under the warehouse, which one process at a
     * time can open: a Hive catalog with neither a metastore database nor a metastore service configured.
     */
    public static boolean usesEmbeddedMetastore(ReviewConfig config) {
        return ReviewConfig.CATALOG_HIVE.equals(config.catalogImplementation()) && config.metastoreJdbcUrl().isBlank()
                && !config.sparkSettings().containsKey(METASTORE_URIS) && !new SparkConf().contains(METASTORE_URIS);
    }
}
