package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
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
 * The four tables of the membership flow (membership_flow, admissions_breakdown,
 * units_without_admissions, pipeline_funnel) on both structures, as of 2024-08-31 from 2023. City DN,
 * peer units P1 and P2 (both still valid). The reorganisations:
 * <ul>
 *   <li>ward W2 of P2 merged into ward W1 of P1 on 1 Jan 2024; W2's cell C2 became C2N under W1;</li>
 *   <li>grassroots S of P2 split on 1 Jan 2024: 60% to SA (under P2), 40% to SB (under P1).</li>
 * </ul>
 * Facts, all in 2023 YTD (1 Jan - 31 Aug): in C2, m1 (F) admitted 1 Mar, m2 (M) 1 Apr, member t1
 * transferred from C2 to C1 on 1 Jun, member d1 died on 1 Jul; in C1, m3 (F) admitted 10 Mar; in S,
 * seven admissions s1..s7 on 1-7 Feb, each with its own education E1..E7. Candidates: k1 in C2
 * (course 2022-11-01, became m1: 120 days), k2 in C1 (course 2022-11-30, became m3: 100 days).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructureFlowTablesTest extends SparkTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 8, 31);
    final Map<Structure, GoldTables> gold = new HashMap<>();

    SilverInputs inputs() {
        Dataset<Row> units = rows(Tables.SILVER_UNITS,
                List.of(UNIT_CODE, UNIT_NAME, PARENT_CODE, UNIT_LEVEL, PEER_GROUP, VALID_FROM, VALID_TO, SUCCESSOR_CODE),
                r("DN", "Đà Nẵng", null, "CITY", null, null, null, null),
                r("P1", "Quận 1", "DN", "UNIT", "URBAN", null, null, null),
                r("P2", "Quận 2", "DN", "UNIT", "URBAN", null, null, null),
                r("W1", "Phường 1", "P1", "GRASSROOTS", null, null, null, null),
                r("W2", "Phường 2", "P2", "GRASSROOTS", null, null, d("2023-12-31"), "W1"),
                r("C1", "Chi bộ 1", "W1", "CELL", null, null, null, null),
                r("C2", "Chi bộ 2", "W2", "CELL", null, null, d("2023-12-31"), "C2N"),
                r("C2N", "Chi bộ 2", "W1", "CELL", null, d("2024-01-01"), null, null),
                r("S", "Đảng bộ S", "P2", "GRASSROOTS", null, null, d("2023-12-31"), null),
                r("SA", "Đảng bộ S-A", "P2", "GRASSROOTS", null, d("2024-01-01"), null, null),
                r("SB", "Đảng bộ S-B", "P1", "GRASSROOTS", null, d("2024-01-01"), null, null));
        Dataset<Row> lineage = rows(Tables.SILVER_UNIT_LINEAGE, List.of(FROM_UNIT, TO_UNIT, EFFECTIVE_ON, SHARE),
                r("S", "SA", d("2024-01-01"), dec("0.6")), r("S", "SB", d("2024-01-01"), dec("0.4")));
        List<Object[]> members = new ArrayList<>(List.of(
                r("m1", "F", "C2", d("2023-03-01"), null, null, null),
                r("m2", "M", "C2", d("2023-04-01"), null, null, null),
                r("m3", "F", "C1", d("2023-03-10"), null, null, null),
                r("t1", "M", "C1", d("2020-01-10"), null, null, null),
                r("d1", "M", "C2", d("2020-02-01"), d("2023-07-01"), "DIED", null)));
        List<Object[]> events = new ArrayList<>(List.of(
                r("e-m1", "m1", "ADMITTED", d("2023-03-01"), "C2"),
                r("e-m2", "m2", "ADMITTED", d("2023-04-01"), "C2"),
                r("e-m3", "m3", "ADMITTED", d("2023-03-10"), "C1"),
                r("e-t1-a", "t1", "ADMITTED", d("2020-01-10"), "C2"),
                r("e-d1-a", "d1", "ADMITTED", d("2020-02-01"), "C2"),
                r("e-t1-out", "t1", "TRANSFER_OUT", d("2023-06-01"), "C2"),
                r("e-t1-in", "t1", "TRANSFER_IN", d("2023-06-01"), "C1"),
                r("e-d1-died", "d1", "DIED", d("2023-07-01"), "C2")));
        for (int i = 1; i <= 7; i++) {
            members.add(r("s" + i, i <= 4 ? "F" : "M", "S", d("2023-02-0" + i), null, null, "E" + i));
            events.add(r("e-s" + i, "s" + i, "ADMITTED", d("2023-02-0" + i), "S"));
        }
        Dataset<Row> candidates = rows(Tables.SILVER_CANDIDATES,
                List.of(CANDIDATE_KEY, UNIT_CODE, IDENTIFIED_ON, COURSE_COMPLETED_ON, APPLIED_ON, ADMITTED_MEMBER_KEY),
                r("k1", "C2", d("2022-05-01"), d("2022-11-01"), d("2023-01-15"), "m1"),
                r("k2", "C1", d("2022-06-01"), d("2022-11-30"), d("2023-02-01"), "m3"));
        return new SilverInputs(units,
                rows(Tables.SILVER_MEMBERS, List.of(MEMBER_KEY, GENDER, UNIT_CODE, ADMITTED_ON, LEFT_ON, LEFT_REASON, EDUCATION),
                        members.toArray(Object[][]::new)),
                rows(Tables.SILVER_EVENTS, List.of(EVENT_ID, MEMBER_KEY, EVENT_TYPE, EVENT_DATE, UNIT_CODE), events.toArray(Object[][]::new)),
                rows(Tables.SILVER_TARGETS, List.of(UNIT_CODE)),
                rows(Tables.SILVER_MEMBERSHIP_COUNTS, List.of(UNIT_CODE)),
                Optional.of(candidates), Optional.of(lineage));
    }

    @BeforeAll
    void compute() {
        SilverInputs in = inputs();
        for (Structure s : Structure.values()) {
            GoldParams params = new GoldParams(AS_OF, 2023, s);
            GoldTables tables = GoldModel.compute(spark, params, in);
            // Every data test holds on both, the breakdown's "categories sum to the admissions" included.
            GoldChecks.verify(tables, tables.units(), params.periodsDataset(spark));
            gold.put(s, tables);
        }
    }

    Row flow(GoldTables g, String unit) {
        return one(g.flow(), "unit_code = '" + unit + "' AND year = 2023 AND period = 'YTD'");
    }

    @Test
    void mergedWardsFlowAppearsUnderItsSuccessorInTheReferenceStructure() {
        GoldTables reference = gold.get(Structure.REFERENCE);
        GoldTables historical = gold.get(Structure.HISTORICAL);
        // Historical: W2 admitted m1, m2; lost t1 to C1 (W1) and d1 by death. W1 admitted m3, gained t1.
        assertThat(flow(historical, "W2").<Long>getAs(ADMITTED)).isEqualTo(2);
        assertThat(flow(historical, "W2").<Long>getAs(TRANSFERRED_OUT)).isEqualTo(1);
        assertThat(flow(historical, "W2").<Long>getAs(DIED)).isEqualTo(1);
        assertThat(flow(historical, "W1").<Long>getAs(TRANSFERRED_IN)).isEqualTo(1);
        // Reference: W2 is no more; W1 carries C2's history: admitted m1, m2, m3 = 3, d1 died = 1, and t1's
        // move C2 -> C1 is now inside W1 (C2N -> C1): neither in nor out.
        assertThat(reference.flow().where("unit_code = 'W2'").count()).isZero();
        Row w1 = flow(reference, "W1");
        assertThat(w1.<Long>getAs(ADMITTED)).isEqualTo(3);
        assertThat(w1.<Long>getAs(DIED)).isEqualTo(1);
        assertThat(w1.<Long>getAs(TRANSFERRED_IN)).isZero();
        assertThat(w1.<Long>getAs(TRANSFERRED_OUT)).isZero();
        // Seen from the cells it is still a move between two units: out of C2N, into C1.
        assertThat(flow(reference, "C2N").<Long>getAs(TRANSFERRED_OUT)).isEqualTo(1);
        assertThat(flow(reference, "C1").<Long>getAs(TRANSFERRED_IN)).isEqualTo(1);
        // Members at the start of 2023: t1 and d1 were in C2, so in W1 on the reference structure.
        assertThat(w1.<Long>getAs(MEMBERS_AT_START)).isEqualTo(2);
        // 2 + 3 admitted + 0 in - 0 out - 1 died = 4 (t1, m1, m2, m3).
        assertThat(w1.<Long>getAs(MEMBERS_AT_END)).isEqualTo(4);
    }

    @Test
    void mergedWardsBreakdownRowsAppearUnderItsSuccessorsPeerUnitInTheReferenceStructure() {
        // W2 was in P2, its successor W1 is in P1. Gender of 2023 YTD admissions:
        // historical P2 = m1 F, m2 M + S's s1-s4 F, s5-s7 M: F 5, M 4; P1 = m3 F.
        // reference P1 = m1 F, m2 M, m3 F + SB's 3 of S; P2 = SA's 4 of S.
        GoldTables historical = gold.get(Structure.HISTORICAL);
        GoldTables reference = gold.get(Structure.REFERENCE);
        assertThat(breakdown(historical, "P2", "GENDER")).containsEntry("F", 5L).containsEntry("M", 4L);
        assertThat(breakdown(historical, "P1", "GENDER")).containsExactlyEntriesOf(Map.of("F", 1L));
        Map<String, Long> p1 = breakdown(reference, "P1", "GENDER");
        assertThat(p1.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3 + 3);
        assertThat(breakdown(reference, "P2", "GENDER").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
    }

    @Test
    void splitSixtyFortyKeepsEveryBreakdownCategoryAndSumsToTheRestatedAdmissions() {
        // S's seven 2023 YTD admissions split 60/40: 4.2 and 2.8 -> floors 4 and 2, the one left over to
        // the larger remainder (SB, 0.8): SA 4, SB 3 (the trend). Each has its own education, so
        // restating every category on its own would give each 0.6 / 0.4 -> 1 to SA, 0 to SB, i.e. SA 7
        // and SB 0 in every education. Relocating the admissions instead: P2 (SA) has 4 of the seven
        // educations and P1 (SB, plus m1, m2, m3 with no education: UNKNOWN 3) the other 3, each once.
        GoldTables reference = gold.get(Structure.REFERENCE);
        assertThat(StructureTest.admissions(reference, "SA", 2023, "YTD")).isEqualTo(4);
        assertThat(StructureTest.admissions(reference, "SB", 2023, "YTD")).isEqualTo(3);
        Map<String, Long> p2 = breakdown(reference, "P2", "EDUCATION");
        Map<String, Long> p1 = breakdown(reference, "P1", "EDUCATION");
        assertThat(p2).hasSize(4).allSatisfy((category, n) -> assertThat(n).isEqualTo(1L));
        assertThat(p1).containsEntry("UNKNOWN", 3L).hasSize(4);
        List<String> educations = new ArrayList<>(p2.keySet());
        p1.keySet().stream().filter(c -> !c.equals("UNKNOWN")).forEach(educations::add);
        assertThat(educations).containsExactlyInAnyOrder("E1", "E2", "E3", "E4", "E5", "E6", "E7");
    }

    static Map<String, Long> breakdown(GoldTables g, String unit, String dimension) {
        Map<String, Long> out = new HashMap<>();
        for (Row r : g.breakdown().where("unit_code = '" + unit + "' AND year = 2023 AND period = 'YTD' AND dimension = '"
                + dimension + "'").collectAsList()) {
            out.put(r.getAs(CATEGORY), r.<Long>getAs(ADMISSIONS));
        }
        return out;
    }

    @Test
    void funnelMedianIsTakenOverTheCandidatesRelocatedToTheReferenceUnit() {
        // Historical: P1 has k2 (100 days), P2 has k1 (120 days). Reference: both in P1 (C2 -> C2N under
        // W1): median of 100 and 120 = 110.0; P2 has no admitted candidate.
        GoldTables historical = gold.get(Structure.HISTORICAL);
        GoldTables reference = gold.get(Structure.REFERENCE);
        assertThat(funnel(historical, "P1").<BigDecimal>getAs(MEDIAN_DAYS_COURSE_TO_ADMISSION)).isEqualByComparingTo("100.0");
        assertThat(funnel(historical, "P2").<BigDecimal>getAs(MEDIAN_DAYS_COURSE_TO_ADMISSION)).isEqualByComparingTo("120.0");
        assertThat(funnel(reference, "P1").<Long>getAs(ADMITTED_FROM_CANDIDATES)).isEqualTo(2);
        assertThat(funnel(reference, "P1").<BigDecimal>getAs(MEDIAN_DAYS_COURSE_TO_ADMISSION)).isEqualByComparingTo("110.0");
        assertThat(funnel(reference, "P2").<Long>getAs(ADMITTED_FROM_CANDIDATES)).isZero();
    }

    Row funnel(GoldTables g, String unit) {
        return one(g.funnel(), "unit_code = '" + unit + "' AND year = 2023 AND period = 'YTD'");
    }

    @Test
    void cityTotalsOfTheFourTablesAreTheSameOnBothStructures() {
        GoldTables reference = gold.get(Structure.REFERENCE);
        GoldTables historical = gold.get(Structure.HISTORICAL);
        for (String period : List.of("YTD", "FULL_YEAR")) {
            String city = "unit_code = 'DN' AND year = 2023 AND period = '" + period + "'";
            // Flow: start 2 (t1, d1), admitted 3 + 7 = 10, no transfer across the city's border, 1 died.
            Row refFlow = one(reference.flow(), city);
            assertThat(refFlow.<Long>getAs(MEMBERS_AT_START)).isEqualTo(2);
            assertThat(refFlow.<Long>getAs(ADMITTED)).isEqualTo(10);
            assertThat(refFlow.<Long>getAs(MEMBERS_AT_END)).isEqualTo(11);
            assertThat(values(refFlow, START_TO_END)).isEqualTo(values(one(historical.flow(), city), START_TO_END));
            // Breakdown: the city's categories, every dimension, row for row.
            assertThat(cityBreakdown(reference, period)).isEqualTo(cityBreakdown(historical, period)).containsEntry("GENDER/F", 6L);
            // Funnel: both candidates admitted in 2023, course in 2022; median of 100 and 120.
            Row refFunnel = one(reference.funnel(), city);
            assertThat(refFunnel.<Long>getAs(ADMITTED_FROM_CANDIDATES)).isEqualTo(2);
            assertThat(values(refFunnel, FUNNEL)).isEqualTo(values(one(historical.funnel(), city), FUNNEL));
        }
        // Units without admissions: a list of units, not a total; on each structure only its own units.
        assertThat(reference.withoutAdmissions().where("unit_code IN ('W2', 'C2', 'S')").count()).isZero();
        assertThat(reference.withoutAdmissions().select(STRUCTURE).distinct().as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList()).containsExactly("REFERENCE");
    }

    static final List<String> START_TO_END = List.of(MEMBERS_AT_START, ADMITTED, TRANSFERRED_IN, TRANSFERRED_OUT, DIED,
            STRUCK_OFF, EXPELLED, REMOVED, MEMBERS_AT_END, BECAME_OFFICIAL);
    static final List<String> FUNNEL = List.of(CANDIDATES_IDENTIFIED, COMPLETED_COURSE, APPLIED, ADMITTED_FROM_CANDIDATES,
            MEDIAN_DAYS_COURSE_TO_ADMISSION, PROBATION_DUE, OFFICIAL_ON_TIME, OFFICIAL_LATE, NOT_OFFICIAL_LEFT, STILL_PROBATIONARY);

    static List<Object> values(Row r, List<String> columns) {
        List<Object> out = new ArrayList<>();
        for (String c : columns) out.add(r.getAs(c));
        return out;
    }

    static Map<String, Long> cityBreakdown(GoldTables g, String period) {
        Map<String, Long> out = new HashMap<>();
        for (Row r : g.breakdown().where("unit_code = 'DN' AND year = 2023 AND period = '" + period + "'").collectAsList()) {
            out.put(r.getAs(DIMENSION) + "/" + r.getAs(CATEGORY), r.<Long>getAs(ADMISSIONS));
        }
        return out;
    }
}
