package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.silver.Parse.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import vn.ptdv.review.catalog.ReasonCode;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.EventType;
import vn.ptdv.review.domain.SourceGroup;

/**
 * events.csv to silver.events, checked against the units and the roster: the member must exist, no
 * event may precede the admission, and a member is admitted once, on the roster's admission date.
 */
public final class EventsSpec implements SilverSpec {
    static final String MEMBER_ADMITTED_ON = "_member_admitted_on";
    static final String MEMBER_KNOWN = "_member_known";
    static final String OTHER_ADMISSION = "_other_admission";
    static final String ADMISSION_RANK = "_admission_rank";

    @Override public SourceFile source() { return SourceFile.EVENTS; }

    @Override public TableDef table() { return Tables.SILVER_EVENTS; }

    @Override
    public Dataset<Row> typed(Dataset<Row> raw, SilverContext ctx) {
        DateFormats f = ctx.dateFormat();
        Dataset<Row> t = raw
                .withColumn(EVENT_ID, text(EVENT_ID))
                .withColumn(MEMBER_KEY, ctx.memberKey().apply(text(MEMBER_ID)))
                .withColumn(EVENT_TYPE, ctx.code(source(), EVENT_TYPE))
                .withColumn(EVENT_DATE, date(EVENT_DATE, f))
                .withColumn(UNIT_CODE, text(UNIT_CODE))
                .withColumn(SOURCE_GROUP, ctx.code(source(), SOURCE_GROUP));
        t = KnownUnits.mark(t, UNIT_CODE, ctx.knownUnits())
                .join(ctx.knownMembers().select(col(MEMBER_KEY).as(MEMBER_KNOWN), col(ADMITTED_ON).as(MEMBER_ADMITTED_ON)),
                        col(MEMBER_KEY).equalTo(col(MEMBER_KNOWN)), "left");
        // An ADMITTED event already in silver under another event_id makes this one a second admission.
        Dataset<Row> earlier = ctx.admissions().select(col(MEMBER_KEY).as("_adm_member"), col(EVENT_ID).as("_adm_event"));
        t = t.join(earlier, col(MEMBER_KEY).equalTo(col("_adm_member"))
                        .and(col(EVENT_TYPE).equalTo(EventType.ADMITTED.name())), "left")
                .withColumn(OTHER_ADMISSION, col("_adm_event").isNotNull().and(col("_adm_event").notEqual(col(EVENT_ID))))
                .drop("_adm_member", "_adm_event");
        // Within the drop, the admission on the roster's date (then the lowest event_id) is the real one. A
        // member's admissions rank first among their events, so their ranks are those among admissions alone;
        // partitioned by the member only, the window reuses the roster join's partitioning (no shuffle of its own).
        Column isAdmission = coalesce(col(EVENT_TYPE).equalTo(EventType.ADMITTED.name()), lit(false));
        return t.withColumn(ADMISSION_RANK, when(isAdmission, dense_rank().over(Window
                .partitionBy(col(MEMBER_KEY))
                .orderBy(when(isAdmission, 0).otherwise(1), when(col(EVENT_DATE).equalTo(col(MEMBER_ADMITTED_ON)), 0).otherwise(1),
                        col(EVENT_ID)))));
    }

    @Override
    public List<Rule> rules(SilverContext ctx) {
        DateFormats f = ctx.dateFormat();
        Column admitted = col(EVENT_TYPE).equalTo(EventType.ADMITTED.name());
        List<Rule> rules = new java.util.ArrayList<>(List.of(
                Rule.missing(EVENT_ID, col(EVENT_ID)),
                Rule.missing(MEMBER_ID, col(MEMBER_KEY)),
                Rule.missing(EVENT_TYPE, col(EVENT_TYPE)),
                new Rule(ReasonCode.INVALID_VALUE, EVENT_TYPE, notAccepted(col(EVENT_TYPE), EventType.values()),
                        concat(lit("event_type '"), raw(EVENT_TYPE), lit("' is not an accepted event type"))),
                Rule.missing(EVENT_DATE, text(EVENT_DATE)),
                new Rule(ReasonCode.INVALID_DATE, EVENT_DATE, invalidDate(EVENT_DATE, f),
                        concat(lit("event_date '"), raw(EVENT_DATE), lit("' is not a date in format " + f))),
                new Rule(ReasonCode.FUTURE_DATE, EVENT_DATE, col(EVENT_DATE).gt(lit(java.sql.Date.valueOf(ctx.today()))),
                        lit("event_date is after the day of ingestion")),
                Rule.missing(UNIT_CODE, col(UNIT_CODE))));
        rules.addAll(KnownUnits.rules(UNIT_CODE));
        rules.addAll(List.of(
                new Rule(ReasonCode.INVALID_VALUE, SOURCE_GROUP, notAccepted(col(SOURCE_GROUP), SourceGroup.values()),
                        concat(lit("source_group '"), raw(SOURCE_GROUP), lit("' is not an accepted source group"))),
                new Rule(ReasonCode.UNKNOWN_MEMBER, MEMBER_ID, col(MEMBER_KEY).isNotNull().and(col(MEMBER_KNOWN).isNull()),
                        lit("member_id is not in the roster")),
                new Rule(ReasonCode.EVENT_BEFORE_ADMISSION, EVENT_DATE, col(EVENT_DATE).lt(col(MEMBER_ADMITTED_ON)),
                        concat(lit("event_date is before the member's admission on "), col(MEMBER_ADMITTED_ON).cast("string"))),
                new Rule(ReasonCode.DUPLICATE_ADMISSION, EVENT_ID,
                        admitted.and(col(OTHER_ADMISSION).or(col(ADMISSION_RANK).gt(1))),
                        lit("the member already has another ADMITTED event")),
                new Rule(ReasonCode.ADMISSION_DATE_MISMATCH, EVENT_DATE,
                        admitted.and(col(EVENT_DATE).notEqual(col(MEMBER_ADMITTED_ON))),
                        concat(lit("ADMITTED on "), col(EVENT_DATE).cast("string"), lit(" but the roster says admitted_on "),
                                col(MEMBER_ADMITTED_ON).cast("string")))));
        return rules;
    }
}
