package vn.ptdv.review.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ptdv.review.catalog.SourceFile;

/**
 * Benchmark peer: the gold tables computed by DuckDB (in memory, its default threads) with the portable
 * SQL, over the drop's CSVs. Plain java.sql: DuckDB's JDBC driver (org.duckdb:duckdb_jdbc) must be on
 * the classpath, it is not in the job jar:
 * {@code java -cp target/test-classes:target/party-review.jar:$(cat target/launcher-classpath.txt):$(cat target/bench-classpath.txt) vn.ptdv.review.bench.DuckDbPeer
 * --source DIR --as-of YYYY-MM-DD [--from-year 2020] --out DIR}. The CSVs are loaded once into tables
 * (read_csv with the explicit column types of {@link BenchSources}); the load is part of the run.
 */
public final class DuckDbPeer implements PeerEngine {
    static final String USAGE = "DuckDbPeer --source DIR --as-of YYYY-MM-DD [--from-year 2020] --out DIR";
    public static final String URL = "jdbc:duckdb:";

    private final Connection connection;

    DuckDbPeer(Connection connection) {
        this.connection = connection;
    }

    public static void main(String[] args) throws Exception {
        PeerRun.PeerArgs a = PeerRun.PeerArgs.parseOrExit(USAGE, args);
        run(a);
    }

    static void run(PeerRun.PeerArgs args) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL)) {
            PeerRun.run("duckdb", new DuckDbPeer(c), args);
        }
    }

    /** Convenience for tests and the orchestrator. */
    public static void run(Path source, java.time.LocalDate asOf, int fromYear, Path out) throws SQLException {
        run(new PeerRun.PeerArgs(source, asOf, fromYear, out));
    }

    static String duckType(BenchSources.SqlType t) {
        return switch (t) {
            case TEXT -> "VARCHAR";
            case DATE -> "DATE";
            case INT -> "INTEGER";
            case BIGINT -> "BIGINT";
            case RATE -> "DECIMAL(6,2)";
        };
    }

    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @Override
    public void source(SourceFile file, Path csv, Map<String, BenchSources.SqlType> columns) {
        String sql;
        if (csv == null) {
            sql = "CREATE OR REPLACE TABLE " + file.tableName() + " (" + columns.entrySet().stream()
                    .map(e -> e.getKey() + " " + duckType(e.getValue())).collect(Collectors.joining(", ")) + ")";
        } else {
            sql = "CREATE OR REPLACE TABLE " + file.tableName() + " AS SELECT * FROM read_csv(" + quote(csv.toAbsolutePath().toString())
                    + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', dateformat = '%Y-%m-%d', columns = {"
                    + columns.entrySet().stream().map(e -> quote(e.getKey()) + ": " + quote(duckType(e.getValue())))
                            .collect(Collectors.joining(", ")) + "})";
        }
        execute(sql);
    }

    /** Materialised once: DuckDB's planner takes minutes on the fully inlined views, even on a tiny drop. */
    @Override
    public String relation() {
        return "TABLE";
    }

    @Override
    public void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB: " + e.getMessage() + "\n in: " + sql, e);
        }
    }

    @Override
    public List<List<Object>> query(String sql, List<String> columns) {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int[] index = new int[columns.size()];
            for (int i = 0; i < index.length; i++) index[i] = r.findColumn(columns.get(i));
            List<List<Object>> rows = new ArrayList<>();
            while (r.next()) {
                List<Object> row = new ArrayList<>(index.length);
                for (int i : index) {
                    Object v = r.getObject(i);
                    // Arrays are read now: DuckDB's array objects do not outlive the result set.
                    if (v instanceof java.sql.Array arr) v = arr.getArray();
                    row.add(v);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB: " + e.getMessage() + "\n in: " + sql, e);
        }
    }
}
