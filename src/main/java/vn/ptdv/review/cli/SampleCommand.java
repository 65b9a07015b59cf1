package vn.ptdv.review.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.sample.AsReceived;
import vn.ptdv.review.sample.SampleGenerator;
import vn.ptdv.review.sources.SourceMapping;
import vn.ptdv.review.util.Progress;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic source drop calibrated on the seed article (Đà Nẵng 2020-2024).")
final class SampleCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory to write (default: review.sample.dir, ./data/sample).")
    Path out;

    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "province",
            description = "Size of the data: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            converter = ScaleConverter.class, completionCandidates = ScaleConverter.Names.class)
    SampleGenerator.Scale scale;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: review.sample.seed, 2024).")
    Long seed;

    @Option(names = "--as-received", description = "Write the drop as units send it: units, members and targets as .xlsx"
            + " workbooks, events as a UTF-8 CSV with a byte-order mark, with the Vietnamese headers, words and day-first dates"
            + " of conf/sources/mapping.conf. It ingests to the same silver and gold as the plain sample.")
    boolean asReceived;

    @Override
    public Integer call() throws java.io.IOException {
        ReviewConfig config = common.config();
        Path dir = out != null ? out.toAbsolutePath().normalize() : config.sampleDir();
        generate(dir, scale, seed != null ? seed : config.sampleSeed());
        if (asReceived) {
            SourceMapping mapping = SourceMapping.load(ReviewConfig.confDir());
            List<Path> written = AsReceived.rewrite(dir, mapping);
            Progress.say("rewritten as received (names and words of %s): %s", mapping.origin(),
                    String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList()));
        }
        return 0;
    }

    static SampleGenerator.Summary generate(Path dir, SampleGenerator.Scale scale, long seed) {
        Progress.say("writing the %s sample (seed %d) to %s", scale.name().toLowerCase(java.util.Locale.ROOT), seed, dir);
        SampleGenerator.Summary s = new SampleGenerator(seed).generate(dir, scale);
        Progress.say("sample written: %s units, %s members, %s events, %s targets, %s candidates", Progress.count(s.units()),
                Progress.count(s.members()), Progress.count(s.events()), Progress.count(s.targets()), Progress.count(s.candidates()));
        return s;
    }
}
