package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.Structure;
import vn.ptdv.review.quality.GoldChecks;
import vn.ptdv.review.silver.SilverInputs;
import vn.ptdv.review.testing.SparkTest;

/**
 * The same silver data computed on both structures, as of 2024-08-31 from 2022. City DN, peer units
 * P1 and P2 (both still valid). The reorganisations:
 * <ul>
 *   <li>ward W2 of P1 merged into ward W1 on 1 Jan 2024; W2's cell C2 became C2N under W1;</li>
 *   <li>grassroots X moved from P1 to P2 on 1 Jan 2023 (it became X2);</li>
 *   <li>grassroots S of P2 split on 1 Jan 2024: 60% to SA (under P2), 40% to SB (under P1);</li>
 *   <li>grassroots NEW under P2 was created on 1 Jan 2024 from nothing.</li>
 * </ul>
 * Admissions (period YTD = 1 Jan - 31 Aug): C1 2022-03-01, 2024-03-01; C2 2022-04-01, 2023-05-01,
 * 2023-10-01 (FULL_YEAR only); C2N 2024-02-01; X 2022-02-01, 2022-11-01 (FULL_YEAR only);
 * X2 2023-03-01, 2024-04-01; S five in 2022 YTD, seven in 2023 YTD; SA, SB and NEW one each in 2024.
 * Member m1 admitted in C2 on 2020-05-01 and never moved. Reported totals for 1 Jan 2022: DN 50, P1 20.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructureTest extends SparkTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 8, 31);
    GoldTables reference;
    GoldTables historical;

    SilverInputs inputs() {
        Dataset<Row> units = rows(Tables.SILVER_UNITS,
                List.of(UNIT_CODE, UNIT_NAME, PARENT_CODE, UNIT_LEVEL, PEER_GROUP, VALID_FROM, VALID_TO, SUCCESSOR_CODE),
                r("DN", "Đà Nẵng", null, "CITY", null, null, null, null),
                r("P1", "Quận 1", "DN", "UNIT", "URBAN", null, null, null),
                r("P2", "Quận 2", "DN", "UNIT", "URBAN", null, null, null),
                r("W1", "Phường 1", "P1", "GRASSROOTS", null, null, null, null),
                r("W2", "Phường 2", "P1", "GRASSROOTS", null, null, d("2023-12-31"), "W1"),
                r("C1", "Chi bộ 1", "W1", "CELL", null, null, null, null),
                r("C2", "Chi bộ 2", "W2", "CELL", null, null, d("2023-12-31"), "C2N"),
                r("C2N", "Chi bộ 2", "W1", "CELL", null, d("2024-01-01"), null, null),
                r("X", "Đảng bộ X", "P1", "GRASSROOTS", null, null, d("2022-12-31"), "X2"),
                r("X2", "Đảng bộ X", "P2", "GRASSROOTS", null, d("2023-01-01"), null, null),
                r("S", "Đảng bộ S", "P2", "GRASSROOTS", null, null, d("2023-12-31"), null),
                r("SA", "Đảng bộ S-A", "P2", "GRASSROOTS", null, d("2024-01-01"), null, null),
                r("SB", "Đảng bộ S-B", "P1", "GRASSROOTS", null, d("2024-01-01"), null, null),
                r("NEW", "Đảng bộ mới", "P2", "GRASSROOTS", null, d("2024-01-01"), null, null));
        Dataset<Row> lineage = rows(Tables.SILVER_UNIT_LINEAGE, List.of(FROM_UNIT, TO_UNIT, EFFECTIVE_ON, SHARE),
                r("S", "SA", d("2024-01-01"), dec("0.6")), r("S", "SB", d("2024-01-01"), dec("0.4")));
        List<Object[]> events = new java.util.ArrayList<>(List.of(
                admitted("C1", "2022-03-01"), admitted("C1", "2024-03-01"),
                admitted("C2", "2022-04-01"), admitted("C2", "2023-05-01"), admitted("C2", "2023-10-01"),
                admitted("C2N", "2024-02-01"),
                admitted("X", "2022-02-01"), admitted("X", "2022-11-01"),
                admitted("X2", "2023-03-01"), admitted("X2", "2024-04-01"),
                admitted("SA", "2024-03-01"), admitted("SB", "2024-03-02"), admitted("NEW", "2024-05-01")));
        for (int i = 1; i <= 5; i++) events.add(admitted("S", "2022-0" + i + "-10"));
        for (int i = 1; i <= 7; i++) events.add(admitted("S", "2023-0" + i + "-10"));
        events.add(r("m1-admitted", "m1", "ADMITTED", d("2020-05-01"), "C2"));
        Dataset<Row> members = rows(Tables.SILVER_MEMBERS, List.of(MEMBER_KEY, UNIT_CODE, ADMITTED_ON),
                r("m1", "C2", d("2020-05-01")));
        return new SilverInputs(units, members,
                rows(Tables.SILVER_EVENTS, List.of(EVENT_ID, MEMBER_KEY, EVENT_TYPE, EVENT_DATE, UNIT_CODE), events.toArray(Object[][]::new)),
                rows(Tables.SILVER_TARGETS, List.of(UNIT_CODE)),
                rows(Tables.SILVER_MEMBERSHIP_COUNTS, List.of(UNIT_CODE, YEAR, MEMBERS_AT_START), r("DN", 2022, 50L), r("P1", 2022, 20L)),
                Optional.empty(), Optional.of(lineage));
    }

    static int eventNumber;

    static Object[] admitted(String unit, String date) {
        eventNumber++;
        return r("e" + eventNumber, "n" + eventNumber, "ADMITTED", d(date), unit);
    }

    @BeforeAll
    void compute() {
        SilverInputs in = inputs();
        for (Structure s : Structure.values()) {
            GoldParams params = new GoldParams(AS_OF, 2022, s);
            GoldTables gold = GoldModel.compute(spark, params, in);
            // The data tests (city = sum of peer units, every peer unit in every period) hold on both.
            GoldChecks.verify(gold, gold.units(), params.periodsDataset(spark));
            if (s == Structure.REFERENCE) reference = gold; else historical = gold;
        }
    }

    static Long admissions(GoldTables gold, String unit, int year, String period) {
        List<Row> found = gold.trend().where("unit_code = '" + unit + "' AND year = " + year + " AND period = '" + period + "'")
                .collectAsList();
        assertThat(found).as(unit + " " + year + " " + period).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0).<Long>getAs(ADMISSIONS);
    }

    @Test
    void cityTotalsAreTheSameOnBothStructures() {
        // 2022 YTD: C1 1 + C2 1 + X 1 + S 5 = 8; 2022 FULL_YEAR adds X's November one: 9.
        // 2023 YTD: C2 1 + X2 1 + S 7 = 9; FULL_YEAR adds C2's October one: 10.
        // 2024 YTD: C1, C2N, X2, SA, SB, NEW one each = 6.
        for (Object[] p : new Object[][] {{2022, "YTD", 8L}, {2022, "FULL_YEAR", 9L}, {2023, "YTD", 9L},
                {2023, "FULL_YEAR", 10L}, {2024, "YTD", 6L}}) {
            assertThat(admissions(reference, "DN", (int) p[0], (String) p[1])).as("reference %s", List.of(p)).isEqualTo(p[2]);
            assertThat(admissions(historical, "DN", (int) p[0], (String) p[1])).as("historical %s", List.of(p)).isEqualTo(p[2]);
        }
    }

    @Test
    void mergedWardsHistoryAppearsUnderItsSuccessorInTheReferenceStructure() {
        // Reference: W1 = C1 + C2 (now C2N) in every year: 2022 YTD 1 + 1 = 2; 2023 YTD 0 + 1 = 1.
        assertThat(admissions(reference, "W1", 2022, "YTD")).isEqualTo(2);
        assertThat(admissions(reference, "W1", 2023, "YTD")).isEqualTo(1);
        assertThat(admissions(reference, "W2", 2022, "YTD")).isNull();
        // Historical: W2 keeps its own history and has no 2024 row.
        assertThat(admissions(historical, "W1", 2022, "YTD")).isEqualTo(1);
        assertThat(admissions(historical, "W2", 2022, "YTD")).isEqualTo(1);
        assertThat(admissions(historical, "W2", 2024, "YTD")).isNull();
    }

    @Test
    void splitSixtyFortyDividesEachPeriodByShareKeepingTheTotal() {
        // 2022 YTD, S's 5: 3.0 and 2.0, exact. 2023 YTD, S's 7: 4.2 and 2.8 -> floors 4 and 2, one left
        // over for the larger remainder (0.8, SB): SA 4, SB 3. 2024 YTD: their own one each.
        assertThat(admissions(reference, "SA", 2022, "YTD")).isEqualTo(3);
        assertThat(admissions(reference, "SB", 2022, "YTD")).isEqualTo(2);
        assertThat(admissions(reference, "SA", 2023, "YTD")).isEqualTo(4);
        assertThat(admissions(reference, "SB", 2023, "YTD")).isEqualTo(3);
        assertThat(admissions(reference, "SA", 2024, "YTD")).isEqualTo(1);
        assertThat(admissions(reference, "S", 2023, "YTD")).isNull();
        assertThat(admissions(historical, "S", 2023, "YTD")).isEqualTo(7);
    }

    @Test
    void unitMovedBetweenPeerUnitsCountsWithItsNewPeerUnitInTheReferenceStructure() {
        // Reference 2022 YTD: P1 = W1 2 + SB 2 = 4; P2 = X (as X2) 1 + SA 3 = 4.
        // Historical 2022 YTD: P1 = W1 1 + W2 1 + X 1 = 3; P2 = S 5.
        assertThat(admissions(reference, "P1", 2022, "YTD")).isEqualTo(4);
        assertThat(admissions(reference, "P2", 2022, "YTD")).isEqualTo(4);
        assertThat(admissions(historical, "P1", 2022, "YTD")).isEqualTo(3);
        assertThat(admissions(historical, "P2", 2022, "YTD")).isEqualTo(5);
        assertThat(admissions(reference, "X2", 2022, "FULL_YEAR")).isEqualTo(2);
    }

    @Test
    void unitCreatedDuringTheRangeShowsHistoryOnlyFromItsLineage() {
        // NEW has no predecessor: rows from 2024 only. SB was created in 2024 but carries S's history.
        assertThat(admissions(reference, "NEW", 2023, "YTD")).isNull();
        assertThat(admissions(reference, "NEW", 2024, "YTD")).isEqualTo(1);
        assertThat(admissions(reference, "SB", 2022, "FULL_YEAR")).isEqualTo(2);
    }

    @Test
    void membersAtStartFollowTheMergeFromTheYearItTookEffectInTheHistoricalStructure() {
        // m1 stays on C2's books. Historical: in W2 at the start of 2022 and 2023; on 1 Jan 2024 W2 has
        // merged, so in W1. Reference: in W1 (through C2N) every year.
        assertThat(members(historical, "W2", 2023)).isEqualTo(1);
        assertThat(members(historical, "W1", 2024)).isEqualTo(1);
        assertThat(members(historical, "W1", 2023)).isNull();
        assertThat(members(reference, "W1", 2022)).isEqualTo(1);
        assertThat(members(reference, "C2N", 2023)).isEqualTo(1);
        assertThat(members(reference, "DN", 2023)).isEqualTo(members(historical, "DN", 2023)).isEqualTo(1);
    }

    @Test
    void reportedTotalIsUsedOnlyWhereTheRestatementChangedNothing() {
        // DN's membership is the same on both structures: its report stands. P1 lost X (to P2) and gained
        // SB's share of S on the reference structure, so its 2022 report no longer describes it: the
        // roster's count is used (m1, through W1): 1.
        assertThat(source(reference, "DN", 2022)).isEqualTo("REPORTED");
        assertThat(members(reference, "DN", 2022)).isEqualTo(50);
        assertThat(source(reference, "P1", 2022)).isEqualTo("ROSTER");
        assertThat(members(reference, "P1", 2022)).isEqualTo(1);
        assertThat(source(historical, "P1", 2022)).isEqualTo("REPORTED");
        assertThat(members(historical, "P1", 2022)).isEqualTo(20);
    }

    static String source(GoldTables gold, String unit, int year) {
        return gold.trend().where("unit_code = '" + unit + "' AND year = " + year + " AND period = 'YTD'").first()
                .getAs(MEMBERS_AT_START_SOURCE);
    }

    static Long members(GoldTables gold, String unit, int year) {
        List<Row> found = gold.trend().where("unit_code = '" + unit + "' AND year = " + year + " AND period = 'YTD'").collectAsList();
        return found.isEmpty() ? null : found.get(0).<Long>getAs(MEMBERS_AT_START);
    }

    @Test
    void peerComparisonHasThePeerUnitsValidAtTheAsOfDateAndEveryRowSaysItsStructure() {
        assertThat(reference.peers().where("year = 2022 AND period = 'YTD'").select(UNIT_CODE).as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList()).containsExactlyInAnyOrder("P1", "P2");
        assertThat(reference.city().select(STRUCTURE).distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
                .containsExactly("REFERENCE");
        assertThat(historical.peers().select(STRUCTURE).distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
                .containsExactly("HISTORICAL");
        assertThat(Tables.GOLD_PEER_COMPARISON.keyColumns()).startsWith(AS_OF_DATE, STRUCTURE);
    }
}
