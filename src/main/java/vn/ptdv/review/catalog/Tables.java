package vn.ptdv.review.catalog;

import static vn.ptdv.review.catalog.Col.*;
import static org.apache.spark.sql.types.DataTypes.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.domain.UnitLevel;

/**
 * Every table of the product, with its schema documented column by column. This is the one place that
 * names tables and fixes their columns; the data dictionary, src/site/markdown/data-dictionary.md, is
 * generated from it ({@link DataDictionary}).
 */
public final class Tables {
    private Tables() {}

    public static final String BRONZE = "bronze";
    public static final String SILVER = "silver";
    public static final String QUARANTINE = "quarantine";
    public static final String GOLD = "gold";
    /** The SQL endpoint's record of who read what: for the data team, never served to analysts. */
    public static final String AUDIT = "audit";
    public static final List<String> DATABASES = List.of(BRONZE, SILVER, QUARANTINE, GOLD, AUDIT);
    /** Databases holding raw records (names, birth dates, source ids): owner-only, not for analysts. */
    public static final List<String> PERSONAL_DATA_DATABASES = List.of(BRONZE, QUARANTINE);

    /** Percentages of members: 2 decimals, rounded half-up. */
    public static final DecimalType RATE = createDecimalType(7, 2);
    /** Ratios and attainment: 1 decimal, rounded half-up. */
    public static final DecimalType RATIO = createDecimalType(9, 1);
    /** Lineage shares: a fraction from 0 to 1, 12 decimals. */
    public static final DecimalType SHARE_TYPE = createDecimalType(20, 12);
    /** Rate targets as given in targets.csv. */
    public static final DecimalType RATE_TARGET = createDecimalType(6, 2);

    static StructField field(String name, DataType type, boolean nullable, String comment) {
        return createStructField(name, type, nullable).withComment(comment);
    }

    static StructField key(String name, DataType type, String comment) {
        return field(name, type, false, comment);
    }

    static StructField col(String name, DataType type, String comment) {
        return field(name, type, true, comment);
    }

    // ---------------------------------------------------------------- lineage

    private static final List<StructField> BRONZE_LINEAGE = List.of(
            col(BATCH_ID, StringType, "Id of the ingest run that first read this file."),
            col(SOURCE_FILE, StringType, "Path of the source file as received."),
            col(SOURCE_SHA256, StringType, "SHA-256 of the file's bytes: the same file is ingested once."),
            col(SOURCE_LINE, LongType, "Line number in the source file (the header is line 1)."),
            col(INGESTED_AT, TimestampType, "When the line was read."),
            col(MALFORMED, StringType, "Why the line could not be split into the header's columns; null when it could."),
            col(RAW_LINE, StringType, "The line as received, kept only when it is malformed."));

    private static final List<StructField> SILVER_LINEAGE = List.of(
            col(BATCH_ID, StringType, "Ingest run that last inserted or changed the row."),
            col(SOURCE_FILE, StringType, "Source file of the row's current content."),
            col(SOURCE_LINE, LongType, "Line in that file."),
            col(ROW_HASH, StringType, "Hash of the row's content: a re-ingest that changes nothing writes nothing."));

    // ---------------------------------------------------------------- bronze

    private static final Map<SourceFile, TableDef> BRONZE_TABLES = new EnumMap<>(SourceFile.class);

    static {
        for (SourceFile file : SourceFile.values()) {
            List<StructField> fields = new ArrayList<>();
            for (SourceColumn c : file.columns()) {
                fields.add(col(c.name(), StringType, c.description() + " (as received, text)"));
            }
            fields.addAll(BRONZE_LINEAGE);
            BRONZE_TABLES.put(file, new TableDef(new TableId(BRONZE, file.tableName()),
                    createStructType(fields), List.of(SOURCE_SHA256, SOURCE_LINE),
                    "one row per line of " + file.fileName() + " in each distinct file received",
                    file.fileName() + " as received: every column as text, extra columns kept, plus lineage."));
        }
    }

    public static TableDef bronze(SourceFile file) {
        return BRONZE_TABLES.get(file);
    }

    // ---------------------------------------------------------------- silver

    private static StructType withSilverLineage(StructField... fields) {
        List<StructField> all = new ArrayList<>(List.of(fields));
        all.addAll(SILVER_LINEAGE);
        return createStructType(all);
    }

