package vn.ptdv.review.silver;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import vn.ptdv.review.domain.Term;

/**
 * What validation checks rows against, besides the rows themselves.
 *
 * @param dateFormat     pattern of the source dates
 * @param today          the day of ingestion; later dates are quarantined as FUTURE_DATE
 * @param knownUnits     unit_code of every unit in silver.units (after this drop's units are merged); with
 *                       valid_from, valid_to and successor_code where the lineage is checked
 * @param knownMembers   member_key and admitted_on of every member in silver.members
 * @param admissions     member_key and event_id of the ADMITTED events already in silver.events
 * @param memberKey      the pseudonymisation function, raw member_id to member_key
 * @param terms          the congress terms of review.compute.terms, which term_targets.csv must name
 */
public record SilverContext(
        String dateFormat,
        LocalDate today,
        Dataset<Row> knownUnits,
        Dataset<Row> knownMembers,
        Dataset<Row> admissions,
        UserDefinedFunction memberKey,
        List<Term> terms) {
    public SilverContext {
        terms = List.copyOf(terms);
    }

    /** Without congress terms: every term_targets.csv row names an unknown term. */
    public SilverContext(String dateFormat, LocalDate today, Dataset<Row> knownUnits, Dataset<Row> knownMembers,
                         Dataset<Row> admissions, UserDefinedFunction memberKey) {
        this(dateFormat, today, knownUnits, knownMembers, admissions, memberKey, List.of());
    }
}
