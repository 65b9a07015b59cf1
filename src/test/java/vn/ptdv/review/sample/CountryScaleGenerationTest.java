package vn.ptdv.review.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.sources.CsvLine;

/**
 * A small country drop, two synthetic provinces at 5% of the province (about 6,100 members at 1 Jan 2024),
 * is a well-formed tree with unique ids. Same layout as national and x10, only smaller.
 */
class CountryScaleGenerationTest {
    /** 2 provinces, counts × 0.05, 10 members a cell, 3 cells a grassroots organisation. */
    static final ScaleSpec SMALL = new ScaleSpec("small", true, 2, 0.05, 1, 10, 3);
    static final long SEED = 2024;

    @TempDir
    static Path dir;
    static List<Map<String, String>> units;
    static List<Map<String, String>> members;
    static List<Map<String, String>> events;
    static List<Map<String, String>> candidates;
    static List<Map<String, String>> targets;

    @BeforeAll
    static void generate() throws Exception {
        new SampleGenerator(SEED).generate(dir.resolve("small"), SMALL);
        units = read(dir.resolve("small"), SourceFile.UNITS);
        members = read(dir.resolve("small"), SourceFile.MEMBERS);
        events = read(dir.resolve("small"), SourceFile.EVENTS);
        candidates = read(dir.resolve("small"), SourceFile.CANDIDATES);
        targets = read(dir.resolve("small"), SourceFile.TARGETS);
    }

