package vn.ptdv.review.silver;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.domain.Term;
import vn.ptdv.review.sources.SourceMapping;

/**
 * What validation checks rows against, besides the rows themselves.
 *
 * @param dateFormat     patterns of the source dates
 * @param today          the day of ingestion; later dates are quarantined as FUTURE_DATE
 * @param knownUnits     unit_code of every unit in silver.units (after this drop's units are merged); with
 *                       valid_from, valid_to and successor_code where the lineage is checked
 * @param knownMembers   member_key and admitted_on of every member in silver.members
 * @param admissions     member_key and event_id of the ADMITTED events already in silver.events
 * @param memberKey      the pseudonymisation function, raw member_id to member_key
 * @param terms          the congress terms of review.compute.terms, which term_targets.csv must name
 * @param mapping        the words read as codes ({@link SourceMapping}); bronze keeps the words as received
 */
public record SilverContext(
        DateFormats dateFormat,
        LocalDate today,
        Dataset<Row> knownUnits,
        Dataset<Row> knownMembers,
        Dataset<Row> admissions,
        UserDefinedFunction memberKey,
        List<Term> terms,
        SourceMapping mapping) {
    public SilverContext {
        terms = List.copyOf(terms);
    }

    /** One date pattern, the contract's own codes only (no words mapped). */
    public SilverContext(String dateFormat, LocalDate today, Dataset<Row> knownUnits, Dataset<Row> knownMembers,
                         Dataset<Row> admissions, UserDefinedFunction memberKey, List<Term> terms) {
        this(DateFormats.of(dateFormat), today, knownUnits, knownMembers, admissions, memberKey, terms, SourceMapping.contractOnly());
    }

    /** {@code column} of {@code file} as a code: a word of its vocabulary as the word's code, else trimmed, upper case. */
    public Column code(SourceFile file, String column) {
        return Parse.code(column, mapping.vocabulary(file, column));
    }

    /** Without congress terms: every term_targets.csv row names an unknown term. */
    public SilverContext(String dateFormat, LocalDate today, Dataset<Row> knownUnits, Dataset<Row> knownMembers,
                         Dataset<Row> admissions, UserDefinedFunction memberKey) {
        this(dateFormat, today, knownUnits, knownMembers, admissions, memberKey, List.of());
    }
}
