package vn.ptdv.review.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a Spark event log (spark.eventLog.enabled: JSON lines, plain or zstd-compressed) says about an
 * application: its executors, its jobs with their job groups, and every task with the executor that ran it.
 */
record EventLog(String appId, Map<String, String> executorHosts, Map<String, Long> executorsRemovedAt,
                Map<Integer, String> jobGroups, List<Task> tasks) {

    /** One finished task attempt. */
    record Task(int jobId, int stageId, int index, String executorId, boolean successful, String endReason,
                long finishTime) {}

    /** Reads the only event log in {@code dir} (one application per directory). */
    static EventLog readOnlyLogIn(Path dir) throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.list(dir)) {
            logs = files.filter(Files::isRegularFile).toList();
        }
        if (logs.size() != 1) throw new AssertionError("expected one event log in " + dir + ", found " + logs);
        return read(logs.get(0));
    }

    static EventLog read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String appId = null;
        Map<String, String> hosts = new LinkedHashMap<>();
        Map<String, Long> removed = new LinkedHashMap<>();
        Map<Integer, String> groups = new HashMap<>();
        Map<Integer, Integer> jobOfStage = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        InputStream raw = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".zstd")) raw = new ZstdInputStream(raw);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode e = json.readTree(line);
                switch (e.path("Event").asText()) {
                    case "SparkListenerApplicationStart" -> appId = e.path("App ID").asText();
                    case "SparkListenerExecutorAdded" ->
                            hosts.put(e.path("Executor ID").asText(), e.path("Executor Info").path("Host").asText());
                    case "SparkListenerExecutorRemoved" ->
                            removed.put(e.path("Executor ID").asText(), e.path("Timestamp").asLong());
                    case "SparkListenerJobStart" -> {
                        int job = e.path("Job ID").asInt();
                        JsonNode group = e.path("Properties").path("spark.jobGroup.id");
                        groups.put(job, group.isMissingNode() ? null : group.asText());
                        e.path("Stage IDs").forEach(s -> jobOfStage.putIfAbsent(s.asInt(), job));
                    }
                    case "SparkListenerTaskEnd" -> {
                        JsonNode info = e.path("Task Info");
                        int stage = e.path("Stage ID").asInt();
                        String reason = e.path("Task End Reason").path("Reason").asText();
                        tasks.add(new Task(jobOfStage.getOrDefault(stage, -1), stage, info.path("Index").asInt(),
                                info.path("Executor ID").asText(), "Success".equals(reason), reason,
                                info.path("Finish Time").asLong()));
                    }
                    default -> { }
                }
            }
        }
        return new EventLog(appId, hosts, removed, groups, tasks);
    }

    /** The job group of the job a task belongs to (null when the job had none). */
    String groupOf(Task t) {
        return jobGroups.get(t.jobId());
    }

    /** Successful tasks per executor id. */
    Map<String, Long> successfulTasksByExecutor() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Task t : tasks) {
            if (t.successful()) counts.merge(t.executorId(), 1L, Long::sum);
        }
        return counts;
    }
}
