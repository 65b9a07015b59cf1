package vn.ptdv.review.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.sources.CheckedSourceFile;
import vn.ptdv.review.sources.SourceDrop;
import vn.ptdv.review.sources.SourceEncoding;
import vn.ptdv.review.sources.SourceMapping;
import vn.ptdv.review.util.Progress;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Check a source drop without writing anything: for each file, what it would load as (its form and"
                + " encoding, rows, the columns its header names are read as, extra columns) or the problem that would stop"
                + " the ingest. Every file is checked, not only up to the first problem. Exit status 1 when any file has one."
                + " Rows are not validated here: the ingest quarantines a bad row with its reason.")
final class InspectCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "DIR", description = "Directory of the source files.")
    String source;

    @Override
    public Integer call() throws IOException {
        ReviewConfig config = common.config();
        SourceMapping mapping = SourceMapping.load(ReviewConfig.confDir());
        SourceEncoding encoding = SourceEncoding.of(config.sourceEncoding());
        // Workbooks and files in other encodings are copied as UTF-8 to check them: into a directory removed after.
        Path staging = Files.createTempDirectory("review-inspect-");
        List<SourceDrop.Inspection> inspections;
        try {
            inspections = SourceDrop.inspect(source, new org.apache.hadoop.conf.Configuration(), encoding, staging.toString(), mapping);
        } finally {
            deleteTree(staging);
        }
        var out = spec.commandLine().getOut();
        out.printf("source %s, encoding %s, names and words through %s%n", source, encoding, mapping.origin());
        int problems = 0;
        for (SourceDrop.Inspection i : inspections) {
            if (i.problem().isPresent()) {
                problems++;
                out.printf("%-24s PROBLEM: %s%n", i.file().fileName(), i.problem().get());
            } else if (i.checked().isEmpty()) {
                out.printf("%-24s absent (optional)%n", i.file().fileName());
            } else {
                out.println(describe(i.checked().get()));
            }
        }
        out.printf(problems == 0 ? "no problem found: the drop can be ingested%n"
                : "%d file(s) with a problem: the ingest would stop at the first%n", problems);
        out.flush();
        return problems == 0 ? 0 : ReviewCli.EXIT_FAILURE;
    }

    /** One checked file as a line: name, rows, encoding, the renamed columns and the extra ones. */
    static String describe(CheckedSourceFile f) {
        List<String> extra = new ArrayList<>();
        for (String column : f.header()) {
            if (!f.file().columnNames().contains(column)) extra.add(column);
        }
        return String.format("%-24s %s rows, %s%s%s", f.name(), Progress.count(f.lines() - 1), f.encoding(),
                f.renamed().isEmpty() ? "" : "; read as: " + f.renamings(),
                extra.isEmpty() ? "" : "; extra columns kept: " + String.join(", ", extra));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
