package vn.ptdv.review.cli;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.compute.ComputeJob;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.domain.OfficeCalendar;
import vn.ptdv.review.gold.GoldParams;
import vn.ptdv.review.ingest.IngestJob;
import vn.ptdv.review.util.Progress;

/**
 * The scheduled yearly run in one process (jobs/yearly-review starts it): one Spark session for the
 * ingest, every compute and the report, where a process per step paid Spark's start and a cold JIT each
 * time. Each step says its outcome and duration on its own line; the first failure stops the run.
 */
@Command(name = "yearly", mixinStandardHelpOptions = true,
        description = "The yearly run as the schedule starts it (jobs/yearly-review): ingest the year's drop, compute the"
                + " gold tables as of each interim date and the year-end (31 Dec), then the review pack as of the year-end."
                + " An as-of date after today is skipped, and so is the report while the year is not over. The first step"
                + " that fails stops the run (exit 1; 2 for a usage mistake).")
final class YearlyCommand extends SparkCommand {
    static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
    static final MonthDay YEAR_END = MonthDay.of(12, 31);

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year under review.")
    int year;

    @Option(names = "--source", required = true, paramLabel = "DIR", description = "The year's source drop.")
    String source;

    @Option(names = "--interim", paramLabel = "MM-DD", split = ",",
            description = "Interim as-of dates of the same year, computed besides the year-end (default: none).")
    List<String> interim = new ArrayList<>();

    @Mixin
    ReportOptions report;

    @Mixin
    StructureOption structure;

    private List<LocalDate> asOfDates;

    @Override
    void before(ReviewConfig config) {
        ReportCommand.checkLang(spec, report.lang);
        ReportCommand.checkFormats(spec, report.formats);
        asOfDates = asOfDates(year, interim, spec);
    }

    /** The interim dates and 31 Dec of {@code year}, in order, each once. */
    static List<LocalDate> asOfDates(int year, List<String> interim, picocli.CommandLine.Model.CommandSpec spec) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String md : interim) {
            MonthDay day;
            try {
                day = MonthDay.parse(md.trim(), MONTH_DAY);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--interim: '" + md + "' is not a MM-DD date");
            }
            // MonthDay.atYear would move 29 Feb to the 28th in a common year: a day the schedule did not ask for.
            if (!day.isValidYear(year)) {
                throw new ParameterException(spec.commandLine(), "--interim: " + md.trim() + " is not a date in " + year);
            }
            dates.add(day.atYear(year));
        }
        dates.add(YEAR_END.atYear(year));
        return List.copyOf(dates);
    }

    @Override
    int run(Warehouse warehouse, ReviewConfig config) {
        LocalDate today = OfficeCalendar.today();
        Progress.say("yearly-review %d: drop %s, as-of %s", year, source,
                String.join(" ", asOfDates.stream().map(LocalDate::toString).toList()));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("ingest", () -> new IngestJob(warehouse, config).run(source)));
        for (LocalDate asOf : asOfDates) {
            String name = "compute-" + asOf;
            if (asOf.isAfter(today)) {
                steps.add(new Step(name, null, "after today"));
                continue;
            }
            steps.add(new Step(name, () -> {
                GoldParams params = new GoldParams(asOf, config.fromYear(), config.dormantYears(), structure.structure, config.terms());
                ComputeJob job = new ComputeJob(warehouse);
                job.run(params);
                job.headline(params).forEach(System.out::println);
            }));
        }
        LocalDate yearEnd = YEAR_END.atYear(year);
        steps.add(yearEnd.isAfter(today)
                ? new Step("report", null, year + " is not over")
                : new Step("report", () -> {
                    try {
                        ReportCommand.write(warehouse, yearEnd, structure.structure, report, config);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }));
        for (Step step : steps) {
            if (!step.run()) {
                Progress.say("yearly-review %d: FAILED at step %s", year, step.name());
                return ReviewCli.EXIT_FAILURE;
            }
        }
        Progress.say("yearly-review %d: OK", year);
        return 0;
    }

    /** One step of the run; {@code work} null means skipped, for {@code skipped}. */
    record Step(String name, Runnable work, String skipped) {
        Step(String name, Runnable work) {
            this(name, work, null);
        }

        /** Runs the step and says how it went; false when it failed (its error said as the CLI says it). */
        boolean run() {
            if (work == null) {
                Progress.say("step %s: skipped (%s)", name, skipped);
                return true;
            }
            long started = System.nanoTime();
            Progress.say("step %s: started", name);
            try {
                work.run();
            } catch (RuntimeException e) {
                System.err.println("error: " + ReviewCli.oneLine(e));
                if (System.getenv("REVIEW_DEBUG") != null) e.printStackTrace();
                Progress.say("step %s: FAILED (exit %d after %ds)", name, ReviewCli.EXIT_FAILURE, seconds(started));
                return false;
            }
            Progress.say("step %s: ok (%ds)", name, seconds(started));
            return true;
        }

        static long seconds(long started) {
            return Math.round((System.nanoTime() - started) / 1e9);
        }
    }
}
