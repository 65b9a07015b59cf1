package vn.ptdv.review.catalog;

/**
 * Every column name of the product, in one place. Input files, silver and gold share names where they
 * mean the same thing, so a join never needs a rename.
 */
public final class Col {
    private Col() {}

    // Organisational units
    public static final String UNIT_CODE = "unit_code";
    public static final String UNIT_NAME = "unit_name";
    public static final String PARENT_CODE = "parent_code";
    public static final String UNIT_LEVEL = "unit_level";
    public static final String PEER_GROUP = "peer_group";
    public static final String VALID_FROM = "valid_from";
    public static final String VALID_TO = "valid_to";
    public static final String SUCCESSOR_CODE = "successor_code";
    public static final String ANCESTOR_CODE = "ancestor_code";

    // Unit lineage (unit_lineage.csv, silver.unit_lineage)
    public static final String FROM_UNIT = "from_unit";
    public static final String TO_UNIT = "to_unit";
    public static final String EFFECTIVE_ON = "effective_on";
    public static final String SHARE = "share";
    /** The unit of the reference structure a historical unit's facts are restated on. */
    public static final String REFERENCE_CODE = "reference_code";

    // Members (raw identity columns exist only in bronze)
    public static final String MEMBER_ID = "member_id";
    public static final String FULL_NAME = "full_name";
    public static final String BIRTH_DATE = "birth_date";
    public static final String MEMBER_KEY = "member_key";
    public static final String BIRTH_YEAR = "birth_year";
    public static final String AGE_AT_ADMISSION = "age_at_admission";
    public static final String GENDER = "gender";
    public static final String ETHNICITY = "ethnicity";
    public static final String RELIGION = "religion";
    public static final String EDUCATION = "education";
    public static final String OCCUPATION = "occupation";
    public static final String ADMITTED_ON = "admitted_on";
    public static final String OFFICIAL_ON = "official_on";
    public static final String LEFT_ON = "left_on";
    public static final String LEFT_REASON = "left_reason";

    // Events
    public static final String EVENT_ID = "event_id";
    public static final String EVENT_TYPE = "event_type";
    public static final String EVENT_DATE = "event_date";
    public static final String SOURCE_GROUP = "source_group";

    // Targets and reported counts
    public static final String YEAR = "year";
    public static final String ADMISSIONS_TARGET = "admissions_target";
    public static final String RATE_TARGET_PCT = "rate_target_pct";
    public static final String TERM = "term";
    public static final String MEMBERS_AT_START = "members_at_start";

    // Lineage, on bronze and silver rows
    public static final String BATCH_ID = "_batch_id";
    public static final String SOURCE_FILE = "_source_file";
    public static final String SOURCE_SHA256 = "_source_sha256";
    public static final String SOURCE_LINE = "_source_line";
    public static final String INGESTED_AT = "_ingested_at";
    public static final String MALFORMED = "_malformed";
    public static final String RAW_LINE = "_raw_line";
    public static final String ROW_HASH = "_row_hash";

    // Quarantine
    public static final String SOURCE_TABLE = "source_table";
    public static final String REASON_CODE = "reason_code";
    public static final String COLUMN_NAME = "column_name";
    public static final String BAD_VALUE = "bad_value";
    public static final String MESSAGE = "message";
    public static final String ALL_REASON_CODES = "all_reason_codes";
    public static final String RECORD_JSON = "record_json";

