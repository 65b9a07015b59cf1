package vn.ptdv.review.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ptdv.review.sources.SourceDrop;
import vn.ptdv.review.util.Progress;

/**
 * {@code jobs/bench}: times our pipeline against DuckDB and a naive Spark baseline on the same source
 * drop, at each scale. Every step runs as a fresh process, as a user would run it. Each run's outputs
 * (the gold tables) are compared across the three before its times are kept: a run whose outputs
 * differ stops the benchmark, and no time of it is reported.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: our ingest + compute vs DuckDB (plain SQL) vs naive Spark, outputs checked equal first.")
public final class BenchJob implements Callable<Integer> {
    /** The steps of one run, in the order they run. */
    public enum Step {
        OURS_INGEST("ours: ingest"),
        OURS_COMPUTE("ours: compute"),
        DUCKDB("DuckDB"),
        NAIVE_SPARK("naive Spark");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    @Option(names = "--scales", split = ",", defaultValue = "province", paramLabel = "SCALE[,SCALE]",
            description = "Scales to run: province, national, x10 (default: ${DEFAULT-VALUE}).")
    List<String> scales;

    @Option(names = "--runs", split = ",", defaultValue = "3", paramLabel = "N[,N]",
            description = "Timed runs per scale (default: ${DEFAULT-VALUE}); one number per scale, in the order of --scales,"
                    + " the last one repeated for the scales after it: --runs 3,1 runs province 3 times and national once.")
    List<Integer> runs;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the generated drops (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--as-of", defaultValue = "2024-08-31", paramLabel = "YYYY-MM-DD",
            description = "As-of date computed by every peer (default: ${DEFAULT-VALUE}, the seed article's).")
    LocalDate asOf;

    @Option(names = "--data", defaultValue = "data/bench", paramLabel = "DIR",
            description = "Where the generated drops are kept between benchmarks (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", description = "Where logs, outputs and results go (default: target/bench/<time>).")
    Path out;

    @Option(names = "--results", paramLabel = "FILE", description = "Also write the results (markdown) to this file.")
    Path results;

    @Option(names = "--peers", split = ",", defaultValue = "duckdb,naive", paramLabel = "PEER[,PEER]",
            description = "Peers to run beside ours: duckdb, naive (default: ${DEFAULT-VALUE}). Naive Spark re-reads the CSVs"
                    + " for every table (about 12 minutes at national scale on 2 cores).")
    List<String> peers;

    @Option(names = "--root", hidden = true, defaultValue = ".", description = "The project root (jobs/bench sets it).")
    Path root;

    static final String DUCKDB = "duckdb";
    static final String NAIVE = "naive";

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchJob()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        root = root.toAbsolutePath().normalize();
        Launch launch = new Launch(root);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now(ZoneOffset.UTC));
        Path outDir = (out != null ? out : root.resolve("target/bench/" + stamp)).toAbsolutePath().normalize();
        Files.createDirectories(outDir);
        Path dataDir = root.resolve(data).normalize();
        if (runs.isEmpty() || runs.stream().anyMatch(n -> n < 1)) {
            System.err.println("jobs/bench: --runs takes whole numbers of at least 1, got " + runs);
            return 2;
        }
        Progress.say("benchmark: scales %s, runs %s, as of %s; logs and outputs in %s", scales, runs, asOf, outDir);
        List<ScaleResult> done = new ArrayList<>();
        for (int i = 0; i < scales.size(); i++) {
            String scale = scales.get(i);
            ScaleResult r = runScale(launch, scale.trim().toLowerCase(Locale.ROOT), runsOf(runs, i), dataDir, outDir.resolve(scale));
            if (r == null) {
                return 1;
            }
            done.add(r);
            // Results after each scale, so a long national run still leaves the province figures behind.
            writeResults(outDir, done);
        }
        return 0;
    }

    /** The number of runs of the i-th scale: its own entry of --runs, else the last one given. */
    static int runsOf(List<Integer> runs, int scaleIndex) {
        return runs.get(Math.min(scaleIndex, runs.size() - 1));
    }

    ScaleResult runScale(Launch launch, String scale, int runCount, Path dataDir, Path dir) throws IOException, InterruptedException {
        Path drop = dataDir.resolve(scale + "-seed" + seed);
        Double generateSeconds = null;
        if (!Files.exists(drop.resolve(SourceDrop.SAMPLE_MARKER))) {
            Progress.say("%s: generating the drop in %s", scale, drop);
            MeasuredProcess.Measurement g = MeasuredProcess.run("generate", launch.review("sample", "--scale", scale,
                    "--seed", Long.toString(seed), "--out", drop.toString()), root, launch.environment(), dir.resolve("generate.log"));
            if (!g.ok()) return failed(g);
            generateSeconds = g.wallSeconds();
        }
        DropSize size = DropSize.of(drop);
        Progress.say("%s: %s input rows, %s MiB in %s", scale, Progress.count(size.rows()), Progress.count(size.bytes() >> 20), drop);
        ScaleResult result = new ScaleResult(scale, size, generateSeconds, new ArrayList<>());
        for (int run = 1; run <= runCount; run++) {
            Path runDir = dir.resolve("run" + run);
            Path warehouse = runDir.resolve("warehouse");
            List<MeasuredProcess.Measurement> steps = new ArrayList<>();
            Map<String, String> env = launch.environment();
            steps.add(MeasuredProcess.run(Step.OURS_INGEST.label, launch.review("ingest", "--source", drop.toString(),
                    "--warehouse", warehouse.toString()), root, env, runDir.resolve("ours-ingest.log")));
            if (!last(steps).ok()) return failed(last(steps));
            steps.add(MeasuredProcess.run(Step.OURS_COMPUTE.label, launch.review("compute", "--as-of", asOf.toString(),
                    "--warehouse", warehouse.toString()), root, env, runDir.resolve("ours-compute.log")));
            if (!last(steps).ok()) return failed(last(steps));
            MeasuredProcess.Measurement export = MeasuredProcess.run("export", launch.goldExport(warehouse, asOf, runDir.resolve("ours")),
                    root, env, runDir.resolve("export.log"));
            if (!export.ok()) return failed(export);
            List<String> compared = new ArrayList<>();
            if (peers.contains(DUCKDB)) {
                steps.add(MeasuredProcess.run(Step.DUCKDB.label, launch.duckDb(drop, asOf, runDir.resolve(DUCKDB)), root, env,
                        runDir.resolve("duckdb.log")));
                if (!last(steps).ok()) return failed(last(steps));
                compared.add(DUCKDB);
            }
            if (peers.contains(NAIVE)) {
                steps.add(MeasuredProcess.run(Step.NAIVE_SPARK.label, launch.naiveSpark(drop, asOf, runDir.resolve(NAIVE)), root, env,
                        runDir.resolve("naive.log")));
                if (!last(steps).ok()) return failed(last(steps));
                compared.add(NAIVE);
            }
            // Same rows, same numbers, before any of these times counts.
            for (String peer : compared) {
                MeasuredProcess.Measurement same = MeasuredProcess.run("compare", launch.compare(runDir.resolve("ours"),
                        runDir.resolve(peer)), root, env, runDir.resolve("compare-" + peer + ".log"));
                if (!same.ok()) {
                    Progress.say("%s run %d: the outputs of ours and %s differ; no time is reported. Differences: %s", scale, run,
                            peer, same.log());
                    System.err.println(Files.readString(same.log(), StandardCharsets.UTF_8));
                    return null;
                }
            }
            Progress.say("%s run %d: outputs equal (ours = %s); %s", scale, run, String.join(" = ", compared), String.join(", ",
                    steps.stream().map(m -> String.format(Locale.ROOT, "%s %.1f s, %s MiB", m.step(), m.wallSeconds(),
                            Progress.count(m.peakRssKib() >> 10))).toList()));
            result.runs().add(steps);
            if (run < runCount) deleteTree(warehouse); // a national warehouse is gigabytes; the last one is kept
        }
        return result;
    }

    static MeasuredProcess.Measurement last(List<MeasuredProcess.Measurement> steps) {
        return steps.get(steps.size() - 1);
    }

    static ScaleResult failed(MeasuredProcess.Measurement m) throws IOException {
        Progress.say("%s failed (exit %d); its log: %s", m.step(), m.exitCode(), m.log());
        List<String> lines = Files.readAllLines(m.log(), StandardCharsets.UTF_8);
        lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(System.err::println);
        return null;
    }

    void writeResults(Path outDir, List<ScaleResult> done) throws IOException {
        String text = BenchReport.markdown(done, Machine.describe(), asOf, seed, Launch.gitCommit(root));
        Files.writeString(outDir.resolve("results.md"), text, StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve("runs.csv"), BenchReport.csv(done), StandardCharsets.UTF_8);
        if (results != null) {
            Path file = root.resolve(results).normalize();
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        Progress.say("results: %s%s", outDir.resolve("results.md"), results != null ? " and " + root.resolve(results).normalize() : "");
    }

    /** One scale's drop and its runs (each run: the measured steps in {@link Step} order). */
    public record ScaleResult(String scale, DropSize drop, Double generateSeconds,
                              List<List<MeasuredProcess.Measurement>> runs) {}

    /** Rows (lines after the header, all CSV files) and bytes of a drop. */
    public record DropSize(long rows, long bytes) {
        static DropSize of(Path drop) {
            try (Stream<Path> files = Files.list(drop)) {
                long rows = 0;
                long bytes = 0;
                for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                    bytes += Files.size(f);
                    try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                        rows += Math.max(0, lines.count() - 1);
                    }
                }
                return new DropSize(rows, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the drop " + drop, e);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
