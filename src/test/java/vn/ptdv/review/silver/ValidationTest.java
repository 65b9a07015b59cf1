package vn.ptdv.review.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.testing.SparkTest;
import vn.ptdv.review.testing.ValidationHarness;

/**
 * Each rule on a hand-made file: which lines are accepted, and for the others the reason, column and
 * raw value reported. Line numbers count the header as line 1.
 */
class ValidationTest extends SparkTest {
    @TempDir
    Path dir;

    static final String UNITS_HEADER = "unit_code,unit_name,parent_code,unit_level,peer_group,valid_from,valid_to\n";
    static final String MEMBERS_HEADER = "member_id,full_name,birth_date,gender,unit_code,admitted_on,official_on,left_on,left_reason\n";
    static final String EVENTS_HEADER = "event_id,member_id,event_type,event_date,unit_code,source_group\n";

    static Row quarantinedAt(Validated v, long line) {
        return one(v.quarantined(), SOURCE_LINE + " = " + line);
    }

    static List<Long> acceptedLines(Validated v) {
        return v.accepted().orderBy(SOURCE_LINE).select(SOURCE_LINE).as(org.apache.spark.sql.Encoders.LONG()).collectAsList();
    }

    @Test
    void unitsWithUnknownParentMissingPeerGroupOrReversedValidityAreQuarantined() {
        Validated v = new ValidationHarness(dir).validate(new UnitsSpec(), UNITS_HEADER
                + "DN,Đà Nẵng,,CITY,,,\n"                       // line 2: fine
                + "HV,Huyện ủy Hòa Vang,DN,UNIT,RURAL_DISTRICT,,\n" // line 3: fine, parent in the same file
                + "XX,Vô chủ,NOPE,GRASSROOTS,,,\n"              // line 4: parent unknown
                + "HC,Quận ủy Hải Châu,DN,UNIT,,,\n"            // line 5: peer unit without group
                + "C1,Chi bộ 1,HV,CELL,,2024-05-01,2024-01-01\n"); // line 6: valid_to before valid_from
        assertThat(acceptedLines(v)).containsExactly(2L, 3L);
        Row unknown = quarantinedAt(v, 4);
        assertThat(unknown.<String>getAs(REASON_CODE)).isEqualTo("UNKNOWN_UNIT");
        assertThat(unknown.<String>getAs(COLUMN_NAME)).isEqualTo(PARENT_CODE);
        assertThat(unknown.<String>getAs(BAD_VALUE)).isEqualTo("NOPE");
        assertThat(quarantinedAt(v, 5).<String>getAs(REASON_CODE)).isEqualTo("MISSING_VALUE");
        assertThat(quarantinedAt(v, 5).<String>getAs(COLUMN_NAME)).isEqualTo(PEER_GROUP);
        assertThat(quarantinedAt(v, 6).<String>getAs(REASON_CODE)).isEqualTo("DATES_OUT_OF_ORDER");
    }

    @Test
    void impossibleOrWronglyFormattedDateIsInvalidDateWithTheRawValue() {
        Validated v = new ValidationHarness(dir).units("C1").validate(new MembersSpec(), MEMBERS_HEADER
                + "A1,Lê Văn A,1990-05-01,M,C1,2024-03-02,,,\n"
                + "A2,Lê Thị B,31/02/2024,F,C1,2024-03-02,,,\n"
                + "A3,Lê Thị C,1990-02-30,F,C1,2024-03-02,,,\n");
        assertThat(acceptedLines(v)).containsExactly(2L);
        Row slashes = quarantinedAt(v, 3);
        assertThat(slashes.<String>getAs(REASON_CODE)).isEqualTo("INVALID_DATE");
        assertThat(slashes.<String>getAs(COLUMN_NAME)).isEqualTo(BIRTH_DATE);
        assertThat(slashes.<String>getAs(BAD_VALUE)).isEqualTo("31/02/2024");
        assertThat(quarantinedAt(v, 4).<String>getAs(BAD_VALUE)).isEqualTo("1990-02-30");
    }

