package vn.ptdv.review.endpoint;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.CurrentUserContext;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.SetCatalogAndNamespace;
import org.apache.spark.sql.execution.CommandExecutionMode;
import scala.collection.JavaConverters;
import vn.ptdv.review.catalog.PersonalDataGuard;
import vn.ptdv.review.catalog.ReadOnlyGuard;

/**
 * Every statement a client sends passes here before it runs: who sent it (the account the Thrift server
 * authenticated), whether the session's settings are still the server's, whether its plan is allowed
 * ({@link StatementPolicy}) for the account's role, and which rows its unit scope leaves
 * ({@link UnitScope}). What was checked is what runs: the checked, restricted plan is executed, not the
 * statement's text again. The audit trail hears of every decision.
 */
public final class StatementGate {
    /** The Spark job group the Thrift server gives each statement's jobs: its operation id. */
    static final String JOB_GROUP_ID = "spark.jobGroup.id";
    /** Session settings the Thrift server itself sets on every new session. */
    static final Set<String> SETTINGS_THE_SERVER_CHANGES = Set.of("spark.sql.datetime.java8API.enabled");
    /**
     * HiveServer2 copies its own session configuration (the session id, its Thrift settings, its
     * authentication) into each session's settings: Hive's names, which Spark SQL does not read when it
     * reads tables. Every other setting (spark.*, Hadoop's fs.*) must be the server's.
     */
    static final String HIVE_SESSION_PREFIX = "hive.";

    private final Optional<Path> accountsFile;
    private final boolean exposePersonalData;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final java.util.function.Supplier<Map<String, String>> freshSettings;
    private final java.util.function.Function<String, String> serverSettings;
    private volatile Map<String, String> settings;

    /**
     * @param accountsFile       the accounts file; empty for an endpoint without accounts (every client is
     *                           {@link Principal#ANONYMOUS})
     * @param exposePersonalData whether data-team accounts may read bronze and quarantine
     * @param scope              the unit tree, for scoped accounts
     * @param audit              where decisions are recorded
     * @param freshSettings      the settings a new session starts with now
     * @param serverSettings     the server's own value of a setting (null where it has none): with the
     *                           defaults, what a session may hold; a session whose settings differ (a client can
     *                           set them at connection, in the JDBC URL) is refused
     */
    StatementGate(Optional<Path> accountsFile, boolean exposePersonalData, UnitScope scope, AuditTrail audit,
                  java.util.function.Supplier<Map<String, String>> freshSettings,
                  java.util.function.Function<String, String> serverSettings) {
        this.accountsFile = accountsFile;
        this.exposePersonalData = exposePersonalData;
        this.scope = scope;
        this.audit = audit;
        this.freshSettings = freshSettings;
        this.serverSettings = serverSettings;
        this.settings = Map.copyOf(freshSettings.get());
    }

    /** Who an account name is now: the accounts file is read for each statement, so a lock takes effect at once. */
    Optional<Principal> principal(String account) {
        if (accountsFile.isEmpty()) return Optional.of(Principal.ANONYMOUS);
        return Accounts.load(accountsFile.get()).get(account).filter(a -> !a.locked()).map(Principal::of);
    }

