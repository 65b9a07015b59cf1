package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.silver.SilverInputs;
import vn.ptdv.review.spark.JobLabels;
import vn.ptdv.review.util.Concurrently;

/**
 * Computes every gold table of one as-of date, on one unit structure, from the silver tables; no I/O.
 * The structure ({@link StructureView}) is applied first; the shared pieces (the unit tree,
 * membership spells, start-of-year members, admissions per unit and period) are built once and
 * reused. Every table carries as_of_date and structure from {@link GoldParams#stamp} (here through
 * the trend).
 *
 * <p>Each shared piece and each table is materialised once, as it is made ({@link #materialised}), and
 * what reads it starts from its rows, not from its plan: a table read through a cache carries the whole
 * plan it was cached from, which Spark re-optimises, compares with every cached plan and renders as text
 * for its UI at every stage, the larger part of the driver's time in a compute of the sample. The six
 * tables that read only the trend and attainment are made at once ({@link #CONCURRENT_TABLES}).
 */
public final class GoldModel {
    private GoldModel() {}

    /** Tables made at once once the trend exists: the driver plans one while the executors run another. */
    static final int CONCURRENT_TABLES = 3;

    public static GoldTables compute(SparkSession spark, GoldParams params, SilverInputs in) {
        Dataset<Row> periods = params.periodsDataset(spark);
        // The structure is applied here, at the edge: the tree to roll up on and the restatement of the
        // facts recorded in historical units. Everything below is the same for both structures.
        StructureView view = JobLabels.labelled(spark, "gold.unit_tree", "unit lineage and the " + params.structure() + " structure",
                () -> StructureView.of(spark, params, in));
        Dataset<Row> units = JobLabels.labelled(spark, "gold.unit_tree", "units of the structure", () -> materialised(view.units()));
        Dataset<Row> ancestors = JobLabels.labelled(spark, "gold.unit_tree", "closure of the unit tree",
                () -> materialised(UnitTree.ancestors(units)));
        Dataset<Row> depths = UnitTree.depths(ancestors);
        int maxDepth = depths.agg(max(UnitTree.DISTANCE)).first().getInt(0);

        Dataset<Row> spells = MemberSpells.of(in.members(), in.events());
        Dataset<Row> roster = MembersAtStart.fromRoster(spells, ancestors, params.fromYear(), params.lastYear(),
                view.rosterMapping());
        Dataset<Row> membersAtStart = JobLabels.labelled(spark, "gold.members_at_start", "members at the start of each year",
                () -> materialised(MembersAtStart.resolve(units, depths, roster, view.membershipCounts(),
                        params.fromYear(), params.lastYear(), maxDepth)));
        // Admissions of every counted span in one pass over the events: the calendar periods and, with a
        // congress term, TERM_TO_DATE and the previous term's same share. Only then do two trends read
        // them, and only then are they materialised; without a term the one trend reads their plan.
        Optional<TermToDate> term = params.termToDate();
        List<Period> counted = new ArrayList<>(params.periods());
        term.ifPresent(t -> counted.addAll(t.countedPeriods()));
        Dataset<Row> admissionsPlan = AdmissionsTrend.admissionsByUnit(in.events(), ancestors,
                GoldParams.periodsDataset(spark, counted), view.admissionsMapping());
        Dataset<Row> admissions = term.isEmpty() ? admissionsPlan : JobLabels.labelled(spark, "gold.admissions",
                "admissions per unit and period", () -> materialised(admissionsPlan));

        // The calendar trend and attainment feed every other table; the term's rows join them in the
        // trend, attainment and city tables only.
        Dataset<Row> yearTrend = labelled(spark, Tables.GOLD_ADMISSIONS_TREND,
                () -> AdmissionsTrend.compute(params, units, admissions, membersAtStart, periods));
        Dataset<Row> yearAttainment = labelled(spark, Tables.GOLD_TARGET_ATTAINMENT,
                () -> TargetAttainment.compute(yearTrend, view.targets()));
        Dataset<Row> trend = yearTrend;
        Dataset<Row> attainment = yearAttainment;
        if (term.isPresent()) {
            TermToDate t = term.get();
            Dataset<Row> termTrend = labelled(spark, Tables.GOLD_ADMISSIONS_TREND, () -> t.trend(params, units, admissions,
                    t.membersAtStart(spells, ancestors, view.rosterMapping())));
            Dataset<Row> termTargets = in.termTargets().map(rows -> t.targetsOn(rows, units, view.admissionsMapping()))
                    .orElseGet(() -> spark.createDataFrame(List.of(), TERM_TARGET_SCHEMA));
            Dataset<Row> termAttainment = labelled(spark, Tables.GOLD_TARGET_ATTAINMENT, () -> t.attainment(termTrend, termTargets));
            trend = yearTrend.union(termTrend);
            attainment = yearAttainment.union(termAttainment);
        }
        Dataset<Row> allTrend = trend;
        Dataset<Row> allAttainment = attainment;
        // The four tables below move the individual facts of reorganised units (events, candidates) onto
        // the structure with the same mapping, in the numbers the trend restates (StructureView.relocate).
        Dataset<Row> mapping = view.admissionsMapping();
        List<Callable<Dataset<Row>>> rest = List.of(
                () -> labelled(spark, Tables.GOLD_PEER_COMPARISON, () -> PeerComparison.compute(yearTrend, units, yearAttainment)),
                () -> labelled(spark, Tables.GOLD_CITY_SUMMARY, () -> CitySummary.compute(allTrend, allAttainment)),
                () -> labelled(spark, Tables.GOLD_MEMBERSHIP_FLOW, () -> MembershipFlow.compute(yearTrend,
                        MembershipFlow.flowsByUnit(in.events(), ancestors, periods, mapping), membersAtStart)),
                () -> labelled(spark, Tables.GOLD_ADMISSIONS_BREAKDOWN,
                        () -> AdmissionsBreakdown.compute(params, units, in.members(), in.events(), ancestors, periods, mapping)),
                () -> labelled(spark, Tables.GOLD_UNITS_WITHOUT_ADMISSIONS,
                        () -> UnitsWithoutAdmissions.compute(yearTrend, units, ancestors, params.dormantYears())),
                // No candidates (candidates.csv is optional): no funnel at all, rather than a probation-only one.
                () -> in.candidates().isEmpty()
                        ? spark.createDataFrame(List.of(), Tables.GOLD_PIPELINE_FUNNEL.schema())
                        : labelled(spark, Tables.GOLD_PIPELINE_FUNNEL, () -> PipelineFunnel.compute(params, yearTrend,
                                in.candidates().get(), in.members(), in.events(), ancestors, periods, mapping)));
        List<Dataset<Row>> made = Concurrently.run("gold-tables", CONCURRENT_TABLES, rest);
        Dataset<Row> flow = made.get(2);
        return new GoldTables(allTrend, allAttainment, made.get(0), made.get(1), flow, made.get(3), made.get(4), made.get(5), units,
                MembersAtStart.reportedVsRoster(membersAtStart), MembershipFlow.unbalanced(flow));
    }

    /** silver.term_targets as the term's attainment reads it, when there is no term_targets.csv. */
    static final StructType TERM_TARGET_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Col.UNIT_CODE, DataTypes.StringType, false),
            DataTypes.createStructField(Col.ADMISSIONS_TARGET, DataTypes.IntegerType, true),
            DataTypes.createStructField(Col.RATE_TARGET_PCT, Tables.RATE_TARGET, true)));

    /** The rows of {@code table}, computed now, as a plan that starts from them (see the class comment). */
    static Dataset<Row> materialised(Dataset<Row> table) {
        return table.localCheckpoint(true);
    }

    private static Dataset<Row> labelled(SparkSession spark, TableDef table, Supplier<Dataset<Row>> compute) {
        return JobLabels.labelled(spark, table.qualified(), "compute " + table.qualified(), () -> materialised(compute.get()));
    }
}
