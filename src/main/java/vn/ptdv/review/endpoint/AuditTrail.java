package vn.ptdv.review.endpoint;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionEnd;
import org.apache.spark.sql.hive.thriftserver.ui.SparkListenerThriftServerOperationCanceled;
import org.apache.spark.sql.hive.thriftserver.ui.SparkListenerThriftServerOperationClosed;
import org.apache.spark.sql.hive.thriftserver.ui.SparkListenerThriftServerOperationError;
import org.apache.spark.sql.hive.thriftserver.ui.SparkListenerThriftServerOperationStart;
import org.apache.spark.sql.hive.thriftserver.ui.SparkListenerThriftServerOperationTimeout;
import org.apache.spark.sql.hive.thriftserver.ui.SparkListenerThriftServerSessionCreated;
import scala.collection.JavaConverters;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.catalog.Tables;

/**
 * The endpoint's record of every statement, served or refused, and of every failed login, appended to
 * {@code audit.sql_statements} (a Delta table the data team reads; never served to analysts).
 *
 * <p>What a statement was and how the endpoint decided comes from the endpoint's own check, as it
 * happens; its client address, errors, end and the rows it returned come from the Thrift server's and
 * Spark SQL's listener events (the rows through a metric observed on the result). A statement is
 * written once it is closed by its client, or failed; every few seconds the complete ones are appended in
 * one Delta commit, and at stop whatever is left, as it stands. Writes go through a session without the
 * endpoint's read-only checks, which is the only writer of this table.
 */
