package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.silver.Parse.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.ReasonCode;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;

/** targets.csv to silver.targets: a count, a rate or both per unit and year. */
public final class TargetsSpec implements SilverSpec {
    @Override public SourceFile source() { return SourceFile.TARGETS; }

    @Override public TableDef table() { return Tables.SILVER_TARGETS; }

    @Override
    public Dataset<Row> typed(Dataset<Row> raw, SilverContext ctx) {
        return KeyedCounts.unitAndYear(raw, ctx)
                .withColumn(ADMISSIONS_TARGET, wholeNumber(ADMISSIONS_TARGET))
                .withColumn(RATE_TARGET_PCT, decimalNumber(RATE_TARGET_PCT));
    }

    @Override
    public List<Rule> rules(SilverContext ctx) {
        return KeyedCounts.unitAndYearRules(List.of(
                KeyedCounts.nonNegativeWholeNumber(ADMISSIONS_TARGET),
                KeyedCounts.percentage(RATE_TARGET_PCT),
                new Rule(ReasonCode.NO_TARGET_VALUE, ADMISSIONS_TARGET,
                        text(ADMISSIONS_TARGET).isNull().and(text(RATE_TARGET_PCT).isNull()),
                        lit("neither admissions_target nor rate_target_pct is given"))));
    }
}