    @Test
    void configuredDayMonthYearFormatIsParsed() {
        Validated v = new ValidationHarness(dir).units("C1").dateFormat("dd/MM/yyyy").validate(new MembersSpec(), MEMBERS_HEADER
                + "A1,Lê Văn A,01/05/1990,M,C1,02/03/2024,,,\n");
        Row m = v.accepted().first();
        assertThat(m.<java.sql.Date>getAs(ADMITTED_ON).toString()).isEqualTo("2024-03-02");
        // Born 1 May 1990, admitted 2 Mar 2024: the 34th birthday is not reached yet, so 33.
        assertThat(m.<Integer>getAs(AGE_AT_ADMISSION)).isEqualTo(33);
        assertThat(m.<Integer>getAs(BIRTH_YEAR)).isEqualTo(1990);
    }

    @Test
    void rosterKeepsNoNameBirthDateOrRawIdButAKeyedPseudonym() {
        Validated v = new ValidationHarness(dir).units("C1").validate(new MembersSpec(), MEMBERS_HEADER
                + "A1,Lê Văn A,1990-05-01,M,C1,2024-03-02,,,\n");
        assertThat(v.accepted().columns()).doesNotContain(MEMBER_ID, FULL_NAME, BIRTH_DATE);
        assertThat(v.accepted().first().<String>getAs(MEMBER_KEY)).isEqualTo(ValidationHarness.key("A1"));
    }

    @Test
    void officialOrLeftBeforeAdmissionIsDatesOutOfOrder() {
        Validated v = new ValidationHarness(dir).units("C1").validate(new MembersSpec(), MEMBERS_HEADER
                + "A1,X,1990-05-01,M,C1,2024-03-02,2024-03-01,,\n"
                + "A2,Y,1990-05-01,M,C1,2024-03-02,,2023-12-31,DIED\n");
        assertThat(quarantinedAt(v, 2).<String>getAs(REASON_CODE)).isEqualTo("DATES_OUT_OF_ORDER");
        assertThat(quarantinedAt(v, 2).<String>getAs(COLUMN_NAME)).isEqualTo(OFFICIAL_ON);
        assertThat(quarantinedAt(v, 3).<String>getAs(COLUMN_NAME)).isEqualTo(LEFT_ON);
    }

    @Test
    void thousandsDotNegativeOrMissingTargetsAreRejected() {
        Validated v = new ValidationHarness(dir).units("HV").validate(new TargetsSpec(),
                "unit_code,year,admissions_target,rate_target_pct\n"
                        + "HV,2024,155,3.0\n"   // 2: fine
                        + "HV,2023,1.381,\n"    // 3: Vietnamese thousands dot
                        + "HV,2022,-5,\n"       // 4: negative
                        + "HV,2021,,\n"         // 5: neither value
                        + "HV,2020,,3,5\n");    // 6: decimal comma splits the field: 5 fields for 4 columns
        assertThat(acceptedLines(v)).containsExactly(2L);
        assertThat(quarantinedAt(v, 3).<String>getAs(REASON_CODE)).isEqualTo("INVALID_NUMBER");
        assertThat(quarantinedAt(v, 3).<String>getAs(BAD_VALUE)).isEqualTo("1.381");
        assertThat(quarantinedAt(v, 4).<String>getAs(REASON_CODE)).isEqualTo("INVALID_NUMBER");
        assertThat(quarantinedAt(v, 5).<String>getAs(REASON_CODE)).isEqualTo("NO_TARGET_VALUE");
        assertThat(quarantinedAt(v, 6).<String>getAs(REASON_CODE)).isEqualTo("MALFORMED_ROW");
        assertThat(quarantinedAt(v, 6).<String>getAs(MESSAGE)).isEqualTo("line 6: has 5 fields, the header has 4");
    }