    public static final TableDef SILVER_UNITS = new TableDef(new TableId(SILVER, "units"),
            withSilverLineage(
                    key(UNIT_CODE, StringType, "Unique code of the unit."),
                    col(UNIT_NAME, StringType, "Name of the unit (Unicode NFC)."),
                    col(PARENT_CODE, StringType, "Unit directly above; null for the city."),
                    col(UNIT_LEVEL, StringType, "CITY | UNIT | GRASSROOTS | CELL."),
                    col(PEER_GROUP, StringType, "Peer group of a UNIT (e.g. URBAN_DISTRICT); null for other levels."),
                    col(VALID_FROM, DateType, "First day the unit existed; null = always."),
                    col(VALID_TO, DateType, "Last day the unit existed; null = current."),
                    col(SUCCESSOR_CODE, StringType, "Unit that took the whole unit over the day after valid_to, if any (merge, rename, move).")),
            List.of(UNIT_CODE), "one row per unit", "The organisational tree, validated.");

    public static final TableDef SILVER_MEMBERS = new TableDef(new TableId(SILVER, "members"),
            withSilverLineage(
                    key(MEMBER_KEY, StringType, "Pseudonymous key: keyed hash (HMAC-SHA-256) of the source member_id."),
                    col(BIRTH_YEAR, IntegerType, "Year of birth (the birth date stays in bronze)."),
                    col(AGE_AT_ADMISSION, IntegerType, "Age in whole years on the admission date."),
                    col(GENDER, StringType, "M | F."),
                    col(ETHNICITY, StringType, "Ethnic group."),
                    col(RELIGION, StringType, "Religion; 'Không' for none."),
                    col(EDUCATION, StringType, "Highest education level."),
                    col(OCCUPATION, StringType, "Occupation at admission."),
                    col(UNIT_CODE, StringType, "Current cell or grassroots organisation."),
                    col(ADMITTED_ON, DateType, "Admission date."),
                    col(OFFICIAL_ON, DateType, "Date the member became official; null while probationary."),
                    col(LEFT_ON, DateType, "Date the member left the city's organisation; null if still a member."),
                    col(LEFT_REASON, StringType, "Why the member left.")),
            List.of(MEMBER_KEY), "one row per member", "The roster without names, birth dates or source ids.");

    public static final TableDef SILVER_EVENTS = new TableDef(new TableId(SILVER, "events"),
            withSilverLineage(
                    key(EVENT_ID, StringType, "Unique id of the event."),
                    col(MEMBER_KEY, StringType, "Pseudonymous key of the member."),
                    col(EVENT_TYPE, StringType, "ADMITTED | OFFICIAL | TRANSFER_IN | TRANSFER_OUT | STRUCK_OFF | EXPELLED | REMOVED | DIED."),
                    col(EVENT_DATE, DateType, "Date of the event."),
                    col(UNIT_CODE, StringType, "Unit where it happened."),
                    col(SOURCE_GROUP, StringType, "Candidate source group, for ADMITTED.")),
            List.of(EVENT_ID), "one row per event", "Membership events, validated against units and the roster.");

    public static final TableDef SILVER_TARGETS = new TableDef(new TableId(SILVER, "targets"),
            withSilverLineage(
                    key(UNIT_CODE, StringType, "The unit the plan is assigned to."),
                    key(YEAR, IntegerType, "Plan year."),
                    col(ADMISSIONS_TARGET, IntegerType, "Annual plan as a count of admissions."),
                    col(RATE_TARGET_PCT, RATE_TARGET, "Annual plan or aspiration as % of members at start of year.")),
            List.of(UNIT_CODE, YEAR), "one row per unit × year", "Annual admission plans.");

    public static final TableDef SILVER_TERM_TARGETS = new TableDef(new TableId(SILVER, "term_targets"),
            withSilverLineage(
                    key(UNIT_CODE, StringType, "The unit the target is assigned to."),
                    key(TERM, StringType, "The congress term, by its name in review.compute.terms."),
                    col(ADMISSIONS_TARGET, IntegerType, "Admissions over the whole term."),
                    col(RATE_TARGET_PCT, RATE_TARGET, "Admissions per year as % of members at the term's start.")),
            List.of(UNIT_CODE, TERM), "one row per unit × term", "Targets of the congress terms' resolutions.");

    public static final TableDef SILVER_MEMBERSHIP_COUNTS = new TableDef(new TableId(SILVER, "membership_counts"),
            withSilverLineage(
                    key(UNIT_CODE, StringType, "The reporting unit."),
                    key(YEAR, IntegerType, "The year whose 1 January the count is for."),
                    col(MEMBERS_AT_START, LongType, "Total members, probationary included, at 1 January, as reported.")),
            List.of(UNIT_CODE, YEAR), "one row per unit × year", "Reported start-of-year totals.");

