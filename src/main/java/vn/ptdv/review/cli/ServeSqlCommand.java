package vn.ptdv.review.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.ptdv.review.catalog.WarehouseLock;
import vn.ptdv.review.endpoint.EndpointServer;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.spark.Sessions;
import vn.ptdv.review.util.Progress;

/**
 * The SQL endpoint for analysts: Spark's Thrift JDBC/ODBC server (HiveServer2 protocol) over the
 * warehouse's catalog, until stopped (Ctrl-C, SIGTERM). Who may log in, what each account reads and the
 * audit trail are {@link EndpointServer}'s; this command chooses the catalog it serves.
 *
 * <p>The embedded Derby metastore admits one process at a time, and a server runs for days: holding the
 * warehouse lock (or Derby itself) that long would block every ingest and compute. So with the embedded
 * metastore the server reads a copy of the catalog, taken under the warehouse lock at start (a few MB;
 * no job is writing it then), and releases the lock at once. Delta reads each table's latest version at
 * every query, so new rows written by a later compute are served; tables and views created after the
 * start are not, until the server is restarted. With an external metastore there is nothing to copy and
 * no lock: the server and the jobs share the catalog.
 */
@Command(name = "serve-sql", mixinStandardHelpOptions = true,
        description = {"Serve the gold tables (and silver to the data team) over JDBC/ODBC (Spark Thrift server, HiveServer2"
                + " protocol) until stopped. Connect with jdbc:hive2://HOST:PORT/default (beeline, DBeaver, Superset, Excel ODBC)"
                + " and an account of `jobs/review accounts`.",
                "Without accounts it serves this machine only, every connection as an analyst. Every statement is checked"
                + " before it runs and recorded in audit.sql_statements."})
final class ServeSqlCommand implements Callable<Integer> {
    static final String THRIFT_PORT = "spark.hadoop.hive.server2.thrift.port";
    static final String THRIFT_BIND_HOST = "spark.hadoop.hive.server2.thrift.bind.host";
    /**
     * The Thrift server turns on spark.sql.datetime.java8API.enabled in its sessions, and Delta 3.3's
     * metadata-only answer to min/max over a date column then fails with "LocalDate cannot be cast to
     * java.sql.Date" (delta-io/delta#4201): every gold.v_* view asks max(as_of_date). Off, Delta reads
     * the column, a few small files.
     */
    static final String DELTA_METADATA_ONLY_QUERIES = "spark.databricks.delta.optimizeMetadataQuery.enabled";

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "PORT",
            description = "TCP port to listen on (default: review.sql-endpoint.port, 10000).")
    Integer port;

    @Option(names = "--bind-host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: review.sql-endpoint.bind-host, 127.0.0.1: this machine only).")
    String bindHost;

    @Override
    public Integer call() throws Exception {
        ReviewConfig config = common.config();
        ReviewConfig.SqlEndpoint endpoint = config.sqlEndpoint().at(port != null ? port : config.sqlEndpoint().port(),
                bindHost != null ? bindHost : config.sqlEndpoint().bindHost());
        // Refuse an insecure start (another address without accounts) before anything is copied or listens.
        EndpointServer.Logins logins = EndpointServer.logins(endpoint, EndpointServer.accountsFile(endpoint));
        Path snapshot = null;
        ReviewConfig serving = config.withSparkSettings(Map.of(
                THRIFT_PORT, String.valueOf(endpoint.port()),
                THRIFT_BIND_HOST, endpoint.bindHost(),
                DELTA_METADATA_ONLY_QUERIES, "false"));
        if (Sessions.usesEmbeddedMetastore(config)) {
            snapshot = snapshotCatalog(config);
            serving = serving.withMetastoreJdbcUrl("jdbc:derby:;databaseName=" + snapshot.resolve(Sessions.EMBEDDED_METASTORE_DIR));
            System.setProperty("derby.stream.error.file", snapshot.resolve("derby.log").toString());
        }
        Path copy = snapshot;
        Thread cleanup = new Thread(() -> deleteTree(copy));
        if (copy != null) Runtime.getRuntime().addShutdownHook(cleanup);

        EndpointServer.Running server = EndpointServer.start(serving, endpoint, logins);
        SparkSession spark = server.spark();
        CountDownLatch stopped = new CountDownLatch(1);
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onApplicationEnd(SparkListenerApplicationEnd end) {
                stopped.countDown();
            }
        });
        try {
            Progress.say("serving %s; stop with Ctrl-C", endpoint.exposePersonalData()
                    ? "gold to analysts; gold, silver, audit, bronze and quarantine to the data team"
                    : "gold to analysts; gold, silver and audit to the data team; bronze and quarantine to nobody");
            if (copy != null) {
                Progress.say("serving a copy of the catalog taken at start: tables and views created later appear after a restart");
            }
            stopped.await();
            return 0;
        } finally {
            server.close();
            spark.stop();
        }
    }

    /**
     * Copies the embedded metastore into a temporary directory, under the warehouse lock so that no job is
     * changing it meanwhile. Derby's lock files are left behind: the copy is opened by this process only.
     */
    static Path snapshotCatalog(ReviewConfig config) throws IOException {
        Path source = Path.of(config.warehouse().replaceFirst("^file:", "")).resolve(Sessions.EMBEDDED_METASTORE_DIR);
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException("the warehouse " + config.warehouse() + " has no catalog yet ("
                    + source + " is missing): run jobs/review run or ingest and compute first");
        }
        Path snapshot = Files.createTempDirectory("party-review-serve-sql-");
        try (WarehouseLock lock = WarehouseLock.acquire(config, "serve-sql (copying the catalog)");
             Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".lck")) continue;
                Path target = snapshot.resolve(Sessions.EMBEDDED_METASTORE_DIR).resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
        return snapshot;
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
