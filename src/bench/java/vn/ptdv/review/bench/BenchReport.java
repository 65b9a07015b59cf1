package vn.ptdv.review.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's results as markdown (quoted in src/site/markdown/performance.md) and as CSV (one line per step). */
final class BenchReport {
    /** Issue 10's targets. */
    static final double PROVINCE_RUN_SECONDS = 60;
    static final double NATIONAL_OURS_OVER_DUCKDB = 3;
    static final String OURS_TOTAL = "ours: ingest + compute";

    private BenchReport() {}

    /** Wall seconds of {@code step} in each run that ran it; the pseudo-step {@link #OURS_TOTAL} sums ingest and compute. */
    static List<Double> seconds(BenchJob.ScaleResult r, String step) {
        return perRun(r, step, Double::sum, MeasuredProcess.Measurement::wallSeconds);
    }

    /** Peak RSS in MiB of {@code step} in each run that ran it; for {@link #OURS_TOTAL} the larger of its two steps. */
    static List<Double> peakMib(BenchJob.ScaleResult r, String step) {
        return perRun(r, step, Math::max, m -> m.peakRssKib() / 1024.0);
    }

    /** One value per run: {@code value} of the run's measurements of {@code step}, combined; a run without it is left out. */
    static List<Double> perRun(BenchJob.ScaleResult r, String step, java.util.function.BinaryOperator<Double> combine,
                               java.util.function.Function<MeasuredProcess.Measurement, Double> value) {
        List<Double> out = new ArrayList<>();
        for (List<MeasuredProcess.Measurement> run : r.runs()) {
            // A peer left out (--peers) has no value, not a value of 0.
            run.stream().filter(m -> isPartOf(m, step)).map(value).reduce(combine).ifPresent(out::add);
        }
        return out;
    }

    static boolean isPartOf(MeasuredProcess.Measurement m, String step) {
        boolean ours = m.step().equals(BenchJob.Step.OURS_INGEST.label) || m.step().equals(BenchJob.Step.OURS_COMPUTE.label);
        return m.step().equals(step) || (step.equals(OURS_TOTAL) && ours);
    }

    static List<String> steps() {
        List<String> s = new ArrayList<>();
        s.add(BenchJob.Step.OURS_INGEST.label);
        s.add(BenchJob.Step.OURS_COMPUTE.label);
        s.add(OURS_TOTAL);
        s.add(BenchJob.Step.DUCKDB.label);
        s.add(BenchJob.Step.NAIVE_SPARK.label);
        return s;
    }

    /** Median of {@code a} over median of {@code b}. */
    static double ratio(BenchJob.ScaleResult r, String a, String b) {
        return Stats.of(seconds(r, a)).median() / Stats.of(seconds(r, b)).median();
    }

    static String ratioText(BenchJob.ScaleResult r, String a, String b) {
        if (seconds(r, a).isEmpty() || seconds(r, b).isEmpty()) return "not measured";
        return String.format(Locale.ROOT, "%.2f", ratio(r, a, b));
    }