    public static final TableDef SILVER_CANDIDATES = new TableDef(new TableId(SILVER, "candidates"),
            withSilverLineage(
                    key(CANDIDATE_KEY, StringType, "Pseudonymous key: keyed hash (HMAC-SHA-256) of the source candidate_id, as member keys."),
                    col(UNIT_CODE, StringType, "The cell or grassroots organisation following the candidate."),
                    col(IDENTIFIED_ON, DateType, "Date identified as an outstanding candidate (quần chúng ưu tú)."),
                    col(COURSE_COMPLETED_ON, DateType, "Date the party awareness course was completed; null if not yet."),
                    col(APPLIED_ON, DateType, "Date of the application for admission; null if not yet."),
                    col(ADMITTED_MEMBER_KEY, StringType, "member_key of the member the candidate became; null if not admitted."),
                    col(SOURCE_GROUP, StringType, "Candidate source group.")),
            List.of(CANDIDATE_KEY), "one row per candidate", "The admission pipeline, without source ids.");

    private static final Map<SourceFile, TableDef> SILVER_TABLES = new EnumMap<>(Map.of(
            SourceFile.UNITS, SILVER_UNITS,
            SourceFile.MEMBERS, SILVER_MEMBERS,
            SourceFile.EVENTS, SILVER_EVENTS,
            SourceFile.TARGETS, SILVER_TARGETS,
            SourceFile.TERM_TARGETS, SILVER_TERM_TARGETS,
            SourceFile.MEMBERSHIP_COUNTS, SILVER_MEMBERSHIP_COUNTS,
            SourceFile.CANDIDATES, SILVER_CANDIDATES));

    public static TableDef silver(SourceFile file) {
        return SILVER_TABLES.get(file);
    }

    // ---------------------------------------------------------------- quarantine

    public static final TableDef QUARANTINE_ROWS = new TableDef(new TableId(QUARANTINE, "rejected_rows"),
            createStructType(List.of(
                    col(BATCH_ID, StringType, "Ingest run that rejected the row."),
                    key(SOURCE_TABLE, StringType, "Input the row came from: units, members, events, targets, term_targets, membership_counts, candidates, unit_lineage."),
                    col(SOURCE_FILE, StringType, "Path of the source file."),
                    key(SOURCE_SHA256, StringType, "SHA-256 of the source file."),
                    key(SOURCE_LINE, LongType, "Line number in the source file (header = 1)."),
                    col(REASON_CODE, StringType, "First reason the row was rejected (see README: reason codes)."),
                    col(COLUMN_NAME, StringType, "Column the first reason is about."),
                    col(BAD_VALUE, StringType, "The offending value as received."),
                    col(MESSAGE, StringType, "The first reason, in words."),
                    col(ALL_REASON_CODES, createArrayType(StringType), "Every reason that applies to the row."),
                    col(RECORD_JSON, StringType, "The row as received (JSON); personal data, like bronze."),
                    col(INGESTED_AT, TimestampType, "When the row was rejected."))),
            List.of(SOURCE_SHA256, SOURCE_LINE, SOURCE_TABLE), "one row per rejected source line",
            "Rows that failed validation, with reasons and source locations. Nothing is dropped silently.");

    // ---------------------------------------------------------------- gold

    private static final StructField AS_OF = key(AS_OF_DATE, DateType,
            "The as-of date the row was computed for; recomputing an as-of replaces exactly its rows of that structure.");
    private static final StructField STRUCTURE_KEY = key(STRUCTURE, StringType,
            "REFERENCE = every year restated on the units valid at the as-of date (merged units' history under their successor,"
                    + " split units' divided by share) | HISTORICAL = units as they were in each year.");

    /**
     * A gold table: as_of_date and structure lead the schema and the key, so that computing one as-of on
     * one structure replaces exactly those rows ({@link #goldCondition}). Every gold table is made here.
     */
    static TableDef gold(String name, List<StructField> fields, List<String> key, String grain, String description) {
        List<StructField> all = new ArrayList<>(List.of(AS_OF, STRUCTURE_KEY));
        all.addAll(fields);
        List<String> keys = new ArrayList<>(List.of(AS_OF_DATE, STRUCTURE));
        keys.addAll(key);
        return new TableDef(new TableId(GOLD, name), createStructType(all), List.copyOf(keys),
                "one row per as_of_date × structure × " + grain, description);
    }

    /** The rows of one compute in any gold table: the replaceWhere condition and the readers' filter. */
    public static String goldCondition(java.time.LocalDate asOf, vn.ptdv.review.domain.Structure structure) {
        return AS_OF_DATE + " = DATE'" + asOf + "' AND " + STRUCTURE + " = '" + structure.name() + "'";
    }

    private static final StructField YEAR_KEY = key(YEAR, IntegerType, "Calendar year of the period; for TERM_TO_DATE the as-of year.");
    private static final StructField PERIOD_KEY = key(PERIOD, StringType,
            "YTD = 1 Jan to the as-of month-day (29 Feb -> 28 Feb in other years); FULL_YEAR = the calendar year, complete years only;"
                    + " TERM_TO_DATE = the congress term's start to the as-of date (trend, attainment, city only).");
    private static final String RATE_DOC =
            "100 × admissions / members_at_start, rounded half-up to 2 decimals; null when members_at_start is unknown or 0.";

