package vn.ptdv.review.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the job jar: {@code jobs/review SUBCOMMAND [options]} (or spark-submit --class this).
 * Exit status 0 on success; 1 with a one-line reason on standard error when the work fails; 2 for a
 * command-line mistake.
 */
@Command(name = "review", mixinStandardHelpOptions = true, version = "party-review 0.1.0",
        description = "Party development statistics for the year-end review: ingest source drops into Delta Lake,"
                + " compute the trend, target-attainment and peer-comparison tables, write the review pack.",
        subcommands = {SampleCommand.class, InspectCommand.class, IngestCommand.class, ComputeCommand.class, RunCommand.class, YearlyCommand.class, ReportCommand.class, SqlCommand.class, ServeSqlCommand.class, AccountsCommand.class,
                CommandLine.HelpCommand.class})
public final class ReviewCli implements Runnable {
    public static final int EXIT_FAILURE = 1;

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ReviewCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + oneLine(e));
            if (System.getenv("REVIEW_DEBUG") != null) e.printStackTrace(cmd.getErr());
            return EXIT_FAILURE;
        });
        return cli;
    }

    /** The failure's own message, with the root cause when it adds something. */
    static String oneLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("io.delta.exceptions.")
                    || t instanceof org.apache.spark.sql.delta.DeltaConcurrentModificationException) {
                return "another job wrote the same Delta table at the same time (" + t.getClass().getSimpleName()
                        + "); every table is at its last committed version, nothing is half-written: run the command again";
            }
            if (t.getCause() == t) break;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null && !msg.contains(root.getMessage())) {
            msg = msg + " (cause: " + root.getMessage() + ")";
        }
        return msg.replaceAll("\\s*\\R\\s*", " ");
    }

    public static void main(String[] args) {
        int status = commandLine().execute(args);
        System.exit(status);
    }
}
