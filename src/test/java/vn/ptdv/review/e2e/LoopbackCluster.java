package vn.ptdv.review.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A Spark standalone cluster on 127.0.0.1 from the Spark jars Maven resolved (no Spark distribution): a
 * Master and {@code n} Workers of 1 core and 2 GiB each, on free ports, each a child process of the
 * test. {@link #close()} stops exactly these processes (and the executors the workers started), by PID.
 */
final class LoopbackCluster implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    static final Duration START_TIMEOUT = Duration.ofMinutes(1);

    final Path dir;
    final String classpath;
    final int masterPort;
    final int masterUiPort;
    private Process master;
    final List<Process> workers = new ArrayList<>();
    final List<Path> workerDirs = new ArrayList<>();
    private final Thread onJvmExit = new Thread(this::stopAll);

    /**
     * What a standalone daemon needs when started from plain jars: a SPARK_HOME whose jars/ is empty
     * (executors then get Spark from spark.executor.extraClassPath), the Scala version, and the loopback
     * address to bind (else Spark picks the machine's external interface).
     */
    static Map<String, String> environment(Path sparkHome) {
        return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.12", "SPARK_LOCAL_IP", HOST);
    }

    LoopbackCluster(Path dir, String classpath, int workerCount) throws IOException, InterruptedException {
        this.dir = dir;
        this.classpath = classpath;
        masterPort = Processes.freePort();
        masterUiPort = Processes.freePort();
        Runtime.getRuntime().addShutdownHook(onJvmExit);
        try {
            start(workerCount);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    private void start(int workerCount) throws IOException, InterruptedException {
        Path sparkHome = dir.resolve("spark-home");
        Files.createDirectories(sparkHome.resolve("jars"));
        master = daemon("master", sparkHome, List.of("org.apache.spark.deploy.master.Master",
                "--host", HOST, "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUiPort)));
        for (int i = 1; i <= workerCount; i++) {
            Path work = Files.createDirectories(dir.resolve("worker-" + i));
            workerDirs.add(work);
            workers.add(daemon("worker-" + i, sparkHome, List.of("org.apache.spark.deploy.worker.Worker", masterUrl(),
                    "--host", HOST, "--port", String.valueOf(Processes.freePort()),
                    "--webui-port", String.valueOf(Processes.freePort()),
                    "--cores", "1", "--memory", "2g", "--work-dir", work.toString())));
        }
        awaitUntil(() -> aliveWorkers() == workerCount, START_TIMEOUT,
                "the master did not see " + workerCount + " alive workers; logs in " + dir);
    }

    private Process daemon(String name, Path sparkHome, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m"));
        command.addAll(Launchers.java17Opens());
        command.addAll(List.of("-cp", classpath));
        command.addAll(mainAndArgs);
        return Processes.start(dir, name, command, environment(sparkHome), List.of()).process();
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String masterUrl() {
        return "spark://" + HOST + ":" + masterPort;
    }

    /** The master's view of the cluster (its web UI's JSON). */
    JsonNode masterState() throws IOException {
        return new ObjectMapper().readTree(URI.create("http://" + HOST + ":" + masterUiPort + "/json/").toURL());
    }

    int aliveWorkers() {
        try {
            int alive = 0;
            for (JsonNode w : masterState().path("workers")) {
                if ("ALIVE".equals(w.path("state").asText())) alive++;
            }
            return alive;
        } catch (IOException notUpYet) {
            return -1;
        }
    }

    /** The executor ids the given worker (0-based) ran for an application: its work dir has one directory each. */
    List<String> executorIdsOn(int worker, String appId) throws IOException {
        Path appDir = workerDirs.get(worker).resolve(appId);
        if (!Files.isDirectory(appDir)) return List.of();
        try (var dirs = Files.list(appDir)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Kills a worker and its executors with SIGKILL, as a lost machine. */
    void killWorker(int worker) {
        Processes.kill(workers.get(worker).toHandle());
    }

    /** Polls {@code condition} until it holds; fails the test past the deadline. */
    static void awaitUntil(BooleanSupplier condition, Duration timeout, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError(failure + " (waited " + timeout + ")");
            Thread.sleep(100);
        }
    }

    private void stopAll() {
        for (Process w : workers) Processes.stop(w.toHandle());
        if (master != null) Processes.stop(master.toHandle());
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(onJvmExit);
        } catch (IllegalStateException jvmAlreadyExiting) {
            // the hook is running or has run
        }
    }
}
