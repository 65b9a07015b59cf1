package vn.ptdv.review.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ptdv.review.bench.GoldExport;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.gold.GoldParams;

/** Hidden: writes the gold tables the benchmark peers compute, in their canonical form (bench.GoldExport). */
@Command(name = "bench-export", hidden = true, mixinStandardHelpOptions = true,
        description = "Write the benchmark's gold tables of one as-of and structure as canonical CSVs (for bench.OutputComparison).")
final class BenchExportCommand extends SparkCommand {
    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The as-of date.")
    LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for gold.<table>.csv.")
    Path out;

    @picocli.CommandLine.Mixin
    StructureOption structure;

    @Override
    int run(Warehouse warehouse, ReviewConfig config) {
        GoldExport.export(warehouse, new GoldParams(asOf, config.fromYear(), config.dormantYears(), structure.structure), out);
        return 0;
    }
}