    public static final TableDef GOLD_ADMISSIONS_TREND = gold("admissions_trend",
            List.of(
                    key(UNIT_CODE, StringType, "The unit (every level)."),
                    col(UNIT_NAME, StringType, "Name of the unit."),
                    col(UNIT_LEVEL, StringType, "CITY | UNIT | GRASSROOTS | CELL."),
                    YEAR_KEY,
                    PERIOD_KEY,
                    col(PERIOD_START, DateType, "First day of the period: 1 January; for TERM_TO_DATE the term's first day."),
                    col(PERIOD_END, DateType, "Last day of the period, included."),
                    col(ADMISSIONS, LongType, "ADMITTED events dated in the period in the unit or any unit below it."),
                    col(MEMBERS_AT_START, LongType, "Members, probationary included, at the start of 1 January of the year (see members_at_start_source); for TERM_TO_DATE at the start of the term's first day."),
                    col(MEMBERS_AT_START_SOURCE, StringType, "REPORTED (membership_counts) | ROSTER (counted from roster and events) | CHILDREN (sum over children)."),
                    col(ADMISSION_RATE_PCT, RATE, RATE_DOC),
                    col(PREV_YEAR_ADMISSIONS, LongType, "Admissions in the same period of the previous year; null for the first year in range. TERM_TO_DATE: the previous term over the same elapsed share of its days; null without one in range."),
                    col(CHANGE_VS_PREV_YEAR, LongType, "admissions - prev_year_admissions."),
                    col(RATIO_TO_PREV_YEAR_PCT, RATIO, "100 × admissions / prev_year_admissions, 1 decimal half-up; null when that is 0 or unknown."),
                    col(RANK_AMONG_YEARS, IntegerType, "1 = the year with most admissions in this period among the years in range; ties share a rank. Null for TERM_TO_DATE.")),
            List.of(UNIT_CODE, YEAR, PERIOD), "unit (every level) × year × period",
            "Admissions, start-of-year members and the admission rate, year against year.");

    public static final TableDef GOLD_TARGET_ATTAINMENT = gold("target_attainment",
            List.of(
                    key(UNIT_CODE, StringType, "The peer unit (đảng bộ trực thuộc)."),
                    col(UNIT_NAME, StringType, "Name of the unit."),
                    YEAR_KEY,
                    PERIOD_KEY,
                    col(ADMISSIONS, LongType, "Admissions in the period."),
                    col(ADMISSIONS_TARGET, IntegerType, "Annual plan (count) for the year; for TERM_TO_DATE the term's target over the whole term (term_targets.csv); null if none."),
                    col(RATE_TARGET_PCT, RATE_TARGET, "Annual plan or aspiration as % of members at start; null if none. For TERM_TO_DATE an annual rate, whose target is rate × the term's nominal years."),
                    col(ADMISSION_RATE_PCT, RATE, RATE_DOC),
                    col(ATTAINMENT_PCT, RATIO, "% so với kế hoạch: 100 × admissions / admissions_target; for a rate-only plan 100 × admission_rate_pct / rate_target_pct. 1 decimal half-up."),
                    col(ELAPSED_SHARE_PCT, RATIO, "Share of the year elapsed at the period end: 100 × days from 1 Jan to period_end inclusive / days in the year; for TERM_TO_DATE days of the term elapsed / its days."),
                    col(EXPECTED_BY_NOW, RATIO, "Plan pro rata to the elapsed share of the year (a rate-only plan counts as rate × members_at_start / 100)."),
                    col(EXPECTED_BY_NOW_SEASONAL, RATIO, "Plan × the share of full-year admissions the unit made by this month-day in earlier complete years in range; null without such years."),
                    col(STATUS, StringType, "MET | ON_TRACK (admissions >= the seasonal expectation, else the pro rata one) | BEHIND; null without a plan."),
                    col(TARGET_MET, BooleanType, "Đạt và vượt chỉ tiêu: admissions >= admissions_target; for a rate-only plan admission_rate_pct >= rate_target_pct; null without a plan."),
                    col(PROJECTED_YEAR_END, LongType, "Admissions projected for the whole year: admissions / seasonal share (else / elapsed share), rounded half-up; for FULL_YEAR the admissions; for TERM_TO_DATE to the term's end.")),
            List.of(UNIT_CODE, YEAR, PERIOD), "peer unit × year × period",
            "Each peer unit's admissions against its annual plan.");

