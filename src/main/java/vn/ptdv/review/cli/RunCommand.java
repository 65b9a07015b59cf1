package vn.ptdv.review.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.compute.ComputeJob;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.gold.GoldParams;
import vn.ptdv.review.ingest.IngestJob;
import vn.ptdv.review.sample.ProvinceProfile;
import vn.ptdv.review.sample.SampleGenerator;
import vn.ptdv.review.sources.SourceDrop;
import vn.ptdv.review.util.Progress;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest a drop and compute the gold tables for an as-of date, then print the city headline."
                + " Then write the review pack (as the report command). With --sample: the bundled sample (generated when absent), as of 2024-08-31 unless --as-of is given.")
final class RunCommand extends SparkCommand {
    /** The seed article's as-of date, the default with --sample. */
    static final LocalDate SAMPLE_AS_OF = LocalDate.of(ProvinceProfile.LAST_YEAR, ProvinceProfile.SEED_MONTH, ProvinceProfile.SEED_DAY);

    static final class Input {
        @Option(names = "--sample", required = true, description = "Use the sample drop (review.sample.dir; generated if absent).")
        boolean sample;

        @Option(names = "--source", required = true, paramLabel = "DIR", description = "Directory of the source CSV files.")
        String source;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The as-of date (required with --source).")
    LocalDate asOf;

    @Option(names = "--from-year", paramLabel = "YEAR", description = "First year of the comparison (default: review.compute.from-year, 2020).")
    Integer fromYear;

    @picocli.CommandLine.Mixin
    ReportOptions report;

    @picocli.CommandLine.Mixin
    StructureOption structure;

    @picocli.CommandLine.Mixin
    OutsideDataOption outsideData;

    private String sourceDir;

    @Override
    void before(ReviewConfig config) {
        ReportCommand.checkLang(spec, report.lang);
        ReportCommand.checkFormats(spec, report.formats);
        if (input.sample) {
            Path dir = config.sampleDir();
            if (!Files.exists(dir.resolve(SourceDrop.SAMPLE_MARKER))) {
                SampleCommand.generate(dir, SampleGenerator.Scale.PROVINCE, config.sampleSeed());
            } else {
                Progress.say("using the sample already at %s", dir);
            }
            sourceDir = dir.toString();
            if (asOf == null) asOf = SAMPLE_AS_OF;
        } else {
            sourceDir = input.source;
            if (asOf == null) {
                throw new ParameterException(spec.commandLine(), "--as-of is required with --source");
            }
        }
        OutsideDataOption.refuseAfterToday(spec, asOf);
    }

    @Override
    int run(Warehouse warehouse, ReviewConfig config) throws Exception {
        new IngestJob(warehouse, config).run(sourceDir);
        GoldParams params = new GoldParams(asOf, fromYear != null ? fromYear : config.fromYear(), config.dormantYears(),
                structure.structure, config.terms());
        ComputeJob job = new ComputeJob(warehouse);
        job.run(params, outsideData.outsideData());
        job.headline(params).forEach(System.out::println);
        ReportCommand.write(warehouse, asOf, structure.structure, report, config);
        return 0;
    }
}
