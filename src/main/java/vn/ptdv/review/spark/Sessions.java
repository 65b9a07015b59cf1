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
                .config("spark.sql.session.timeZone", "Asia/Ho_Chi_Minh");
        if (!submitted.contains("spark.sql.adaptive.enabled")) {
            builder.config("spark.sql.adaptive.enabled", "true");
        }
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
