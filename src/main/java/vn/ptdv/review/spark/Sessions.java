package vn.ptdv.review.spark;

import java.io.File;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
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

    public static SparkSession create(ReviewConfig config, String appName) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        SparkConf submitted = new SparkConf(); // what spark-submit passed as system properties
        if (!submitted.contains("spark.master")) {
            builder.master("local[*]");
        }
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
}
