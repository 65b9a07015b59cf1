package vn.ptdv.review.quality;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.util.Concurrently;

/**
 * Runs data tests ({@link Rule}) and holds the kinds the product uses: each fails with the check's name
 * and example rows. The rules over one table are counted by one aggregate query; only a rule that
 * counted violations runs its detailed query, for the message.
 */
public final class DataChecks {
    private DataChecks() {}

    static final int EXAMPLES = 5;
    /** Queries run at once: while the driver plans one, the executors run another's jobs. */
    static final int CONCURRENT_CHECKS = 4;

    /**
     * Counts every rule's violations ({@link #countViolations}) and throws the first rule that has some,
     * in the order given, as if the rules had run one after the other.
     */
    public static void verify(List<Rule> rules) {
        throwFirstFailure(rules, countViolations(rules));
    }

    /**
     * Each rule's violations: one aggregate query (one action) per distinct {@link Rule#rows}, those
     * queries {@link #CONCURRENT_CHECKS} at once. The map compares rules by identity.
     */
    public static Map<Rule, Long> countViolations(List<Rule> rules) {
        Map<Dataset<Row>, List<Rule>> rulesByRows = new IdentityHashMap<>();
        List<List<Rule>> passes = new ArrayList<>();   // in the order of their first rule
        for (Rule rule : rules) {
            rulesByRows.computeIfAbsent(rule.rows(), rows -> {
                List<Rule> pass = new ArrayList<>();
                passes.add(pass);
                return pass;
            }).add(rule);
        }
        List<Callable<Row>> queries = new ArrayList<>();
        for (List<Rule> pass : passes) {
            Column[] counts = pass.stream().map(Rule::violations).toArray(Column[]::new);
            queries.add(() -> pass.get(0).rows().agg(counts[0], java.util.Arrays.copyOfRange(counts, 1, counts.length))
                    .collectAsList().get(0));
        }
        List<Row> counted = all(queries);
        Map<Rule, Long> violations = new IdentityHashMap<>();
        for (int p = 0; p < passes.size(); p++) {
            for (int i = 0; i < passes.get(p).size(); i++) {
                Row row = counted.get(p);
                // null is a sum over no rows: no violation
                violations.put(passes.get(p).get(i), row.isNullAt(i) ? 0L : ((Number) row.get(i)).longValue());
            }
        }
        return violations;
    }

    /** Throws the failure of the first of {@code listed} that counted violations. */
    public static void throwFirstFailure(List<Rule> listed, Map<Rule, Long> violations) {
        for (Rule rule : listed) {
            Long counted = violations.get(rule);
            if (counted == null) throw new IllegalStateException("data test '" + rule.name() + "' was not counted");
            if (counted > 0) throw rule.failure().apply(counted);
        }
    }

    /**
     * Runs independent tasks concurrently ({@link #CONCURRENT_CHECKS} at once) and waits for all of them;
     * when any fails, the first failure in the order given is thrown, as if they had run one after the
     * other. Each is a small Spark query whose time is mostly planning and scheduling, so overlapping them
     * is most of the cost of the data tests saved.
     */
    public static <T> List<T> all(List<? extends Callable<T>> tasks) {
        return Concurrently.run("data-tests", CONCURRENT_CHECKS, new ArrayList<Callable<T>>(tasks));
    }

    /** Fails {@code check} when {@code offending} has rows. */
    public static void fail(String check, Dataset<Row> offending) {
        Optional<DataCheckException> failure = examplesOf(check, offending);
        if (failure.isPresent()) throw failure.get();
    }

    /** The failure of {@code check}, whose aggregate counted {@code counted} violations, with {@code offending}'s rows. */
    static DataCheckException failure(String check, Dataset<Row> offending, long counted) {
        // The detailed query finds what the aggregate counted; should it not, the check still fails.
        return examplesOf(check, offending).orElseGet(() -> new DataCheckException(
                "data test '" + check + "' failed: " + counted + " violation(s) counted, but no offending row found"));
    }

    private static Optional<DataCheckException> examplesOf(String check, Dataset<Row> offending) {
        List<Row> examples = offending.takeAsList(EXAMPLES);
        if (examples.isEmpty()) return Optional.empty();
        long n = offending.count();
        List<String> shown = new ArrayList<>();
        for (Row r : examples) shown.add(r.toString());
        return Optional.of(new DataCheckException("data test '" + check + "' failed on " + n + " row(s), e.g. " + String.join("; ", shown)));
    }

    /** Rows of {@code rows} where {@code violated} holds are violations. */
    public static Rule rowsWhere(String check, Dataset<Row> rows, Column violated) {
        return rowsWhere(check, rows, rows, violated);
    }

    /** As {@link #rowsWhere(String, Dataset, Column)}, counted over {@code counted}: {@code rows} with more columns, not more rows. */
    static Rule rowsWhere(String check, Dataset<Row> rows, Dataset<Row> counted, Column violated) {
        return Rule.of(check, counted, count_if(violated), () -> rows.where(violated));
    }

    public static void keysUniqueAndNotNull(TableDef def, Dataset<Row> rows) {
        verify(keyRules(def, rows));
    }

    /** The key columns are not null, then: one row per key. */
    public static List<Rule> keyRules(TableDef def, Dataset<Row> rows) {
        return keyRules(def, rows, rows);
    }

    /** As {@link #keyRules(TableDef, Dataset)}, counted over {@code counted}: {@code rows} with more columns, not more rows. */
    static List<Rule> keyRules(TableDef def, Dataset<Row> rows, Dataset<Row> counted) {
        Column anyNull = lit(false);
        for (String k : def.keyColumns()) anyNull = anyNull.or(col(k).isNull());
        Column[] keys = def.keyColumns().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        // Rows beyond the first of each key. A struct of null keys is a value like any other, so a null key
        // is a key here as in the detailed query's group by; the not-null rule comes first and reports it.
        Column extraRows = count(lit(1)).minus(count_distinct(struct(keys)));
        return List.of(
                rowsWhere(def.qualified() + ": key columns " + def.keyColumns() + " not null", rows, counted, anyNull),
                Rule.of(def.qualified() + ": one row per " + def.keyColumns(), counted, extraRows,
                        () -> rows.groupBy(keys).count().where(col("count").gt(1))));
    }
}
