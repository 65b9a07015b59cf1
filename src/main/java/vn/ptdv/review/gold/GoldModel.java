package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.silver.SilverInputs;
import vn.ptdv.review.spark.JobLabels;

/**
 * Computes every gold table of one as-of date, on one unit structure, from the silver tables; no I/O.
 * The structure ({@link StructureView}) is applied first; the shared pieces (the unit tree,
 * membership spells, start-of-year members, admissions per unit and period) are built once and
 * reused; the trend is cached because the other tables read it. Every table carries as_of_date
 * and structure from {@link GoldParams#stamp} (here through the trend).
 */
public final class GoldModel {
    private GoldModel() {}

    public static GoldTables compute(SparkSession spark, GoldParams params, SilverInputs in) {
        Dataset<Row> periods = params.periodsDataset(spark);
        // The structure is applied here, at the edge: the tree to roll up on and the restatement of the
        // facts recorded in historical units. Everything below is the same for both structures.
        StructureView view = JobLabels.labelled(spark, "gold.unit_tree", "unit lineage and the " + params.structure() + " structure",
                () -> StructureView.of(spark, params, in));
        Dataset<Row> units = view.units().persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> ancestors = JobLabels.labelled(spark, "gold.unit_tree", "closure of the unit tree",
                () -> UnitTree.ancestors(units).persist(StorageLevel.MEMORY_AND_DISK()));
        Dataset<Row> depths = UnitTree.depths(ancestors);
        int maxDepth = depths.agg(max(UnitTree.DISTANCE)).first().getInt(0);

        Dataset<Row> spells = MemberSpells.of(in.members(), in.events());
        Dataset<Row> roster = MembersAtStart.fromRoster(spells, ancestors, params.fromYear(), params.lastYear(),
                view.rosterMapping());
        Dataset<Row> membersAtStart = JobLabels.labelled(spark, "gold.members_at_start", "members at the start of each year",
                () -> MembersAtStart.resolve(units, depths, roster, view.membershipCounts(),
                        params.fromYear(), params.lastYear(), maxDepth));
        Dataset<Row> admissions = AdmissionsTrend.admissionsByUnit(in.events(), ancestors, periods, view.admissionsMapping());

        Dataset<Row> trend = AdmissionsTrend.compute(params, units, admissions, membersAtStart, periods)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> attainment = TargetAttainment.compute(trend, view.targets()).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> peers = PeerComparison.compute(trend, units, attainment).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> city = CitySummary.compute(trend, attainment).persist(StorageLevel.MEMORY_AND_DISK());
        // The four tables below move the individual facts of reorganised units (events, candidates) onto
        // the structure with the same mapping, in the numbers the trend restates (StructureView.relocate).
        Dataset<Row> mapping = view.admissionsMapping();
        Dataset<Row> flow = MembershipFlow.compute(trend, MembershipFlow.flowsByUnit(in.events(), ancestors, periods, mapping),
                        membersAtStart)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> breakdown = AdmissionsBreakdown.compute(params, units, in.members(), in.events(), ancestors, periods, mapping)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> withoutAdmissions = UnitsWithoutAdmissions.compute(trend, units, ancestors, params.dormantYears())
                .persist(StorageLevel.MEMORY_AND_DISK());
        // No candidates (candidates.csv is optional): no funnel at all, rather than a probation-only one.
        Dataset<Row> funnel = in.candidates() == null
                ? spark.createDataFrame(java.util.List.of(), Tables.GOLD_PIPELINE_FUNNEL.schema())
                : PipelineFunnel.compute(params, trend, in.candidates(), in.members(), in.events(), ancestors, periods, mapping)
                        .persist(StorageLevel.MEMORY_AND_DISK());
        return new GoldTables(trend, attainment, peers, city, flow, breakdown, withoutAdmissions, funnel, units,
                MembersAtStart.reportedVsRoster(membersAtStart), MembershipFlow.unbalanced(flow));
    }
}