    static List<Map<String, String>> read(Path drop, SourceFile file) throws IOException, CsvLine.MalformedLineException {
        List<String> lines = Files.readAllLines(drop.resolve(file.fileName()));
        List<String> header = CsvLine.split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> values = CsvLine.split(line);
            Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), values.get(i));
            rows.add(row);
        }
        return rows;
    }

    static Set<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).collect(Collectors.toSet());
    }

    @Test
    void hasExactlyOneCityRootStandingForTheCountry() {
        List<Map<String, String>> cities = units.stream().filter(u -> u.get("unit_level").equals("CITY")).toList();
        assertThat(cities).hasSize(1);
        assertThat(cities.get(0).get("unit_code")).isEqualTo("TOANQUOC");
        assertThat(cities.get(0).get("parent_code")).isEmpty();
    }

    @Test
    void peerUnitsAreTheProfilesUnitsOfEachProvinceUnderTheRoot() {
        // 2 provinces × 15 peer units = 30, each directly under the root, codes prefixed P01- or P02-.
        List<Map<String, String>> peers = units.stream().filter(u -> u.get("unit_level").equals("UNIT")).toList();
        assertThat(peers).hasSize(30);
        assertThat(peers).allSatisfy(p -> assertThat(p.get("parent_code")).isEqualTo("TOANQUOC"));
        assertThat(column(peers, "unit_code")).contains("P01-HAICHAU", "P02-HAICHAU", "P01-KHUCNC", "P02-KHUCNC");
        assertThat(peers).allSatisfy(p -> assertThat(p.get("unit_code")).matches("P0[12]-[A-Z]+"));
    }

    @Test
    void unitCodesAreUniqueAndEveryParentAndSuccessorExists() {
        Set<String> codes = column(units, "unit_code");
        assertThat(codes).hasSize(units.size());
        for (Map<String, String> u : units) {
            if (!u.get("parent_code").isEmpty()) assertThat(codes).contains(u.get("parent_code"));
            if (!u.get("successor_code").isEmpty()) assertThat(codes).contains(u.get("successor_code"));
        }
    }

    @Test
    void eachProvinceKeepsItsReorganisationsUnderItsOwnCodes() {
        // Khu CNC at 5%: 935 × 0.05 = 46.75 -> 47 members, / 10 -> 5 cells, / 3 -> 2, but its 3 named organisations:
        // the organisation moved from Khối Doanh nghiệp becomes number 4 there, in each province.
        Map<String, Map<String, String>> byCode = units.stream().collect(Collectors.toMap(u -> u.get("unit_code"), Function.identity()));
        for (String p : List.of("P01-", "P02-")) {
            assertThat(byCode.get(p + "KHOIDN-05").get("successor_code")).isEqualTo(p + "KHUCNC-04");
            assertThat(byCode.get(p + "KHUCNC-04").get("parent_code")).isEqualTo(p + "KHUCNC");
            assertThat(byCode.get(p + "HAICHAU-02").get("successor_code")).isEqualTo(p + "HAICHAU-01");
        }
    }

    @Test
    void everyIdIsUniqueAndEveryReferenceResolves() {
        Set<String> unitCodes = column(units, "unit_code");
        Set<String> memberIds = column(members, "member_id");
        assertThat(memberIds).hasSize(members.size());
        assertThat(column(events, "event_id")).hasSize(events.size());
        assertThat(column(candidates, "candidate_id")).hasSize(candidates.size());
        assertThat(unitCodes).containsAll(column(members, "unit_code"));
        assertThat(unitCodes).containsAll(column(events, "unit_code"));
        assertThat(unitCodes).containsAll(column(candidates, "unit_code"));
        assertThat(memberIds).containsAll(column(events, "member_id"));
        Set<String> admitted = new HashSet<>(column(candidates, "admitted_member_id"));
        admitted.remove("");
        assertThat(memberIds).containsAll(admitted);
    }

    @Test
    void admissionsOfTheSeedPeriodAreTheScaledCountsOfEveryUnit() {
        // 2024's Jan-Aug admissions per unit are the profile's (132, 140, 110, 70, 95, 80, 164, 175, 85, 60, 75, 25, 88,
        // 42, 40) × 0.05 rounded half up: 7, 7, 6, 4, 5, 4, 8, 9, 4, 3, 4, 1, 4, 2, 2 = 70 a province, 140 for two.
        long admitted = events.stream().filter(e -> e.get("event_type").equals("ADMITTED")
                && e.get("event_date").compareTo("2024-01-01") >= 0 && e.get("event_date").compareTo("2024-08-31") <= 0).count();
        assertThat(admitted).isEqualTo(140);
    }

    @Test
    void everyPeerUnitHasAPlanEachYear() {
        // 30 peer units × 5 years (2020-2024); Hải Châu's 2024 plan 230 × 0.05 = 11.5 -> 12.
        assertThat(targets).hasSize(150);
        assertThat(targets).filteredOn(t -> t.get("unit_code").equals("P02-HAICHAU") && t.get("year").equals("2024"))
                .singleElement().satisfies(t -> assertThat(t.get("admissions_target")).isEqualTo("12"));
    }

    @Test
    void theSameSeedAndScaleWriteTheSameBytes() throws IOException {
        new SampleGenerator(SEED).generate(dir.resolve("again"), SMALL);
        for (SourceFile f : List.of(SourceFile.UNITS, SourceFile.MEMBERS, SourceFile.EVENTS, SourceFile.TARGETS, SourceFile.CANDIDATES)) {
            assertThat(Files.mismatch(dir.resolve("small").resolve(f.fileName()), dir.resolve("again").resolve(f.fileName())))
                    .as(f.fileName()).isEqualTo(-1L);
        }
    }

    @Test
    void tenTimesTheMembersInTenTimesBiggerCellsKeepsTheSameUnits() throws Exception {
        // Like x10 against national: every count × 10 and cells of 100 instead of 10, so every peer unit has the same
        // number of cells and organisations: units.csv is the same file. Admissions Jan-Aug 2024: 140 × 10 = 1,400.
        ScaleSpec tenTimes = new ScaleSpec("small-x10", true, 2, 0.05, 10, 100, 3);
        new SampleGenerator(SEED).generate(dir.resolve("x10"), tenTimes);
        assertThat(Files.mismatch(dir.resolve("small").resolve(SourceFile.UNITS.fileName()),
                dir.resolve("x10").resolve(SourceFile.UNITS.fileName()))).isEqualTo(-1L);
        long admitted = read(dir.resolve("x10"), SourceFile.EVENTS).stream().filter(e -> e.get("event_type").equals("ADMITTED")
                && e.get("event_date").compareTo("2024-01-01") >= 0 && e.get("event_date").compareTo("2024-08-31") <= 0).count();
        assertThat(admitted).isEqualTo(1_400);
    }

    @Test
    void theMarkerFileStatesTheScaleAndSeed() throws IOException {
        assertThat(Files.readString(dir.resolve("small").resolve(vn.ptdv.review.sources.SourceDrop.SAMPLE_MARKER)))
                .contains("scale small, seed 2024");
    }
}
