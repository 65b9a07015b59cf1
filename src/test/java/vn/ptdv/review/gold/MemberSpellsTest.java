package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.testing.SparkTest;

class MemberSpellsTest extends SparkTest {
    static List<String> spellsOf(Dataset<Row> spells, String member) {
        return spells.where("member_key = '" + member + "'").orderBy(MemberSpells.SPELL_FROM).collectAsList().stream()
                .map(r -> r.getString(1) + " " + r.getDate(2) + ".." + r.getDate(3)).toList();
    }

    @Test
    void spellsFollowAdmissionTransfersAndLeaving() {
        Dataset<Row> members = rows(Tables.SILVER_MEMBERS, List.of(MEMBER_KEY, UNIT_CODE, ADMITTED_ON, LEFT_ON),
                r("k1", "C2", d("2019-03-01"), null),
                r("k2", "C1", d("2023-02-03"), d("2024-04-01")),
                r("k3", "C3", d("2010-01-01"), d("2021-07-01")),
                r("k4", "C1", d("2015-01-01"), null));
        Dataset<Row> events = rows(Tables.SILVER_EVENTS, List.of(EVENT_ID, MEMBER_KEY, EVENT_TYPE, EVENT_DATE, UNIT_CODE),
                // k1 moves from C1 to C2 inside the city: out and in on the same day (listed in-first on purpose).
                r("e2", "k1", "TRANSFER_IN", d("2022-05-10"), "C2"),
                r("e1", "k1", "TRANSFER_OUT", d("2022-05-10"), "C1"),
                r("e3", "k2", "ADMITTED", d("2023-02-03"), "C1"),
                r("e4", "k2", "OFFICIAL", d("2024-02-03"), "C1"),
                r("e5", "k2", "DIED", d("2024-04-01"), "C1"),
                r("e6", "k4", "TRANSFER_IN", d("2022-01-01"), "C1"));
        Dataset<Row> spells = MemberSpells.of(members, events).cache();
        // Was in C1 before the events begin (first event closes a spell there), then C2.
        assertThat(spellsOf(spells, "k1")).containsExactly("C1 2019-03-01..2022-05-10", "C2 2022-05-10..null");
        assertThat(spellsOf(spells, "k2")).containsExactly("C1 2023-02-03..2024-04-01");
        // No events: the roster's unit, from admission to the roster's left_on.
        assertThat(spellsOf(spells, "k3")).containsExactly("C3 2010-01-01..2021-07-01");
        // Admitted elsewhere in 2015, in the city only from the transfer.
        assertThat(spellsOf(spells, "k4")).containsExactly("C1 2022-01-01..null");
    }
}
