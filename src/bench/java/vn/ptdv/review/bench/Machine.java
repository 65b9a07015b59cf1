package vn.ptdv.review.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, as the results state it: processors, memory, CPU model, Java. */
record Machine(int cores, long memoryKib, String cpu, String java, String os) {
    static Machine describe() {
        String cpu = "unknown CPU";
        long mem = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
            mem = MeasuredProcess.field(Files.readString(Path.of("/proc/meminfo")), "MemTotal");
        } catch (IOException | RuntimeException e) {
            // Not Linux: the results say unknown.
        }
        return new Machine(Runtime.getRuntime().availableProcessors(), mem, cpu,
                System.getProperty("java.vendor") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    String line() {
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB memory, %s, Java %s", cores, cpu,
                memoryKib / 1024.0 / 1024.0, os, java);
    }
}
