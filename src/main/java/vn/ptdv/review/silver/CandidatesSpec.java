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
import vn.ptdv.review.domain.SourceGroup;

/**
 * candidates.csv (optional) to silver.candidates. Candidates are people who are not members yet: their
 * id becomes a keyed pseudonym exactly as a member id does, and the member they became is referred to
 * by member_key. The pipeline's dates must come in order: identified, course, application.
 */
public final class CandidatesSpec implements SilverSpec {
    static final String MEMBER_KNOWN = "_admitted_member_known";

    @Override public SourceFile source() { return SourceFile.CANDIDATES; }

    @Override public TableDef table() { return Tables.SILVER_CANDIDATES; }

    @Override
    public Dataset<Row> typed(Dataset<Row> raw, SilverContext ctx) {
        DateFormats f = ctx.dateFormat();
        Dataset<Row> t = raw
                .withColumn(CANDIDATE_KEY, ctx.memberKey().apply(text(CANDIDATE_ID)))
                .withColumn(UNIT_CODE, text(UNIT_CODE))
                .withColumn(IDENTIFIED_ON, date(IDENTIFIED_ON, f))
                .withColumn(COURSE_COMPLETED_ON, date(COURSE_COMPLETED_ON, f))
                .withColumn(APPLIED_ON, date(APPLIED_ON, f))
                .withColumn(ADMITTED_MEMBER_KEY, ctx.memberKey().apply(text(ADMITTED_MEMBER_ID)))
                .withColumn(SOURCE_GROUP, ctx.code(source(), SOURCE_GROUP));
        return KnownUnits.mark(t, UNIT_CODE, ctx.knownUnits())
                .join(ctx.knownMembers().select(col(MEMBER_KEY).as(MEMBER_KNOWN)), col(ADMITTED_MEMBER_KEY).equalTo(col(MEMBER_KNOWN)), "left");
    }

    static Rule dateRule(String column, DateFormats format) {
        return new Rule(ReasonCode.INVALID_DATE, column, invalidDate(column, format),
                concat(lit(column + " '"), raw(column), lit("' is not a date in format " + format)));
    }

    static Rule futureRule(String column, SilverContext ctx) {
        return new Rule(ReasonCode.FUTURE_DATE, column, col(column).gt(lit(java.sql.Date.valueOf(ctx.today()))),
                lit(column + " is after the day of ingestion"));
    }

    @Override
    public List<Rule> rules(SilverContext ctx) {
        DateFormats f = ctx.dateFormat();
        List<Rule> rules = new ArrayList<>(List.of(
                Rule.missing(CANDIDATE_ID, col(CANDIDATE_KEY)),
                Rule.missing(UNIT_CODE, col(UNIT_CODE)),
                Rule.missing(IDENTIFIED_ON, text(IDENTIFIED_ON)),
                dateRule(IDENTIFIED_ON, f), dateRule(COURSE_COMPLETED_ON, f), dateRule(APPLIED_ON, f),
                futureRule(IDENTIFIED_ON, ctx), futureRule(COURSE_COMPLETED_ON, ctx), futureRule(APPLIED_ON, ctx)));
        rules.addAll(KnownUnits.rules(UNIT_CODE));
        Column courseBeforeIdentified = col(COURSE_COMPLETED_ON).lt(col(IDENTIFIED_ON));
        Column appliedBeforeCourse = col(APPLIED_ON).lt(coalesce(col(COURSE_COMPLETED_ON), col(IDENTIFIED_ON)));
        rules.addAll(List.of(
                new Rule(ReasonCode.DATES_OUT_OF_ORDER, COURSE_COMPLETED_ON, courseBeforeIdentified,
                        concat(lit("course_completed_on is before identified_on "), col(IDENTIFIED_ON).cast("string"))),
                new Rule(ReasonCode.DATES_OUT_OF_ORDER, APPLIED_ON, appliedBeforeCourse,
                        lit("applied_on is before the course (or the identification when there is no course date)")),
                new Rule(ReasonCode.INVALID_VALUE, SOURCE_GROUP, notAccepted(col(SOURCE_GROUP), SourceGroup.values()),
                        concat(lit("source_group '"), raw(SOURCE_GROUP), lit("' is not an accepted source group"))),
                new Rule(ReasonCode.UNKNOWN_MEMBER, ADMITTED_MEMBER_ID, col(ADMITTED_MEMBER_KEY).isNotNull().and(col(MEMBER_KNOWN).isNull()),
                        lit("admitted_member_id is not in the roster"))));
        return rules;
    }
}