public final class AuditTrail extends SparkListener implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(AuditTrail.class);
    /** Statements are stored up to this many characters. */
    static final int STATEMENT_LIMIT = 10_000;
    /** Prefix of the observed metric that counts a statement's result rows. */
    static final String ROWS_METRIC = "party_review_audit_rows_";

    public enum Outcome { SERVED, REFUSED, FAILED, LOGIN_FAILED }

    /** One statement as far as it is known; its fields fill in from both sides. */
    static final class Entry {
        final String id;
        Instant startedAt = Instant.now();
        Instant finishedAt;
        String sessionId;
        String account;
        Principal principal;
        String statement;
        List<String> tables = List.of();
        Long rows;
        Outcome outcome;
        String message;
        boolean complete;

        Entry(String id) {
            this.id = id;
        }
    }

    private final SparkSession writer;
    private final String location;
    private final Function<String, Optional<Principal>> principals;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, String> sessionAddresses = new java.util.HashMap<>();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sql-endpoint-audit");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param writer     a session of the same catalog without the endpoint's checks (the audit table's writer)
     * @param location   the Delta table's directory
     * @param principals who an account name that the Thrift server reports is, for statements it runs without
     *                   the endpoint's check (JDBC metadata calls)
     */
    AuditTrail(SparkSession writer, String location, Function<String, Optional<Principal>> principals) {
        this.writer = writer;
        this.location = location;
        this.principals = principals;
    }

    /**
     * Creates the table where it is missing, registers it in the catalog, drops statements older than the
     * retention, and appends what it records every {@code flush}.
     */
    static AuditTrail start(SparkSession writer, int retentionDays, Duration flush,
                            Function<String, Optional<Principal>> principals) {
        String location = new Warehouse(writer).ensureAuditTable();
        Timestamp cutoff = Timestamp.from(Instant.now().minus(Duration.ofDays(retentionDays)));
        DeltaTable.forPath(writer, location).delete(col(Col.STARTED_AT).lt(org.apache.spark.sql.functions.lit(cutoff)));
        AuditTrail trail = new AuditTrail(writer, location, principals);
        writer.sparkContext().addSparkListener(trail);
        trail.flusher.scheduleWithFixedDelay(trail::flushComplete, flush.toMillis(), flush.toMillis(), TimeUnit.MILLISECONDS);
        return trail;
    }

    /** The name of the metric that counts the rows of statement {@code id}. */
    static String rowsMetric(String id) {
        return ROWS_METRIC + id.replaceAll("[^A-Za-z0-9]", "_");
    }

    synchronized void admitted(String id, Principal p, String statement, List<String> tables) {
        Entry e = entry(id);
        e.principal = p;
        e.statement = clip(statement);
        e.tables = List.copyOf(tables);
        e.outcome = Outcome.SERVED;
    }

    synchronized void refused(String id, Principal p, String statement, List<String> tables, String reason) {
        Entry e = entry(id);
        e.principal = p;
        e.statement = clip(statement);
        e.tables = List.copyOf(tables);
        e.outcome = Outcome.REFUSED;
        e.message = reason;
    }

    synchronized void failed(String id, Principal p, String statement, String reason) {
        Entry e = entry(id);
        e.principal = p;
        e.statement = clip(statement);
        e.outcome = Outcome.FAILED;
        e.message = reason;
    }

    synchronized void loginFailed(String name) {
        Entry e = entry("login-" + UUID.randomUUID());
        e.account = name == null ? "" : clip(name);
        e.outcome = Outcome.LOGIN_FAILED;
        e.message = "wrong account name or password, or a locked account";
        e.finishedAt = e.startedAt;
        e.complete = true;
    }

    private Entry entry(String id) {
        return entries.computeIfAbsent(id, Entry::new);
    }

    static String clip(String s) {
        return s == null || s.length() <= STATEMENT_LIMIT ? s : s.substring(0, STATEMENT_LIMIT);
    }

    @Override
    public void onOtherEvent(SparkListenerEvent event) {
        if (event instanceof SparkListenerThriftServerSessionCreated s) {
            synchronized (this) {
                sessionAddresses.put(s.sessionId(), s.ip());
            }
        } else if (event instanceof SparkListenerThriftServerOperationStart s) {
            synchronized (this) {
                Entry e = entry(s.id());
                e.startedAt = Instant.ofEpochMilli(s.startTime());
                e.sessionId = s.sessionId();
                e.account = s.userName();
                if (e.statement == null) e.statement = clip(s.statement());
            }
        } else if (event instanceof SparkListenerThriftServerOperationError s) {
            end(s.id(), s.finishTime(), Outcome.FAILED, s.errorMsg());
        } else if (event instanceof SparkListenerThriftServerOperationCanceled s) {
            end(s.id(), s.finishTime(), Outcome.FAILED, "canceled by the client");
        } else if (event instanceof SparkListenerThriftServerOperationTimeout s) {
            end(s.id(), s.finishTime(), Outcome.FAILED, "timed out");
        } else if (event instanceof SparkListenerThriftServerOperationClosed s) {
            end(s.id(), s.closeTime(), null, null);
        } else if (event instanceof SparkListenerSQLExecutionEnd s) {
            QueryExecution qe = s.qe();
            if (qe == null) return;
            for (Map.Entry<String, Row> m : JavaConverters.mapAsJavaMap(qe.observedMetrics()).entrySet()) {
                if (!m.getKey().startsWith(ROWS_METRIC)) continue;
                synchronized (this) {
                    for (Entry e : entries.values()) {
                        if (rowsMetric(e.id).equals(m.getKey())) e.rows = m.getValue().getLong(0);
                    }
                }
            }
        }
    }

    /** The operation ended: with an outcome unless the endpoint's own decision (a refusal) stands. */
    private synchronized void end(String id, long time, Outcome outcome, String message) {
        Entry e = entries.get(id);
        if (e == null) return;
        if (outcome != null && e.outcome != Outcome.REFUSED) {
            e.outcome = outcome;
            e.message = message;
        }
        if (e.finishedAt == null) e.finishedAt = Instant.ofEpochMilli(time);
        e.complete = true;
    }

    /** Appends the statements whose outcome is known; any failure is logged and retried at the next flush. */
    void flushComplete() {
        write(false);
    }

    /** One append at a time: the periodic one and the last one at stop never write the same statements twice. */
    private final Object appending = new Object();

    private void write(boolean everything) {
        synchronized (appending) {
            List<Entry> ready = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            synchronized (this) { // held only to copy: statements are not kept waiting by the Delta commit below
                for (Entry e : entries.values()) {
                    if (e.complete || everything) {
                        ready.add(e);
                        rows.add(row(e));
                    }
                }
            }
            if (ready.isEmpty()) return;
            try {
                writer.createDataFrame(rows, Tables.AUDIT_SQL_STATEMENTS.schema()).write().format("delta").mode("append").save(location);
            } catch (RuntimeException ex) {
                LOG.error("could not append {} statements to {} (kept for the next try): {}", ready.size(),
                        Tables.AUDIT_SQL_STATEMENTS.qualified(), ex.getMessage());
                return;
            }
            synchronized (this) {
                for (Entry e : ready) entries.remove(e.id);
            }
        }
    }

    private Row row(Entry e) {
        Principal p = e.principal != null ? e.principal
                : (e.account == null || e.outcome == Outcome.LOGIN_FAILED ? null : principals.apply(e.account).orElse(null));
        String account = p != null ? p.account() : e.account;
        Outcome outcome = e.outcome != null ? e.outcome : Outcome.SERVED;
        String message = e.message;
        if (!e.complete && outcome == Outcome.SERVED && e.rows == null) {
            outcome = Outcome.FAILED;
            message = "the server stopped before the statement's results were sent";
        }
        return RowFactory.create(e.id, Timestamp.from(e.startedAt), e.finishedAt == null ? null : Timestamp.from(e.finishedAt),
                account, p == null ? null : p.role().word(), p == null ? null : p.unit().orElse(null),
                e.sessionId == null ? null : sessionAddresses.get(e.sessionId), e.statement,
                JavaConverters.asScalaBuffer(e.tables).toSeq(), outcome == Outcome.SERVED ? e.rows : null, outcome.name(), message);
    }

    /** Stops the periodic appends and appends everything recorded, finished or not. */
    @Override
    public void close() {
        flusher.shutdownNow();
        write(true);
    }
}
