package vn.ptdv.review.compute;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.compute.DataCoverage.EventDates;
import vn.ptdv.review.compute.DataCoverage.OutsideData;
import vn.ptdv.review.domain.OfficeCalendar;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.domain.Structure;
import vn.ptdv.review.gold.GoldModel;
import vn.ptdv.review.gold.GoldParams;
import vn.ptdv.review.gold.GoldTables;
import vn.ptdv.review.gold.Headline;
import vn.ptdv.review.quality.GoldChecks;
import vn.ptdv.review.silver.SilverInputs;
import vn.ptdv.review.spark.JobLabels;
import vn.ptdv.review.util.Concurrently;
import vn.ptdv.review.util.Progress;

/**
 * Reads silver, computes the gold tables for one as-of date on one structure, runs the data tests, and
 * replaces that as-of's rows of that structure in each gold table (one Delta commit per table; other
 * as-of dates, and the other structure, are untouched). The job around gold, as {@code ingest.IngestJob} is
 * the job around bronze and silver: gold computes ({@link GoldModel}), quality tests, this class reads and writes.
 */
public final class ComputeJob {
    private final Warehouse warehouse;
    private final Clock clock;

    public ComputeJob(Warehouse warehouse) {
        this(warehouse, Clock.systemUTC());
    }

    /** With the clock that says what today is ({@link DataCoverage}). */
    public ComputeJob(Warehouse warehouse, Clock clock) {
        this.warehouse = warehouse;
        this.clock = clock;
    }

    /** Computes and writes the gold tables of {@code params}; dates outside the events' are refused ({@link DataCoverage}). */
    public GoldTables run(GoldParams params) {
        return run(params, OutsideData.REFUSED);
    }

