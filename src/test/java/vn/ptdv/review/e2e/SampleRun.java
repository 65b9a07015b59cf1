package vn.ptdv.review.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The README's main command, {@code jobs/review run --sample}, run once per integration-test JVM as a
 * newcomer runs it: from an empty working directory, with defaults only (./data/sample, ./warehouse,
 * ./reports). A full run of the sample costs minutes, so the integration tests that need the sample's
 * drop or its warehouse share this one instead of each making their own.
 *
 * <p>Sharing rule: a test may read the warehouse and run further commands on it, but must leave the
 * rows of {@link #AS_OF} as this run wrote them and {@link #AS_OF} the latest as-of date (compute earlier
 * as-of dates only, so the "latest" views keep showing it), and compare gold rows of {@link #AS_OF} only,
 * since other tests may have added other as-of dates.
 */
final class SampleRun {
    /** The as-of date of {@code run --sample} with no options. */
    static final String AS_OF = "2024-08-31";
    static final Duration TIMEOUT = Duration.ofMinutes(15);
    /** Settings of the machine the tests run on that would change what a newcomer's run does. */
    static final List<String> UNSET = List.of("SPARK_HOME", "REVIEW_PSEUDONYM_KEY", "REVIEW_CONF", "REVIEW_WAREHOUSE",
            "REVIEW_CLUSTER_CONF");

    private static SampleRun shared;

    final Path work;
    final Processes.Result result;

    private SampleRun(Path work, Processes.Result result) {
        this.work = work;
        this.result = result;
    }

    /** The shared run, made on first use; later callers get the same directory and output. */
    static synchronized SampleRun get() {
        if (shared == null) {
            try {
                Path work = Files.createTempDirectory(Launchers.ROOT.resolve("target"), "sample-run-");
                shared = new SampleRun(work, Processes.run(work, "run-sample",
                        Launchers.job("review", List.of("run", "--sample")), Map.of(), UNSET, TIMEOUT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    /** The run must have succeeded for a test that builds on it. */
    SampleRun succeeded() {
        assertThat(result.exit()).as("jobs/review run --sample: %s", result.err()).isZero();
        return this;
    }

    Path warehouse() {
        return work.resolve("warehouse");
    }

    Path sampleDrop() {
        return work.resolve("data/sample");
    }

    /** Copies the sample drop (its files, flat) into {@code target}, for a test that needs a drop of its own. */
    void copyDropTo(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(sampleDrop())) {
            for (Path f : files.toList()) Files.copy(f, target.resolve(f.getFileName()));
        }
    }
}
