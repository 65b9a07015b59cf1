package vn.ptdv.review.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's main command through the real launcher, in fresh processes: {@code jobs/review run
 * --sample} against a new warehouse (embedded Hive metastore), then {@code jobs/review sql} in another
 * process reading what the first one registered. Runs after {@code package}, so the job jar is fresh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {
    static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(15);
    static final Duration OUTPUT_TIMEOUT = Duration.ofMinutes(10);
    Path work;
    Processes.Result run;

    /**
     * Starts jobs/review in the shared working directory, standard output and error going to files named
     * after {@code tag}; without the pseudonym key of the caller's environment, as a newcomer has none.
     */
    Processes.Running start(String tag, String... args) throws IOException {
        return Processes.start(work, tag, Launchers.job("review", List.of(args)), Map.of(), List.of("REVIEW_PSEUDONYM_KEY"));
    }

    Processes.Result review(String... args) throws IOException, InterruptedException {
        return start("review", args).finish(COMMAND_TIMEOUT);
    }

    /** Rows per gold table for an as-of date, read in a fresh process. */
    Map<String, Long> goldRows(String asOf) throws Exception {
        StringBuilder q = new StringBuilder();
        for (String t : List.of("admissions_trend", "target_attainment", "peer_comparison", "city_summary")) {
            if (q.length() > 0) q.append(" UNION ALL ");
            q.append("SELECT '").append(t).append("' AS t, count(*) AS n FROM gold.").append(t)
                    .append(" WHERE as_of_date = DATE'").append(asOf).append("'");
        }
        Processes.Result r = review("sql", "--format", "csv", q.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, Long> rows = new TreeMap<>();
        r.out().lines().skip(1).forEach(l -> rows.put(l.split(",")[0], Long.parseLong(l.split(",")[1])));
        return rows;
    }

    @BeforeAll
    void runTheSample() {
        // As a newcomer would: from a working directory, defaults only (./warehouse, ./data/sample); the run
        // is shared with the other integration tests, which leave its as-of date's rows alone.
        SampleRun sample = SampleRun.get();
        work = sample.work;
        run = sample.result;
    }

    @Test
    @Order(1)
    void runSamplePrintsTheSeedHeadline() {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("admissions            1,381")
                .contains("2.25% of 61,380 members at 1 Jan")
                .contains("850 (change +531, ratio 162.5%)")
                .contains("more than in          2020, 2021, 2022, 2023")
                .contains("2 of 15 peer units: Huyện ủy Hòa Vang (3.64%), Đảng ủy Đại học Đà Nẵng (6.52%)");
        assertThat(run.err()).contains("members.csv            read 68,660 = accepted 68,660 + quarantined 0");
        assertThat(Files.exists(work.resolve("data/sample/SAMPLE.txt"))).isTrue();
        assertThat(Files.isDirectory(work.resolve("warehouse/metastore_db"))).isTrue();
        // The review pack (issue 4), in the default ./reports.
        for (String f : List.of("review-2024-08-31.xlsx", "city-trend.png", "peer-admissions.png", "attainment.png",
                "peer-rates.png", "membership-flow.png", "admissions-breakdown.png", "units-without-admissions.png",
                "pipeline-funnel.png", "summary-2024-08-31.md", "summary-2024-08-31.html")) {
            assertThat(work.resolve("reports").resolve(f)).as(f).isNotEmptyFile();
        }
    }

    /**
     * 2023: members at 1 Jan 2023 = 61,380 - (2023 admissions 850 + 892) - (net other flows per year,
     * -1,010: the sum over units of round(M × 0.3%) in - round(M × (0.45 + 1.1 + 0.35 + 0.03 + 0.03)%)
     * out, M = members at 1 Jan 2024) = 60,648; 100 × 850 / 60,648 = 1.4015 -> 1.40.
     */
    @Test
    @Order(2)
    void sqlInAnotherProcessReadsTheCatalogAsCsv() throws Exception {
        Processes.Result sql = review("sql", "--format", "csv",
                "SELECT year, admissions, admission_rate_pct, units_met_target FROM gold.city_summary"
                        + " WHERE as_of_date = DATE'2024-08-31' AND period = 'YTD' AND year >= 2023 ORDER BY year");
        assertThat(sql.exit()).as(sql.err()).isZero();
        assertThat(sql.out()).isEqualTo("year,admissions,admission_rate_pct,units_met_target\n"
                + "2023,850,1.40,0\n"
                + "2024,1381,2.25,2\n");
    }

    @Test
    @Order(3)
    void mistakesExitNonZeroWithAOneLineReason() throws Exception {
        Processes.Result usage = review("compute");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("Missing required option: '--as-of=YYYY-MM-DD'");
        Processes.Result missing = review("ingest", "--source", "no-such-dir");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("error: source directory no-such-dir does not exist or is not a directory");
        // Refused before Spark starts: a year from now is after today, whatever today is.
        String nextYear = java.time.LocalDate.now(vn.ptdv.review.domain.OfficeCalendar.ZONE).plusYears(1).toString();
        Processes.Result future = review("compute", "--as-of", nextYear);
        assertThat(future.exit()).isEqualTo(2);
        assertThat(future.err()).contains("--as-of: the as-of date " + nextYear + " is after today");
        // The sample's events start on 1 Jan 2020: 1800 would be 220 years of zeros. Refused with the dates covered.
        Processes.Result before = review("compute", "--as-of", "2024-08-31", "--from-year", "1800");
        assertThat(before.exit()).isEqualTo(1);
        assertThat(before.err()).contains("error: compute refused: --from-year 1800 is before 2020, the year of the earliest"
                + " event: the warehouse's events run from 2020-01-01 to 2024-12-31");
    }

    @Test
    @Order(4)
    void personalDataTablesNeedTheFlag() throws Exception {
        Processes.Result refused = review("sql", "SELECT count(*) FROM bronze.members");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("error: the query reads bronze.members, which holds personal data: add --personal-data");
        Processes.Result allowed = review("sql", "--personal-data", "--format", "csv", "SELECT count(*) AS n FROM quarantine.rejected_rows");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(allowed.out()).isEqualTo("n\n0\n");
        assertThat(java.nio.file.Files.getPosixFilePermissions(work.resolve("warehouse/bronze.db")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                        java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
    }

    /**
     * The compute of the next two tests: a new as-of date before the shared run's, so that run's rows stay
     * as they were and its as-of date stays the latest.
     */
    Processes.Running compute;
    static final String KILLED_AS_OF = "2024-06-30";

    @AfterAll
    void stopTheCompute() {
        if (compute != null) Processes.stop(compute.process().toHandle());
    }

    @Test
    @Order(5)
    void secondCommandOnABusyWarehouseFailsWithAClearMessage() throws Exception {
        compute = start("killed", "compute", "--as-of", KILLED_AS_OF);
        compute.awaitError("starting Spark", OUTPUT_TIMEOUT);
        Processes.Result second = review("sql", "--conf", "review.lock.wait-seconds=1", "SELECT 1");
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).contains("is in use by another command (pid " + compute.process().pid() + ", jobs/review compute");
    }

    /**
     * kill -9 of the driver right after the first gold table of a new as-of is written (the compute the
     * previous test started): every table is whole afterwards (that as-of has no rows in it yet, or all of
     * them), and the next run completes.
     */
    @Test
    @Order(6)
    void killedDuringTheGoldWriteLeavesNoTableHalfWritten() throws Exception {
        assertThat(compute).as("the compute started by the previous test").isNotNull();
        compute.awaitError("gold.admissions_trend ", OUTPUT_TIMEOUT);
        Processes.kill(compute.process().toHandle());   // SIGKILL: no shutdown hook runs
        compute.process().onExit().get(1, TimeUnit.MINUTES);
        Map<String, Long> afterKill = goldRows(KILLED_AS_OF);
        Processes.Result rerun = review("compute", "--as-of", KILLED_AS_OF);
        assertThat(rerun.exit()).as(rerun.err()).isZero();
        Map<String, Long> complete = goldRows(KILLED_AS_OF);
        // 2020-2024: 5 YTD + 4 FULL_YEAR (2020-2023; 2024 is not complete on 30 Jun) + the 2020-2025 term to
        // date (reference.conf's terms) = 10 rows in city_summary.
        assertThat(complete.get("city_summary")).isEqualTo(10);
        assertThat(afterKill.get("admissions_trend")).isEqualTo(complete.get("admissions_trend"));
        afterKill.forEach((table, n) -> assertThat(n).as(table + " after kill -9").isIn(0L, complete.get(table)));
    }
}
