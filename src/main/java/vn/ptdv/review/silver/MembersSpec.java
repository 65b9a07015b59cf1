package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.silver.Parse.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.ReasonCode;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.Gender;
import vn.ptdv.review.domain.LeftReason;

/**
 * members.csv to silver.members. The member id becomes a keyed pseudonym; name and birth date do not
 * pass (birth year and age at admission do).
 */
public final class MembersSpec implements SilverSpec {
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 100;

    @Override public SourceFile source() { return SourceFile.MEMBERS; }

    @Override public TableDef table() { return Tables.SILVER_MEMBERS; }

    /** Age in whole years on {@code on} for someone born on {@code born}. */
    public static Column ageOn(Column on, Column born) {
        Column birthdayNotReached = (month(on).multiply(100).plus(dayofmonth(on)))
                .lt(month(born).multiply(100).plus(dayofmonth(born)));
        return year(on).minus(year(born)).minus(when(birthdayNotReached, 1).otherwise(0));
    }

    @Override
    public Dataset<Row> typed(Dataset<Row> raw, SilverContext ctx) {
        DateFormats f = ctx.dateFormat();
        Dataset<Row> t = raw
                .withColumn(MEMBER_KEY, ctx.memberKey().apply(text(MEMBER_ID)))
                .withColumn("_birth_date", date(BIRTH_DATE, f))
                .withColumn(GENDER, ctx.code(source(), GENDER))
                .withColumn(ETHNICITY, text(ETHNICITY))
                .withColumn(RELIGION, text(RELIGION))
                .withColumn(EDUCATION, text(EDUCATION))
                .withColumn(OCCUPATION, text(OCCUPATION))
                .withColumn(UNIT_CODE, text(UNIT_CODE))
                .withColumn(ADMITTED_ON, date(ADMITTED_ON, f))
                .withColumn(OFFICIAL_ON, date(OFFICIAL_ON, f))
                .withColumn(LEFT_ON, date(LEFT_ON, f))
                .withColumn(LEFT_REASON, ctx.code(source(), LEFT_REASON));
        t = t.withColumn(BIRTH_YEAR, year(col("_birth_date")))
                .withColumn(AGE_AT_ADMISSION, ageOn(col(ADMITTED_ON), col("_birth_date")));
        return KnownUnits.mark(t, UNIT_CODE, ctx.knownUnits());
    }

    @Override
    public List<Rule> rules(SilverContext ctx) {
        DateFormats f = ctx.dateFormat();
        Column today = lit(java.sql.Date.valueOf(ctx.today()));
        List<Rule> rules = new java.util.ArrayList<>(List.of(
                Rule.missing(MEMBER_ID, col(MEMBER_KEY)),
                Rule.missing(GENDER, col(GENDER)),
                new Rule(ReasonCode.INVALID_VALUE, GENDER, notAccepted(col(GENDER), Gender.values()),
                        concat(lit("gender '"), raw(GENDER), lit("' is not M or F"))),
                Rule.missing(UNIT_CODE, col(UNIT_CODE)),
                Rule.missing(ADMITTED_ON, text(ADMITTED_ON)),
                new Rule(ReasonCode.INVALID_DATE, ADMITTED_ON, invalidDate(ADMITTED_ON, f),
                        concat(lit("admitted_on '"), raw(ADMITTED_ON), lit("' is not a date in format " + f))),
                new Rule(ReasonCode.INVALID_DATE, BIRTH_DATE, invalidDate(BIRTH_DATE, f),
                        concat(lit("birth_date '"), raw(BIRTH_DATE), lit("' is not a date in format " + f))),
                new Rule(ReasonCode.INVALID_DATE, OFFICIAL_ON, invalidDate(OFFICIAL_ON, f),
                        concat(lit("official_on '"), raw(OFFICIAL_ON), lit("' is not a date in format " + f))),
                new Rule(ReasonCode.INVALID_DATE, LEFT_ON, invalidDate(LEFT_ON, f),
                        concat(lit("left_on '"), raw(LEFT_ON), lit("' is not a date in format " + f))),
                new Rule(ReasonCode.FUTURE_DATE, ADMITTED_ON, col(ADMITTED_ON).gt(today),
                        lit("admitted_on is after the day of ingestion")),
                new Rule(ReasonCode.FUTURE_DATE, OFFICIAL_ON, col(OFFICIAL_ON).gt(today),
                        lit("official_on is after the day of ingestion")),
                new Rule(ReasonCode.FUTURE_DATE, LEFT_ON, col(LEFT_ON).gt(today),
                        lit("left_on is after the day of ingestion")),
                new Rule(ReasonCode.DATES_OUT_OF_ORDER, OFFICIAL_ON, col(OFFICIAL_ON).lt(col(ADMITTED_ON)),
                        lit("official_on is before admitted_on")),
                new Rule(ReasonCode.DATES_OUT_OF_ORDER, LEFT_ON, col(LEFT_ON).lt(col(ADMITTED_ON)),
                        lit("left_on is before admitted_on")),
                new Rule(ReasonCode.DATES_OUT_OF_ORDER, BIRTH_DATE, col("_birth_date").geq(col(ADMITTED_ON)),
                        lit("birth_date is not before admitted_on")),
                new Rule(ReasonCode.AGE_OUT_OF_RANGE, BIRTH_DATE,
                        col(AGE_AT_ADMISSION).lt(MIN_AGE).or(col(AGE_AT_ADMISSION).gt(MAX_AGE)),
                        concat(lit("age at admission is "), col(AGE_AT_ADMISSION), lit(", outside " + MIN_AGE + "-" + MAX_AGE))),
                new Rule(ReasonCode.MISSING_VALUE, LEFT_REASON, col(LEFT_ON).isNotNull().and(col(LEFT_REASON).isNull()),
                        lit("left_reason is empty although left_on is set")),
                new Rule(ReasonCode.INVALID_VALUE, LEFT_REASON, notAccepted(col(LEFT_REASON), LeftReason.values()),
                        concat(lit("left_reason '"), raw(LEFT_REASON), lit("' is not one of TRANSFER_OUT, STRUCK_OFF, EXPELLED, REMOVED, DIED")))));
        rules.addAll(KnownUnits.rules(UNIT_CODE));
        return rules;
    }
}
