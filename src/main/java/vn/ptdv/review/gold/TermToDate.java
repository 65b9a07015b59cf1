package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.AttainmentStatus;
import vn.ptdv.review.domain.MembersAtStartSource;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.domain.Term;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.util.ScalaSeq;

/**
 * The TERM_TO_DATE period: the congress term containing the as-of date, from its start to the as-of
 * date, in gold.admissions_trend, target_attainment and (through them) city_summary.
 *
 * <p>Admissions are counted like every period's. The rate's denominator is the members at the start of
 * the term's first day, counted from the roster (no unit reports a total for that day). The comparison
 * is the previous configured term over the same elapsed share: d days into a term of T days compare
 * with the first round(d × T' / T) days (half up) of the previous term of T' days, so two terms of
 * different lengths are compared at the same point of their way. A term is used only when it starts in
 * the range of the compute (on or after 1 January of the from-year): before it, the roster and events
 * are not read.
 *
 * <p>The term target is a count over the term, or an annual rate (% of the members at the term's start)
 * that the term's nominal years turn into a term rate. Expected by now is the target pro rata to the
 * elapsed days; projected is the admissions at the same pace to the term's end.
 *
 * @param term              the term containing the as-of date
 * @param toDate            the as-of date
 * @param previousSameShare the previous term's first days over the same elapsed share, when that term is
 *                          configured and in range
 */
public record TermToDate(Term term, LocalDate toDate, Optional<Period> previousSameShare) {
    /** The label of the previous term's span: counted to compare with, never written to a table. */
    static final String PREVIOUS_TERM_SAME_SHARE = "_PREVIOUS_TERM_SAME_SHARE";

    /** The term period of {@code params}, when a configured term in range contains its as-of date. */
    public static Optional<TermToDate> of(GoldParams params) {
        LocalDate rangeStart = LocalDate.of(params.fromYear(), 1, 1);
        return Term.containing(params.terms(), params.asOf())
                .filter(t -> !t.start().isBefore(rangeStart))
                .map(t -> {
                    Optional<Period> previous = Term.before(params.terms(), t)
                            .filter(p -> !p.start().isBefore(rangeStart))
                            .map(p -> new Period(params.lastYear(), PeriodKind.TERM_TO_DATE, p.start(),
                                    p.start().plusDays(sameShareDays(t.daysTo(params.asOf()), t.days(), p.days()) - 1),
                                    PREVIOUS_TERM_SAME_SHARE));
                    return new TermToDate(t, params.asOf(), previous);
                });
    }

