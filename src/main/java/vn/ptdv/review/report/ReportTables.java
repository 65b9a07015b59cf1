package vn.ptdv.review.report;

import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.report.ReportTable.Kind.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.ptdv.review.report.ReportData.Attainment;
import vn.ptdv.review.report.ReportData.CityYear;
import vn.ptdv.review.report.ReportData.Flow;
import vn.ptdv.review.report.ReportData.Funnel;
import vn.ptdv.review.report.ReportData.InactiveUnit;
import vn.ptdv.review.report.ReportData.Share;
import vn.ptdv.review.report.ReportData.Peer;
import vn.ptdv.review.report.ReportData.UnitYear;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.report.ReportTable.Kind;

/** The tables of the review, built from {@link ReportData}; headings from the report wording. Pure. */
public final class ReportTables {
    private ReportTables() {}

    public static final String CITY = "city";
    public static final String TREND = "trend";
    public static final String ATTAINMENT = "attainment";
    public static final String PEERS = "peers";
    public static final String FLOW = "flow";
    public static final String BREAKDOWN = "breakdown";
    public static final String WITHOUT_ADMISSIONS = "without-admissions";
    public static final String FUNNEL = "funnel";
    public static final String TERM = "term";

    public static List<ReportTable> all(ReportData data, ReportTexts texts) {
        List<String> notes = notes(data, texts);
        List<ReportTable> tables = new ArrayList<>(List.of(city(data, texts, notes), trend(data, texts, notes),
                attainment(data, texts, notes), peers(data, texts, notes), flow(data, texts, notes), breakdown(data, texts, notes),
                withoutAdmissions(data, texts, notes), funnel(data, texts, notes)));
        // The congress term's table, last, when the compute had a term.
        data.term().ifPresent(term -> tables.add(term(data, term, texts, notes)));
        return List.copyOf(tables);
    }

    /** Each peer unit against its congress-term target, from the term's start to the as-of date. */
    static ReportTable term(ReportData data, CityYear term, ReportTexts texts, List<String> notes) {
        Columns c = new Columns(texts)
                .add(UNIT_NAME, TEXT).addHeading(texts.text("columns.term." + ADMISSIONS), COUNT)
                .addHeading(texts.text("columns.term." + ADMISSIONS_TARGET), COUNT).add(ATTAINMENT_PCT, RATIO)
                .addHeading(texts.text("columns.term." + ADMISSION_RATE_PCT), RATE)
                .addHeading(texts.text("columns.term." + RATE_TARGET_PCT), RATE).add(STATUS, TEXT).add(TARGET_MET, TEXT)
                .addHeading(texts.text("columns.term." + PROJECTED_YEAR_END), COUNT);
        List<List<Object>> rows = attainmentRows(data.termAttainment(), data, texts);
        List<String> all = new ArrayList<>();
        all.add(texts.render("notes." + TERM, Map.of("end", texts.date(term.periodEnd()))));
        all.addAll(notes);
        return c.table(TERM, rows, all);
    }

    /** The shared notes with this table's own definition first. */
    static List<String> with(String key, ReportTexts texts, List<String> notes) {
        List<String> all = new ArrayList<>();
        all.add(texts.text("notes." + key));
        all.addAll(notes);
        return all;
    }

    /** The city first, then peer units in reading order ({@link #unitOrder}), for rows keyed by unit code. */
    static Comparator<String> cityThenUnits(ReportData data, ReportTexts texts, Map<String, String> levels) {
        return Comparator.<String>comparingInt(code -> vn.ptdv.review.domain.UnitLevel.CITY.name().equals(levels.get(code)) ? 0 : 1)
                .thenComparing(unitOrder(data, texts));
    }