    /** Runs {@code statement} in {@code session} if it passes, else throws {@link StatementRefused}. */
    public Dataset<Row> run(SparkSession session, String statement) {
        String id = session.sparkContext().getLocalProperty(JOB_GROUP_ID);
        String user = CurrentUserContext.CURRENT_USER().get();
        if (id == null || user == null) return setUp(session, statement);
        Optional<Principal> principal = principal(user);
        Principal p = principal.orElse(new Principal(user, Role.ANALYST, Optional.empty()));
        List<String> tables = new ArrayList<>();
        try {
            if (principal.isEmpty()) {
                throw new StatementRefused("the account " + user + " is locked or no longer exists");
            }
            refuseChangedSettings(session);
            Set<String> databases = p.role().databases(exposePersonalData);
            LogicalPlan parsed = parse(session, statement);
            StatementPolicy.checkParsed(parsed, databases);
            LogicalPlan analyzed = analyze(session, parsed);
            SortedSet<String> read = StatementPolicy.checkAnalyzed(analyzed, databases, session.catalog().currentDatabase());
            tables.addAll(read);
            LogicalPlan checked = analyzed instanceof Command ? analyzed : scope.restrict(analyzed, p.unit());
            audit.admitted(id, p, statement, tables);
            return Dataset.ofRows(session, checked).observe(AuditTrail.rowsMetric(id), count(lit(1)));
        } catch (StatementRefused | ReadOnlyGuard.WriteRefused | PersonalDataGuard.PersonalDataRefused e) {
            audit.refused(id, p, statement, tables, e.getMessage());
            throw e;
        } catch (Exception e) { // Spark's AnalysisException and ParseException are checked exceptions to Java
            audit.failed(id, p, statement, e.getMessage());
            throw StatementGate.<RuntimeException>rethrow(e);
        }
    }

    /** Rethrows {@code e} as it is (Scala code throws checked exceptions undeclared). */
    @SuppressWarnings("unchecked")
    static <E extends Exception> E rethrow(Exception e) throws E {
        throw (E) e;
    }

    /**
     * A statement the server runs for a session outside any client operation: the {@code use:database} of a
     * JDBC URL when the session opens. Only a change of the current database is accepted.
     */
    Dataset<Row> setUp(SparkSession session, String statement) {
        LogicalPlan analyzed = analyze(session, parse(session, statement));
        if (!(analyzed instanceof SetCatalogAndNamespace)) {
            throw new StatementRefused("only USE runs outside a client's statement");
        }
        return Dataset.ofRows(session, analyzed);
    }

    /**
     * Refuses a session whose settings are not those the server gives a session: a new session's defaults,
     * or the server's own configuration, which the Thrift server copies into each session it opens. Spark
     * and Delta themselves change a shared default now and then (e.g. when a table first needs Parquet field
     * ids), so a difference is checked once more against the defaults as they are now before it counts.
     */
    void refuseChangedSettings(SparkSession session) {
        session.sessionState().analyzer(); // as for the defaults: Delta sets a setting as the analyzer is built
        Map<String, String> now = JavaConverters.mapAsJavaMap(session.sessionState().conf().getAllConfs());
        Optional<String> changed = changedSetting(now, settings, serverSettings);
        if (changed.isPresent()) {
            settings = Map.copyOf(freshSettings.get());
            changed = changedSetting(now, settings, serverSettings);
        }
        changed.ifPresent(key -> {
            // The value is not repeated: it may be anything, a secret included.
            throw new StatementRefused("this session changed the setting " + key + " (at connection, e.g. in the JDBC URL):"
                    + " sessions with changed settings are not served; connect without session settings");
        });
    }

    /** The first setting of {@code now} that is neither a new session's default nor the server's own value. */
    static Optional<String> changedSetting(Map<String, String> now, Map<String, String> defaults,
                                           java.util.function.Function<String, String> server) {
        Set<String> keys = new TreeSet<>(now.keySet());
        keys.addAll(defaults.keySet());
        for (String key : keys) {
            if (SETTINGS_THE_SERVER_CHANGES.contains(key) || key.startsWith(HIVE_SESSION_PREFIX)) continue;
            String value = now.get(key);
            if (Objects.equals(value, defaults.get(key))) continue;
            if (value != null && value.equals(server.apply(key))) continue;
            return Optional.of(key);
        }
        return Optional.empty();
    }

    static LogicalPlan parse(SparkSession session, String statement) {
        try {
            return session.sessionState().sqlParser().parsePlan(statement);
        } catch (org.apache.spark.sql.catalyst.parser.ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Analyzed, not executed: a command is not run by this (the endpoint's guards run on the way). */
    static LogicalPlan analyze(SparkSession session, LogicalPlan parsed) {
        return session.sessionState().executePlan(parsed, CommandExecutionMode.SKIP()).analyzed();
    }
}
