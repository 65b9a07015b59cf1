package vn.ptdv.review.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDbPeer on a hand-written drop, as of 2024-08-31 from 2023 (periods: 2023 YTD, 2023 FULL_YEAR,
 * 2024 YTD). Tree: city C > peer unit U1 > grassroots G1 (> cell X1) and G2; G2 closed on 2023-12-31,
 * its successor G1, so on the reference structure G2's history is G1's and G2 has no rows.
 *
 * <p>Members and their spells:
 * <ul>
 *   <li>M1 in X1 since 2010; moved X1 -> G1 on 2023-07-01 (TRANSFER_OUT then TRANSFER_IN, same day):
 *       at 1 Jan 2023 in X1, at 1 Jan 2024 in G1;</li>
 *   <li>M2 in G2 since 2015, no events: G2 at both year starts, restated to G1;</li>
 *   <li>M3 admitted in G2 on 2023-03-10: an admission of 2023 (in G1 once restated), in G2 (so G1) at 1 Jan 2024;</li>
 *   <li>M4 admitted in X1 on 2024-02-01: an admission of 2024 YTD;</li>
 *   <li>M5 admitted in X1 on 2024-09-15: after the as-of month-day, in no period;</li>
 *   <li>M6 in G1 since 2000, transferred out on 2023-06-30: counts at 1 Jan 2023 only.</li>
 * </ul>
 * Members at start: 2023: X1 1 (M1), G1 3 (M6, M2 via G2, M1 in X1 below), U1 3, C 3. 2024: X1 none
 * (a roster count of 0 is unknown, and a cell has no children: null), G1 3 (M1, M2, M3), U1 3, C 3.
 * Admissions: 2023 YTD and FULL_YEAR 1 (M3) in G1, U1, C; 2024 YTD 1 (M4) in X1, G1, U1, C.
 */
class DuckDbPeerTest {
    static final String MEMBERS_HEADER =
            "member_id,full_name,birth_date,gender,ethnicity,religion,education,occupation,unit_code,admitted_on,official_on,left_on,left_reason";

    @TempDir
    static Path dir;
    static Map<String, List<String>> trend;
    static Map<String, List<String>> attainment;
    static Map<String, List<String>> city;
    static Map<String, List<String>> withoutAdmissions;
    static Map<String, List<String>> flow;
    static Map<String, List<String>> breakdown;

    @BeforeAll
    static void run() throws Exception {
        Path drop = writeDrop(dir.resolve("drop"));
        Path out = dir.resolve("out");
        DuckDbPeer.run(drop, LocalDate.of(2024, 8, 31), 2023, out);
        trend = byKey(out, BenchTable.ADMISSIONS_TREND);
        attainment = byKey(out, BenchTable.TARGET_ATTAINMENT);
        city = byKey(out, BenchTable.CITY_SUMMARY);
        withoutAdmissions = byKey(out, BenchTable.UNITS_WITHOUT_ADMISSIONS);
        flow = byKey(out, BenchTable.MEMBERSHIP_FLOW);
        breakdown = byKey(out, BenchTable.ADMISSIONS_BREAKDOWN);
    }

    /** The drop of the class comment, in {@code drop}. */
    static Path writeDrop(Path drop) throws Exception {
        Files.createDirectories(drop);
        Files.write(drop.resolve("units.csv"), List.of(
                "unit_code,unit_name,parent_code,unit_level,peer_group,valid_from,valid_to,successor_code",
                "C,City,,CITY,,,,",
                "U1,Unit one,C,UNIT,URBAN,,,",
                "G1,Grassroots one,U1,GRASSROOTS,,,,",
                "G2,Grassroots two,U1,GRASSROOTS,,,2023-12-31,G1",
                "X1,Cell one,G1,CELL,,,,"));
        Files.write(drop.resolve("members.csv"), List.of(MEMBERS_HEADER,
                "M1,A,1980-01-01,M,Kinh,Không,,,G1,2010-05-01,2011-05-01,,",
                "M2,B,1980-01-01,F,Kinh,Không,,,G2,2015-01-01,2016-01-01,,",
                "M3,C,1990-01-01,F,Kinh,Không,,,G2,2023-03-10,,,",
                "M4,D,1990-01-01,M,Kinh,Không,,,X1,2024-02-01,,,",
                "M5,E,1990-01-01,M,Kinh,Không,,,X1,2024-09-15,,,",
                "M6,F,1950-01-01,M,Kinh,Không,,,G1,2000-01-01,2001-01-01,2023-06-30,TRANSFER_OUT"));
        Files.write(drop.resolve("events.csv"), List.of(
                "event_id,member_id,event_type,event_date,unit_code,source_group",
                "E1,M3,ADMITTED,2023-03-10,G2,STUDENT",
                "E2,M4,ADMITTED,2024-02-01,X1,RESIDENT",
                "E3,M5,ADMITTED,2024-09-15,X1,RESIDENT",
                "E4,M6,TRANSFER_OUT,2023-06-30,G1,",
                // The move's TRANSFER_IN sorts first by id: closing events still come first on a day.
                "E0,M1,TRANSFER_IN,2023-07-01,G1,",
                "E5,M1,TRANSFER_OUT,2023-07-01,X1,"));
        Files.write(drop.resolve("targets.csv"), List.of(
                "unit_code,year,admissions_target,rate_target_pct",
                "U1,2024,4,"));
        return drop;
    }