    /**
     * Membership flow of the city and each peer unit in the as-of year's same period, then every
     * unit-year whose reported total does not balance with the events (the data-quality list).
     */
    static ReportTable flow(ReportData data, ReportTexts texts, List<String> notes) {
        Columns c = new Columns(texts)
                .add(UNIT_NAME, TEXT).add(UNIT_LEVEL, TEXT).add(YEAR, PLAIN).add(MEMBERS_AT_START, COUNT).add(ADMITTED, COUNT)
                .add(TRANSFERRED_IN, COUNT).add(TRANSFERRED_OUT, COUNT).add(DIED, COUNT).add(STRUCK_OFF, COUNT)
                .add(EXPELLED, COUNT).add(REMOVED, COUNT).add(MEMBERS_AT_END, COUNT).add(BECAME_OFFICIAL, COUNT)
                .add(REPORTED_MEMBERS_AT_END, COUNT).add(BALANCE_GAP, CHANGE);
        int year = data.headline().year();
        Map<String, String> levels = new LinkedHashMap<>();
        for (Flow f : data.flows()) levels.put(f.unitCode(), f.unitLevel());
        List<Flow> current = new ArrayList<>(data.flows().stream()
                .filter(f -> f.year() == year && PeriodKind.YTD.name().equals(f.period())).toList());
        current.sort(Comparator.comparing(Flow::unitCode, cityThenUnits(data, texts, levels)));
        List<Flow> gaps = data.flows().stream().filter(f -> PeriodKind.FULL_YEAR.name().equals(f.period())).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Flow f : concat(current, gaps)) {
            rows.add(Arrays.asList(f.unitName(), level(f.unitLevel(), texts), f.year(), f.membersAtStart(), f.admitted(),
                    f.transferredIn(), f.transferredOut(), f.died(), f.struckOff(), f.expelled(), f.removed(), f.membersAtEnd(),
                    f.becameOfficial(), f.reportedMembersAtEnd(), f.balanceGap()));
        }
        return c.table(FLOW, rows, with(FLOW, texts, notes));
    }

    /** The city's new members by characteristic and category, largest category first within each. */
    static ReportTable breakdown(ReportData data, ReportTexts texts, List<String> notes) {
        Columns c = new Columns(texts).add(DIMENSION, TEXT).add(CATEGORY, TEXT).add(ADMISSIONS, COUNT).add(SHARE_PCT, RATE);
        List<Share> sorted = new ArrayList<>(data.breakdown());
        List<String> order = Arrays.stream(vn.ptdv.review.domain.BreakdownDimension.values()).map(Enum::name).toList();
        sorted.sort(Comparator.<Share>comparingInt(s -> order.indexOf(s.dimension()))
                .thenComparing(Comparator.comparingLong(Share::admissions).reversed()).thenComparing(Share::category));
        List<List<Object>> rows = new ArrayList<>();
        for (Share s : sorted) {
            rows.add(Arrays.asList(optional("dimensions." + s.dimension(), s.dimension(), texts),
                    optional("categories." + s.category(), s.category(), texts), s.admissions(), s.sharePct()));
        }
        return c.table(BREAKDOWN, rows, with(BREAKDOWN, texts, notes));
    }

    /** Grassroots organisations and cells without admissions in the period: dormant first, then by peer unit. */
    static ReportTable withoutAdmissions(ReportData data, ReportTexts texts, List<String> notes) {
        Columns c = new Columns(texts).add(PEER_UNIT_NAME, TEXT).add(UNIT_NAME, TEXT).add(UNIT_LEVEL, TEXT)
                .add(MEMBERS_AT_START, COUNT).add(FULL_YEARS_WITHOUT_ADMISSIONS, PLAIN).add(LAST_ADMISSION_YEAR, PLAIN)
                .add(DORMANT, TEXT);
        List<InactiveUnit> sorted = new ArrayList<>(data.withoutAdmissions());
        sorted.sort(Comparator.<InactiveUnit, Boolean>comparing(u -> !u.dormant())
                .thenComparing(u -> String.valueOf(u.peerUnitCode()), unitOrder(data, texts))
                .thenComparing(Comparator.comparingInt(InactiveUnit::fullYearsWithoutAdmissions).reversed())
                .thenComparing(InactiveUnit::unitName, texts.collator()));
        List<List<Object>> rows = new ArrayList<>();
        for (InactiveUnit u : sorted) {
            rows.add(Arrays.asList(u.peerUnitName(), u.unitName(), level(u.unitLevel(), texts), u.membersAtStart(),
                    u.fullYearsWithoutAdmissions(), u.lastAdmissionYear(), texts.text(u.dormant() ? "dormant.yes" : "dormant.no")));
        }
        return c.table(WITHOUT_ADMISSIONS, rows, with(WITHOUT_ADMISSIONS, texts, notes));
    }

    /** The admission pipeline of the city and each peer unit (no rows when no candidates.csv was given). */
    static ReportTable funnel(ReportData data, ReportTexts texts, List<String> notes) {
        Columns c = new Columns(texts).add(UNIT_NAME, TEXT).add(CANDIDATES_IDENTIFIED, COUNT).add(COMPLETED_COURSE, COUNT)
                .add(APPLIED, COUNT).add(ADMITTED_FROM_CANDIDATES, COUNT).add(ADMITTED_PCT_OF_COURSE, RATIO)
                .add(MEDIAN_DAYS_COURSE_TO_ADMISSION, COUNT).add(PROBATION_DUE, COUNT).add(OFFICIAL_ON_TIME, COUNT)
                .add(OFFICIAL_LATE, COUNT).add(NOT_OFFICIAL_LEFT, COUNT).add(STILL_PROBATIONARY, COUNT);
        Map<String, String> levels = new LinkedHashMap<>();
        for (Funnel f : data.funnel()) levels.put(f.unitCode(), f.unitLevel());
        List<Funnel> sorted = new ArrayList<>(data.funnel());
        sorted.sort(Comparator.comparing(Funnel::unitCode, cityThenUnits(data, texts, levels)));
        List<List<Object>> rows = new ArrayList<>();
        for (Funnel f : sorted) {
            // Whole days read better than a half day in a review table.
            Long medianDays = f.medianDaysCourseToAdmission() == null ? null
                    : f.medianDaysCourseToAdmission().setScale(0, java.math.RoundingMode.HALF_UP).longValue();
            rows.add(Arrays.asList(f.unitName(), f.identified(), f.completedCourse(), f.applied(), f.admitted(),
                    f.admittedPctOfCourse(), medianDays, f.probationDue(), f.onTime(), f.late(), f.left(), f.stillProbationary()));
        }
        return c.table(FUNNEL, rows, with(FUNNEL, texts, notes));
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String level(String level, ReportTexts texts) {
        return level == null ? null : optional("levels." + level, level, texts);
    }

    /** The wording for {@code key}, or {@code fallback} (a value as given, e.g. an occupation). */
    static String optional(String key, String fallback, ReportTexts texts) {
        try {
            return texts.text(key);
        } catch (com.typesafe.config.ConfigException e) {
            return fallback;
        }
    }

    /** City headline by year (same period). */
    static ReportTable city(ReportData data, ReportTexts texts, List<String> notes) {
        Columns c = new Columns(texts)
                .add(YEAR, PLAIN).add(PERIOD_START, DATE).add(PERIOD_END, DATE).add(ADMISSIONS, COUNT)
                .add(MEMBERS_AT_START, COUNT).add(ADMISSION_RATE_PCT, RATE).add(PREV_YEAR_ADMISSIONS, COUNT)
                .add(CHANGE_VS_PREV_YEAR, CHANGE).add(RATIO_TO_PREV_YEAR_PCT, RATIO);
        List<List<Object>> rows = new ArrayList<>();
        for (CityYear y : data.city()) {
            rows.add(Arrays.asList(y.year(), y.periodStart(), y.periodEnd(), y.admissions(), y.membersAtStart(), y.ratePct(),
                    y.prevYearAdmissions(), y.changeVsPrevYear(), y.ratioToPrevYearPct()));
        }
        return c.table(CITY, rows, notes);
    }

    /** Admissions by peer unit, one column per year (same period), then the as-of year's members and rate. */
    static ReportTable trend(ReportData data, ReportTexts texts, List<String> notes) {
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, UnitYear>> byUnit = new LinkedHashMap<>();
        for (UnitYear u : inUnitOrder(data, texts)) {
            years.add(u.year());
            byUnit.computeIfAbsent(u.unitCode(), k -> new LinkedHashMap<>()).put(u.year(), u);
        }
        int last = data.headline().year();
        Columns c = new Columns(texts).add(UNIT_NAME, TEXT);
        for (int y : years) c.addHeading(texts.render("columns.admissions-in-year", Map.of("year", String.valueOf(y))), COUNT);
        c.add(MEMBERS_AT_START, COUNT).add(ADMISSION_RATE_PCT, RATE);
        List<List<Object>> rows = new ArrayList<>();
        for (Map<Integer, UnitYear> unit : byUnit.values()) {
            List<Object> row = new ArrayList<>();
            row.add(unit.values().iterator().next().unitName());
            for (int y : years) row.add(unit.containsKey(y) ? unit.get(y).admissions() : null);
            UnitYear now = unit.get(last);
            row.add(now == null ? null : now.membersAtStart());
            row.add(now == null ? null : now.ratePct());
            rows.add(row);
        }
        return c.table(TREND, rows, notes);
    }

    /** Each peer unit against its annual plan. */
    static ReportTable attainment(ReportData data, ReportTexts texts, List<String> notes) {
        Columns c = new Columns(texts)
                .add(UNIT_NAME, TEXT).add(ADMISSIONS, COUNT).add(ADMISSIONS_TARGET, COUNT).add(ATTAINMENT_PCT, RATIO)
                .add(ADMISSION_RATE_PCT, RATE).add(RATE_TARGET_PCT, RATE).add(STATUS, TEXT).add(TARGET_MET, TEXT)
                .add(PROJECTED_YEAR_END, COUNT);
        return c.table(ATTAINMENT, attainmentRows(data.attainment(), data, texts), notes);
    }

    /** Peer units against a target (annual or the term's), in reading order. */
    static List<List<Object>> attainmentRows(List<Attainment> attainment, ReportData data, ReportTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        List<Attainment> sorted = new ArrayList<>(attainment);
        sorted.sort(Comparator.comparing(Attainment::unitCode, unitOrder(data, texts)));
        for (Attainment a : sorted) {
            rows.add(Arrays.asList(a.unitName(), a.admissions(), a.admissionsTarget(), a.attainmentPct(), a.ratePct(),
                    a.rateTargetPct(), a.status() == null ? null : texts.text("status." + a.status()),
                    yesNo(a.targetMet(), texts), a.projectedYearEnd()));
        }
        return rows;
    }

    /** Peer units ranked within their group, against the city rate. */
    static ReportTable peers(ReportData data, ReportTexts texts, List<String> notes) {
        Columns c = new Columns(texts)
                .add(PEER_GROUP, TEXT).add(UNIT_NAME, TEXT).add(ADMISSIONS, COUNT).add(ADMISSION_RATE_PCT, RATE)
                .add(RANK_IN_GROUP, PLAIN).add(UNITS_IN_GROUP, PLAIN).add(RANK_OVERALL, PLAIN).add(CITY_RATE_PCT, RATE)
                .add(DIFF_FROM_CITY_PP, POINTS).add(TARGET_MET, TEXT);
        List<List<Object>> rows = new ArrayList<>();
        for (Peer p : byGroupAndRank(data, texts)) {
            rows.add(Arrays.asList(groupName(p.peerGroup(), texts), p.unitName(), p.admissions(), p.ratePct(), p.rankInGroup(),
                    p.unitsInGroup(), p.rankOverall(), p.cityRatePct(), p.diffFromCityPp(), yesNo(p.targetMet(), texts)));
        }
        return c.table(PEERS, rows, notes);
    }

    /**
     * Peer units in reading order: by peer group (review's {@code peer-group-order}, unknown groups last),
     * then by name in the language's alphabetical order.
     */
    static Comparator<String> unitOrder(ReportData data, ReportTexts texts) {
        Map<String, Integer> group = groupIndex(data, texts);
        Map<String, String> name = new LinkedHashMap<>();
        for (UnitYear u : data.trend()) name.put(u.unitCode(), u.unitName());
        for (Attainment a : data.attainment()) name.put(a.unitCode(), a.unitName());
        for (Peer p : data.peers()) name.put(p.unitCode(), p.unitName());
        return Comparator.<String>comparingInt(code -> group.getOrDefault(code, Integer.MAX_VALUE))
                .thenComparing(code -> String.valueOf(name.get(code)), texts.collator())
                .thenComparing(Comparator.naturalOrder());
    }

    /** Peer units by group (as {@link #unitOrder}), then rank in group, then name. */
    static List<Peer> byGroupAndRank(ReportData data, ReportTexts texts) {
        Map<String, Integer> group = groupIndex(data, texts);
        List<Peer> sorted = new ArrayList<>(data.peers());
        sorted.sort(Comparator.<Peer>comparingInt(p -> group.get(p.unitCode()))
                .thenComparingInt(p -> p.rankInGroup() == null ? Integer.MAX_VALUE : p.rankInGroup())
                .thenComparing(Peer::unitCode, unitOrder(data, texts)));
        return sorted;
    }

    /** Position of each peer unit's group in {@code peer-group-order}; groups not listed come after. */
    private static Map<String, Integer> groupIndex(ReportData data, ReportTexts texts) {
        List<String> groupOrder = texts.texts("peer-group-order");
        Map<String, Integer> group = new LinkedHashMap<>();
        for (Peer p : data.peers()) {
            int i = groupOrder.indexOf(String.valueOf(p.peerGroup()));
            group.put(p.unitCode(), i < 0 ? groupOrder.size() : i);
        }
        return group;
    }

    /** The trend rows by unit (as {@link #unitOrder}), then year. */
    static List<UnitYear> inUnitOrder(ReportData data, ReportTexts texts) {
        List<UnitYear> sorted = new ArrayList<>(data.trend());
        sorted.sort(Comparator.comparing(UnitYear::unitCode, unitOrder(data, texts)).thenComparingInt(UnitYear::year));
        return sorted;
    }

    static String groupName(String group, ReportTexts texts) {
        if (group == null) return null;
        try {
            return texts.text("peer-groups." + group);
        } catch (com.typesafe.config.ConfigException.Missing e) {
            return group;
        }
    }

    static String yesNo(Boolean b, ReportTexts texts) {
        return texts.text(b == null ? "boolean.none" : b ? "boolean.yes" : "boolean.no");
    }

    /** The definitions, the period, the unit structure, the as-of date and the Delta version of each gold table read. */
    static List<String> notes(ReportData data, ReportTexts texts) {
        List<String> notes = new ArrayList<>(definitions(data, texts));
        notes.add(texts.render("notes.version", Map.of("as_of", texts.date(data.asOf()), "versions", versions(data, " v"))));
        return List.copyOf(notes);
    }

    /** The notes without the data version: the period, the denominator, attainment and the unit structure. */
    static List<String> definitions(ReportData data, ReportTexts texts) {
        CityYear h = data.headline();
        return List.of(
                texts.render("notes.period", Map.of("start", texts.dayMonth(h.periodStart()), "end", texts.dayMonth(h.periodEnd()))),
                texts.text("notes.denominator"),
                texts.text("notes.attainment"),
                // Which unit structure the figures are on: a reader comparing with an older report needs to know.
                texts.render("notes.structure." + data.structure().name().toLowerCase(java.util.Locale.ROOT),
                        Map.of("as_of", texts.date(data.asOf()))));
    }

    /** Each gold table read with its Delta version, by name: "gold.city_summary v7, gold.peer_comparison v5" for " v". */
    static String versions(ReportData data, String separator) {
        List<String> versions = new ArrayList<>();
        new java.util.TreeMap<>(data.versions()).forEach((table, v) -> versions.add(table + separator + v));
        return String.join(", ", versions);
    }

    /** Headings looked up by gold column name, with the kind of each column. */
    private static final class Columns {
        final ReportTexts texts;
        final List<String> headers = new ArrayList<>();
        final List<Kind> kinds = new ArrayList<>();

        Columns(ReportTexts texts) {
            this.texts = texts;
        }

        Columns add(String column, Kind kind) {
            return addHeading(texts.text("columns." + column), kind);
        }

        Columns addHeading(String heading, Kind kind) {
            headers.add(heading);
            kinds.add(kind);
            return this;
        }

        ReportTable table(String key, List<List<Object>> rows, List<String> notes) {
            return new ReportTable(key, texts.text("sheets." + key), headers, kinds, rows, notes);
        }
    }
}
