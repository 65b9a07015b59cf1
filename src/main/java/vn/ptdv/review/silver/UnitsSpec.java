package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.silver.Parse.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.sources.SourceFile;

/** units.csv to silver.units. Parents and successors must be units of this drop or of silver. */
public final class UnitsSpec implements SilverSpec {
    @Override public SourceFile source() { return SourceFile.UNITS; }

    @Override public TableDef table() { return Tables.SILVER_UNITS; }

    @Override
    public Dataset<Row> typed(Dataset<Row> raw, SilverContext ctx) {
        String f = ctx.dateFormat();
        Dataset<Row> t = raw
                .withColumn(UNIT_CODE, text(UNIT_CODE))
                .withColumn(UNIT_NAME, text(UNIT_NAME))
                .withColumn(PARENT_CODE, text(PARENT_CODE))
                .withColumn(UNIT_LEVEL, code(UNIT_LEVEL))
                .withColumn(PEER_GROUP, when(code(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()), code(PEER_GROUP)))
                .withColumn(VALID_FROM, date(VALID_FROM, f))
                .withColumn(VALID_TO, date(VALID_TO, f))
                .withColumn(SUCCESSOR_CODE, text(SUCCESSOR_CODE));
        // A unit may name a parent or successor that comes later in the same file.
        Dataset<Row> known = t.select(col(UNIT_CODE)).where(col(UNIT_CODE).isNotNull())
                .union(ctx.knownUnits().select(UNIT_CODE)).distinct();
        return KnownUnits.mark(KnownUnits.mark(t, PARENT_CODE, known), SUCCESSOR_CODE, known);
    }

    @Override
    public List<Rule> rules(SilverContext ctx) {
        String f = ctx.dateFormat();
        Column isCity = col(UNIT_LEVEL).equalTo(UnitLevel.CITY.name());
        List<Rule> rules = new java.util.ArrayList<>(List.of(
                new Rule(ReasonCode.MISSING_VALUE, UNIT_CODE, col(UNIT_CODE).isNull(), lit("unit_code is empty")),
                new Rule(ReasonCode.MISSING_VALUE, UNIT_NAME, col(UNIT_NAME).isNull(), lit("unit_name is empty")),
                new Rule(ReasonCode.MISSING_VALUE, UNIT_LEVEL, col(UNIT_LEVEL).isNull(), lit("unit_level is empty")),
                new Rule(ReasonCode.INVALID_VALUE, UNIT_LEVEL, notAccepted(col(UNIT_LEVEL), UnitLevel.values()),
                        concat(lit("unit_level '"), raw(UNIT_LEVEL), lit("' is not CITY, UNIT, GRASSROOTS or CELL"))),
                new Rule(ReasonCode.MISSING_VALUE, PARENT_CODE, col(PARENT_CODE).isNull().and(not(isCity)),
                        lit("parent_code is empty for a unit that is not the city")),
                new Rule(ReasonCode.INVALID_VALUE, PARENT_CODE, col(PARENT_CODE).isNotNull().and(isCity),
                        lit("the city (unit_level CITY) has no parent")),
                new Rule(ReasonCode.MISSING_VALUE, PEER_GROUP, col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()).and(col(PEER_GROUP).isNull()),
                        lit("peer_group is empty for a peer unit (unit_level UNIT)")),
                new Rule(ReasonCode.INVALID_DATE, VALID_FROM, invalidDate(VALID_FROM, f),
                        concat(lit("valid_from '"), raw(VALID_FROM), lit("' is not a date in format " + f))),
                new Rule(ReasonCode.INVALID_DATE, VALID_TO, invalidDate(VALID_TO, f),
                        concat(lit("valid_to '"), raw(VALID_TO), lit("' is not a date in format " + f))),
                new Rule(ReasonCode.DATES_OUT_OF_ORDER, VALID_TO, col(VALID_TO).lt(col(VALID_FROM)),
                        lit("valid_to is before valid_from"))));
        rules.addAll(KnownUnits.rules(PARENT_CODE));
        rules.addAll(KnownUnits.rules(SUCCESSOR_CODE));
        return rules;
    }
}
