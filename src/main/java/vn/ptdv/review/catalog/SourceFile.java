package vn.ptdv.review.catalog;

import static vn.ptdv.review.catalog.Col.*;

import java.util.List;

/**
 * The input contract: the files of a source drop and their columns. Each a UTF-8 CSV (with or without
 * BOM) or an .xlsx workbook; a header row (names and words may be mapped, sources.SourceMapping), dates as
 * configured (ISO yyyy-MM-dd by default), an empty cell is null. Extra
 * columns are kept in bronze and ignored after. Part of the catalog because {@link Tables} builds the
 * bronze tables from it; sources checks drops against it.
 */
public enum SourceFile {
    UNITS("units.csv", false, "The organisational tree: the city, its peer units, grassroots organisations and cells.",
            List.of(
                    SourceColumn.required(UNIT_CODE, "Unique code of the unit."),
                    SourceColumn.required(UNIT_NAME, "Name as used in reports (Vietnamese, with diacritics)."),
                    SourceColumn.required(PARENT_CODE, "Code of the unit directly above; empty for the city."),
                    SourceColumn.required(UNIT_LEVEL, "CITY | UNIT | GRASSROOTS | CELL; UNIT = đảng bộ trực thuộc, the peer units."),
                    SourceColumn.required(PEER_GROUP, "For UNIT rows: the group compared among itself, e.g. URBAN_DISTRICT, RURAL_DISTRICT, SECTOR."),
                    SourceColumn.optional(VALID_FROM, "First day the unit existed; empty = always."),
                    SourceColumn.optional(VALID_TO, "Last day the unit existed; empty = still current."),
                    SourceColumn.optional(SUCCESSOR_CODE, "The unit that took it over, if any."))),
    MEMBERS("members.csv", false, "The roster (personal data: stays in bronze; silver keeps a pseudonymous key).",
            List.of(
                    SourceColumn.required(MEMBER_ID, "The member's id in the source system (never leaves bronze)."),
                    SourceColumn.optional(FULL_NAME, "Full name (never leaves bronze)."),
                    SourceColumn.optional(BIRTH_DATE, "Date of birth (never leaves bronze; silver keeps birth year and age at admission)."),
                    SourceColumn.required(GENDER, "M | F."),
                    SourceColumn.optional(ETHNICITY, "Ethnic group, e.g. Kinh, Cơ Tu."),
                    SourceColumn.optional(RELIGION, "Religion; 'Không' for none."),
                    SourceColumn.optional(EDUCATION, "Highest education level."),
                    SourceColumn.optional(OCCUPATION, "Occupation at admission."),
                    SourceColumn.required(UNIT_CODE, "Current cell or grassroots organisation."),
                    SourceColumn.required(ADMITTED_ON, "Admission date (kết nạp)."),
                    SourceColumn.optional(OFFICIAL_ON, "Date the member became official (chính thức); empty while probationary."),
                    SourceColumn.optional(LEFT_ON, "Date the member left the city's organisation; empty if still a member."),
                    SourceColumn.optional(LEFT_REASON, "TRANSFER_OUT | STRUCK_OFF | EXPELLED | REMOVED | DIED, when left_on is set."))),
    EVENTS("events.csv", false, "What happened to members, dated, in the unit where it happened.",
            List.of(
                    SourceColumn.required(EVENT_ID, "Unique id of the event."),
                    SourceColumn.required(MEMBER_ID, "The member (as in members.csv)."),
                    SourceColumn.required(EVENT_TYPE, "ADMITTED | OFFICIAL | TRANSFER_IN | TRANSFER_OUT | STRUCK_OFF | EXPELLED | REMOVED | DIED."),
                    SourceColumn.required(EVENT_DATE, "Date of the event."),
                    SourceColumn.required(UNIT_CODE, "Unit where it happened (the admitting cell for ADMITTED)."),
                    SourceColumn.optional(SOURCE_GROUP, "For ADMITTED: YOUTH_UNION | STUDENT | TEACHER | ENTERPRISE_WORKER | RESIDENT | OTHER."))),
    TARGETS("targets.csv", false, "Annual admission plans (chỉ tiêu) per unit and year.",
            List.of(
                    SourceColumn.required(UNIT_CODE, "The unit the plan is assigned to."),
                    SourceColumn.required(YEAR, "Plan year."),
                    SourceColumn.required(ADMISSIONS_TARGET, "Annual plan as a count of admissions; may be empty."),
                    SourceColumn.optional(RATE_TARGET_PCT, "Annual plan or aspiration as % of members at start of year; may be empty."))),
    TERM_TARGETS("term_targets.csv", true, "Targets of the congress term's resolution per unit: admissions over the term"
            + " and/or an annual rate; the term named as in review.compute.terms.",
            List.of(
                    SourceColumn.required(UNIT_CODE, "The unit the target is assigned to."),
                    SourceColumn.required(TERM, "The term, by its name in review.compute.terms, e.g. 2020-2025."),
                    SourceColumn.required(ADMISSIONS_TARGET, "Admissions over the whole term; may be empty."),
                    SourceColumn.optional(RATE_TARGET_PCT, "Admissions per year as % of members at the term's start; may be empty."))),
    MEMBERSHIP_COUNTS("membership_counts.csv", true, "Totals units reported for 1 January; they take precedence over the roster.",
            List.of(
                    SourceColumn.required(UNIT_CODE, "The reporting unit."),
                    SourceColumn.required(YEAR, "The year whose 1 January the count is for."),
                    SourceColumn.required(MEMBERS_AT_START, "Total members, probationary included, at 1 January."))),
    CANDIDATES("candidates.csv", true, "The admission pipeline: outstanding candidates (quần chúng ưu tú), the awareness course, the application, the admission (personal data: ids are pseudonymised in silver).",
            List.of(
                    SourceColumn.required(CANDIDATE_ID, "The candidate's id in the source system (never leaves bronze)."),
                    SourceColumn.required(UNIT_CODE, "The cell or grassroots organisation following the candidate."),
                    SourceColumn.required(IDENTIFIED_ON, "Date the candidate was identified as an outstanding candidate."),
                    SourceColumn.optional(COURSE_COMPLETED_ON, "Date the party awareness course was completed (certificate); empty if not yet."),
                    SourceColumn.optional(APPLIED_ON, "Date the application for admission was made; empty if not yet."),
                    SourceColumn.optional(ADMITTED_MEMBER_ID, "The member_id (as in members.csv) once admitted; empty if not admitted."),
                    SourceColumn.optional(SOURCE_GROUP, "YOUTH_UNION | STUDENT | TEACHER | ENTERPRISE_WORKER | RESIDENT | OTHER."))),
    UNIT_LINEAGE("unit_lineage.csv", true, "Splits and partial transfers of units: where a share of a unit's members went on a date."
            + " A whole unit merged or renamed needs only units.csv's successor_code.",
            List.of(
                    SourceColumn.required(FROM_UNIT, "The unit members moved from."),
                    SourceColumn.required(TO_UNIT, "The unit they moved to; the from_unit itself for the part that stays."),
                    SourceColumn.required(EFFECTIVE_ON, "First day they belong to to_unit."),
                    SourceColumn.required(SHARE, "Fraction of from_unit's members that moved, 0 < share <= 1; the shares of one"
                            + " from_unit on one date sum to 1.")));

    private final String fileName;
    private final boolean optionalFile;
    private final String description;
    private final List<SourceColumn> columns;

    SourceFile(String fileName, boolean optionalFile, String description, List<SourceColumn> columns) {
        this.fileName = fileName;
        this.optionalFile = optionalFile;
        this.description = description;
        this.columns = columns;
    }

    public String fileName() { return fileName; }

    /** An optional file may be absent from a drop; a required one may not. */
    public boolean optionalFile() { return optionalFile; }

    public String description() { return description; }

    public List<SourceColumn> columns() { return columns; }

    public List<String> columnNames() { return columns.stream().map(SourceColumn::name).toList(); }

    /** Lower-case name without extension, used for the bronze table and quarantine's source_table. */
    public String tableName() { return fileName.substring(0, fileName.indexOf('.')); }
}