    @Test
    void termTargetsNameAConfiguredTermAndGiveACountOrARate() {
        // reference.conf's terms: 2020-2025 and 2025-2030.
        Validated v = new ValidationHarness(dir).units("HV", "HC").validate(new TermTargetsSpec(),
                "unit_code,term,admissions_target,rate_target_pct\n"
                        + "HV,2020-2025,775,\n"    // 2: a count over the term
                        + "HC,2020-2025,,3.2\n"    // 3: an annual rate
                        + "HV,2015-2020,700,\n"    // 4: a term the configuration does not know
                        + "HC,,100,\n"             // 5: no term
                        + "HV,2025-2030,,\n"       // 6: neither value
                        + "XX,2025-2030,10,\n"     // 7: unknown unit
                        + "HC,2025-2030,,101\n");  // 8: not a percentage
        assertThat(acceptedLines(v)).containsExactly(2L, 3L);
        Row unknownTerm = quarantinedAt(v, 4);
        assertThat(unknownTerm.<String>getAs(REASON_CODE)).isEqualTo("UNKNOWN_TERM");
        assertThat(unknownTerm.<String>getAs(COLUMN_NAME)).isEqualTo(TERM);
        assertThat(unknownTerm.<String>getAs(BAD_VALUE)).isEqualTo("2015-2020");
        assertThat(unknownTerm.<String>getAs(MESSAGE))
                .isEqualTo("term '2015-2020' is not a term of review.compute.terms (configured: 2020-2025, 2025-2030)");
        assertThat(quarantinedAt(v, 5).<String>getAs(REASON_CODE)).isEqualTo("MISSING_VALUE");
        assertThat(quarantinedAt(v, 6).<String>getAs(REASON_CODE)).isEqualTo("NO_TARGET_VALUE");
        assertThat(quarantinedAt(v, 7).<String>getAs(REASON_CODE)).isEqualTo("UNKNOWN_UNIT");
        assertThat(quarantinedAt(v, 8).<String>getAs(REASON_CODE)).isEqualTo("INVALID_NUMBER");
        Row count = one(v.accepted(), SOURCE_LINE + " = 2");
        assertThat(count.<Integer>getAs(ADMISSIONS_TARGET)).isEqualTo(775);
    }

    @Test
    void withoutConfiguredTermsEveryTermTargetIsUnknown() {
        Validated v = new ValidationHarness(dir).units("HV").terms(List.of()).validate(new TermTargetsSpec(),
                "unit_code,term,admissions_target,rate_target_pct\nHV,2020-2025,775,\n");
        assertThat(quarantinedAt(v, 2).<String>getAs(MESSAGE)).endsWith("(configured: none)");
    }

    @Test
    void identicalDuplicateIsCollapsedAndConflictingDuplicateIsHeldBackEntirely() {
        Validated v = new ValidationHarness(dir).units("HV", "HC").validate(new TargetsSpec(),
                "unit_code,year,admissions_target\n"
                        + "HV,2024,155\n"   // 2
                        + "HV,2024,155\n"   // 3: identical repeat of 2
                        + "HC,2024,230\n"   // 4
                        + "HC,2024,231\n"); // 5: same key as 4, other content
        assertThat(acceptedLines(v)).containsExactly(2L);
        assertThat(v.checked().where("_status = 'DUPLICATE'").count()).isEqualTo(1);
        Row conflict = quarantinedAt(v, 4);
        assertThat(conflict.<String>getAs(REASON_CODE)).isEqualTo("DUPLICATE_KEY_CONFLICT");
        assertThat(conflict.<String>getAs(MESSAGE)).isEqualTo("key unit_code, year appears on lines 4, 5 with different content");
        assertThat(quarantinedAt(v, 5).<String>getAs(REASON_CODE)).isEqualTo("DUPLICATE_KEY_CONFLICT");
    }

