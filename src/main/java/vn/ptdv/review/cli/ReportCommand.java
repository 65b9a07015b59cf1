package vn.ptdv.review.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.report.ReportJob;
import vn.ptdv.review.report.ReportTexts;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the year-end review pack for an as-of date from the gold tables: review-<as-of>.xlsx,"
                + " four charts (PNG), summary-<as-of>.md and summary-<as-of>.html.")
final class ReportCommand extends SparkCommand {
    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The as-of date (computed before).")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: review.report.dir, ./reports).")
    Path out;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of headings and summary (default: ${DEFAULT-VALUE}); wording from conf/report/<lang>.conf.")
    String lang;

    @Override
    void before(ReviewConfig config) {
        checkLang(spec, lang);
    }

    static void checkLang(picocli.CommandLine.Model.CommandSpec spec, String lang) {
        if (!ReportTexts.LANGUAGES.contains(lang)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--lang must be one of " + ReportTexts.LANGUAGES + ", got '" + lang + "'");
        }
    }

    @Override
    int run(Warehouse warehouse, ReviewConfig config) throws Exception {
        write(warehouse, asOf, out != null ? out : config.reportDir(), lang);
        return 0;
    }

    /** The pack for {@code asOf} in {@code lang}, into {@code dir}; also used by {@code run}. */
    static List<Path> write(Warehouse warehouse, LocalDate asOf, Path dir, String lang) throws Exception {
        ReportTexts texts = ReportTexts.load(lang, ReportJob.confDir());
        return new ReportJob(warehouse).run(asOf, dir.toAbsolutePath().normalize(), texts);
    }
}
