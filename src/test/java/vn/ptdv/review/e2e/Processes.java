package vn.ptdv.review.e2e;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Fresh processes for the integration tests: run to completion with a deadline, or stop by PID. */
final class Processes {
    private Processes() {}

    record Result(int exit, String out, String err) {}

    /** A started command whose output goes to {@code <dir>/<name>.out} and {@code .err}. */
    record Running(Process process, Path dir, String name) {
        /** Waits for the end; past {@code timeout} the process is stopped and the test fails. */
        Result finish(Duration timeout) throws IOException, InterruptedException {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new AssertionError(name + " did not finish in " + timeout + "; output in " + dir);
                }
            } finally {
                stop(process.toHandle());
            }
            return new Result(process.exitValue(), read(dir.resolve(name + ".out").toFile()), read(dir.resolve(name + ".err").toFile()));
        }

        /**
         * Waits until the standard error contains {@code text}; fails the test if the process ends first
         * or past {@code timeout}.
         */
        void awaitError(String text, Duration timeout) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            File err = dir.resolve(name + ".err").toFile();
            while (System.nanoTime() < deadline) {
                if (err.exists() && read(err).contains(text)) return;
                if (!process.isAlive()) throw new AssertionError(name + " ended before printing '" + text + "': " + read(err));
                Thread.sleep(50);
            }
            throw new AssertionError(name + " did not print '" + text + "' within " + timeout + "; output in " + dir);
        }
    }

    /**
     * Starts {@code command} in {@code dir} with {@code env} added to (and {@code unset} removed from) this
     * process's environment; standard output and error go to {@code <dir>/<name>.out} and {@code .err}.
     */
    static Running start(Path dir, String name, List<String> command, Map<String, String> env, List<String> unset)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
        unset.forEach(pb.environment()::remove);
        pb.environment().putAll(env);
        return new Running(pb.start(), dir, name);
    }

    /** Runs a command to its end; past {@code timeout} it is stopped and the test fails. */
    static Result run(Path dir, String name, List<String> command, Map<String, String> env, List<String> unset,
                      Duration timeout) throws IOException, InterruptedException {
        return start(dir, name, command, env, unset).finish(timeout);
    }

    static String read(File f) throws IOException {
        return Files.readString(f.toPath(), StandardCharsets.UTF_8);
    }

    /**
     * Stops a process and every process it started (for a Spark worker: its executors), by PID: SIGTERM,
     * then SIGKILL to whatever is still alive after a bounded wait. Does nothing for a process already gone.
     */
    static void stop(ProcessHandle process) {
        List<ProcessHandle> tree = new java.util.ArrayList<>(process.descendants().toList());
        tree.add(0, process);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        for (ProcessHandle p : tree) {
            long left = deadline - System.nanoTime();
            try {
                p.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    /** Kills a process and its descendants at once (SIGKILL), as a machine failure would. */
    static void kill(ProcessHandle process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    /** A TCP port free on the loopback interface at the time of the call. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
