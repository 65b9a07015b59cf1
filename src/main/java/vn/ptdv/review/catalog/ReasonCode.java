package vn.ptdv.review.catalog;

/**
 * Why a source row was quarantined: the values of {@code reason_code} in {@link Tables#QUARANTINE_ROWS}.
 * Silver's rules assign them; the data dictionary's list of reason codes is generated from this enum
 * ({@link DataDictionary}).
 */
public enum ReasonCode {
    MALFORMED_ROW("The line could not be split into the header's columns (unbalanced quote, wrong number of fields)."),
    MISSING_VALUE("A required value is empty."),
    INVALID_VALUE("A value is not one of the accepted values of its column."),
    INVALID_DATE("A date does not parse with the configured date format, or is not a real date (31/02)."),
    INVALID_NUMBER("A number is not a plain non-negative number (no thousands separators, '.' as decimal point)."),
    FUTURE_DATE("A date lies after the day of ingestion."),
    DATES_OUT_OF_ORDER("Dates contradict each other (official or left before admitted, valid_to before valid_from, born after admitted)."),
    AGE_OUT_OF_RANGE("Age at admission under 16 or over 100."),
    UNKNOWN_UNIT("The unit code is not in units.csv nor in silver.units."),
    EXCEL_MANGLED_CODE("A numeric unit code matches a known unit only once its lost leading zeros are restored (a spreadsheet round trip)."),
    UNKNOWN_MEMBER("The member is not in members.csv nor in silver.members."),
    EVENT_BEFORE_ADMISSION("The event is dated before the member's admission."),
    ADMISSION_DATE_MISMATCH("An ADMITTED event's date differs from the member's admitted_on in the roster."),
    DUPLICATE_ADMISSION("The member already has another ADMITTED event."),
    DUPLICATE_KEY_CONFLICT("Two or more rows of the drop share a key but differ in content; all of them are held back."),
    NO_TARGET_VALUE("A target row gives neither admissions_target nor rate_target_pct."),
    UNKNOWN_TERM("The term is not one of review.compute.terms."),
    LINEAGE_SHARES("The shares of one from_unit on one effective_on date do not sum to 1 (every row of the group is held back, the lines named)."),
    LINEAGE_CYCLE("Lineage rows (with units.csv's successor_code) lead from a unit back to itself (every row of the cycle is held back, the lines named)."),
    LINEAGE_GAP("The lineage leaves days with no unit: a successor (successor_code, to_unit) does not exist on the day it takes over, or a unit ended days before its members moved."),
    LINEAGE_OVERLAP("The lineage has two units at once: successor_code without valid_to, or every member of from_unit moved on effective_on while it stays valid.");

    private final String description;

    ReasonCode(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
