package vn.ptdv.review.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one benchmark step as a fresh process and measures it: wall time from start to exit, and peak
 * resident memory. Peak memory is read from Linux's /proc while the process runs: the largest of the
 * process tree's summed current RSS (VmRSS) and each process's own high-water mark (VmHWM), sampled
 * every {@link #SAMPLE_MILLIS} ms, so a peak between two samples is still seen through VmHWM.
 */
public final class MeasuredProcess {
    static final long SAMPLE_MILLIS = 50;

    /** What one step took. {@code peakRssKib} is 0 where /proc is not available. */
    public record Measurement(String step, double wallSeconds, long peakRssKib, int exitCode, Path log) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private MeasuredProcess() {}

    /** Runs {@code command} in {@code dir} with extra {@code environment}, output (both streams) to {@code log}. */
    public static Measurement run(String step, List<String> command, Path dir, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(environment);
        long start = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        while (!p.waitFor(SAMPLE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, treePeakKib(p.toHandle()));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Measurement(step, wall, peak, p.exitValue(), log);
    }

    /** The larger of the tree's summed VmRSS and the largest single VmHWM, in KiB, at this moment. */
    static long treePeakKib(ProcessHandle root) {
        long sumRss = 0;
        long maxHwm = 0;
        List<ProcessHandle> tree = new java.util.ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        for (ProcessHandle h : tree) {
            Optional<String> status = readStatus(h.pid());
            if (status.isEmpty()) continue;
            sumRss += field(status.get(), "VmRSS");
            maxHwm = Math.max(maxHwm, field(status.get(), "VmHWM"));
        }
        return Math.max(sumRss, maxHwm);
    }

    static Optional<String> readStatus(long pid) {
        try {
            return Optional.of(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // ended between listing and reading, or not Linux
        }
    }

    /** The value in kB of a line like {@code VmHWM:\t  123456 kB} of /proc/PID/status; 0 when absent. */
    static long field(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name + ":")) {
                String digits = line.substring(name.length() + 1).replace("kB", "").trim();
                return digits.isEmpty() ? 0 : Long.parseLong(digits);
            }
        }
        return 0;
    }
}