    public static final TableDef GOLD_PEER_COMPARISON = gold("peer_comparison",
            List.of(
                    key(UNIT_CODE, StringType, "The peer unit."),
                    col(UNIT_NAME, StringType, "Name of the unit."),
                    col(PEER_GROUP, StringType, "Its peer group."),
                    YEAR_KEY,
                    PERIOD_KEY,
                    col(ADMISSIONS, LongType, "Admissions in the period."),
                    col(ADMISSION_RATE_PCT, RATE, RATE_DOC),
                    col(RANK_OVERALL, IntegerType, "Rank by admission_rate_pct among all peer units, 1 = highest; equal (rounded) rates share a rank."),
                    col(RANK_IN_GROUP, IntegerType, "The same rank within the peer group."),
                    col(UNITS_IN_GROUP, IntegerType, "Peer units in the group in this period."),
                    col(CITY_RATE_PCT, RATE, "The city's admission rate in the same period."),
                    col(DIFF_FROM_CITY_PP, RATE, "admission_rate_pct - city_rate_pct, in percentage points."),
                    col(QUARTILE, IntegerType, "1 = top quarter by rank_overall: ceil(4 × rank_overall / peer units)."),
                    col(TARGET_MET, BooleanType, "As in gold.target_attainment.")),
            List.of(UNIT_CODE, YEAR, PERIOD), "peer unit × year × period",
            "Peer units ranked by admission rate, overall and within their peer group, against the city.");

    public static final TableDef GOLD_CITY_SUMMARY = gold("city_summary",
            List.of(
                    col(UNIT_CODE, StringType, "Code of the city."),
                    YEAR_KEY,
                    PERIOD_KEY,
                    col(PERIOD_START, DateType, "First day of the period."),
                    col(PERIOD_END, DateType, "Last day of the period, included."),
                    col(ADMISSIONS, LongType, "Admissions in the city in the period."),
                    col(MEMBERS_AT_START, LongType, "City members at the start of 1 January; for TERM_TO_DATE at the start of the term's first day."),
                    col(ADMISSION_RATE_PCT, RATE, RATE_DOC),
                    col(PREV_YEAR_ADMISSIONS, LongType, "Same period of the previous year; null for the first year in range. TERM_TO_DATE: the previous term over the same elapsed share."),
                    col(CHANGE_VS_PREV_YEAR, LongType, "admissions - prev_year_admissions."),
                    col(RATIO_TO_PREV_YEAR_PCT, RATIO, "100 × admissions / prev_year_admissions, 1 decimal half-up."),
                    col(YEARS_EXCEEDED, createArrayType(IntegerType), "Years in range whose same period had fewer admissions, ascending."),
                    col(UNITS_TOTAL, IntegerType, "Peer units in the period."),
                    col(UNITS_MET_TARGET, IntegerType, "Peer units whose target_met is true (for TERM_TO_DATE: the term target)."),
                    col(UNITS_MET_TARGET_NAMES, createArrayType(StringType), "Their names, in name order.")),
            List.of(YEAR, PERIOD), "year × period",
            "The city headline of the review: the figures of its closing paragraph.");

    private static final String START_DOC =
            "Members, probationary included, at the start of 1 January of the year, as in gold.admissions_trend (reported total first).";

    public static final TableDef GOLD_MEMBERSHIP_FLOW = gold("membership_flow",
            List.of(
                    key(UNIT_CODE, StringType, "The unit (every level)."),
                    col(UNIT_NAME, StringType, "Name of the unit."),
                    col(UNIT_LEVEL, StringType, "CITY | UNIT | GRASSROOTS | CELL."),
                    YEAR_KEY,
                    PERIOD_KEY,
                    col(PERIOD_START, DateType, "First day of the period: 1 January; for TERM_TO_DATE the term's first day."),
                    col(PERIOD_END, DateType, "Last day of the period, included."),
                    col(MEMBERS_AT_START, LongType, START_DOC),
                    col(MEMBERS_AT_START_SOURCE, StringType, "REPORTED | ROSTER | CHILDREN, as in gold.admissions_trend."),
                    col(ADMITTED, LongType, "ADMITTED events in the period in the unit's subtree (= admissions of gold.admissions_trend)."),
                    col(TRANSFERRED_IN, LongType, "TRANSFER_IN events in the subtree, except moves from another unit of the same subtree (a move inside the city is not a transfer into the city)."),
                    col(TRANSFERRED_OUT, LongType, "TRANSFER_OUT events in the subtree, except moves to another unit of the same subtree."),
                    col(DIED, LongType, "DIED events (từ trần)."),
                    col(STRUCK_OFF, LongType, "STRUCK_OFF events (xóa tên)."),
                    col(EXPELLED, LongType, "EXPELLED events (khai trừ)."),
                    col(REMOVED, LongType, "REMOVED events (cho ra khỏi Đảng)."),
                    col(MEMBERS_AT_END, LongType, "Computed: members_at_start + admitted + transferred_in - transferred_out - died - struck_off - expelled - removed; null when members_at_start is unknown."),
                    col(BECAME_OFFICIAL, LongType, "OFFICIAL events in the period (probationary members who became official; not part of the balance)."),
                    col(REPORTED_MEMBERS_AT_END, LongType, "The total the unit reported for 1 January of the next year (membership_counts); only for periods ending on 31 December, null where not reported."),
                    col(BALANCE_GAP, LongType, "reported_members_at_end - members_at_end: 0 when the flow balances; negative when the report has fewer members than the events explain (e.g. a departure with no event), positive when more (e.g. an arrival with no event); null where either is unknown.")),
            List.of(UNIT_CODE, YEAR, PERIOD), "unit (every level) × year × period",
            "How each unit's membership changed: start, the flows in and out, the computed end, and its gap to the reported end.");

