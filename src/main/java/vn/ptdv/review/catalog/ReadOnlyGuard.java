package vn.ptdv.review.catalog;

import java.util.Set;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.analysis.PersistedView$;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.command.CreateViewCommand;
import scala.runtime.BoxedUnit;

/**
 * Keeps the SQL endpoint read-only: a statement whose analyzed plan is a command (anything that is not a
 * query) is refused unless the command only reads or only changes the session: {@code SHOW …},
 * {@code DESCRIBE …} (Delta's {@code DESCRIBE HISTORY} and {@code DETAIL} too), {@code EXPLAIN},
 * {@code SET}, {@code RESET}, {@code USE} and temporary views. INSERT, DELETE, UPDATE, MERGE, CREATE, DROP,
 * ALTER, OPTIMIZE, VACUUM … are refused before they run. An allow-list, so that a command this class
 * has never heard of (a later Spark or Delta) is refused rather than run.
 */
public final class ReadOnlyGuard {
    private ReadOnlyGuard() {}

    /** Prefixes of commands that only read: Spark's Show*, Describe*, Explain*, and Delta's Describe*. */
    static final Set<String> READ_PREFIXES = Set.of("Show", "Describe", "Explain");
    /** Commands that change only the session: settings, current database. */
    static final Set<String> SESSION_COMMANDS = Set.of("SetCommand", "ResetCommand", "SetCatalogAndNamespace",
            "SetNamespaceCommand", "SetCatalogCommand");

    /** Thrown by the endpoint's check for a statement that would change the warehouse. */
    public static final class WriteRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteRefused(String command) {
            super("this SQL endpoint is read-only: " + command + " is refused (queries, SHOW, DESCRIBE, EXPLAIN, SET, USE"
                    + " and temporary views are served); the tables are written by jobs/review ingest and compute");
        }
    }

    /** Whether an analyzed plan only reads (a query) or only changes the session. */
    public static boolean readsOnly(LogicalPlan analyzed) {
        if (!(analyzed instanceof Command)) return true;
        String name = analyzed.getClass().getSimpleName();
        if (READ_PREFIXES.stream().anyMatch(name::startsWith) || SESSION_COMMANDS.contains(name)) return true;
        return analyzed instanceof CreateViewCommand view && view.viewType() != PersistedView$.MODULE$;
    }

    public static void refuseWrites(LogicalPlan analyzed) {
        if (!readsOnly(analyzed)) throw new WriteRefused(analyzed.nodeName());
    }

    /** Adds the check to a session's analyzer (and so to every session the Thrift server opens). */
    public static void install(SparkSessionExtensions extensions) {
        extensions.injectCheckRule(session -> plan -> {
            refuseWrites(plan);
            return BoxedUnit.UNIT;
        });
    }
}