    /** Rows by their key joined with '/', e.g. "G1/2023/YTD"; each row as column=value. */
    static Map<String, List<String>> byKey(Path out, BenchTable t) {
        List<List<String>> lines = BenchOutputs.read(out.resolve(t.fileName()));
        List<String> header = lines.get(0);
        Map<String, List<String>> rows = new HashMap<>();
        for (List<String> l : lines.subList(1, lines.size())) {
            String key = String.join("/", t.key().stream().map(k -> l.get(header.indexOf(k))).toList());
            List<String> cells = new java.util.ArrayList<>();
            for (int i = 0; i < header.size(); i++) cells.add(header.get(i) + "=" + l.get(i));
            rows.put(key, cells);
        }
        return rows;
    }

    @Test
    void everyReferenceUnitHasARowPerPeriodAndTheMergedUnitNone() {
        // C, U1, G1, X1 × 3 periods; G2 (closed before the as-of date) is not on the reference structure.
        assertThat(trend).hasSize(12);
        assertThat(trend.keySet()).noneMatch(k -> k.startsWith("G2/"));
    }

    @Test
    void theMergedUnitsAdmissionAndMembersCountUnderItsSuccessor() {
        // G1 2023 YTD: M3's admission in G2; members at 1 Jan 2023: M6, M2 (G2), M1 (X1) = 3; 1/3 = 33.33%.
        assertThat(trend.get("G1/2023/YTD")).contains("admissions=1", "members_at_start=3",
                "members_at_start_source=ROSTER", "admission_rate_pct=33.33");
        // 2024 YTD: M4 in X1; members at 1 Jan 2024: M1 (moved in), M2, M3 = 3; same period 2023 had 1: ratio 100.0, change 0.
        assertThat(trend.get("G1/2024/YTD")).contains("admissions=1", "members_at_start=3", "prev_year_admissions=1",
                "change_vs_prev_year=0", "ratio_to_prev_year_pct=100", "rank_among_years=1");
    }

    @Test
    void aMoveOnOneDayLeavesTheCellBeforeEnteringTheOtherUnit() {
        // X1 at 1 Jan 2023: M1 only; at 1 Jan 2024 nobody (M1 left on 2023-07-01): unknown, so no rate.
        assertThat(trend.get("X1/2023/YTD")).contains("admissions=0", "members_at_start=1", "admission_rate_pct=0");
        assertThat(trend.get("X1/2024/YTD")).contains("admissions=1", "members_at_start=", "members_at_start_source=",
                "admission_rate_pct=", "prev_year_admissions=0", "change_vs_prev_year=1", "ratio_to_prev_year_pct=");
    }

    @Test
    void theCityRowsAddUpTheTree() {
        // City 2023 FULL_YEAR: 1 admission of 3 members; 2024 YTD: 1 (M5's admission is after 31 Aug).
        assertThat(trend.get("C/2023/FULL_YEAR")).contains("admissions=1", "members_at_start=3", "rank_among_years=1");
        assertThat(city.get("2024/YTD")).contains("admissions=1", "admission_rate_pct=33.33", "years_exceeded=",
                "units_total=1", "units_met_target=0", "units_met_target_names=");
    }

