package vn.ptdv.review.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static vn.ptdv.review.catalog.Col.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.config.ConfigKeys;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.domain.Structure;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.report.ReportData.Attainment;
import vn.ptdv.review.report.ReportData.CityYear;
import vn.ptdv.review.report.ReportData.Flow;
import vn.ptdv.review.report.ReportData.Funnel;
import vn.ptdv.review.report.ReportData.InactiveUnit;
import vn.ptdv.review.report.ReportData.Share;
import vn.ptdv.review.report.ReportData.Peer;
import vn.ptdv.review.report.ReportData.UnitYear;
import vn.ptdv.review.util.Concurrently;
import vn.ptdv.review.util.Progress;

/**
 * The year-end review pack for one as-of date: reads the gold tables of that as-of (their YTD rows,
 * a few hundred, collected to the driver), and writes {@code review-<as-of>.xlsx}, the eight chart PNGs,
 * {@code summary-<as-of>.md} / {@code .html} and the Word report {@code report-<as-of>.docx} into the
 * output directory. Reads nothing but gold: each table at the Delta version it names ({@link ReportData#versions}).
 */
public final class ReportJob {
    static final List<TableDef> READS = List.of(Tables.GOLD_CITY_SUMMARY, Tables.GOLD_ADMISSIONS_TREND,
            Tables.GOLD_TARGET_ATTAINMENT, Tables.GOLD_PEER_COMPARISON, Tables.GOLD_MEMBERSHIP_FLOW,
            Tables.GOLD_ADMISSIONS_BREAKDOWN, Tables.GOLD_UNITS_WITHOUT_ADMISSIONS, Tables.GOLD_PIPELINE_FUNNEL);

    /** Gold reads made at once. */
    static final int READ_THREADS = 4;

    private final Warehouse warehouse;
    private final Structure structure;

    /** The pack on the reference structure (units valid at the as-of date), the default. */
    public ReportJob(Warehouse warehouse) {
        this(warehouse, Structure.REFERENCE);
    }

    public ReportJob(Warehouse warehouse, Structure structure) {
        this.warehouse = warehouse;
        this.structure = structure;
    }

    /** Writes the whole pack, the report dated today; returns the files written, workbook first. */
    public List<Path> run(LocalDate asOf, Path outDir, ReportTexts texts) throws IOException {
        return run(asOf, outDir, texts, ReportFormat.ALL, DocumentSettings.from(texts, LocalDate.now()));
    }

    /** Writes the files of {@code formats} (charts too when a file shows them); returns them in pack order. */
    public List<Path> run(LocalDate asOf, Path outDir, ReportTexts texts, Set<ReportFormat> formats, DocumentSettings document)
            throws IOException {
        ReportData data = read(asOf);
        Files.createDirectories(outDir);
        List<ReportTable> tables = ReportTables.all(data, texts);
        List<Path> written = new ArrayList<>();
        if (formats.contains(ReportFormat.XLSX)) {
            Path workbook = outDir.resolve("review-" + asOf + ".xlsx");
            WorkbookBuilder.write(tables, texts, workbook);
            written.add(workbook);
        }
        List<Path> charts = ReportFormat.needsCharts(formats) ? ChartBuilder.writeAll(data, texts, outDir) : List.of();
        written.addAll(charts);
        if (formats.contains(ReportFormat.MD)) {
            Path md = outDir.resolve("summary-" + asOf + ".md");
            Files.writeString(md, SummaryBuilder.markdown(data, tables, charts, texts), StandardCharsets.UTF_8);
            written.add(md);
        }
        if (formats.contains(ReportFormat.HTML)) {
            Path html = outDir.resolve("summary-" + asOf + ".html");
            Files.writeString(html, SummaryBuilder.html(data, tables, charts, texts), StandardCharsets.UTF_8);
            written.add(html);
        }
        if (formats.contains(ReportFormat.DOCX)) {
            Path docx = outDir.resolve("report-" + asOf + ".docx");
            DocxBuilder.write(data, tables, charts, texts, document, docx);
            written.add(docx);
        }
        for (Path p : written) Progress.say("report: wrote %s", p);
        return written;
    }