    public static final TableDef GOLD_ADMISSIONS_BREAKDOWN = gold("admissions_breakdown",
            List.of(
                    key(UNIT_CODE, StringType, "The city or a peer unit."),
                    col(UNIT_NAME, StringType, "Name of the unit."),
                    col(UNIT_LEVEL, StringType, "CITY | UNIT."),
                    YEAR_KEY,
                    PERIOD_KEY,
                    key(DIMENSION, StringType, "GENDER | ETHNICITY | RELIGION | AGE_BAND | EDUCATION | OCCUPATION | SOURCE_GROUP."),
                    key(CATEGORY, StringType, "GENDER: F | M; ETHNICITY: MINORITY | KINH; RELIGION: RELIGIOUS | NONE; AGE_BAND (whole years at admission): UNDER_18 | 18_30 | 31_45 | OVER_45; EDUCATION, OCCUPATION: as given; SOURCE_GROUP: as in events.csv. UNKNOWN where missing."),
                    col(ADMISSIONS, LongType, "Admissions in the period in the unit's subtree in this category; the categories of a dimension sum to the unit's admissions."),
                    col(SHARE_PCT, RATE, "100 × admissions / the unit's admissions in the period, rounded half-up to 2 decimals.")),
            List.of(UNIT_CODE, YEAR, PERIOD, DIMENSION, CATEGORY),
            "unit (city and peer units) × year × period × dimension × category with admissions",
            "Who was admitted: new members by gender, ethnicity, religion, age band, education, occupation and source group.");

    public static final TableDef GOLD_UNITS_WITHOUT_ADMISSIONS = gold("units_without_admissions",
            List.of(
                    key(UNIT_CODE, StringType, "The grassroots organisation or cell."),
                    col(UNIT_NAME, StringType, "Name of the unit."),
                    col(UNIT_LEVEL, StringType, "GRASSROOTS | CELL."),
                    col(PEER_UNIT_CODE, StringType, "The peer unit (đảng bộ trực thuộc) it belongs to."),
                    col(PEER_UNIT_NAME, StringType, "Name of that peer unit."),
                    YEAR_KEY,
                    PERIOD_KEY,
                    col(MEMBERS_AT_START, LongType, "Its size: " + START_DOC),
                    col(FULL_YEARS_WITHOUT_ADMISSIONS, IntegerType, "Consecutive complete calendar years without an admission, counted back from the last complete year of the period (the year itself for FULL_YEAR, the year before for YTD), within the years in range the unit existed."),
                    col(LAST_ADMISSION_YEAR, IntegerType, "Last complete year in range, up to the period, with an admission in the unit; null if none."),
                    col(DORMANT, BooleanType, "full_years_without_admissions >= review.compute.dormant-years (default 2).")),
            List.of(UNIT_CODE, YEAR, PERIOD),
            "grassroots organisation or cell × year × period in which it existed and admitted nobody",
            "Grassroots organisations and cells that admitted nobody in the period, and those dormant for several full years.");

