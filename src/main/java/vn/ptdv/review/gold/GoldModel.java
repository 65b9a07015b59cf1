package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.spark.JobLabels;

/**
 * Computes every gold table of one as-of date from the silver tables; no I/O. The shared pieces (the
 * unit tree, membership spells, start-of-year members, admissions per unit and period) are built
 * once and reused; the trend is cached because the three other tables read it.
 */
public final class GoldModel {
    private GoldModel() {}

    public static GoldTables compute(SparkSession spark, GoldParams params, SilverInputs in) {
        Dataset<Row> periods = params.periodsDataset(spark);
        Dataset<Row> ancestors = JobLabels.labelled(spark, "gold.unit_tree", "closure of the unit tree",
                () -> UnitTree.ancestors(in.units()).persist(StorageLevel.MEMORY_AND_DISK()));
        Dataset<Row> depths = UnitTree.depths(ancestors);
        int maxDepth = depths.agg(max(UnitTree.DISTANCE)).first().getInt(0);

        Dataset<Row> spells = MemberSpells.of(in.members(), in.events());
        Dataset<Row> roster = MembersAtStart.fromRoster(spells, ancestors, params.fromYear(), params.lastYear());
        Dataset<Row> membersAtStart = JobLabels.labelled(spark, "gold.members_at_start", "members at the start of each year",
                () -> MembersAtStart.resolve(in.units(), depths, roster, in.membershipCounts(),
                        params.fromYear(), params.lastYear(), maxDepth));
        Dataset<Row> admissions = AdmissionsTrend.admissionsByUnit(in.events(), ancestors, periods);

        Dataset<Row> trend = AdmissionsTrend.compute(params, in.units(), admissions, membersAtStart, periods)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> attainment = TargetAttainment.compute(trend, in.targets()).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> peers = PeerComparison.compute(trend, in.units(), attainment).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> city = CitySummary.compute(trend, attainment).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> flow = MembershipFlow.compute(trend, MembershipFlow.flowsByUnit(in.events(), ancestors, periods), membersAtStart)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> breakdown = AdmissionsBreakdown.compute(params, in.units(), in.members(), in.events(), ancestors, periods)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> withoutAdmissions = UnitsWithoutAdmissions.compute(trend, in.units(), ancestors, params.dormantYears())
                .persist(StorageLevel.MEMORY_AND_DISK());
        // No candidates (candidates.csv is optional): no funnel at all, rather than a probation-only one.
        Dataset<Row> funnel = in.candidates().isEmpty()
                ? spark.createDataFrame(java.util.List.of(), Tables.GOLD_PIPELINE_FUNNEL.schema())
                : PipelineFunnel.compute(params, trend, in.candidates(), in.members(), in.events(), ancestors, periods)
                        .persist(StorageLevel.MEMORY_AND_DISK());
        return new GoldTables(trend, attainment, peers, city, flow, breakdown, withoutAdmissions, funnel,
                MembersAtStart.reportedVsRoster(membersAtStart), MembershipFlow.unbalanced(flow));
    }
}