    /**
     * As {@link #run(GoldParams)}; with {@link OutsideData#ALLOWED}, also an as-of long after the latest event
     * or a first year before the earliest. Refused dates are refused before any table is created or written.
     */
    public GoldTables run(GoldParams params, OutsideData outside) {
        SparkSession spark = warehouse.spark();
        for (TableDef silver : Tables.SILVER_ALL) {
            // Optional inputs: a warehouse ingested before candidates.csv or unit_lineage.csv existed lacks their tables.
            if (!warehouse.exists(silver) && silver != Tables.SILVER_CANDIDATES && silver != Tables.SILVER_UNIT_LINEAGE
                    && silver != Tables.SILVER_TERM_TARGETS) {
                throw new IllegalStateException(silver.qualified() + " does not exist in the warehouse "
                        + spark.conf().get("spark.sql.warehouse.dir") + ": run `jobs/review ingest --source DIR` first");
            }
        }
        Optional<EventDates> events = eventDates();
        Optional<String> refusal = DataCoverage.refusal(params, events, OfficeCalendar.today(clock), outside);
        if (refusal.isPresent()) throw new IllegalArgumentException("compute refused: " + refusal.get());
        warehouse.ensureTables(Tables.GOLD_ALL);
        for (TableDef gold : Tables.GOLD_ALL) {
            // Gold written before the structure column existed was computed on the units as recorded.
            if (warehouse.addColumnIfMissing(gold, STRUCTURE, Structure.HISTORICAL.name())) {
                Progress.say("%s: added column %s; existing rows marked %s", gold.qualified(), STRUCTURE, Structure.HISTORICAL);
            }
        }
        Progress.say("compute as of %s, years %d-%d, %s structure (events from %s)", params.asOf(), params.fromYear(),
                params.lastYear(), params.structure().name().toLowerCase(java.util.Locale.ROOT),
                events.map(EventDates::toString).orElse("none"));
        // Not cached: each table reads a few of silver's columns, which Parquet reads alone; a cache holds every
        // column, and building it for the national roster cost more than all the reads it saved (performance.md).
        SilverInputs in = new SilverInputs(
                warehouse.read(Tables.SILVER_UNITS),
                warehouse.read(Tables.SILVER_MEMBERS),
                warehouse.read(Tables.SILVER_EVENTS),
                warehouse.read(Tables.SILVER_TARGETS),
                warehouse.read(Tables.SILVER_MEMBERSHIP_COUNTS),
                candidates(),
                warehouse.exists(Tables.SILVER_UNIT_LINEAGE) ? Optional.of(warehouse.read(Tables.SILVER_UNIT_LINEAGE)) : Optional.empty(),
                // term_targets.csv is optional, and warehouses ingested before it existed have no table.
                warehouse.exists(Tables.SILVER_TERM_TARGETS) ? Optional.of(warehouse.read(Tables.SILVER_TERM_TARGETS)) : Optional.empty());
        GoldTables gold = GoldModel.compute(spark, params, in);
        JobLabels.labelled(spark, "gold.checks", "data tests on the gold tables",
                () -> GoldChecks.verify(gold, gold.units(), GoldParams.periodsDataset(spark, params.reportedPeriods())));
        Progress.say("data tests passed");
        warnAboutReportedCounts(gold.reportedVsRoster());
        warnAboutUnbalancedFlows(gold.unbalancedFlows());
        String rows = params.goldCondition();
        // Eight independent commits on eight tables, each made already (GoldModel materialises them): a few at once.
        List<java.util.concurrent.Callable<Void>> writes = new java.util.ArrayList<>();
        for (GoldWrite w : List.of(new GoldWrite(Tables.GOLD_ADMISSIONS_TREND, gold.trend()),
                new GoldWrite(Tables.GOLD_TARGET_ATTAINMENT, gold.attainment()), new GoldWrite(Tables.GOLD_PEER_COMPARISON, gold.peers()),
                new GoldWrite(Tables.GOLD_CITY_SUMMARY, gold.city()), new GoldWrite(Tables.GOLD_MEMBERSHIP_FLOW, gold.flow()),
                new GoldWrite(Tables.GOLD_ADMISSIONS_BREAKDOWN, gold.breakdown()),
                new GoldWrite(Tables.GOLD_UNITS_WITHOUT_ADMISSIONS, gold.withoutAdmissions()),
                new GoldWrite(Tables.GOLD_PIPELINE_FUNNEL, gold.funnel()))) {
            writes.add(() -> {
                write(w.table(), w.rows(), rows);
                return null;
            });
        }
        Concurrently.run("gold-write", CONCURRENT_WRITES, writes);
        // The analysts' views (gold.v_*): replaced each time, so they follow the tables' columns.
        warehouse.ensureViews(Tables.GOLD_VIEWS);
        // Registered with the catalog here, so that jobs/review sql reads it by name; the SQL endpoint writes it.
        if (!warehouse.exists(Tables.AUDIT_SQL_STATEMENTS)) warehouse.ensureAuditTable();
        return gold;
    }

    /** The first and the last event date of silver.events; empty when it holds no event. One aggregate over one column. */
    private Optional<EventDates> eventDates() {
        Row dates = warehouse.read(Tables.SILVER_EVENTS).agg(min(EVENT_DATE), max(EVENT_DATE)).first();
        if (dates.isNullAt(0)) return Optional.empty();
        return Optional.of(new EventDates(dates.getDate(0).toLocalDate(), dates.getDate(1).toLocalDate()));
    }

    /**
     * silver.candidates, or empty when the warehouse has none (candidates.csv is optional): asked once
     * here, so the model's "no funnel" and this message rest on the same answer.
     */
    private Optional<Dataset<Row>> candidates() {
        Optional<Dataset<Row>> candidates = warehouse.exists(Tables.SILVER_CANDIDATES)
                ? Optional.of(warehouse.read(Tables.SILVER_CANDIDATES)).filter(rows -> !rows.isEmpty())
                : Optional.empty();
        if (candidates.isEmpty()) {
            Progress.say("%s: no candidates in %s (candidates.csv is optional): the table is empty for this as-of",
                    Tables.GOLD_PIPELINE_FUNNEL.qualified(), Tables.SILVER_CANDIDATES.qualified());
        }
        return candidates;
    }

