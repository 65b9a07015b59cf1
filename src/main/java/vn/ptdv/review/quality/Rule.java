package vn.ptdv.review.quality;

import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One data test, in the two steps it runs in. First its violations are counted by an aggregate query over
 * {@code rows}, together with every other rule over the same rows (the same Dataset instance): one pass over
 * a table checks all its rules. Only when the count is not zero is the failure built, by the rule's own
 * detailed query, which finds the examples and the number of offending rows the message shows.
 *
 * @param name       the check as the failure names it (users and tests search for it: keep it stable)
 * @param rows       what {@code violations} is evaluated over
 * @param violations an aggregate expression over {@code rows}: how many violations, 0 when the rule holds
 * @param failure    the exception to throw, given the violations counted
 */
public record Rule(String name, Dataset<Row> rows, Column violations, LongFunction<DataCheckException> failure) {

    /** A rule whose failure lists the rows of {@code offending}, the usual message ({@link DataChecks#fail}). */
    public static Rule of(String name, Dataset<Row> rows, Column violations, Supplier<Dataset<Row>> offending) {
        return new Rule(name, rows, violations, counted -> DataChecks.failure(name, offending.get(), counted));
    }
}
