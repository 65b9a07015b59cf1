package vn.ptdv.review.silver;

import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.silver.Parse.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.ReasonCode;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;

/** membership_counts.csv to silver.membership_counts: the totals units reported for 1 January. */
public final class MembershipCountsSpec implements SilverSpec {
    @Override public SourceFile source() { return SourceFile.MEMBERSHIP_COUNTS; }

    @Override public TableDef table() { return Tables.SILVER_MEMBERSHIP_COUNTS; }

    @Override
    public Dataset<Row> typed(Dataset<Row> raw, SilverContext ctx) {
        return KeyedCounts.unitAndYear(raw, ctx).withColumn(MEMBERS_AT_START, wholeNumber(MEMBERS_AT_START));
    }

    @Override
    public List<Rule> rules(SilverContext ctx) {
        return KeyedCounts.unitAndYearRules(List.of(
                new Rule(ReasonCode.MISSING_VALUE, MEMBERS_AT_START, text(MEMBERS_AT_START).isNull(),
                        org.apache.spark.sql.functions.lit("members_at_start is empty")),
                KeyedCounts.nonNegativeWholeNumber(MEMBERS_AT_START)));
    }
}
