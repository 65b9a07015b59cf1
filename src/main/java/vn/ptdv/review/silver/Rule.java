package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import vn.ptdv.review.catalog.ReasonCode;

/**
 * One validation rule: rows where {@code violated} is true are quarantined with {@code reason}, naming
 * {@code column} and its raw value. A null {@code violated} counts as not violated.
 */
public record Rule(ReasonCode reason, String column, Column violated, Column message) {
    /**
     * MISSING_VALUE when {@code value} is null, worded "{@code column} is empty". {@code value} is the
     * cell as the rule should see it: the trimmed text, or the parsed value where an unparseable cell has
     * its own rule.
     */
    public static Rule missing(String column, Column value) {
        return new Rule(ReasonCode.MISSING_VALUE, column, value.isNull(), lit(column + " is empty"));
    }
}
