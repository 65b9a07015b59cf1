package vn.ptdv.review.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;

/**
 * The job jar on a real Spark cluster: a standalone Master and two Workers (1 core, 2 GiB each) started
 * by this test on 127.0.0.1 from the Spark jars Maven resolved. {@code jobs/submit --master spark://...
 * run --sample} must write the same gold tables, row for row, as {@code jobs/review run --sample} (local
 * mode) on the same drop, and its tasks must have run in the workers' executors (event log). Then a
 * worker is killed while {@code compute} runs on the cluster: the job must still finish, with the same
 * rows. The master, the workers and their executors are stopped by PID whatever happens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterSubmitIT {
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(15);
    static final String AS_OF = SampleRun.AS_OF;
    /** Environment of the launchers: the Maven-resolved Spark (no SPARK_HOME), the sample's own key. */
    static final List<String> UNSET = List.of("SPARK_HOME", "REVIEW_PSEUDONYM_KEY", "REVIEW_CLUSTER_CONF", "REVIEW_CONF");

    Path work;
    LoopbackCluster cluster;
    Processes.Result local;
    Path localWarehouse;
    Processes.Result clustered;
    EventLog clusterLog;

    @BeforeAll
    void runLocallyAndOnTheCluster() throws Exception {
        // The local run is the one the integration tests share (jobs/review run --sample, defaults only).
        SampleRun sample = SampleRun.get();
        local = sample.result;
        localWarehouse = sample.warehouse();
        work = Files.createTempDirectory(Launchers.ROOT.resolve("target"), "cluster-");
        cluster = new LoopbackCluster(work, Launchers.sparkClasspath(), 2);
        clustered = Processes.run(work, "cluster-run", submit("events-run", Processes.freePort(),
                        List.of("run", "--sample", "--warehouse", work.resolve("wh-cluster").toString(),
                                "--conf", "review.sample.dir=" + sample.sampleDrop())),
                driverEnvironment(), UNSET, RUN_TIMEOUT);
        if (clustered.exit() == 0) clusterLog = EventLog.readOnlyLogIn(work.resolve("events-run"));
    }

    @AfterAll
    void stopTheCluster() {
        if (cluster != null) cluster.close();
    }

    /**
     * {@code jobs/submit} with conf/cluster.conf as shipped, plus what this loopback cluster needs: the
     * master, the driver's address, executors that fit a 1-core 2 GiB worker and get Spark's jars from the
     * Maven classpath (the workers' SPARK_HOME has none), its own event log directory and UI port, and 8
     * shuffle partitions (as jobs/review locally) instead of cluster.conf's 64 for a 2-core machine.
     */
    List<String> submit(String eventLogDir, int uiPort, List<String> jobArgs) throws IOException {
        Files.createDirectories(work.resolve(eventLogDir));
        List<String> args = new ArrayList<>(List.of("--master", cluster.masterUrl(),
                "--conf", "spark.driver.host=" + LoopbackCluster.HOST,
                "--conf", "spark.driver.bindAddress=" + LoopbackCluster.HOST,
                "--conf", "spark.executor.memory=1g",
                "--conf", "spark.executor.cores=1",
                "--conf", "spark.executor.extraClassPath=" + cluster.classpath,
                "--conf", "spark.eventLog.dir=" + work.resolve(eventLogDir).toUri(),
                "--conf", "spark.ui.port=" + uiPort,
                "--conf", "spark.sql.shuffle.partitions=8"));
        args.addAll(jobArgs);
        return Launchers.job("submit", args);
    }

    /** Every driver, local or not, binds the loopback address only (Spark's UI included). */
    static Map<String, String> driverEnvironment() {
        return Map.of("SPARK_LOCAL_IP", LoopbackCluster.HOST, "REVIEW_DRIVER_MEMORY", "2g");
    }

    @Test
    @Order(1)
    void bothRunsSucceedWithTheSameHeadline() {
        assertThat(local.exit()).as(local.err()).isZero();
        assertThat(clustered.exit()).as(clustered.err()).isZero();
        assertThat(local.out()).contains("admissions            1,381");
        assertThat(clustered.out()).isEqualTo(local.out());
    }

    @Test
    @Order(2)
    void goldTablesOfTheClusterRunEqualTheLocalRunRowForRow() {
        assertSameGold("wh-cluster");
    }

    @Test
    @Order(3)
    void tasksRanInTheExecutorsOfBothWorkersWithJobGroupsNamedAfterTheGoldTables() throws IOException {
        assertThat(clusterLog).as("event log of the cluster run (exit %d)", clustered.exit()).isNotNull();
        // Two executors, one per worker, both on the loopback address; the driver ran no task.
        assertThat(clusterLog.executorHosts()).hasSize(2).allSatisfy((id, host) -> assertThat(host).isEqualTo(LoopbackCluster.HOST));
        Set<String> onWorkers = new TreeSet<>();
        for (int w = 0; w < 2; w++) onWorkers.addAll(cluster.executorIdsOn(w, clusterLog.appId()));
        assertThat(onWorkers).isEqualTo(clusterLog.executorHosts().keySet());
        Map<String, Long> byExecutor = clusterLog.successfulTasksByExecutor();
        assertThat(byExecutor.keySet()).isEqualTo(clusterLog.executorHosts().keySet());
        assertThat(byExecutor.values()).allSatisfy(n -> assertThat(n).isGreaterThan(10));
        // Each gold table's write is a job group of that name, and its tasks ran in the executors.
        for (TableDef gold : Tables.GOLD_ALL) {
            List<String> executors = clusterLog.tasks().stream()
                    .filter(t -> gold.qualified().equals(clusterLog.groupOf(t)) && t.successful())
                    .map(EventLog.Task::executorId).distinct().toList();
            assertThat(executors).as("executors that ran job group %s", gold.qualified())
                    .isNotEmpty().isSubsetOf(clusterLog.executorHosts().keySet());
        }
        // The master ran the application to its end.
        List<String> completed = new ArrayList<>();
        cluster.masterState().path("completedapps").forEach(a -> completed.add(a.path("id").asText() + " " + a.path("state").asText()));
        assertThat(completed).contains(clusterLog.appId() + " FINISHED");
    }

    /**
     * Executor loss: {@code compute} again on the cluster's warehouse; once the second worker's executor
     * has finished tasks and is running one in a gold job, that worker and its executor are killed
     * (SIGKILL). Spark must rerun what was lost on the remaining executor and write the same rows.
     */
    @Test
    @Order(4)
    void theJobSurvivesTheLossOfAWorkerWithTheSameResults() throws Exception {
        assertThat(clustered.exit()).as("the cluster run before it").isZero();
        int uiPort = Processes.freePort();
        Process driver = Processes.start(work, "loss-compute", submit("events-loss", uiPort,
                List.of("compute", "--as-of", AS_OF, "--warehouse", work.resolve("wh-cluster").toString())),
                driverEnvironment(), UNSET).process();
        String victim;
        try {
            victim = killSecondWorkerMidJob(driver, uiPort);
            assertThat(driver.waitFor(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).as("compute finished").isTrue();
        } finally {
            Processes.stop(driver.toHandle());
        }
        String err = Processes.read(work.resolve("loss-compute.err").toFile());
        assertThat(driver.exitValue()).as(err).isZero();
        assertThat(err).contains("data tests passed");

        EventLog log = EventLog.readOnlyLogIn(work.resolve("events-loss"));
        assertThat(log.executorsRemovedAt()).containsKey(victim);
        long lostAt = log.executorsRemovedAt().get(victim);
        String survivor = log.executorHosts().keySet().stream().filter(id -> !id.equals(victim)).findFirst().orElseThrow();
        assertThat(log.tasks()).as("tasks the lost executor finished before it was lost")
                .anyMatch(t -> t.executorId().equals(victim) && t.successful());
        assertThat(log.tasks()).as("tasks the remaining executor finished after the loss")
                .anyMatch(t -> t.executorId().equals(survivor) && t.successful() && t.finishTime() > lostAt);
        long failed = log.tasks().stream().filter(t -> !t.successful()).count();
        System.out.printf("executor loss: executor %s lost; %d task attempts failed and were retried; %d tasks after the loss%n",
                victim, failed, log.tasks().stream().filter(t -> t.finishTime() > lostAt).count());
        assertSameGold("wh-cluster");
    }

    /** Polls the driver's status API until worker 2's executor is busy in a gold job, then kills worker 2. */
    String killSecondWorkerMidJob(Process driver, int uiPort) throws InterruptedException {
        String api = "http://" + LoopbackCluster.HOST + ":" + uiPort + "/api/v1/applications";
        String[] victim = new String[1];
        LoopbackCluster.awaitUntil(() -> {
            if (!driver.isAlive()) throw new AssertionError("compute ended before a worker could be killed");
            try {
                JsonNode apps = get(api);
                if (apps.size() == 0) return false;
                String appId = apps.get(0).path("id").asText();
                List<String> onSecond = cluster.executorIdsOn(1, appId);
                if (onSecond.isEmpty()) return false;
                boolean goldJobRunning = false;
                for (JsonNode job : get(api + "/" + appId + "/jobs?status=running")) {
                    goldJobRunning |= job.path("jobGroup").asText().startsWith("gold.");
                }
                for (JsonNode e : get(api + "/" + appId + "/executors")) {
                    if (goldJobRunning && e.path("id").asText().equals(onSecond.get(0))
                            && e.path("completedTasks").asInt() > 0 && e.path("activeTasks").asInt() > 0) {
                        victim[0] = onSecond.get(0);
                        cluster.killWorker(1);
                        return true;
                    }
                }
                return false;
            } catch (IOException notUpYet) {
                return false;
            }
        }, RUN_TIMEOUT, "worker 2's executor was never busy in a gold job");
        return victim[0];
    }

    static JsonNode get(String url) throws IOException {
        return new ObjectMapper().readTree(URI.create(url).toURL());
    }

    /**
     * Every gold table of {@code warehouse} equals the local run's, row for row in key order, for the
     * sample's as-of date (the shared local warehouse may hold other as-of dates of other tests).
     */
    void assertSameGold(String warehouse) {
        Map<String, Integer> sizes = new HashMap<>();
        for (TableDef gold : Tables.GOLD_ALL) {
            List<Row> expected = WarehouseFiles.rowsAsOf(localWarehouse, gold, AS_OF);
            List<Row> actual = WarehouseFiles.rowsAsOf(work.resolve(warehouse), gold, AS_OF);
            assertThat(expected).as(gold.qualified() + " of the local run").isNotEmpty();
            assertThat(actual).as(gold.qualified() + " of " + warehouse + " against the local run").isEqualTo(expected);
            sizes.put(gold.qualified(), actual.size());
        }
        // Reference structure: the 1,753 units valid on 2024-08-31 (1,771 in units.csv less the 18 the sample's
        // reorganisations closed), each with all 9 calendar periods (their successors carry the closed units'
        // history) and the 2020-2025 term to date: 1,753 × 10 = 17,530; the city's 9 + 1 rows.
        assertThat(sizes).containsEntry("gold.admissions_trend", 17_530).containsEntry("gold.city_summary", 10);
    }
}