    public static final TableDef GOLD_PIPELINE_FUNNEL = gold("pipeline_funnel",
            List.of(
                    key(UNIT_CODE, StringType, "The city or a peer unit."),
                    col(UNIT_NAME, StringType, "Name of the unit."),
                    col(UNIT_LEVEL, StringType, "CITY | UNIT."),
                    YEAR_KEY,
                    PERIOD_KEY,
                    col(CANDIDATES_IDENTIFIED, LongType, "Candidates (candidates.csv) in the unit's subtree identified in the period."),
                    col(COMPLETED_COURSE, LongType, "Candidates who completed the party awareness course in the period."),
                    col(APPLIED, LongType, "Candidates who applied for admission in the period."),
                    col(ADMITTED_FROM_CANDIDATES, LongType, "Candidates whose member (admitted_member_id) was admitted in the period."),
                    col(APPLIED_PCT_OF_COURSE, RATIO, "100 × applied / completed_course in the same period, 1 decimal half-up; null when no course was completed."),
                    col(ADMITTED_PCT_OF_COURSE, RATIO, "100 × admitted_from_candidates / completed_course in the same period (the seed's '60.9% of those who took the course'), 1 decimal half-up."),
                    col(ADMITTED_PCT_OF_APPLIED, RATIO, "100 × admitted_from_candidates / applied in the same period, 1 decimal half-up."),
                    col(MEDIAN_DAYS_COURSE_TO_ADMISSION, RATIO, "Median of the days from course completion to admission of the candidates admitted in the period (halfway between the two middle values for an even count); null if none."),
                    col(PROBATION_DUE, LongType, "Members admitted in the subtree whose 12 months of probation ended in the period (admitted_on + 12 months)."),
                    col(OFFICIAL_ON_TIME, LongType, "Of those, official by the as-of date and no later than 12 months + 30 working days (Monday-Friday; public holidays not deducted) after admission."),
                    col(OFFICIAL_LATE, LongType, "Of those, official by the as-of date but after that deadline."),
                    col(NOT_OFFICIAL_LEFT, LongType, "Of those, left (struck off, expelled, removed, died, transferred out) before becoming official."),
                    col(STILL_PROBATIONARY, LongType, "Of those, neither official nor gone at the as-of date; on_time + late + left + still = probation_due.")),
            List.of(UNIT_CODE, YEAR, PERIOD), "unit (city and peer units) × year × period",
            "The admission pipeline: candidates identified, trained, applied and admitted, and whether probation ended on time. Empty for an as-of computed without candidates.csv.");

    public static final TableDef SILVER_UNIT_LINEAGE = new TableDef(new TableId(SILVER, "unit_lineage"),
            withSilverLineage(
                    key(FROM_UNIT, StringType, "The unit members moved from."),
                    key(TO_UNIT, StringType, "The unit they moved to (from_unit itself for the part that stays)."),
                    key(EFFECTIVE_ON, DateType, "First day they belong to to_unit."),
                    col(SHARE, SHARE_TYPE, "Fraction of from_unit's members that moved; the shares of one from_unit on one date sum to 1.")),
            List.of(FROM_UNIT, TO_UNIT, EFFECTIVE_ON), "one row per from_unit × to_unit × effective_on",
            "Splits and partial transfers of units, validated: no cycles, no gaps or overlaps in validity, shares summing to 1."
                    + " Whole-unit successions are units.successor_code.");

    public static final List<TableDef> SILVER_ALL = List.of(SILVER_UNITS, SILVER_MEMBERS, SILVER_EVENTS, SILVER_TARGETS,
            SILVER_TERM_TARGETS, SILVER_MEMBERSHIP_COUNTS, SILVER_CANDIDATES, SILVER_UNIT_LINEAGE);

    // ---------------------------------------------------------------- gold views

    /**
     * The reference structure's rows of the latest as-of date computed into {@code table}: what "latest"
     * means in every view below (the figures of the units as they are now; a historical compute of the
     * same as-of would otherwise double every row).
     */
    private static String latestAsOf(TableDef table) {
        String reference = STRUCTURE + " = '" + vn.ptdv.review.domain.Structure.REFERENCE.name() + "'";
        return reference + " AND " + AS_OF_DATE + " = (SELECT max(" + AS_OF_DATE + ") FROM " + table.qualified()
                + " WHERE " + reference + ")";
    }

    /** The as-of year's year-to-date rows ("2024, 1 Jan to the as-of day"). */
    private static final String AS_OF_YEAR_TO_DATE = PERIOD + " = '" + PeriodKind.YTD.name() + "' AND " + YEAR
            + " = year(" + AS_OF_DATE + ")";

    public static final ViewDef GOLD_V_LATEST_CITY_SUMMARY = new ViewDef(new TableId(GOLD, "v_latest_city_summary"),
            "The city headline at the latest as-of date computed, reference structure: gold.city_summary's rows of that date.",
            "one row per year × period",
            "SELECT * FROM " + GOLD_CITY_SUMMARY.qualified() + " WHERE " + latestAsOf(GOLD_CITY_SUMMARY));

    public static final ViewDef GOLD_V_PEER_RANKING_LATEST = new ViewDef(new TableId(GOLD, "v_peer_ranking_latest"),
            "Peer units ranked by admission rate, year to date at the latest as-of date, reference structure: gold.peer_comparison's rows"
                    + " of that date, its year and period YTD.",
            "one row per peer unit",
            "SELECT * FROM " + GOLD_PEER_COMPARISON.qualified() + " WHERE " + latestAsOf(GOLD_PEER_COMPARISON)
                    + " AND " + AS_OF_YEAR_TO_DATE);

