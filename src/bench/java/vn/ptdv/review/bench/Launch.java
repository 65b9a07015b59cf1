package vn.ptdv.review.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command lines of the benchmark's steps, built the way jobs/review builds its own: the job jar,
 * the Spark jars Maven resolved (target/launcher-classpath.txt), the Java 17 --add-opens flags and the
 * same driver memory ({@code REVIEW_DRIVER_MEMORY}, default 4g) for every JVM, so no peer gets more.
 * The benchmark's own classes and SQL are not in the job jar: they come from src/bench, compiled with
 * the tests into target/test-classes, which every step but ours (jobs/review, the job jar alone) has on
 * its classpath.
 */
final class Launch {
    static final String DRIVER_MEMORY = System.getenv().getOrDefault("REVIEW_DRIVER_MEMORY", "4g");
    private final Path root;

    Launch(Path root) {
        this.root = root;
    }

    Path jar() {
        return root.resolve("target/party-review.jar");
    }

    /** The benchmark's classes and SQL (src/bench/java, src/bench/resources), compiled as test sources. */
    Path benchClasses() {
        return root.resolve("target/test-classes");
    }

    /** jobs/review with these arguments: our pipeline exactly as a user runs it. */
    List<String> review(String... args) {
        List<String> c = new ArrayList<>(List.of(root.resolve("jobs/review").toString()));
        c.addAll(List.of(args));
        return c;
    }

    /** What every child gets: the project's configuration, the loopback address for local Spark. */
    Map<String, String> environment() {
        return Map.of("REVIEW_CONF", root.resolve("conf/application.conf").toString(), "SPARK_LOCAL_IP", "127.0.0.1");
    }

    /**
     * A main class of the benchmark through SparkSubmit, the job jar its application jar; {@code ourDefaults}: with
     * conf/spark-defaults.conf, else Spark's own. The benchmark's classes and the job jar are on the JVM's classpath
     * too, since the main class is not in the jar (local mode: the driver and the executors are this JVM).
     */
    List<String> sparkMain(String mainClass, boolean ourDefaults, String... args) {
        List<String> c = javaWithOpens();
        c.addAll(List.of("-cp", classpath("target/launcher-classpath.txt"), "org.apache.spark.deploy.SparkSubmit"));
        if (ourDefaults) {
            c.addAll(List.of("--properties-file", root.resolve("conf/spark-defaults.conf").toString()));
        } else {
            c.addAll(List.of("--master", "local[*]", "--conf", "spark.ui.showConsoleProgress=false"));
        }
        c.addAll(List.of("--class", mainClass, jar().toString()));
        c.addAll(List.of(args));
        return c;
    }

    List<String> javaWithOpens() {
        List<String> c = new ArrayList<>(List.of(javaBin()));
        c.addAll(lines("jobs/lib/java17-opens"));
        // The same extra JVM options jobs/review gives our driver (REVIEW_JVM_OPTS), so no peer gets other JIT settings.
        String extra = System.getenv().getOrDefault("REVIEW_JVM_OPTS", "").trim();
        if (!extra.isEmpty()) c.addAll(List.of(extra.split("\\s+")));
        c.addAll(List.of("-Xmx" + DRIVER_MEMORY, "-Dfile.encoding=UTF-8",
                "-Dlog4j2.configurationFile=file:" + root.resolve("conf/log4j2.properties")));
        return c;
    }

    /**
     * Our gold tables of this as-of (reference structure) in the canonical form: {@link GoldExport} with the settings
     * jobs/review gives the job (conf/spark-defaults.conf, the same JVM options and {@link #environment()}).
     */
    List<String> goldExport(Path warehouse, LocalDate asOf, Path out) {
        return sparkMain(GoldExport.class.getName(), true, "--as-of", asOf.toString(), "--out", out.toString(),
                "--warehouse", warehouse.toString());
    }

    List<String> duckDb(Path drop, LocalDate asOf, Path out) {
        List<String> c = new ArrayList<>(List.of(javaBin(), "-Xmx" + DRIVER_MEMORY, "-Dfile.encoding=UTF-8", "-cp",
                classpath("target/launcher-classpath.txt", "target/bench-classpath.txt"), DuckDbPeer.class.getName()));
        c.addAll(List.of("--source", drop.toString(), "--as-of", asOf.toString(), "--out", out.toString()));
        return c;
    }

    List<String> naiveSpark(Path drop, LocalDate asOf, Path out) {
        return sparkMain(NaiveSparkPeer.class.getName(), false, "--source", drop.toString(), "--as-of", asOf.toString(),
                "--out", out.toString());
    }

    List<String> compare(Path expected, Path actual) {
        return List.of(javaBin(), "-cp", classpath("target/launcher-classpath.txt"), OutputComparison.class.getName(), expected.toString(),
                actual.toString());
    }

    /**
     * The benchmark's classes, the job jar, then the jars listed in these files (the peers read table definitions,
     * which use Spark's types).
     */
    String classpath(String... classpathFiles) {
        StringBuilder cp = new StringBuilder(benchClasses().toString()).append(java.io.File.pathSeparator).append(jar());
        for (String f : classpathFiles) cp.append(java.io.File.pathSeparator).append(read(f));
        return cp.toString();
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(relative + " is missing: build with `mvn -DskipTests package` first (jobs/bench does)", e);
        }
    }

    List<String> lines(String relative) {
        return read(relative).lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The commit measured, with "-dirty" when the tree has changes: results name what they measured. */
    static String gitCommit(Path root) {
        try {
            Process p = new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=12").directory(root.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
