package vn.ptdv.review.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's launchers and the files they run from, for tests that drive them in fresh processes. */
final class Launchers {
    private Launchers() {}

    static final Path ROOT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    /** {@code jobs/NAME args...} */
    static List<String> job(String name, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("jobs").resolve(name).toString());
        command.addAll(args);
        return command;
    }

    /** The JVM flags Spark needs on Java 17 (jobs/lib/java17-opens). */
    static List<String> java17Opens() {
        return lines(ROOT.resolve("jobs/lib/java17-opens"));
    }

    /** Spark's classpath as Maven resolved it (written by {@code package}). */
    static String sparkClasspath() {
        return String.join(":", lines(ROOT.resolve("target/launcher-classpath.txt"))).strip();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
