package vn.ptdv.review.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.CommandExecutionMode;
import scala.runtime.BoxedUnit;

/**
 * Tells whether a query would read a table holding raw personal data (bronze, quarantine), before it
 * runs: the statement is parsed and analyzed, not executed, and every relation in the analyzed plan,
 * subqueries and views included, is checked. (Data files are no guide: Delta answers count(*) from its
 * log.) One rule for both doors: {@code jobs/review sql} asks before running a query, and the SQL endpoint
 * installs the same check in its analyzer ({@link #install}), so every statement of every JDBC session
 * passes through it.
 */
public final class PersonalDataGuard {
    private PersonalDataGuard() {}

    static final String DATABASES = String.join("|", Tables.PERSONAL_DATA_DATABASES);
    /** A catalog table, {@code spark_catalog.bronze.members}, or a path in the database's directory, {@code delta.`…/bronze.db/members`}. */
    static final Pattern RELATION = Pattern.compile("spark_catalog\\.(" + DATABASES + ")\\.([a-z0-9_]+)"
            + "|/(" + DATABASES + ")\\.db/([a-z0-9_]+)");

    /** The first personal-data table the query reads, if any. */
    public static Optional<String> personalDataTable(SparkSession spark, String query) {
        LogicalPlan parsed;
        try {
            parsed = spark.sessionState().sqlParser().parsePlan(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        // SKIP: analyze only; a command (CREATE TABLE ... AS SELECT) is not run by this.
        return personalDataTable(spark.sessionState().executePlan(parsed, CommandExecutionMode.SKIP()).analyzed());
    }

    /** The first personal-data table an analyzed plan reads, if any. */
    public static Optional<String> personalDataTable(LogicalPlan analyzed) {
        Matcher m = RELATION.matcher(analyzed.treeString().toLowerCase(Locale.ROOT));
        if (!m.find()) return Optional.empty();
        return Optional.of(m.group(1) != null ? m.group(1) + "." + m.group(2) : m.group(3) + "." + m.group(4));
    }

    /** Thrown by the endpoint's check for a statement that reads personal data. */
    public static final class PersonalDataRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PersonalDataRefused(String table) {
            super("the query reads " + table + ", which holds personal data and is not served by this SQL endpoint"
                    + " (only gold and silver are); the data team reads it with jobs/review sql --personal-data");
        }
    }

    /** The check itself: refuses an analyzed plan that reads bronze or quarantine. */
    public static void refusePersonalData(LogicalPlan analyzed) {
        personalDataTable(analyzed).ifPresent(table -> {
            throw new PersonalDataRefused(table);
        });
    }

    /**
     * Adds the check to a session's analyzer: every statement, in every session the Thrift server opens
     * (they share the extensions), is refused before it runs when its analyzed plan reads personal data.
     */
    public static void install(SparkSessionExtensions extensions) {
        extensions.injectCheckRule(session -> plan -> {
            refusePersonalData(plan);
            return BoxedUnit.UNIT;
        });
    }
}
