package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.silver.Parse.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.ReasonCode;

/** What targets.csv and membership_counts.csv share: a unit, a year and non-negative numbers. */
final class KeyedCounts {
    private KeyedCounts() {}

    static final int MIN_YEAR = 1930;
    static final int MAX_YEAR = 2200;

    static Dataset<Row> unitAndYear(Dataset<Row> raw, SilverContext ctx) {
        return KnownUnits.mark(raw.withColumn(UNIT_CODE, text(UNIT_CODE)).withColumn(YEAR, wholeNumber(YEAR).cast("int")),
                UNIT_CODE, ctx.knownUnits());
    }

    static Rule nonNegativeWholeNumber(String column) {
        return new Rule(ReasonCode.INVALID_NUMBER, column,
                invalidWholeNumber(column).or(wholeNumber(column).lt(0)).or(wholeNumber(column).gt(Integer.MAX_VALUE)),
                concat(lit(column + " '"), raw(column), lit("' is not a whole number >= 0 (write 1381, not 1.381)")));
    }

    /** A percentage from 0 to 100 (a rate target). */
    static Rule percentage(String column) {
        return new Rule(ReasonCode.INVALID_NUMBER, column,
                invalidDecimalNumber(column).or(col(column).lt(0)).or(col(column).gt(100)),
                concat(lit(column + " '"), raw(column), lit("' is not a percentage from 0 to 100 with '.' as decimal point")));
    }

    /** The unit and year rules, then {@code more}. */
    static List<Rule> unitAndYearRules(List<Rule> more) {
        List<Rule> rules = new ArrayList<>(List.of(
                Rule.missing(UNIT_CODE, col(UNIT_CODE)),
                Rule.missing(YEAR, text(YEAR)),
                new Rule(ReasonCode.INVALID_NUMBER, YEAR,
                        invalidWholeNumber(YEAR).or(wholeNumber(YEAR).lt(MIN_YEAR)).or(wholeNumber(YEAR).gt(MAX_YEAR)),
                        concat(lit("year '"), raw(YEAR), lit("' is not a year from " + MIN_YEAR + " to " + MAX_YEAR)))));
        rules.addAll(KnownUnits.rules(UNIT_CODE));
        rules.addAll(more);
        return rules;
    }
}
