package vn.ptdv.review.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.apache.spark.sql.types.StructField;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;

/**
 * Issue 17's done-line: the province sample as units send it ({@code sample --as-received}: workbooks with
 * titles, Vietnamese headers, words for codes, Excel dates, a CSV with a byte-order mark and day-first
 * dates) runs end to end with {@code run --source … --as-of …} and lands in exactly the silver and gold of
 * the plain sample ({@link SampleRun}), compared table by table in fresh processes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsReceivedSampleIT {
    static final String AS_OF = SampleRun.AS_OF;
    /** Silver's lineage says where a row came from, which differs by construction (members.xlsx#members, sheet rows). */
    static final Set<String> LINEAGE = Set.of(Col.BATCH_ID, Col.SOURCE_FILE, Col.SOURCE_LINE);

    SampleRun plain;
    Path work;
    Processes.Result sample;
    Processes.Result run;

    Processes.Result review(Path dir, String tag, String... args) throws Exception {
        return Processes.run(dir, tag, Launchers.job("review", List.of(args)), Map.of(), SampleRun.UNSET, SampleRun.TIMEOUT);
    }

    @BeforeAll
    void runTheAsReceivedSample() throws Exception {
        plain = SampleRun.get().succeeded();
        work = Files.createTempDirectory(Launchers.ROOT.resolve("target"), "as-received-");
        sample = review(work, "sample-as-received", "sample", "--as-received", "--out", "data/as-received");
        run = review(work, "run-as-received", "run", "--source", "data/as-received", "--as-of", AS_OF);
    }

    @Test
    void theDropIsWrittenAsUnitsSendIt() throws Exception {
        assertThat(sample.exit()).as(sample.err()).isZero();
        Path drop = work.resolve("data/as-received");
        for (String f : List.of("units.xlsx", "members.xlsx", "targets.xlsx", "events.csv", "candidates.csv", "term_targets.csv")) {
            assertThat(drop.resolve(f)).as(f).isNotEmptyFile();
        }
        assertThat(drop.resolve("members.csv")).doesNotExist();
        // events.csv: a byte-order mark, then the Vietnamese header of sources/mapping.conf's first names.
        assertThat(Files.readString(drop.resolve("events.csv"))).startsWith(
                "\uFEFFMã sự kiện,Mã đảng viên,Loại biến động,Ngày,Mã chi bộ,Nguồn kết nạp\r\n");
        // candidates.csv in TCVN3: "Mã quần chúng," is these bytes (iconv -f UTF-8 -t TCVN5712-1), no mark before.
        byte[] start = java.util.Arrays.copyOf(Files.readAllBytes(drop.resolve("candidates.csv")), 14);
        assertThat(java.util.HexFormat.of().formatHex(start)).isEqualTo("4db7207175c76e206368f36e672c");
    }

    @Test
    void itRunsEndToEndToTheSeedsFiguresWithEveryRowAccepted() {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("admissions            1,381")
                .contains("2.25% of 61,380 members at 1 Jan")
                .contains("850 (change +531, ratio 162.5%)")
                .contains("2 of 15 peer units: Huyện ủy Hòa Vang (3.64%), Đảng ủy Đại học Đà Nẵng (6.52%)");
        // The row counts of the plain sample's files (SampleToGoldTest), every one accepted.
        assertThat(run.err()).contains("members.xlsx#members   read 68,660 = accepted 68,660 + quarantined 0")
                .contains("units.xlsx#units       read 1,771 = accepted 1,771 + quarantined 0")
                .contains("events.csv             read 26,464 = accepted 26,464 + quarantined 0")
                .contains("candidates.csv (13,789 lines, TCVN3 (found: not UTF-8))")
                .contains("candidates.csv         read 13,789 = accepted 13,789 + quarantined 0")
                .contains("quarantine: no rows rejected")
                .contains("'Giới tính' as gender");
    }

    /** Per table: rows and a sum of a hash of each row's columns (all of gold's; silver's but its lineage). */
    static String digestQuery(List<TableDef> tables, String where) {
        List<String> parts = new ArrayList<>();
        for (TableDef t : tables) {
            List<String> columns = new ArrayList<>();
            for (StructField f : t.schema().fields()) {
                if (!LINEAGE.contains(f.name())) columns.add("`" + f.name() + "`");
            }
            parts.add("SELECT '" + t.qualified() + "' AS t, count(*) AS n, sum(xxhash64(to_json(struct(" + String.join(", ", columns)
                    + ")))) AS h FROM " + t.qualified() + where);
        }
        return String.join(" UNION ALL ", parts) + " ORDER BY t";
    }

    String digest(Path dir, String query) throws Exception {
        Processes.Result r = review(dir, "digest", "sql", "--format", "csv", query);
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void silverAndGoldEqualThePlainSamplesTableForTable() throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        // Gold of the shared run's as-of only (other tests may add other dates to its warehouse).
        String silver = digest(work, digestQuery(Tables.SILVER_ALL, ""));
        assertThat(silver).isEqualTo(digest(plain.work, digestQuery(Tables.SILVER_ALL, "")));
        assertThat(silver).contains("silver.members,68660,").contains("silver.events,26464,").contains("silver.units,1771,");
        String goldWhere = " WHERE as_of_date = DATE'" + AS_OF + "' AND structure = 'REFERENCE'";
        String gold = digest(work, digestQuery(Tables.GOLD_ALL, goldWhere));
        assertThat(gold).isEqualTo(digest(plain.work, digestQuery(Tables.GOLD_ALL, goldWhere)));
        assertThat(gold).contains("gold.admissions_trend,");
    }
}
