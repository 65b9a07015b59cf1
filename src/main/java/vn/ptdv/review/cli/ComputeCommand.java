package vn.ptdv.review.cli;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.compute.ComputeJob;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.gold.GoldParams;

@Command(name = "compute", mixinStandardHelpOptions = true,
        description = "Compute every gold table for an as-of date on one unit structure from the silver tables"
                + " (replaces that as-of's rows of that structure only).")
final class ComputeCommand extends SparkCommand {
    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The as-of date.")
    LocalDate asOf;

    @Option(names = "--from-year", paramLabel = "YEAR", description = "First year of the comparison (default: review.compute.from-year, 2020).")
    Integer fromYear;

    @picocli.CommandLine.Mixin
    StructureOption structure;

    @picocli.CommandLine.Mixin
    OutsideDataOption outsideData;

    @Override
    void before(ReviewConfig config) {
        OutsideDataOption.refuseAfterToday(spec, asOf);
    }

    @Override
    int run(Warehouse warehouse, ReviewConfig config) {
        GoldParams params = new GoldParams(asOf, fromYear != null ? fromYear : config.fromYear(), config.dormantYears(),
                structure.structure, config.terms());
        ComputeJob job = new ComputeJob(warehouse);
        job.run(params, outsideData.outsideData());
        job.headline(params).forEach(System.out::println);
        return 0;
    }
}
