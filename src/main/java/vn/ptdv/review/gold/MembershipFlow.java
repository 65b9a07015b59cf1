package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.EventType;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.util.ScalaSeq;

/**
 * gold.membership_flow: one row per as_of_date × structure × unit (every level) × year × period.
 *
 * <p>end = start + admitted + transferred in − transferred out − died − struck off − expelled −
 * removed, each counted from the events dated in the period in the unit's subtree. A transfer is a
 * TRANSFER_OUT and a TRANSFER_IN of the same member on the same day; seen from a unit whose subtree
 * holds both ends it is a move inside the unit, not a flow, so the city's transfers are only those
 * across its border while a cell's include moves to its neighbours. The start is the
 * admissions_trend's members_at_start (reported total first), so where a unit reported its next
 * 1 January too, balance_gap = that report − the computed end is the department's data-quality
 * signal: a missing or extra event, or a wrong report. On the reference structure every event is
 * first moved to its reference unit ({@link StructureView#relocate}) and transfers are paired after
 * the move. Shuffles: the counterpart join of transfers, the reduction, the roll-up (and on the
 * reference structure the relocation of the events of reorganised units).
 */
public final class MembershipFlow {
    private MembershipFlow() {}

    /** The event types counted, and the column each one lands in; the order of the table. */
    static final Map<EventType, String> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put(EventType.TRANSFER_IN, TRANSFERRED_IN);
        COUNTED.put(EventType.TRANSFER_OUT, TRANSFERRED_OUT);
        COUNTED.put(EventType.DIED, DIED);
        COUNTED.put(EventType.STRUCK_OFF, STRUCK_OFF);
        COUNTED.put(EventType.EXPELLED, EXPELLED);
        COUNTED.put(EventType.REMOVED, REMOVED);
        COUNTED.put(EventType.OFFICIAL, BECAME_OFFICIAL);
    }

    static final String COUNTERPART = "_counterpart_unit";

    /**
     * Flow counts per unit (every level), year and period, ADMITTED excepted (the trend has them):
     * unit_code, year, period and one column per {@link #COUNTED} type (null where nothing happened).
     */
    public static Dataset<Row> flowsByUnit(Dataset<Row> events, Dataset<Row> ancestors, Dataset<Row> periods) {
        return flowsByUnit(events, ancestors, periods, null);
    }

    /**
     * As above, on the structure of {@code mapping} (null = as recorded): each event is first moved to
     * its unit in that structure ({@link StructureView#relocate}, so a unit's count of each type in a
     * period is the restated count), and a transfer's two ends are paired after the move. A transfer
     * between two historical units that now lie in one reference unit is thus a move inside it, as if
     * the reorganisation had always been in place.
     */
    public static Dataset<Row> flowsByUnit(Dataset<Row> events, Dataset<Row> ancestors, Dataset<Row> periods,
                                           Dataset<Row> mapping) {
        Object[] types = COUNTED.keySet().stream().map(Enum::name).toArray();
        // Read twice (the events and their transfers' other ends): made once.
        Dataset<Row> counted = GoldModel.materialised(StructureView.relocate(
                events.where(col(EVENT_TYPE).isin(types)).select(EVENT_ID, MEMBER_KEY, EVENT_TYPE, EVENT_DATE, UNIT_CODE)
                        .join(broadcast(periods), col(EVENT_DATE).between(col(PERIOD_START), col(PERIOD_END)))
                        .select(EVENT_ID, MEMBER_KEY, EVENT_TYPE, EVENT_DATE, UNIT_CODE, YEAR, PERIOD),
                mapping, col(EVENT_DATE), List.of(EVENT_TYPE, YEAR, PERIOD), EVENT_ID));
        // The other end of a transfer: same member, same day, the opposite transfer type (in the same period row).
        Column isTransfer = col(EVENT_TYPE).isin(EventType.TRANSFER_IN.name(), EventType.TRANSFER_OUT.name());
        Dataset<Row> ends = counted.where(isTransfer).select(col(MEMBER_KEY).as("_m"), col(EVENT_DATE).as("_d"),
                col(EVENT_TYPE).as("_t"), col(UNIT_CODE).as("_u"), col(YEAR).as("_y"), col(PERIOD).as("_p"));
        Dataset<Row> withCounterpart = counted
                .join(ends, col(MEMBER_KEY).equalTo(col("_m")).and(col(EVENT_DATE).equalTo(col("_d")))
                        .and(col(YEAR).equalTo(col("_y"))).and(col(PERIOD).equalTo(col("_p")))
                        .and(col(EVENT_TYPE).notEqual(col("_t"))).and(isTransfer), "left")
                // Two pairs on one day would duplicate the event: keep it once, with one (any) counterpart.
                .groupBy(EVENT_ID, EVENT_TYPE, UNIT_CODE, YEAR, PERIOD).agg(min("_u").as(COUNTERPART));
        Dataset<Row> perUnitAndPeriod = withCounterpart
                .groupBy(UNIT_CODE, COUNTERPART, EVENT_TYPE, YEAR, PERIOD).agg(count(lit(1)).as("_n"));
        Dataset<Row> inside = ancestors.select(col(UNIT_CODE).as("_cu"), col(ANCESTOR_CODE).as("_ca"));
        Dataset<Row> rolled = perUnitAndPeriod.join(ancestors, UNIT_CODE)
                .join(inside, col(COUNTERPART).equalTo(col("_cu")).and(col(ANCESTOR_CODE).equalTo(col("_ca"))), "left_anti");
        Dataset<Row> pivoted = rolled.groupBy(col(ANCESTOR_CODE).as(UNIT_CODE), col(YEAR), col(PERIOD))
                .pivot(EVENT_TYPE, List.of(types))
                .agg(sum("_n").cast("long"));
        for (Map.Entry<EventType, String> e : COUNTED.entrySet()) {
            pivoted = pivoted.withColumnRenamed(e.getKey().name(), e.getValue());
        }
        return pivoted;
    }

    /**
     * @param trend          gold.admissions_trend of the same as-of (the grid of units and periods,
     *                       admissions, members_at_start)
     * @param flows          from {@link #flowsByUnit}
     * @param membersAtStart from {@link MembersAtStart#resolve} (its reported totals give the reported end)
     */
    public static Dataset<Row> compute(Dataset<Row> trend, Dataset<Row> flows, Dataset<Row> membersAtStart) {
        Dataset<Row> rows = trend.withColumnRenamed(ADMISSIONS, ADMITTED)
                .join(flows, ScalaSeq.of(UNIT_CODE, YEAR, PERIOD), "left");
        for (String c : COUNTED.values()) {
            rows = rows.withColumn(c, coalesce(col(c), lit(0L)));
        }
        Column end = col(MEMBERS_AT_START).plus(col(ADMITTED)).plus(col(TRANSFERRED_IN)).minus(col(TRANSFERRED_OUT))
                .minus(col(DIED)).minus(col(STRUCK_OFF)).minus(col(EXPELLED)).minus(col(REMOVED));
        // The end of a period ending on 31 December is the next 1 January's start, which the unit may have reported.
        Dataset<Row> reportedNext = membersAtStart.select(col(UNIT_CODE), col(YEAR).minus(1).as(YEAR),
                col(MembersAtStart.REPORTED).as("_reported_next"));
        Column endsOnNewYearsEve = month(col(PERIOD_END)).equalTo(12).and(dayofmonth(col(PERIOD_END)).equalTo(31));
        Dataset<Row> flow = rows.withColumn(MEMBERS_AT_END, end)
                .join(reportedNext, ScalaSeq.of(UNIT_CODE, YEAR), "left")
                .withColumn(REPORTED_MEMBERS_AT_END, when(endsOnNewYearsEve, col("_reported_next")))
                .withColumn(BALANCE_GAP, col(REPORTED_MEMBERS_AT_END).minus(col(MEMBERS_AT_END)));
        return Tables.GOLD_MEMBERSHIP_FLOW.conform(flow);
    }

    /**
     * Unit-years whose reported end differs from the computed one, as (unit_code, year, reported_change,
     * event_flow, gap): the list the compute prints, one row per unit and calendar year.
     */
    public static Dataset<Row> unbalanced(Dataset<Row> flow) {
        return flow.where(col(PERIOD).equalTo(PeriodKind.FULL_YEAR.name()).and(col(BALANCE_GAP).notEqual(0)))
                .select(col(UNIT_CODE), col(YEAR),
                        col(REPORTED_MEMBERS_AT_END).minus(col(MEMBERS_AT_START)).as("reported_change"),
                        col(MEMBERS_AT_END).minus(col(MEMBERS_AT_START)).as("event_flow"),
                        col(BALANCE_GAP).as("gap"))
                .orderBy(col(YEAR), col(UNIT_CODE));
    }
}
