package vn.ptdv.review.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.ingest.IngestJob;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest a source drop (a directory of CSV files) into bronze, silver and quarantine.")
final class IngestCommand extends SparkCommand {
    @Option(names = "--source", required = true, paramLabel = "DIR", description = "Directory of the source CSV files.")
    String source;

    @Override
    int run(Warehouse warehouse, ReviewConfig config) {
        new IngestJob(warehouse, config).run(source);
        return 0;
    }
}