    @Test
    void thePeerUnitsPlanIsMeasuredAgainstTheYearSoFar() {
        // U1 2024 (leap year), plan 4: 1 admission = 25.0%; 31 Aug is day 244 of 366: 66.7% elapsed;
        // pro rata 4 × 244 / 366 = 2.67 -> 2.7; seasonal share from 2023: YTD 1 / FULL 1 = 1, so 4.0;
        // 1 < 4.0: BEHIND; projected 1 / 1 = 1.
        assertThat(attainment.get("U1/2024/YTD")).contains("admissions=1", "admissions_target=4", "attainment_pct=25",
                "elapsed_share_pct=66.7", "expected_by_now=2.7", "expected_by_now_seasonal=4", "status=BEHIND",
                "target_met=false", "projected_year_end=1");
        // 2023 has no plan: no status, no target_met.
        assertThat(attainment.get("U1/2023/YTD")).contains("admissions_target=", "status=", "target_met=");
    }

    @Test
    void theCellWithoutAdmissionsIn2023IsListedUnderItsPeerUnit() {
        // Only X1 admitted nobody, in 2023 (YTD and full year); G1 had M3's admission. 2023 YTD: no complete
        // year before it in range, run 0; 2023 FULL_YEAR: 2023 itself empty, run 1 (< 2 dormant years).
        assertThat(withoutAdmissions.keySet()).containsExactlyInAnyOrder("X1/2023/YTD", "X1/2023/FULL_YEAR");
        assertThat(withoutAdmissions.get("X1/2023/YTD")).contains("peer_unit_code=U1", "peer_unit_name=Unit one",
                "members_at_start=1", "full_years_without_admissions=0", "last_admission_year=", "dormant=false");
        assertThat(withoutAdmissions.get("X1/2023/FULL_YEAR")).contains("full_years_without_admissions=1", "dormant=false");
    }

    @Test
    void aMoveInsideTheSubtreeIsNoFlowButTheCellSeesItLeave() {
        // 2023: G1 starts with 3, admits M3 (via G2), loses M6 (TRANSFER_OUT, no other end): 3 + 1 - 1 = 3,
        // which is its start of 2024. M1's move X1 -> G1 has both ends in G1's subtree: not a flow of G1,
        // but X1 sees M1 leave to G1: 1 - 1 = 0.
        assertThat(flow.get("G1/2023/FULL_YEAR")).contains("members_at_start=3", "admitted=1", "transferred_in=0",
                "transferred_out=1", "members_at_end=3", "reported_members_at_end=", "balance_gap=");
        assertThat(flow.get("X1/2023/FULL_YEAR")).contains("members_at_start=1", "transferred_out=1", "members_at_end=0");
        assertThat(flow.get("C/2023/FULL_YEAR")).contains("transferred_in=0", "transferred_out=1", "members_at_end=3");
    }

    @Test
    void theAdmissionIsBrokenDownForThePeerUnitAndTheCityOnly() {
        // M3, admitted 2023-03-10 (G2, so G1, U1, C): F, Kinh, Không, born 1990-01-01 so 33 (31_45), no
        // education or occupation (UNKNOWN), source STUDENT; one admission, 100% of each dimension.
        assertThat(breakdown.get("U1/2023/YTD/GENDER/F")).contains("admissions=1", "share_pct=100");
        assertThat(breakdown.get("C/2023/FULL_YEAR/AGE_BAND/31_45")).contains("admissions=1", "unit_level=CITY");
        assertThat(breakdown).containsKeys("U1/2023/YTD/ETHNICITY/KINH", "U1/2023/YTD/RELIGION/NONE",
                "U1/2023/YTD/EDUCATION/UNKNOWN", "U1/2023/YTD/OCCUPATION/UNKNOWN", "U1/2023/YTD/SOURCE_GROUP/STUDENT");
        // 7 dimensions × 2 units × 3 periods with one admission each (2023 YTD, 2023 FULL_YEAR, 2024 YTD); no G1 rows.
        assertThat(breakdown).hasSize(42);
        assertThat(breakdown.keySet()).noneMatch(k -> k.startsWith("G1/"));
    }

    @Test
    void aDropWithUnitLineageIsRefused() throws Exception {
        Path drop = Files.createDirectories(dir.resolve("with-lineage"));
        Files.write(drop.resolve("unit_lineage.csv"), List.of("from_unit,to_unit,effective_on,share"));
        assertThatThrownBy(() -> DuckDbPeer.run(drop, LocalDate.of(2024, 8, 31), 2023, dir.resolve("x")))
                .hasMessageContaining("unit_lineage.csv");
    }
}