    @Test
    void tallyCountsEachStatusAndTheQuarantinedRowsByTheirFirstReason() {
        Validated v = new ValidationHarness(dir).units("HV", "HC").validate(new TargetsSpec(),
                "unit_code,year,admissions_target\n"
                        + "HV,2024,155\n"   // 2: accepted
                        + "HV,2024,155\n"   // 3: identical repeat of 2: a duplicate
                        + "HC,2024,230\n"   // 4: same key as 5, other content: conflict
                        + "HC,2024,231\n"   // 5: conflict
                        + "NOPE,2024,10\n"  // 6: unknown unit
                        + "HV,2023,155\n"); // 7: accepted
        Validation.Tally tally = Validation.Tally.of(v.checked());
        // By hand: accepted 2 and 7; duplicate 3; quarantined 4, 5 (DUPLICATE_KEY_CONFLICT) and 6 (UNKNOWN_UNIT).
        assertThat(tally.accepted()).isEqualTo(2);
        assertThat(tally.duplicates()).isEqualTo(1);
        assertThat(tally.quarantined()).isEqualTo(3);
        assertThat(tally.read()).isEqualTo(6);
        assertThat(tally.reasons()).containsExactly(java.util.Map.entry("DUPLICATE_KEY_CONFLICT", 2L),
                java.util.Map.entry("UNKNOWN_UNIT", 1L));
    }

    @Test
    void unbalancedQuoteIsMalformedAndKeepsTheRawLine() {
        Validated v = new ValidationHarness(dir).units("HV").validate(new TargetsSpec(),
                "unit_code,year,admissions_target\n"
                        + "\"HV,2024,155\n");
        Row bad = quarantinedAt(v, 2);
        assertThat(bad.<String>getAs(REASON_CODE)).isEqualTo("MALFORMED_ROW");
        assertThat(bad.<String>getAs(BAD_VALUE)).isEqualTo("\"HV,2024,155");
        assertThat(bad.<String>getAs(MESSAGE)).isEqualTo("line 2: field 1: quote is not closed before the end of the line");
    }

    @Test
    void eventsAreCheckedAgainstTheRoster() {
        Validated v = new ValidationHarness(dir).units("C1").members("A1", "2024-03-02", "A2", "2020-01-10")
                .validate(new EventsSpec(), EVENTS_HEADER
                        + "E1,A1,ADMITTED,2024-03-02,C1,STUDENT\n"  // 2: fine
                        + "E2,A1,ADMITTED,2024-06-01,C1,STUDENT\n"  // 3: admitted a second time
                        + "E3,A2,OFFICIAL,2019-01-10,C1,\n"         // 4: before the admission
                        + "E4,ZZ,DIED,2024-01-01,C1,\n"             // 5: not in the roster
                        + "E5,A2,DIED,2025-02-01,C1,\n"             // 6: after the day of ingestion (2025-01-15)
                        + "E6,A2,PROMOTED,2024-01-01,C1,\n");       // 7: not an event type
        assertThat(acceptedLines(v)).containsExactly(2L);
        assertThat(quarantinedAt(v, 3).<String>getAs(REASON_CODE)).isEqualTo("DUPLICATE_ADMISSION");
        Row twice = quarantinedAt(v, 3);
        assertThat(twice.<String>getList(twice.fieldIndex(ALL_REASON_CODES)))
                .containsExactly("DUPLICATE_ADMISSION", "ADMISSION_DATE_MISMATCH");
        assertThat(quarantinedAt(v, 4).<String>getAs(REASON_CODE)).isEqualTo("EVENT_BEFORE_ADMISSION");
        assertThat(quarantinedAt(v, 5).<String>getAs(REASON_CODE)).isEqualTo("UNKNOWN_MEMBER");
        assertThat(quarantinedAt(v, 6).<String>getAs(REASON_CODE)).isEqualTo("FUTURE_DATE");
        assertThat(quarantinedAt(v, 7).<String>getAs(REASON_CODE)).isEqualTo("INVALID_VALUE");
    }

    @Test
    void decomposedVietnameseIsStoredComposed() {
        String nfd = java.text.Normalizer.normalize("Huyện ủy Hòa Vang", java.text.Normalizer.Form.NFD);
        Validated v = new ValidationHarness(dir).validate(new UnitsSpec(), UNITS_HEADER
                + "DN,Đà Nẵng,,CITY,,,\n"
                + "HV," + nfd + ",DN,UNIT,RURAL_DISTRICT,,\n");
        assertThat(nfd).isNotEqualTo("Huyện ủy Hòa Vang");
        assertThat(only(v.accepted(), UNIT_CODE, "HV").<String>getAs(UNIT_NAME)).isEqualTo("Huyện ủy Hòa Vang");
    }
}
