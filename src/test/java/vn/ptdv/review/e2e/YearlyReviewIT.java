package vn.ptdv.review.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;

/**
 * {@code jobs/yearly-review} as the schedule runs it, in fresh processes, with its settings file: the
 * sample as the 2024 drop, run twice (the second run, year-end only, must leave the same tables), then a
 * year whose drop is missing (the run must fail, naming the step, and say so in its run log).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearlyReviewIT {
    static final Duration TIMEOUT = Duration.ofMinutes(15);
    static final List<String> UNSET = List.of("SPARK_HOME", "REVIEW_PSEUDONYM_KEY", "REVIEW_CONF", "REVIEW_WAREHOUSE");

    Path work;
    Path warehouse;
    Processes.Result first;
    Processes.Result second;
    Processes.Result missingDrop;
    Map<String, List<Row>> goldAfterFirst = new LinkedHashMap<>();
    Map<String, List<Row>> goldAfterSecond = new LinkedHashMap<>();
    Map<String, Long> ingestVersionsAfterFirst = new LinkedHashMap<>();
    Map<String, Long> ingestVersionsAfterSecond = new LinkedHashMap<>();

    @BeforeAll
    void runTheScheduleTwiceThenAYearWithoutDrop() throws Exception {
        work = Files.createTempDirectory(Launchers.ROOT.resolve("target"), "yearly-");
        warehouse = work.resolve("warehouse");
        Files.writeString(work.resolve("yearly-review.conf"), String.join("\n",
                "DROPS_DIR=" + work.resolve("drops"),
                "INTERIM_DATES=08-31",
                "LAUNCHER=review",
                "WAREHOUSE=" + warehouse,
                "LOG_DIR=" + work.resolve("logs"), ""));
        // The 2024 drop: the sample the integration tests share (deterministic, so the same as a new one).
        SampleRun.get().succeeded().copyDropTo(work.resolve("drops/2024"));

        first = run("first", Launchers.job("yearly-review", List.of("--year", "2024")));
        snapshot(goldAfterFirst, ingestVersionsAfterFirst);
        // The rerun computes the year-end only: ingest and one compute are enough to see that nothing changes.
        second = run("second", Launchers.job("yearly-review", List.of("--year", "2024", "--interim", "none")));
        snapshot(goldAfterSecond, ingestVersionsAfterSecond);
        missingDrop = run("missing", Launchers.job("yearly-review", List.of("--year", "2023", "--interim", "none")));
    }

    Processes.Result run(String name, List<String> command) throws IOException, InterruptedException {
        return Processes.run(work, name, command, Map.of("REVIEW_YEARLY_CONF", work.resolve("yearly-review.conf").toString(),
                "SPARK_LOCAL_IP", LoopbackCluster.HOST, "REVIEW_DRIVER_MEMORY", "2g"), UNSET, TIMEOUT);
    }

    void snapshot(Map<String, List<Row>> gold, Map<String, Long> ingestVersions) {
        if (!Files.isDirectory(warehouse.resolve("gold.db"))) return;
        for (TableDef t : Tables.GOLD_ALL) gold.put(t.qualified(), WarehouseFiles.rows(warehouse, t));
        for (TableDef t : Tables.SILVER_ALL) ingestVersions.put(t.qualified(), WarehouseFiles.version(warehouse, t));
        ingestVersions.put(Tables.QUARANTINE_ROWS.qualified(), WarehouseFiles.version(warehouse, Tables.QUARANTINE_ROWS));
    }

    List<Path> runLogs(int year) throws IOException {
        try (Stream<Path> logs = Files.list(work.resolve("logs"))) {
            return logs.filter(p -> p.getFileName().toString().startsWith("yearly-review-" + year + "-")).sorted().toList();
        }
    }

    @Test
    void theRunIngestsComputesEachAsOfAndLogsEveryStep() throws IOException {
        assertThat(first.exit()).as(first.err()).isZero();
        List<Path> logs = runLogs(2024);
        assertThat(logs).hasSize(2);
        String log = Files.readString(logs.get(0));
        assertThat(log).contains("step ingest: ok", "step compute-2024-08-31: ok", "step compute-2024-12-31: ok",
                "yearly-review 2024: OK")
                // The job's own lines are in the run log too.
                .contains("members.csv            read 68,660 = accepted 68,660 + quarantined 0", "compute as of 2024-12-31");
        assertThat(log.indexOf("step compute-2024-08-31: ok")).isLessThan(log.indexOf("step compute-2024-12-31: ok"));
        assertThat(log).contains("step report: ok");
    }

    @Test
    void goldHoldsTheInterimAndYearEndAsOfDates() {
        List<Row> city = goldAfterFirst.get(Tables.GOLD_CITY_SUMMARY.qualified());
        assertThat(city).isNotNull();
        TreeSet<String> asOfs = new TreeSet<>();
        city.forEach(r -> asOfs.add(r.getAs("as_of_date").toString()));
        assertThat(asOfs).containsExactly("2024-08-31", "2024-12-31");
        // The seed's figure as of 31 Aug, and a full year 2024 only as of 31 Dec.
        assertThat(city).anyMatch(r -> r.getAs("as_of_date").toString().equals("2024-08-31")
                && r.<Integer>getAs("year") == 2024 && r.getAs("period").equals("YTD") && r.<Long>getAs("admissions") == 1381L);
        assertThat(city).anyMatch(r -> r.getAs("as_of_date").toString().equals("2024-12-31")
                && r.<Integer>getAs("year") == 2024 && r.getAs("period").equals("FULL_YEAR"));
        assertThat(city).noneMatch(r -> r.getAs("as_of_date").toString().equals("2024-08-31")
                && r.<Integer>getAs("year") == 2024 && r.getAs("period").equals("FULL_YEAR"));
    }

    @Test
    void aSecondRunLeavesTheSameTables() {
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(goldAfterSecond).isEqualTo(goldAfterFirst);
        // Ingesting the same drop again changes no silver or quarantine table.
        assertThat(ingestVersionsAfterSecond).isNotEmpty().isEqualTo(ingestVersionsAfterFirst);
    }

    @Test
    void aMissingDropFailsTheRunAtIngestAndTheLogSaysSo() throws IOException {
        assertThat(missingDrop.exit()).isEqualTo(1);
        assertThat(missingDrop.err()).contains("step ingest: FAILED (exit 1", "yearly-review 2023: FAILED at step ingest");
        List<Path> logs = runLogs(2023);
        assertThat(logs).hasSize(1);
        assertThat(Files.readString(logs.get(0)))
                .contains("error: source directory " + work.resolve("drops/2023") + " does not exist or is not a directory")
                .contains("yearly-review 2023: FAILED at step ingest")
                .doesNotContain("step compute");
    }
}