    static String markdown(List<BenchJob.ScaleResult> results, Machine machine, LocalDate asOf, long seed, String commit) {
        StringBuilder md = new StringBuilder();
        md.append("# jobs/bench results\n\n");
        md.append(String.format(Locale.ROOT, "- Date: %s (UTC)%n- Machine: %s%n- Commit: %s%n- Runs: %s (each step a fresh"
                        + " process); as of %s; drops generated with seed %d%n- Every run's gold tables were compared with those of"
                        + " each peer that ran (a peer not run shows as such below) before its times were kept.%n%n",
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0), machine.line(), commit,
                results.stream().map(r -> r.scale() + " " + r.runs().size()).collect(java.util.stream.Collectors.joining(", ")), asOf, seed));
        for (BenchJob.ScaleResult r : results) {
            md.append(String.format(Locale.ROOT, "## %s: %s input rows, %s MiB of CSV%s%n%n", r.scale(), String.format(Locale.ROOT, "%,d",
                    r.drop().rows()), String.format(Locale.ROOT, "%,d", r.drop().bytes() >> 20),
                    r.generateSeconds() == null ? "" : String.format(Locale.ROOT, " (generated in %.0f s)", r.generateSeconds())));
            md.append("| step | median wall (s) | min-max (s) | input rows/s (median) | peak RSS (MiB, median / max) |\n");
            md.append("|---|---:|---:|---:|---:|\n");
            for (String step : steps()) {
                if (seconds(r, step).isEmpty()) {
                    md.append("| ").append(step).append(" | not run | | | |\n");
                    continue;
                }
                Stats t = Stats.of(seconds(r, step));
                Stats m = Stats.of(peakMib(r, step));
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f-%.1f | %,.0f | %,.0f / %,.0f |%n", step, t.median(), t.min(),
                        t.max(), r.drop().rows() / t.median(), m.median(), m.max()));
            }
            md.append(String.format(Locale.ROOT, "%nRatios (medians): ours (ingest + compute) / DuckDB = **%s**; naive Spark / ours = **%s**.%n%n",
                    ratioText(r, OURS_TOTAL, BenchJob.Step.DUCKDB.label), ratioText(r, BenchJob.Step.NAIVE_SPARK.label, OURS_TOTAL)));
        }
        md.append("## Targets (issue 10)\n\n");
        for (String line : targets(results)) md.append("- ").append(line).append('\n');
        return md.toString();
    }

    static Optional<BenchJob.ScaleResult> find(List<BenchJob.ScaleResult> results, String scale) {
        return results.stream().filter(r -> r.scale().equals(scale)).findFirst();
    }

    static List<String> targets(List<BenchJob.ScaleResult> results) {
        List<String> lines = new ArrayList<>();
        find(results, "province").ifPresentOrElse(p -> {
            double s = Stats.of(seconds(p, OURS_TOTAL)).median();
            lines.add(String.format(Locale.ROOT, "Province, ingest + compute under %.0f s: %.1f s, %s (two JVM and Spark starts;"
                    + " `run` does both in one).", PROVINCE_RUN_SECONDS, s, s < PROVINCE_RUN_SECONDS ? "met" : "**not met**"));
        }, () -> lines.add("Province: not run."));
        find(results, "national").filter(n -> !seconds(n, BenchJob.Step.DUCKDB.label).isEmpty()).ifPresentOrElse(n -> {
            double q = ratio(n, OURS_TOTAL, BenchJob.Step.DUCKDB.label);
            lines.add(String.format(Locale.ROOT, "National, ours / DuckDB at most %.0f: %.1f, %s.", NATIONAL_OURS_OVER_DUCKDB, q,
                    q <= NATIONAL_OURS_OVER_DUCKDB ? "met" : "**not met**"));
        }, () -> lines.add("National: not run."));
        Optional<BenchJob.ScaleResult> n = find(results, "national");
        Optional<BenchJob.ScaleResult> x = find(results, "x10");
        if (n.isPresent() && x.isPresent()) {
            double time = Stats.of(seconds(x.get(), OURS_TOTAL)).median() / Stats.of(seconds(n.get(), OURS_TOTAL)).median();
            double rows = (double) x.get().drop().rows() / n.get().drop().rows();
            lines.add(String.format(Locale.ROOT, "National to x10, time grows no worse than linearly: time x%.1f for rows x%.1f, %s.",
                    time, rows, time <= rows ? "met" : "**not met**"));
        } else {
            lines.add("National to x10 growth: x10 not run.");
        }
        return lines;
    }

    static String csv(List<BenchJob.ScaleResult> results) {
        StringBuilder csv = new StringBuilder("scale,input_rows,input_bytes,run,step,wall_seconds,peak_rss_kib,exit_code\n");
        for (BenchJob.ScaleResult r : results) {
            int run = 0;
            for (List<MeasuredProcess.Measurement> steps : r.runs()) {
                run++;
                for (MeasuredProcess.Measurement m : steps) {
                    csv.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%s,%.3f,%d,%d%n", r.scale(), r.drop().rows(), r.drop().bytes(),
                            run, m.step(), m.wallSeconds(), m.peakRssKib(), m.exitCode()));
                }
            }
        }
        return csv.toString();
    }
}