    /** The gold rows of one as-of date, period YTD (the same period of every year). */
    public ReportData read(LocalDate asOf) {
        for (TableDef t : READS) {
            if (!warehouse.exists(t)) {
                throw new IllegalStateException(t.qualified() + " does not exist in this warehouse: run compute --as-of " + asOf + " first");
            }
        }
        // Each read below is mostly the driver's work (the table's log at a version, a plan), not data: a few at once.
        List<Long> latest = Concurrently.run("report-read", READ_THREADS,
                READS.stream().map(t -> (java.util.concurrent.Callable<Long>) () -> warehouse.version(t)).toList());
        Map<String, Long> versions = new LinkedHashMap<>();
        for (int i = 0; i < READS.size(); i++) versions.put(READS.get(i).qualified(), latest.get(i));
        int year = asOf.getYear();
        Column cityAndPeers = col(UNIT_LEVEL).isin(UnitLevel.CITY.name(), UnitLevel.UNIT.name());
        List<Dataset<Row>> queries = List.of(
                ytd(Tables.GOLD_CITY_SUMMARY, asOf, versions).orderBy(YEAR),
                ytd(Tables.GOLD_ADMISSIONS_TREND, asOf, versions).where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name())),
                ytd(Tables.GOLD_TARGET_ATTAINMENT, asOf, versions).where(col(YEAR).equalTo(year)),
                ytd(Tables.GOLD_PEER_COMPARISON, asOf, versions).where(col(YEAR).equalTo(year)),
                ytd(Tables.GOLD_MEMBERSHIP_FLOW, asOf, versions).where(col(YEAR).equalTo(year).and(cityAndPeers)),
                of(Tables.GOLD_MEMBERSHIP_FLOW, asOf, versions).where(col(PERIOD).equalTo(PeriodKind.FULL_YEAR.name())
                        .and(col(BALANCE_GAP).notEqual(0))).orderBy(YEAR, UNIT_CODE),
                ytd(Tables.GOLD_ADMISSIONS_BREAKDOWN, asOf, versions)
                        .where(col(YEAR).equalTo(year).and(col(UNIT_LEVEL).equalTo(UnitLevel.CITY.name())))
                        .orderBy(col(DIMENSION), col(ADMISSIONS).desc(), col(CATEGORY)),
                ytd(Tables.GOLD_UNITS_WITHOUT_ADMISSIONS, asOf, versions).where(col(YEAR).equalTo(year)),
                ytd(Tables.GOLD_PIPELINE_FUNNEL, asOf, versions).where(col(YEAR).equalTo(year)),
                termToDate(Tables.GOLD_CITY_SUMMARY, asOf, versions),
                termToDate(Tables.GOLD_TARGET_ATTAINMENT, asOf, versions));
        List<List<Row>> rows = Concurrently.run("report-read", READ_THREADS,
                queries.stream().map(q -> (java.util.concurrent.Callable<List<Row>>) q::collectAsList).toList());

        List<CityYear> city = new ArrayList<>();
        for (Row r : rows.get(0)) city.add(cityYear(r));
        if (city.isEmpty() || city.get(city.size() - 1).year() != year) {
            throw new IllegalStateException("gold.city_summary has no YTD row for " + year + " as of " + asOf + " on the "
                    + structure.name().toLowerCase(java.util.Locale.ROOT) + " structure: run compute --as-of " + asOf
                    + " --structure " + structure.name().toLowerCase(java.util.Locale.ROOT) + " first");
        }
        List<UnitYear> trend = new ArrayList<>();
        for (Row r : rows.get(1)) {
            trend.add(new UnitYear(r.getAs(UNIT_CODE), r.getAs(UNIT_NAME), r.<Integer>getAs(YEAR), r.<Long>getAs(ADMISSIONS),
                    r.getAs(MEMBERS_AT_START), r.getAs(ADMISSION_RATE_PCT)));
        }
        List<Attainment> attainment = new ArrayList<>();
        for (Row r : rows.get(2)) attainment.add(attainment(r));
        List<Peer> peers = new ArrayList<>();
        for (Row r : rows.get(3)) {
            peers.add(new Peer(r.getAs(UNIT_CODE), r.getAs(UNIT_NAME), r.getAs(PEER_GROUP), r.<Long>getAs(ADMISSIONS),
                    r.getAs(ADMISSION_RATE_PCT), r.getAs(RANK_OVERALL), r.getAs(RANK_IN_GROUP), r.getAs(UNITS_IN_GROUP),
                    r.getAs(CITY_RATE_PCT), r.getAs(DIFF_FROM_CITY_PP), r.getAs(QUARTILE), r.getAs(TARGET_MET)));
        }
        List<Flow> flows = new ArrayList<>();
        List<Row> flowRows = new ArrayList<>(rows.get(4));
        flowRows.addAll(rows.get(5));
        for (Row r : flowRows) {
            flows.add(new Flow(r.getAs(UNIT_CODE), r.getAs(UNIT_NAME), r.getAs(UNIT_LEVEL), r.<Integer>getAs(YEAR), r.getAs(PERIOD),
                    r.getAs(MEMBERS_AT_START), r.<Long>getAs(ADMITTED), r.<Long>getAs(TRANSFERRED_IN), r.<Long>getAs(TRANSFERRED_OUT),
                    r.<Long>getAs(DIED), r.<Long>getAs(STRUCK_OFF), r.<Long>getAs(EXPELLED), r.<Long>getAs(REMOVED),
                    r.getAs(MEMBERS_AT_END), r.<Long>getAs(BECAME_OFFICIAL), r.getAs(REPORTED_MEMBERS_AT_END), r.getAs(BALANCE_GAP)));
        }
        List<Share> breakdown = new ArrayList<>();
        for (Row r : rows.get(6)) {
            breakdown.add(new Share(r.getAs(DIMENSION), r.getAs(CATEGORY), r.<Long>getAs(ADMISSIONS), r.getAs(SHARE_PCT)));
        }
        List<InactiveUnit> inactive = new ArrayList<>();
        for (Row r : rows.get(7)) {
            inactive.add(new InactiveUnit(r.getAs(UNIT_CODE), r.getAs(UNIT_NAME), r.getAs(UNIT_LEVEL), r.getAs(PEER_UNIT_CODE),
                    r.getAs(PEER_UNIT_NAME), r.getAs(MEMBERS_AT_START), r.<Integer>getAs(FULL_YEARS_WITHOUT_ADMISSIONS),
                    r.getAs(LAST_ADMISSION_YEAR), Boolean.TRUE.equals(r.getAs(DORMANT))));
        }
        List<Funnel> funnel = new ArrayList<>();
        for (Row r : rows.get(8)) {
            funnel.add(new Funnel(r.getAs(UNIT_CODE), r.getAs(UNIT_NAME), r.getAs(UNIT_LEVEL), r.<Long>getAs(CANDIDATES_IDENTIFIED),
                    r.<Long>getAs(COMPLETED_COURSE), r.<Long>getAs(APPLIED), r.<Long>getAs(ADMITTED_FROM_CANDIDATES),
                    r.getAs(ADMITTED_PCT_OF_COURSE), r.getAs(MEDIAN_DAYS_COURSE_TO_ADMISSION), r.<Long>getAs(PROBATION_DUE),
                    r.<Long>getAs(OFFICIAL_ON_TIME), r.<Long>getAs(OFFICIAL_LATE), r.<Long>getAs(NOT_OFFICIAL_LEFT),
                    r.<Long>getAs(STILL_PROBATIONARY)));
        }
        java.util.Optional<CityYear> term = rows.get(9).stream().findFirst().map(ReportJob::cityYear);
        List<Attainment> termAttainment = new ArrayList<>();
        for (Row r : rows.get(10)) termAttainment.add(attainment(r));
        return new ReportData(asOf, versions, city, trend, attainment, peers, flows, breakdown, inactive, funnel, structure,
                term, termAttainment);
    }

    private static CityYear cityYear(Row r) {
        return new CityYear(r.<Integer>getAs(YEAR), date(r, PERIOD_START), date(r, PERIOD_END), r.<Long>getAs(ADMISSIONS),
                r.getAs(MEMBERS_AT_START), r.getAs(ADMISSION_RATE_PCT), r.getAs(PREV_YEAR_ADMISSIONS),
                r.getAs(CHANGE_VS_PREV_YEAR), r.getAs(RATIO_TO_PREV_YEAR_PCT), r.getList(r.fieldIndex(YEARS_EXCEEDED)),
                r.<Integer>getAs(UNITS_TOTAL), r.<Integer>getAs(UNITS_MET_TARGET), r.getList(r.fieldIndex(UNITS_MET_TARGET_NAMES)));
    }

    private static Attainment attainment(Row r) {
        return new Attainment(r.getAs(UNIT_CODE), r.getAs(UNIT_NAME), r.<Long>getAs(ADMISSIONS), r.getAs(ADMISSIONS_TARGET),
                r.<BigDecimal>getAs(RATE_TARGET_PCT), r.getAs(ADMISSION_RATE_PCT), r.getAs(ATTAINMENT_PCT), r.getAs(STATUS),
                r.getAs(TARGET_MET), r.getAs(PROJECTED_YEAR_END));
    }

    /** The congress term's rows (TERM_TO_DATE): none when no term was configured for the compute. */
    private Dataset<Row> termToDate(TableDef table, LocalDate asOf, Map<String, Long> versions) {
        return of(table, asOf, versions).where(col(PERIOD).equalTo(PeriodKind.TERM_TO_DATE.name()));
    }

    private Dataset<Row> ytd(TableDef table, LocalDate asOf, Map<String, Long> versions) {
        return of(table, asOf, versions).where(col(PERIOD).equalTo(PeriodKind.YTD.name()));
    }

    /**
     * One compute's rows: one as-of on one structure (with both computed, every figure would otherwise
     * count twice), read at the Delta version recorded in {@code versions}: a compute committing while
     * the report reads cannot put figures of another version beside the one the report names.
     */
    private Dataset<Row> of(TableDef table, LocalDate asOf, Map<String, Long> versions) {
        Long version = versions.get(table.qualified());
        if (version == null) throw new IllegalStateException(table.qualified() + " is read by the report but not in ReportJob.READS");
        return warehouse.spark().sql("SELECT * FROM " + table.qualified() + " VERSION AS OF " + version)
                .where(Tables.goldCondition(asOf, structure));
    }

    private static LocalDate date(Row r, String column) {
        java.sql.Date d = r.getAs(column);
        return d == null ? null : d.toLocalDate();
    }

}
