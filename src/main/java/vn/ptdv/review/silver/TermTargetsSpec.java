package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.silver.Parse.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.ReasonCode;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.Term;

/**
 * term_targets.csv to silver.term_targets: a count over the term, an annual rate or both, per unit and
 * congress term. The term must be one of review.compute.terms: a target for a term the configuration
 * does not know would be kept and never used, so it is quarantined naming the terms that are known.
 */
public final class TermTargetsSpec implements SilverSpec {
    @Override public SourceFile source() { return SourceFile.TERM_TARGETS; }

    @Override public TableDef table() { return Tables.SILVER_TERM_TARGETS; }

    @Override
    public Dataset<Row> typed(Dataset<Row> raw, SilverContext ctx) {
        return KnownUnits.mark(raw.withColumn(UNIT_CODE, text(UNIT_CODE)).withColumn(TERM, text(TERM)), UNIT_CODE, ctx.knownUnits())
                .withColumn(ADMISSIONS_TARGET, wholeNumber(ADMISSIONS_TARGET))
                .withColumn(RATE_TARGET_PCT, decimalNumber(RATE_TARGET_PCT));
    }

    @Override
    public List<Rule> rules(SilverContext ctx) {
        List<String> names = ctx.terms().stream().map(Term::name).toList();
        Column known = names.isEmpty() ? lit(false) : col(TERM).isin(names.toArray());
        String configured = names.isEmpty() ? "none" : String.join(", ", names);
        List<Rule> rules = new ArrayList<>(List.of(
                Rule.missing(UNIT_CODE, col(UNIT_CODE)),
                Rule.missing(TERM, col(TERM)),
                new Rule(ReasonCode.UNKNOWN_TERM, TERM, col(TERM).isNotNull().and(not(known)),
                        concat(lit("term '"), raw(TERM), lit("' is not a term of review.compute.terms (configured: " + configured + ")")))));
        rules.addAll(KnownUnits.rules(UNIT_CODE));
        rules.addAll(List.of(
                KeyedCounts.nonNegativeWholeNumber(ADMISSIONS_TARGET),
                KeyedCounts.percentage(RATE_TARGET_PCT),
                new Rule(ReasonCode.NO_TARGET_VALUE, ADMISSIONS_TARGET,
                        text(ADMISSIONS_TARGET).isNull().and(text(RATE_TARGET_PCT).isNull()),
                        lit("neither admissions_target nor rate_target_pct is given"))));
        return rules;
    }
}
