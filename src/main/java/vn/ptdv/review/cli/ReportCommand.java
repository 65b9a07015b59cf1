package vn.ptdv.review.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.report.DocumentSettings;
import vn.ptdv.review.report.ReportFormat;
import vn.ptdv.review.report.ReportJob;
import vn.ptdv.review.report.ReportTexts;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the year-end review pack for an as-of date from the gold tables: review-<as-of>.xlsx,"
                + " eight charts (PNG), summary-<as-of>.md, summary-<as-of>.html and report-<as-of>.docx (--format picks some).")
final class ReportCommand extends SparkCommand {
    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The as-of date (computed before).")
    LocalDate asOf;

    @picocli.CommandLine.Mixin
    ReportOptions report;

    @picocli.CommandLine.Mixin
    StructureOption structure;

    @Override
    void before(ReviewConfig config) {
        checkLang(spec, report.lang);
        checkFormats(spec, report.formats);
    }

    static void checkFormats(picocli.CommandLine.Model.CommandSpec spec, List<String> formats) {
        try {
            ReportFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static void checkLang(picocli.CommandLine.Model.CommandSpec spec, String lang) {
        if (!ReportTexts.LANGUAGES.contains(lang)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--lang must be one of " + ReportTexts.LANGUAGES + ", got '" + lang + "'");
        }
    }

    @Override
    int run(Warehouse warehouse, ReviewConfig config) throws Exception {
        write(warehouse, asOf, structure.structure, report, config);
        return 0;
    }

    /** The pack for {@code asOf} as the options say (else into review.report.dir); also used by {@code run}. */
    static List<Path> write(Warehouse warehouse, LocalDate asOf, vn.ptdv.review.domain.Structure structure, ReportOptions options,
                            ReviewConfig config) throws Exception {
        ReportTexts texts = ReportTexts.load(options.lang, ReviewConfig.confDir());
        Path dir = options.out != null ? options.out : config.reportDir();
        return new ReportJob(warehouse, structure).run(asOf, dir.toAbsolutePath().normalize(), texts,
                ReportFormat.parse(options.formats), DocumentSettings.from(texts, LocalDate.now()));
    }
}
