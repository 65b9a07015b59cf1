package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.ptdv.review.domain.EventType;

/**
 * Where each member was, when: spells (member, unit, from, to) with {@code from} included and
 * {@code to} excluded (the day a member leaves, they no longer count; null = still there). Built from
 * the roster and the events, member by member:
 * <ul>
 *   <li>ADMITTED and TRANSFER_IN open a spell in their unit (closing any open one);</li>
 *   <li>TRANSFER_OUT, DIED, STRUCK_OFF, EXPELLED and REMOVED close it;</li>
 *   <li>a member whose history starts with a closing event, or has no events, was there before the
 *       events begin: their first spell opens on admitted_on, in the unit of that first event (else
 *       the roster's unit);</li>
 *   <li>a spell still open at the end closes on the roster's left_on, if any.</li>
 * </ul>
 * On one day, closing events come before opening ones, so a transfer inside the city (out of one
 * cell, into another, same date) moves the member without a gap or an overlap.
 */
public final class MemberSpells {
    private MemberSpells() {}

    public static final String SPELL_FROM = "spell_from";
    public static final String SPELL_TO = "spell_to";
    static final String HISTORY = "_history";

    public static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(MEMBER_KEY, DataTypes.StringType, false),
            DataTypes.createStructField(UNIT_CODE, DataTypes.StringType, false),
            DataTypes.createStructField(SPELL_FROM, DataTypes.DateType, false),
            DataTypes.createStructField(SPELL_TO, DataTypes.DateType, true)));

    public static Dataset<Row> of(Dataset<Row> members, Dataset<Row> events) {
        List<String> moving = new ArrayList<>();
        moving.add(EventType.ADMITTED.name());
        moving.add(EventType.TRANSFER_IN.name());
        EventType.ENDS_MEMBERSHIP_IN_UNIT.forEach(t -> moving.add(t.name()));
        Dataset<Row> histories = events.where(col(EVENT_TYPE).isin(moving.toArray()))
                .groupBy(col(MEMBER_KEY).as("_member"))
                .agg(collect_list(struct(col(EVENT_DATE), col(EVENT_TYPE), col(UNIT_CODE), col(EVENT_ID))).as(HISTORY));
        return members.select(MEMBER_KEY, UNIT_CODE, ADMITTED_ON, LEFT_ON)
                .join(histories, col(MEMBER_KEY).equalTo(col("_member")), "left")
                .select(MEMBER_KEY, UNIT_CODE, ADMITTED_ON, LEFT_ON, HISTORY)
                .flatMap(new Walk(), Encoders.row(SCHEMA));
    }

    static final class Walk implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Row m) {
            String member = m.getString(0);
            String rosterUnit = m.getString(1);
            Date admitted = m.getDate(2);
            Date leftOn = m.getDate(3);
            List<Row> history = m.isNullAt(4) ? new ArrayList<>() : new ArrayList<>(m.getList(4));
            history.sort(Comparator.<Row, Date>comparing(e -> e.getDate(0))
                    .thenComparing(e -> closes(e) ? 0 : 1)
                    .thenComparing(e -> e.getString(3)));
            List<Row> spells = new ArrayList<>();
            String openUnit = null;
            Date openFrom = null;
            if (history.isEmpty() || closes(history.get(0))) {
                openUnit = history.isEmpty() ? rosterUnit : history.get(0).getString(2);
                openFrom = admitted;
            }
            for (Row e : history) {
                if (openUnit != null) {
                    add(spells, member, openUnit, openFrom, e.getDate(0));
                    openUnit = null;
                }
                if (!closes(e)) {
                    openUnit = e.getString(2);
                    openFrom = e.getDate(0);
                }
            }
            if (openUnit != null) {
                add(spells, member, openUnit, openFrom, leftOn);
            }
            return spells.iterator();
        }

        static boolean closes(Row event) {
            return EventType.ENDS_MEMBERSHIP_IN_UNIT.contains(EventType.valueOf(event.getString(1)));
        }

        static void add(List<Row> spells, String member, String unit, Date from, Date to) {
            if (from != null && (to == null || from.before(to))) {
                spells.add(RowFactory.create(member, unit, from, to));
            }
        }
    }
}
