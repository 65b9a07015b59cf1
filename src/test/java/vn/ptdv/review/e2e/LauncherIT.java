package vn.ptdv.review.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The README's main command through the real launcher, in fresh processes: {@code jobs/review run
 * --sample} against a new warehouse (embedded Hive metastore), then {@code jobs/review sql} in another
 * process reading what the first one registered. Runs after {@code package}, so the job jar is fresh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherIT {
    static final Path ROOT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
    Path work;
    Result run;

    record Result(int exit, String out, String err) {}

    Result review(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("jobs/review").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        File out = work.resolve("out.txt").toFile();
        File err = work.resolve("err.txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        pb.environment().remove("REVIEW_PSEUDONYM_KEY");
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("jobs/review " + String.join(" ", args) + " did not finish in 15 minutes");
        }
        return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    @BeforeAll
    void runTheSample() throws Exception {
        work = Files.createTempDirectory(ROOT.resolve("target"), "launcher-");
        // As a newcomer would: from a working directory, defaults only (./warehouse, ./data/sample).
        run = review("run", "--sample");
    }

    @Test
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
    }

    /**
     * 2023: members at 1 Jan 2023 = 61,380 - (2023 admissions 850 + 892) - (net other flows per year,
     * -1,010: the sum over units of round(M × 0.3%) in - round(M × (0.45 + 1.1 + 0.35 + 0.03 + 0.03)%)
     * out, M = members at 1 Jan 2024) = 60,648; 100 × 850 / 60,648 = 1.4015 -> 1.40.
     */
    @Test
    void sqlInAnotherProcessReadsTheCatalogAsCsv() throws Exception {
        Result sql = review("sql", "--format", "csv",
                "SELECT year, admissions, admission_rate_pct, units_met_target FROM gold.city_summary"
                        + " WHERE as_of_date = DATE'2024-08-31' AND period = 'YTD' AND year >= 2023 ORDER BY year");
        assertThat(sql.exit()).as(sql.err()).isZero();
        assertThat(sql.out()).isEqualTo("year,admissions,admission_rate_pct,units_met_target\n"
                + "2023,850,1.40,0\n"
                + "2024,1381,2.25,2\n");
    }

    @Test
    void mistakesExitNonZeroWithAOneLineReason() throws Exception {
        Result usage = review("compute");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("Missing required option: '--as-of=YYYY-MM-DD'");
        Result missing = review("ingest", "--source", "no-such-dir");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("error: source directory no-such-dir does not exist or is not a directory");
    }
}