    // Gold
    public static final String AS_OF_DATE = "as_of_date";
    /** REFERENCE | HISTORICAL: the unit structure of the row (domain.Structure); part of every gold key. */
    public static final String STRUCTURE = "structure";
    public static final String PERIOD = "period";
    public static final String PERIOD_START = "period_start";
    public static final String PERIOD_END = "period_end";
    public static final String ADMISSIONS = "admissions";
    public static final String MEMBERS_AT_START_SOURCE = "members_at_start_source";
    public static final String ADMISSION_RATE_PCT = "admission_rate_pct";
    public static final String PREV_YEAR_ADMISSIONS = "prev_year_admissions";
    public static final String CHANGE_VS_PREV_YEAR = "change_vs_prev_year";
    public static final String RATIO_TO_PREV_YEAR_PCT = "ratio_to_prev_year_pct";
    public static final String RANK_AMONG_YEARS = "rank_among_years";
    public static final String ATTAINMENT_PCT = "attainment_pct";
    public static final String ELAPSED_SHARE_PCT = "elapsed_share_pct";
    public static final String EXPECTED_BY_NOW = "expected_by_now";
    public static final String EXPECTED_BY_NOW_SEASONAL = "expected_by_now_seasonal";
    public static final String STATUS = "status";
    public static final String TARGET_MET = "target_met";
    public static final String PROJECTED_YEAR_END = "projected_year_end";
    public static final String RANK_OVERALL = "rank_overall";
    public static final String RANK_IN_GROUP = "rank_in_group";
    public static final String UNITS_IN_GROUP = "units_in_group";
    public static final String CITY_RATE_PCT = "city_rate_pct";
    public static final String DIFF_FROM_CITY_PP = "diff_from_city_pp";
    public static final String QUARTILE = "quartile";
    public static final String YEARS_EXCEEDED = "years_exceeded";
    public static final String UNITS_TOTAL = "units_total";
    public static final String UNITS_MET_TARGET = "units_met_target";
    public static final String UNITS_MET_TARGET_NAMES = "units_met_target_names";

    // Membership flow
    public static final String ADMITTED = "admitted";
    public static final String TRANSFERRED_IN = "transferred_in";
    public static final String TRANSFERRED_OUT = "transferred_out";
    public static final String DIED = "died";
    public static final String STRUCK_OFF = "struck_off";
    public static final String EXPELLED = "expelled";
    public static final String REMOVED = "removed";
    public static final String MEMBERS_AT_END = "members_at_end";
    public static final String BECAME_OFFICIAL = "became_official";
    public static final String REPORTED_MEMBERS_AT_END = "reported_members_at_end";
    public static final String BALANCE_GAP = "balance_gap";

    // Admissions breakdown
    public static final String DIMENSION = "dimension";
    public static final String CATEGORY = "category";
    public static final String SHARE_PCT = "share_pct";

    // Units without admissions
    public static final String PEER_UNIT_CODE = "peer_unit_code";
    public static final String PEER_UNIT_NAME = "peer_unit_name";
    public static final String FULL_YEARS_WITHOUT_ADMISSIONS = "full_years_without_admissions";
    public static final String LAST_ADMISSION_YEAR = "last_admission_year";
    public static final String DORMANT = "dormant";

    // Candidates (candidates.csv; raw ids only in bronze)
    public static final String CANDIDATE_ID = "candidate_id";
    public static final String CANDIDATE_KEY = "candidate_key";
    public static final String IDENTIFIED_ON = "identified_on";
    public static final String COURSE_COMPLETED_ON = "course_completed_on";
    public static final String APPLIED_ON = "applied_on";
    public static final String ADMITTED_MEMBER_ID = "admitted_member_id";
    public static final String ADMITTED_MEMBER_KEY = "admitted_member_key";

    // Pipeline funnel
    public static final String CANDIDATES_IDENTIFIED = "candidates_identified";
    public static final String COMPLETED_COURSE = "completed_course";
    public static final String APPLIED = "applied";
    public static final String ADMITTED_FROM_CANDIDATES = "admitted_from_candidates";
    public static final String APPLIED_PCT_OF_COURSE = "applied_pct_of_course";
    public static final String ADMITTED_PCT_OF_COURSE = "admitted_pct_of_course";
    public static final String ADMITTED_PCT_OF_APPLIED = "admitted_pct_of_applied";
    public static final String MEDIAN_DAYS_COURSE_TO_ADMISSION = "median_days_course_to_admission";
    public static final String PROBATION_DUE = "probation_due";
    public static final String OFFICIAL_ON_TIME = "official_on_time";
    public static final String OFFICIAL_LATE = "official_late";
    public static final String NOT_OFFICIAL_LEFT = "not_official_left";
    public static final String STILL_PROBATIONARY = "still_probationary";

    // The SQL endpoint's audit trail (audit.sql_statements)
    public static final String STATEMENT_ID = "statement_id";
    public static final String STARTED_AT = "started_at";
    public static final String FINISHED_AT = "finished_at";
    public static final String ACCOUNT = "account";
    public static final String ROLE = "role";
    public static final String UNIT_SCOPE = "unit_scope";
    public static final String CLIENT_ADDRESS = "client_address";
    public static final String STATEMENT = "statement";
    public static final String TABLES_READ = "tables_read";
    public static final String ROWS_RETURNED = "rows_returned";
    public static final String OUTCOME = "outcome";
}
