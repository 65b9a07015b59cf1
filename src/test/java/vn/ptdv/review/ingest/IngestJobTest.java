package vn.ptdv.review.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.testing.SparkTest;
import vn.ptdv.review.testing.TestSpark;

/**
 * Ingest through Delta: a drop without a key is refused before any table exists; then a mixed drop
 * where every row ends in silver, collapsed or in quarantine; then a later drop with corrections.
 * The state after each step is captured once, the tests read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestJobTest extends SparkTest {
    Path drop;
    Warehouse warehouse;
    Throwable withoutKey;
    boolean silverExistedAfterRefusal;
    Map<SourceFile, FileAccounting> first;
    Map<String, Long> silverRows = new java.util.HashMap<>();
    Map<String, Long> quarantinedBySource;
    long badDateInBronze;
    long membersVersion;
    Map<SourceFile, FileAccounting> corrected;
    long membersVersionAfterCorrection;
    List<Integer> targetsAfterCorrection;

    @BeforeAll
    void ingestTwice() throws Exception {
        for (String db : Tables.DATABASES) spark.sql("DROP DATABASE IF EXISTS " + db + " CASCADE");
        warehouse = new Warehouse(spark);
        drop = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "drop-");
        mixedDrop();
        try {
            new IngestJob(warehouse, TestSpark.config()).run(drop.toString());
        } catch (RuntimeException e) {
            withoutKey = e;
        }
        silverExistedAfterRefusal = spark.catalog().databaseExists(Tables.SILVER);

        first = byFile(new IngestJob(warehouse, TestSpark.configWithKey("k")).run(drop.toString()));
        for (var t : Tables.SILVER_ALL) silverRows.put(t.qualified(), warehouse.read(t).count());
        quarantinedBySource = warehouse.read(Tables.QUARANTINE_ROWS).groupBy(SOURCE_TABLE).count().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
        badDateInBronze = warehouse.read(Tables.bronze(SourceFile.MEMBERS)).where("admitted_on = '31/02/2024'").count();
        membersVersion = warehouse.version(Tables.SILVER_MEMBERS);

        write("targets.csv", "unit_code,year,admissions_target\nU1,2024,12\nU1,2023,8\n");
        corrected = byFile(new IngestJob(warehouse, TestSpark.configWithKey("k")).run(drop.toString()));
        membersVersionAfterCorrection = warehouse.version(Tables.SILVER_MEMBERS);
        targetsAfterCorrection = warehouse.read(Tables.SILVER_TARGETS).orderBy(YEAR).select(ADMISSIONS_TARGET).collectAsList()
                .stream().map(r -> r.getInt(0)).toList();
    }

    void write(String file, String text) throws Exception {
        Files.writeString(drop.resolve(file), text, StandardCharsets.UTF_8);
    }

    void mixedDrop() throws Exception {
        write("units.csv", "unit_code,unit_name,parent_code,unit_level,peer_group,valid_from,valid_to\n"
                + "DN,Đà Nẵng,,CITY,,,\nU1,Quận 1,DN,UNIT,URBAN_DISTRICT,,\nC1,Chi bộ 1,U1,CELL,,,\n"
                + "C9,Chi bộ mồ côi,NOPE,CELL,,,\n"                                       // quarantined: unknown parent
                + "G1,Phường 1,U1,GRASSROOTS,,,2023-12-31\n"                               // split on 1 Jan 2024 into G2, G3
                + "G2,Phường 2,U1,GRASSROOTS,,2024-01-01,\nG3,Phường 3,U1,GRASSROOTS,,2024-01-01,\n");
        write("unit_lineage.csv", "from_unit,to_unit,effective_on,share\n"
                + "G1,G2,2024-01-01,0.6\nG1,G3,2024-01-01,0.4\n"
                + "G2,G8,2024-01-01,1\n");                                                 // quarantined: G8 unknown
        write("members.csv", "member_id,full_name,birth_date,gender,unit_code,admitted_on\n"
                + "A1,Lê Văn A,1990-05-01,M,C1,2024-03-02\n"
                + "A2,Lê Thị B,1990-05-01,F,C1,31/02/2024\n");                               // quarantined: no 31 February
        // (Day-first dates are read since the source mapping's date-formats: SourceWordsTest.)
        write("events.csv", "event_id,member_id,event_type,event_date,unit_code,source_group\n"
                + "E1,A1,ADMITTED,2024-03-02,C1,STUDENT\n"
                + "E1,A1,ADMITTED,2024-03-02,C1,STUDENT\n"                                 // identical: collapsed
                + "E2,A2,ADMITTED,2024-03-02,C1,STUDENT\n");                               // quarantined: A2 not in silver
        write("targets.csv", "unit_code,year,admissions_target\nU1,2024,10\nU1,2023,1.381\n"); // second: thousands dot
    }

    static Map<SourceFile, FileAccounting> byFile(List<FileAccounting> accounting) {
        return accounting.stream().collect(Collectors.toMap(FileAccounting::file, a -> a));
    }

    @Test
    void realDropWithoutPseudonymKeyIsRefusedBeforeAnyTableExists() {
        assertThat(withoutKey).hasMessageContaining("no pseudonymisation key: set the environment variable REVIEW_PSEUDONYM_KEY");
        assertThat(silverExistedAfterRefusal).isFalse();
    }

    @Test
    void everyRowIsInSilverCollapsedOrInQuarantine() {
        assertThat(first.get(SourceFile.UNITS)).extracting(FileAccounting::read, FileAccounting::accepted, FileAccounting::quarantined)
                .containsExactly(7L, 6L, 1L);
        assertThat(first.get(SourceFile.UNIT_LINEAGE)).extracting(FileAccounting::read, FileAccounting::accepted,
                FileAccounting::quarantined).containsExactly(3L, 2L, 1L);
        assertThat(first.get(SourceFile.UNIT_LINEAGE).reasons()).containsExactly(Map.entry("UNKNOWN_UNIT", 1L));
        assertThat(first.get(SourceFile.MEMBERS)).extracting(FileAccounting::read, FileAccounting::accepted, FileAccounting::quarantined)
                .containsExactly(2L, 1L, 1L);
        assertThat(first.get(SourceFile.EVENTS)).extracting(FileAccounting::read, FileAccounting::accepted, FileAccounting::duplicates,
                FileAccounting::quarantined).containsExactly(3L, 2L, 1L, 1L);
        assertThat(first.get(SourceFile.TARGETS).reasons()).containsExactly(Map.entry("INVALID_NUMBER", 1L));
        assertThat(first.get(SourceFile.EVENTS).reasons()).containsExactly(Map.entry("UNKNOWN_MEMBER", 1L));
        // Rows lost = read - (silver rows + collapsed duplicates + quarantined) = 0 for every file.
        assertThat(silverRows).containsEntry("silver.units", 6L).containsEntry("silver.unit_lineage", 2L).containsEntry("silver.members", 1L)
                .containsEntry("silver.events", 1L).containsEntry("silver.targets", 1L);
        assertThat(quarantinedBySource).containsOnly(Map.entry("units", 1L), Map.entry("unit_lineage", 1L), Map.entry("members", 1L),
                Map.entry("events", 1L), Map.entry("targets", 1L));
        // Bronze keeps everything as received, the bad date included.
        assertThat(badDateInBronze).isEqualTo(1);
    }

    @Test
    void laterDropWithCorrectionsUpdatesOnlyThoseRows() {
        assertThat(corrected.get(SourceFile.TARGETS).changed()).isEqualTo(2);   // 2024 updated, 2023 inserted
        assertThat(corrected.get(SourceFile.MEMBERS).changed()).isZero();
        assertThat(membersVersionAfterCorrection).isEqualTo(membersVersion);
        assertThat(targetsAfterCorrection).containsExactly(8, 12);
    }
}