    /** round(elapsed × previousDays / days), half up, at least 1 day. */
    static long sameShareDays(long elapsed, long days, long previousDays) {
        long share = BigDecimal.valueOf(elapsed).multiply(BigDecimal.valueOf(previousDays))
                .divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP).longValueExact();
        return Math.max(1, Math.min(share, previousDays));
    }

    /** The reported period: the term's start to the as-of date, in the as-of year. */
    public Period period() {
        return new Period(toDate.getYear(), PeriodKind.TERM_TO_DATE, term.start(), toDate);
    }

    /** The spans whose admissions are counted: the period, and the previous term's same share. */
    public List<Period> countedPeriods() {
        List<Period> counted = new ArrayList<>(List.of(period()));
        previousSameShare.ifPresent(counted::add);
        return counted;
    }

    public long elapsedDays() {
        return term.daysTo(toDate);
    }

    /**
     * Members at the start of the term's first day S per unit (every level), from the roster: spells
     * [from, to) with from &lt; S &lt;= to (a member admitted on S is an admission of the term), restated
     * onto the structure as of the day before S, rolled up the tree. Units with none are left out.
     */
    public Dataset<Row> membersAtStart(Dataset<Row> spells, Dataset<Row> ancestors, Dataset<Row> mapping) {
        Column start = lit(Date.valueOf(term.start()));
        Dataset<Row> perUnit = spells
                .where(col(MemberSpells.SPELL_FROM).lt(start)
                        .and(col(MemberSpells.SPELL_TO).isNull().or(col(MemberSpells.SPELL_TO).geq(start))))
                .groupBy(UNIT_CODE).agg(count(lit(1)).as("_members"));
        Dataset<Row> restated = StructureView.restate(perUnit, mapping, date_sub(start, 1), List.of(), "_members");
        return restated.join(ancestors, UNIT_CODE)
                .groupBy(col(ANCESTOR_CODE).as(UNIT_CODE))
                .agg(sum("_members").cast("long").as(MEMBERS_AT_START))
                .where(col(MEMBERS_AT_START).gt(0));
    }

    /**
     * The TERM_TO_DATE rows of gold.admissions_trend: every unit that existed during the period.
     *
     * @param admissions     per unit and counted period ({@link AdmissionsTrend#admissionsByUnit} over
     *                       {@link #countedPeriods})
     * @param membersAtStart from {@link #membersAtStart}
     */
    public Dataset<Row> trend(GoldParams params, Dataset<Row> units, Dataset<Row> admissions, Dataset<Row> membersAtStart) {
        SparkSession spark = units.sparkSession();
        Dataset<Row> previous = admissions.where(col(PERIOD).equalTo(PREVIOUS_TERM_SAME_SHARE))
                .select(col(UNIT_CODE), col(ADMISSIONS).as(PREV_YEAR_ADMISSIONS));
        Dataset<Row> rows = units.select(UNIT_CODE, UNIT_NAME, UNIT_LEVEL, VALID_FROM, VALID_TO)
                .crossJoin(broadcast(GoldParams.periodsDataset(spark, List.of(period()))))
                .where(AdmissionsTrend.existedDuring())
                .join(admissions.select(UNIT_CODE, YEAR, PERIOD, ADMISSIONS), ScalaSeq.of(UNIT_CODE, YEAR, PERIOD), "left")
                .withColumn(ADMISSIONS, coalesce(col(ADMISSIONS), lit(0L)))
                .join(membersAtStart.select(UNIT_CODE, MEMBERS_AT_START), ScalaSeq.of(UNIT_CODE), "left")
                .withColumn(MEMBERS_AT_START_SOURCE, when(col(MEMBERS_AT_START).isNotNull(), lit(MembersAtStartSource.ROSTER.name())))
                // Without a previous term to compare with, no unit has a previous figure (rather than 0).
                .join(previousSameShare.isPresent() ? previous : previous.limit(0), ScalaSeq.of(UNIT_CODE), "left")
                .withColumn(PREV_YEAR_ADMISSIONS, previousSameShare.isPresent()
                        ? coalesce(col(PREV_YEAR_ADMISSIONS), lit(0L)) : lit(null).cast("long"));
        Dataset<Row> trend = params.stamp(rows)
                .withColumn(ADMISSION_RATE_PCT, Measures.ratePct(col(ADMISSIONS), col(MEMBERS_AT_START)))
                .withColumn(CHANGE_VS_PREV_YEAR, col(ADMISSIONS).minus(col(PREV_YEAR_ADMISSIONS)))
                .withColumn(RATIO_TO_PREV_YEAR_PCT, Measures.ratioPct(col(ADMISSIONS), col(PREV_YEAR_ADMISSIONS)))
                .withColumn(RANK_AMONG_YEARS, lit(null).cast("int"));
        return Tables.GOLD_ADMISSIONS_TREND.conform(trend);
    }

    /**
     * The term's targets on the structure of {@code mapping}: counts restated as of the term's start, like
     * every count; rates kept for the units of the structure (a rate does not add up over units).
     */
    public Dataset<Row> targetsOn(Dataset<Row> termTargets, Dataset<Row> units, Dataset<Row> mapping) {
        Dataset<Row> ofTerm = termTargets.where(col(TERM).equalTo(term.name()));
        Dataset<Row> counts = StructureView.restate(ofTerm.where(col(ADMISSIONS_TARGET).isNotNull()).select(UNIT_CODE, ADMISSIONS_TARGET),
                mapping, lit(Date.valueOf(term.start())), List.of(), ADMISSIONS_TARGET)
                .withColumn(ADMISSIONS_TARGET, col(ADMISSIONS_TARGET).cast("int"));
        Dataset<Row> rates = ofTerm.where(col(RATE_TARGET_PCT).isNotNull()).select(UNIT_CODE, RATE_TARGET_PCT)
                .join(units.select(UNIT_CODE), ScalaSeq.of(UNIT_CODE), "left_semi");
        return counts.join(rates, ScalaSeq.of(UNIT_CODE), "full_outer");
    }

    /**
     * The TERM_TO_DATE rows of gold.target_attainment: every peer unit of the term trend.
     *
     * @param termTrend   from {@link #trend}
     * @param termTargets from {@link #targetsOn}: unit_code, admissions_target (over the term), rate_target_pct (annual)
     */
    public Dataset<Row> attainment(Dataset<Row> termTrend, Dataset<Row> termTargets) {
        BigDecimal years = BigDecimal.valueOf(term.nominalYears());
        Column termDays = lit(term.days());
        Column elapsedDays = lit(elapsedDays());
        Column termRate = col(RATE_TARGET_PCT).cast("decimal(12,4)").multiply(lit(years));
        Column plan = coalesce(col(ADMISSIONS_TARGET).cast("decimal(18,6)"),
                termRate.multiply(col(MEMBERS_AT_START)).divide(100).cast("decimal(18,6)"));
        Column elapsedShare = elapsedDays.cast("decimal(12,6)").divide(termDays.cast("decimal(12,6)"));
        Column targetMet = when(col(ADMISSIONS_TARGET).isNotNull(), col(ADMISSIONS).geq(col(ADMISSIONS_TARGET)))
                .when(col(RATE_TARGET_PCT).isNotNull(), col(ADMISSION_RATE_PCT).geq(termRate));
        Dataset<Row> result = termTrend.where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))
                .join(termTargets, ScalaSeq.of(UNIT_CODE), "left")
                .withColumn(TARGET_MET, targetMet)
                .withColumn(ATTAINMENT_PCT, when(col(ADMISSIONS_TARGET).isNotNull(), Measures.ratioPct(col(ADMISSIONS), col(ADMISSIONS_TARGET)))
                        .otherwise(Measures.ratioOfDecimalsPct(col(ADMISSION_RATE_PCT), termRate)))
                .withColumn(ELAPSED_SHARE_PCT, Measures.ratioPct(elapsedDays, termDays))
                .withColumn(EXPECTED_BY_NOW, round(plan.multiply(elapsedShare), 1).cast(Tables.RATIO))
                .withColumn(EXPECTED_BY_NOW_SEASONAL, lit(null).cast(Tables.RATIO))
                .withColumn(STATUS, when(col(TARGET_MET).isNull(), lit(null).cast("string"))
                        .when(col(TARGET_MET), lit(AttainmentStatus.MET.name()))
                        .when(col(ADMISSIONS).geq(col(EXPECTED_BY_NOW)), lit(AttainmentStatus.ON_TRACK.name()))
                        .otherwise(lit(AttainmentStatus.BEHIND.name())))
                .withColumn(PROJECTED_YEAR_END, round(col(ADMISSIONS).cast("decimal(18,6)").multiply(termDays).divide(elapsedDays), 0)
                        .cast("long"));
        return Tables.GOLD_TARGET_ATTAINMENT.conform(result);
    }
}
