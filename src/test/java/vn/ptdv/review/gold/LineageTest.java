package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where a fact recorded in a historical unit lands on the units valid on a later day. Hand-made
 * trees under city DN and peer units P1, P2; dates as in each test.
 */
class LineageTest {
    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Lineage.Unit unit(String code, String parent, String from, String to, String successor) {
        return new Lineage.Unit(code, parent, from == null ? null : d(from), to == null ? null : d(to), successor);
    }

    static Lineage.Edge edge(String from, String to, String on, String share) {
        return new Lineage.Edge(from, to, d(on), new BigDecimal(share));
    }

    static final Lineage.Unit DN = unit("DN", null, null, null, null);
    static final Lineage.Unit P1 = unit("P1", "DN", null, null, null);
    static final Lineage.Unit P2 = unit("P2", "DN", null, null, null);

    static Map<String, BigDecimal> only(String unit) {
        return Map.of(unit, BigDecimal.ONE);
    }

    static void assertShares(Map<String, BigDecimal> actual, Map<String, String> expected) {
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).isEqualByComparingTo(v));
    }

    @Test
    void mergeMidYearSendsTheWholeHistoryToTheSuccessorOnceItHasTakenEffect() {
        // W2 merged into W1 on 1 Jul 2024 (W2 valid to 30 Jun).
        Lineage l = new Lineage(List.of(DN, P1, unit("W1", "P1", null, null, null), unit("W2", "P1", null, "2024-06-30", "W1")),
                List.of());
        assertShares(l.resolve("W2", d("2021-05-01"), d("2024-08-31")), Map.of("W1", "1"));
        assertShares(l.resolve("W2", d("2024-03-01"), d("2024-08-31")), Map.of("W1", "1"));
        // Before the merge took effect, W2 is still a unit of its own.
        assertShares(l.resolve("W2", d("2024-03-01"), d("2024-06-30")), Map.of("W2", "1"));
        // W1's own facts stay with W1.
        assertShares(l.resolve("W1", d("2021-05-01"), d("2024-08-31")), Map.of("W1", "1"));
    }

    @Test
    void renameIsASuccessorWithAnotherCode() {
        Lineage l = new Lineage(List.of(DN, unit("OLD", "DN", null, "2023-12-31", "NEW"), unit("NEW", "DN", "2024-01-01", null, null)),
                List.of());
        assertShares(l.resolve("OLD", d("2020-02-03"), d("2024-08-31")), Map.of("NEW", "1"));
    }

    @Test
    void splitSixtyFortyDividesByShare() {
        // S closed on 31 Dec 2023; 60% of its members to A, 40% to B from 1 Jan 2024.
        Lineage l = new Lineage(List.of(DN, P1, unit("S", "P1", null, "2023-12-31", null),
                unit("A", "P1", "2024-01-01", null, null), unit("B", "P1", "2024-01-01", null, null)),
                List.of(edge("S", "A", "2024-01-01", "0.6"), edge("S", "B", "2024-01-01", "0.4")));
        assertShares(l.resolve("S", d("2022-07-01"), d("2024-08-31")), Map.of("A", "0.6", "B", "0.4"));
        // A fact still recorded in S after it closed counts as of its last day: divided as well.
        assertShares(l.resolve("S", d("2024-02-01"), d("2024-08-31")), Map.of("A", "0.6", "B", "0.4"));
    }

    @Test
    void unitMovedBetweenPeerUnitsFollowsItsSuccessorToTheNewParent() {
        // Grassroots X under P1 until 2022; from 2023 it is X2 under P2.
        Lineage l = new Lineage(List.of(DN, P1, P2, unit("X", "P1", null, "2022-12-31", "X2"), unit("X2", "P2", "2023-01-01", null, null)),
                List.of());
        assertShares(l.resolve("X", d("2021-04-01"), d("2024-08-31")), Map.of("X2", "1"));
        assertThat(l.chainUp("X2")).containsExactly("X2", "P2", "DN");
        assertThat(l.chainUp("X")).containsExactly("X", "P1", "DN");
    }

    @Test
    void chainOfTwoMergesEndsInTheLastSuccessor() {
        // A merged into B on 1 Jan 2023, B into C on 1 Jan 2024.
        Lineage l = new Lineage(List.of(DN, unit("A", "DN", null, "2022-12-31", "B"), unit("B", "DN", null, "2023-12-31", "C"),
                unit("C", "DN", null, null, null)), List.of());
        assertShares(l.resolve("A", d("2020-06-01"), d("2024-08-31")), Map.of("C", "1"));
        assertShares(l.resolve("B", d("2023-06-01"), d("2024-08-31")), Map.of("C", "1"));
        // As of 2023-08-31 only the first merge has happened.
        assertShares(l.resolve("A", d("2020-06-01"), d("2023-08-31")), Map.of("B", "1"));
    }

    @Test
    void partialTransferDividesOnlyTheHistoryBeforeIt() {
        // 30% of A's members went to B on 1 Jan 2024; A goes on.
        Lineage l = new Lineage(List.of(DN, unit("A", "DN", null, null, null), unit("B", "DN", null, null, null)),
                List.of(edge("A", "A", "2024-01-01", "0.7"), edge("A", "B", "2024-01-01", "0.3")));
        assertShares(l.resolve("A", d("2023-12-31"), d("2024-08-31")), Map.of("A", "0.7", "B", "0.3"));
        assertShares(l.resolve("A", d("2024-03-01"), d("2024-08-31")), Map.of("A", "1"));
    }

    @Test
    void cellClosedWithoutSuccessorHandsItsHistoryToItsParent() {
        Lineage l = new Lineage(List.of(DN, P1, unit("G", "P1", null, null, null), unit("C", "G", null, "2022-12-31", null)),
                List.of());
        assertShares(l.resolve("C", d("2021-01-01"), d("2024-08-31")), Map.of("G", "1"));
        // Before it closed, the cell is itself.
        assertShares(l.resolve("C", d("2021-01-01"), d("2022-08-31")), Map.of("C", "1"));
    }

    @Test
    void lineageFileWinsOverSuccessorCodeOnTheSameDate() {
        Lineage l = new Lineage(List.of(DN, unit("S", "DN", null, "2023-12-31", "A"), unit("A", "DN", null, null, null),
                unit("B", "DN", null, null, null)),
                List.of(edge("S", "A", "2024-01-01", "0.5"), edge("S", "B", "2024-01-01", "0.5")));
        assertShares(l.resolve("S", d("2023-01-01"), d("2024-08-31")), Map.of("A", "0.5", "B", "0.5"));
    }
}
