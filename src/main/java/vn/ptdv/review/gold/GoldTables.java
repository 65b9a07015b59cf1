package vn.ptdv.review.gold;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The gold tables of one as-of date on one structure, computed and not yet written, and what the
 * compute has to say about its inputs.
 *
 * @param units            the unit tree the tables were computed on (silver.units as it was, or the
 *                         reference structure's units; see {@link StructureView})
 * @param reportedVsRoster unit-years whose reported start-of-year total differs from the roster's count
 * @param unbalancedFlows  unit-years whose reported end differs from the computed end of the membership flow
 *                         ({@link MembershipFlow#unbalanced})
 */
public record GoldTables(Dataset<Row> trend, Dataset<Row> attainment, Dataset<Row> peers, Dataset<Row> city,
                         Dataset<Row> flow, Dataset<Row> breakdown, Dataset<Row> withoutAdmissions,
                         Dataset<Row> funnel, Dataset<Row> units,
                         Dataset<Row> reportedVsRoster, Dataset<Row> unbalancedFlows) {}
