package vn.ptdv.review.silver;

import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The silver tables, as the layers above read them: the silver data tests (quality.SilverChecks) and gold.
 *
 * @param candidates  silver.candidates; empty when there are none (then gold.pipeline_funnel is empty: no
 *                    funnel rather than a probation-only one)
 * @param unitLineage silver.unit_lineage (splits and partial transfers); empty when there is none
 * @param termTargets silver.term_targets (targets of the congress terms); empty when there are none
 */
public record SilverInputs(Dataset<Row> units, Dataset<Row> members, Dataset<Row> events, Dataset<Row> targets,
                           Dataset<Row> membershipCounts, Optional<Dataset<Row>> candidates,
                           Optional<Dataset<Row>> unitLineage, Optional<Dataset<Row>> termTargets) {
    public SilverInputs {
        java.util.Objects.requireNonNull(termTargets, "termTargets (Optional.empty() when there are none)");
        java.util.Objects.requireNonNull(candidates, "candidates (Optional.empty() when there are none)");
        java.util.Objects.requireNonNull(unitLineage, "unitLineage (Optional.empty() when there is none)");
    }

    /** Without candidates.csv and unit_lineage.csv: an empty funnel, and the lineage is units.csv's successor_code alone. */
    public SilverInputs(Dataset<Row> units, Dataset<Row> members, Dataset<Row> events, Dataset<Row> targets,
                        Dataset<Row> membershipCounts) {
        this(units, members, events, targets, membershipCounts, Optional.empty(), Optional.empty());
    }

    /** Without term_targets.csv: term rows have no target. */
    public SilverInputs(Dataset<Row> units, Dataset<Row> members, Dataset<Row> events, Dataset<Row> targets,
                        Dataset<Row> membershipCounts, Optional<Dataset<Row>> candidates, Optional<Dataset<Row>> unitLineage) {
        this(units, members, events, targets, membershipCounts, candidates, unitLineage, Optional.empty());
    }
}
