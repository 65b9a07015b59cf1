package vn.ptdv.review.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.CommandExecutionMode;

/**
 * Tells whether a query would read a table holding raw personal data (bronze, quarantine), before it
 * runs: the statement is parsed and analyzed, not executed, and every relation in the analyzed plan,
 * subqueries included, is checked. (Data files are no guide: Delta answers count(*) from its log.)
 */
public final class PersonalDataGuard {
    private PersonalDataGuard() {}

    static final Pattern RELATION = Pattern.compile("spark_catalog\\.(" + String.join("|", Tables.PERSONAL_DATA_DATABASES)
            + ")\\.([A-Za-z0-9_]+)");

    /** The first personal-data table the query reads, if any. */
    public static Optional<String> personalDataTable(SparkSession spark, String query) {
        LogicalPlan parsed;
        try {
            parsed = spark.sessionState().sqlParser().parsePlan(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        // SKIP: analyze only; a command (CREATE TABLE ... AS SELECT) is not run by this.
        String analyzed = spark.sessionState().executePlan(parsed, CommandExecutionMode.SKIP()).analyzed().treeString();
        Matcher m = RELATION.matcher(analyzed.toLowerCase(Locale.ROOT));
        return m.find() ? Optional.of(m.group(1) + "." + m.group(2)) : Optional.empty();
    }
}
