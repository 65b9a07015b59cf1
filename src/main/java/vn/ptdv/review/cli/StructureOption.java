package vn.ptdv.review.cli;

import picocli.CommandLine.Option;
import vn.ptdv.review.domain.Structure;

/** Which unit structure the figures are computed on or read from: shared by compute, run and report. */
final class StructureOption {
    @Option(names = "--structure", paramLabel = "reference|historical", defaultValue = "reference",
            description = "reference (default): every year restated on the units valid at the as-of date (merged units'"
                    + " history under their successor, split units' divided by share); historical: units as they were each year.")
    Structure structure;
}