    public static final ViewDef GOLD_V_TARGET_ATTAINMENT_LATEST = new ViewDef(new TableId(GOLD, "v_target_attainment_latest"),
            "Each peer unit against its annual plan, year to date at the latest as-of date, reference structure: gold.target_attainment's"
                    + " rows of that date, its year and period YTD.",
            "one row per peer unit",
            "SELECT * FROM " + GOLD_TARGET_ATTAINMENT.qualified() + " WHERE " + latestAsOf(GOLD_TARGET_ATTAINMENT)
                    + " AND " + AS_OF_YEAR_TO_DATE);

    public static final ViewDef GOLD_V_TREND_LATEST = new ViewDef(new TableId(GOLD, "v_trend_latest"),
            "Admissions and rates of the city and its peer units, the same period (1 Jan to the as-of day) of every"
                    + " year in range, at the latest as-of date, reference structure: gold.admissions_trend's CITY and UNIT rows, period YTD.",
            "one row per unit (city or peer unit) × year",
            "SELECT * FROM " + GOLD_ADMISSIONS_TREND.qualified() + " WHERE " + latestAsOf(GOLD_ADMISSIONS_TREND)
                    + " AND " + PERIOD + " = '" + PeriodKind.YTD.name() + "' AND " + UNIT_LEVEL + " IN ('"
                    + UnitLevel.CITY.name() + "', '" + UnitLevel.UNIT.name() + "')");

    /** Every view, created (or replaced) with the gold tables. */
    public static final List<ViewDef> GOLD_VIEWS = List.of(GOLD_V_LATEST_CITY_SUMMARY, GOLD_V_PEER_RANKING_LATEST,
            GOLD_V_TARGET_ATTAINMENT_LATEST, GOLD_V_TREND_LATEST);

    public static final List<TableDef> GOLD_ALL = List.of(GOLD_ADMISSIONS_TREND, GOLD_TARGET_ATTAINMENT,
            GOLD_PEER_COMPARISON, GOLD_CITY_SUMMARY, GOLD_MEMBERSHIP_FLOW, GOLD_ADMISSIONS_BREAKDOWN,
            GOLD_UNITS_WITHOUT_ADMISSIONS, GOLD_PIPELINE_FUNNEL);

    // ---------------------------------------------------------------- audit

    public static final TableDef AUDIT_SQL_STATEMENTS = new TableDef(new TableId(AUDIT, "sql_statements"),
            createStructType(List.of(
                    key(STATEMENT_ID, StringType, "Id of the statement (the Thrift server's operation id; the Spark job group of its jobs)."
                            + " A failed login has an id of its own."),
                    col(STARTED_AT, TimestampType, "When the statement (or the login) reached the server."),
                    col(FINISHED_AT, TimestampType, "When its outcome was known (refused, failed, or its results fetched and closed)."),
                    col(ACCOUNT, StringType, "The account that sent it; 'anonymous' on an endpoint without accounts (loopback only)."),
                    col(ROLE, StringType, "analyst | data-team: what the account may read; null for a failed login."),
                    col(UNIT_SCOPE, StringType, "The unit the account is scoped to (it sees that unit and the units beneath it); null for the whole city."),
                    col(CLIENT_ADDRESS, StringType, "IP address the connection came from."),
                    col(STATEMENT, StringType, "The statement as sent (first 10,000 characters); null for a login."),
                    col(TABLES_READ, createArrayType(StringType), "Tables and views the statement reads, database.name, sorted; empty when refused before analysis."),
                    col(ROWS_RETURNED, LongType, "Rows sent back; null when refused or failed."),
                    col(OUTCOME, StringType, "SERVED | REFUSED (by the endpoint's checks, before anything ran) | FAILED (an error while running)"
                            + " | LOGIN_FAILED (wrong name or password, or a locked account)."),
                    col(MESSAGE, StringType, "Why it was refused or failed; null when served."))),
            List.of(STATEMENT_ID), "one row per statement sent to the SQL endpoint, and per failed login",
            "Who read what through the SQL endpoint: every statement, served or refused, with its account, address,"
                    + " tables and rows. Written by the endpoint only; kept review.sql-endpoint.audit.retention-days.");

    /** Every table, bronze first. */
    public static List<TableDef> all() {
        List<TableDef> all = new ArrayList<>();
        for (SourceFile f : SourceFile.values()) all.add(bronze(f));
        all.addAll(SILVER_ALL);
        all.add(QUARANTINE_ROWS);
        all.addAll(GOLD_ALL);
        all.add(AUDIT_SQL_STATEMENTS);
        return all;
    }
}