    /** Reported totals win over the roster, but a contradiction is shown, not silently overridden. */
    static void warnAboutReportedCounts(Dataset<Row> differences) {
        warn(differences, "reported a start-of-year total that differs from the roster (the report is used)",
                r -> String.format(java.util.Locale.ROOT, "  %-16s %d  reported %s, roster %s (%+d)", r.getString(0), r.getInt(1),
                        Progress.count(r.getLong(2)), Progress.count(r.getLong(3)), r.getLong(4)));
    }

    static void warnAboutUnbalancedFlows(Dataset<Row> gaps) {
        warn(gaps, "whose reported totals do not balance with the events (reported change vs net flow; gold.membership_flow.balance_gap)",
                r -> String.format(java.util.Locale.ROOT, "  %-16s %d->%d  reported %+d, events %+d (gap %+d)", r.getString(0), r.getInt(1),
                        r.getInt(1) + 1, r.getLong(2), r.getLong(3), r.getLong(4)));
    }

    /** Prints a warning with the first {@link #WARNINGS_SHOWN} offending unit-years, one line each. */
    static void warn(Dataset<Row> offending, String what, java.util.function.Function<Row, String> line) {
        List<Row> shown = offending.takeAsList(WARNINGS_SHOWN + 1);
        if (shown.isEmpty()) return;
        long n = shown.size() > WARNINGS_SHOWN ? offending.count() : shown.size();
        Progress.say("warning: %d unit-year(s) %s:", n, what);
        for (Row r : shown.subList(0, (int) Math.min(shown.size(), WARNINGS_SHOWN))) {
            Progress.say("%s", line.apply(r));
        }
        if (n > WARNINGS_SHOWN) Progress.say("  ... and %d more", n - WARNINGS_SHOWN);
    }

    static final int WARNINGS_SHOWN = 20;
    /** Gold tables written at once: each commit is mostly the driver's work on a table of its own. */
    static final int CONCURRENT_WRITES = 4;

    /** One gold table's rows for this as-of. */
    record GoldWrite(TableDef table, Dataset<Row> rows) {}

    /** Replaces the rows of this as-of and structure ({@code condition}, from {@link GoldParams#goldCondition}). */
    void write(TableDef table, Dataset<Row> rows, String condition) {
        JobLabels.labelled(warehouse.spark(), table.qualified(), "write " + table.qualified(), () -> {
            // Gold tables are small: a single file per as-of keeps reads fast and the table tidy.
            warehouse.replaceWhere(table, rows.coalesce(1), condition);
        });
        Warehouse.Commit commit = warehouse.lastCommit(table);
        Progress.say("%-28s %s rows for %s (Delta version %d)", table.qualified(), Progress.count(commit.rowsWritten()),
                condition.replace(AS_OF_DATE + " = ", "").replace(" AND " + STRUCTURE + " = ", ", "), commit.version());
    }

    /** The headline of the as-of year, read back from the written tables (this compute's structure). */
    public List<String> headline(GoldParams params) {
        Dataset<Row> city = warehouse.read(Tables.GOLD_CITY_SUMMARY)
                .where(params.goldCondition())
                .where(col(YEAR).equalTo(params.lastYear()).and(col(PERIOD).equalTo(PeriodKind.YTD.name())));
        Dataset<Row> met = warehouse.read(Tables.GOLD_PEER_COMPARISON)
                .where(params.goldCondition())
                .where(col(YEAR).equalTo(params.lastYear()).and(col(PERIOD).equalTo(PeriodKind.YTD.name())))
                .where(col(TARGET_MET)).orderBy(UNIT_NAME);
        return Headline.lines(city.first(), met.collectAsList());
    }
}
