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
import vn.ptdv.review.report.ReportData.Peer;
import vn.ptdv.review.report.ReportData.UnitYear;
import vn.ptdv.review.util.Progress;

/**
 * The year-end review pack for one as-of date: reads the gold tables of that as-of (their YTD rows,
 * a few dozen, collected to the driver), and writes {@code review-<as-of>.xlsx}, the four chart PNGs
 * and {@code summary-<as-of>.md} / {@code .html} into the output directory. Reads nothing but gold.
 */
public final class ReportJob {
    static final List<TableDef> READS = List.of(Tables.GOLD_CITY_SUMMARY, Tables.GOLD_ADMISSIONS_TREND,
            Tables.GOLD_TARGET_ATTAINMENT, Tables.GOLD_PEER_COMPARISON);

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

    /** Writes the pack; returns the files written, workbook first. */
    public List<Path> run(LocalDate asOf, Path outDir, ReportTexts texts) throws IOException {
        ReportData data = read(asOf);
        Files.createDirectories(outDir);
        List<ReportTable> tables = ReportTables.all(data, texts);
        List<Path> written = new ArrayList<>();
        Path workbook = outDir.resolve("review-" + asOf + ".xlsx");
        WorkbookBuilder.write(tables, texts, workbook);
        written.add(workbook);
        List<Path> charts = ChartBuilder.writeAll(data, texts, outDir);
        written.addAll(charts);
        Path md = outDir.resolve("summary-" + asOf + ".md");
        Files.writeString(md, SummaryBuilder.markdown(data, tables, charts, texts), StandardCharsets.UTF_8);
        written.add(md);
        Path html = outDir.resolve("summary-" + asOf + ".html");
        Files.writeString(html, SummaryBuilder.html(data, tables, charts, texts), StandardCharsets.UTF_8);
        written.add(html);
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
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableDef t : READS) versions.put(t.qualified(), warehouse.version(t));
        int year = asOf.getYear();

        List<CityYear> city = new ArrayList<>();
        for (Row r : ytd(Tables.GOLD_CITY_SUMMARY, asOf).orderBy(YEAR).collectAsList()) {
            city.add(new CityYear(r.<Integer>getAs(YEAR), date(r, PERIOD_START), date(r, PERIOD_END), r.<Long>getAs(ADMISSIONS),
                    r.getAs(MEMBERS_AT_START), r.getAs(ADMISSION_RATE_PCT), r.getAs(PREV_YEAR_ADMISSIONS),
                    r.getAs(CHANGE_VS_PREV_YEAR), r.getAs(RATIO_TO_PREV_YEAR_PCT), r.getList(r.fieldIndex(YEARS_EXCEEDED)),
                    r.<Integer>getAs(UNITS_TOTAL), r.<Integer>getAs(UNITS_MET_TARGET), r.getList(r.fieldIndex(UNITS_MET_TARGET_NAMES))));
        }
        if (city.isEmpty() || city.get(city.size() - 1).year() != year) {
            throw new IllegalStateException("gold.city_summary has no YTD row for " + year + " as of " + asOf + " on the "
                    + structure.name().toLowerCase(java.util.Locale.ROOT) + " structure: run compute --as-of " + asOf
                    + " --structure " + structure.name().toLowerCase(java.util.Locale.ROOT) + " first");
        }
        List<UnitYear> trend = new ArrayList<>();
        for (Row r : ytd(Tables.GOLD_ADMISSIONS_TREND, asOf).where(col(UNIT_LEVEL).equalTo(UnitLevel.UNIT.name()))
                .collectAsList()) {
            trend.add(new UnitYear(r.getAs(UNIT_CODE), r.getAs(UNIT_NAME), r.<Integer>getAs(YEAR), r.<Long>getAs(ADMISSIONS),
                    r.getAs(MEMBERS_AT_START), r.getAs(ADMISSION_RATE_PCT)));
        }
        List<Attainment> attainment = new ArrayList<>();
        for (Row r : ytd(Tables.GOLD_TARGET_ATTAINMENT, asOf).where(col(YEAR).equalTo(year)).collectAsList()) {
            attainment.add(new Attainment(r.getAs(UNIT_CODE), r.getAs(UNIT_NAME), r.<Long>getAs(ADMISSIONS), r.getAs(ADMISSIONS_TARGET),
                    r.<BigDecimal>getAs(RATE_TARGET_PCT), r.getAs(ADMISSION_RATE_PCT), r.getAs(ATTAINMENT_PCT), r.getAs(STATUS),
                    r.getAs(TARGET_MET), r.getAs(PROJECTED_YEAR_END)));
        }
        List<Peer> peers = new ArrayList<>();
        for (Row r : ytd(Tables.GOLD_PEER_COMPARISON, asOf).where(col(YEAR).equalTo(year)).collectAsList()) {
            peers.add(new Peer(r.getAs(UNIT_CODE), r.getAs(UNIT_NAME), r.getAs(PEER_GROUP), r.<Long>getAs(ADMISSIONS),
                    r.getAs(ADMISSION_RATE_PCT), r.getAs(RANK_OVERALL), r.getAs(RANK_IN_GROUP), r.getAs(UNITS_IN_GROUP),
                    r.getAs(CITY_RATE_PCT), r.getAs(DIFF_FROM_CITY_PP), r.getAs(QUARTILE), r.getAs(TARGET_MET)));
        }
        return new ReportData(asOf, versions, city, trend, attainment, peers, structure);
    }

    private Dataset<Row> ytd(TableDef table, LocalDate asOf) {
        // One structure only: with both computed for an as-of, every figure would otherwise count twice.
        return warehouse.read(table)
                .where(Tables.goldCondition(asOf, structure))
                .where(col(PERIOD).equalTo(PeriodKind.YTD.name()));
    }

    private static LocalDate date(Row r, String column) {
        java.sql.Date d = r.getAs(column);
        return d == null ? null : d.toLocalDate();
    }

    /** The directory whose {@code report/<lang>.conf} overrides the built-in wording: beside REVIEW_CONF, else ./conf. */
    public static Path confDir() {
        String named = System.getenv(ConfigKeys.CONFIG_FILE_ENV);
        if (named != null && !named.isBlank()) {
            Path parent = Path.of(named).toAbsolutePath().getParent();
            if (parent != null) return parent;
        }
        return Path.of(ConfigKeys.DEFAULT_CONFIG_FILE).toAbsolutePath().getParent();
    }
}
