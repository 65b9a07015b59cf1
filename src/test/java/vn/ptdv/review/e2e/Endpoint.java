package vn.ptdv.review.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A SQL endpoint as an analyst meets it: {@code jobs/review serve-sql} started for a test, and the Hive
 * JDBC driver (the one DBeaver and beeline use) connecting to it. The driver is loaded from its standalone
 * jar in a class loader of its own (target/jdbc, copied by {@code package}), so its Hive classes never
 * meet Spark's.
 */
final class Endpoint {
    static final List<String> UNSET = List.of("SPARK_HOME", "REVIEW_PSEUDONYM_KEY", "REVIEW_CONF", "REVIEW_WAREHOUSE",
            "REVIEW_SQL_ACCOUNTS", "REVIEW_SQL_KEYSTORE_PASSWORD");
    private static Driver driver;

    final Path work;
    final int port;
    final Processes.Running server;

    private Endpoint(Path work, int port, Processes.Running server) {
        this.work = work;
        this.port = port;
        this.server = server;
    }

    /** Starts {@code serve-sql} on {@code warehouse} on a free loopback port, and waits until it accepts connections. */
    static Endpoint start(Path work, String name, Path warehouse, Map<String, String> env, List<String> moreArgs) throws Exception {
        int port = Processes.freePort();
        List<String> args = new ArrayList<>(List.of("serve-sql", "--warehouse", warehouse.toString(), "--port", String.valueOf(port)));
        args.addAll(moreArgs);
        Map<String, String> all = new java.util.HashMap<>(Map.of("REVIEW_DRIVER_MEMORY", "2g"));
        all.putAll(env);
        Endpoint e = new Endpoint(work, port, Processes.start(work, name, Launchers.job("review", args), all, UNSET));
        e.awaitReady();
        return e;
    }

    /** Polls the port with plain sockets (the driver would log each failure); fails if the server ends first. */
    void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!accepts(port)) {
            if (!server.process().isAlive()) {
                throw new AssertionError("serve-sql ended with " + server.process().exitValue() + ": "
                        + Processes.read(work.resolve(server.name() + ".err").toFile()));
            }
            if (System.nanoTime() > deadline) throw new AssertionError("serve-sql did not accept connections in 10 minutes");
            Thread.sleep(250);
        }
    }

    static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    String url(String extra) {
        return "jdbc:hive2://127.0.0.1:" + port + "/default" + extra;
    }

    /** A connection as {@code user} (null: no credentials), {@code extra} appended to the URL (";ssl=true…", "?k=v"). */
    Connection connect(String user, String password, String extra) throws Exception {
        Properties p = new Properties();
        if (user != null) p.setProperty("user", user);
        if (password != null) p.setProperty("password", password);
        Connection c = driver().connect(url(extra), p);
        assertThat(c).as("the driver takes %s", url(extra)).isNotNull();
        return c;
    }

    static synchronized Driver driver() throws Exception {
        if (driver == null) {
            Path jar = Launchers.ROOT.resolve("target/jdbc/hive-jdbc-standalone.jar");
            assertThat(jar).as("copied by mvn package").isRegularFile();
            @SuppressWarnings("resource") // lives as long as the test JVM
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            driver = (Driver) Class.forName("org.apache.hive.jdbc.HiveDriver", true, loader).getDeclaredConstructor().newInstance();
        }
        return driver;
    }

    /** Stops the server (SIGTERM: it writes what its audit trail still holds, then ends). */
    void stop() {
        Processes.stop(server.process().toHandle());
    }

    static List<List<Object>> query(Connection jdbc, String sql) throws SQLException {
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
                rows.add(row);
            }
            return rows;
        }
    }
}
