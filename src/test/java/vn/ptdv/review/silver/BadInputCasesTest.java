package vn.ptdv.review.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ptdv.review.testing.SparkTest;
import vn.ptdv.review.testing.ValidationHarness;

/**
 * The bad inputs of real drops, one hand-made file each: which lines are accepted, and for every
 * other line the reason, the column and the line number it is quarantined with. Nothing may be
 * neither: accepted + collapsed duplicates + quarantined = lines read. (File-level failures, which stop
 * the run before any table changes, are in SourceDropTest.)
 */
class BadInputCasesTest extends SparkTest {
    @TempDir
    Path dir;

    record Expect(long line, String reason, String column) {}

    record Case(String name, SilverSpec spec, UnaryOperator<ValidationHarness> setup, String csv, List<Long> accepted,
                long duplicates, List<Expect> quarantined) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Expect q(long line, String reason, String column) {
        return new Expect(line, reason, column);
    }

    static final String MEMBERS = "member_id,full_name,birth_date,gender,unit_code,admitted_on,official_on,left_on,left_reason\n";
    static final String EVENTS = "event_id,member_id,event_type,event_date,unit_code,source_group\n";
    static final String TARGETS = "unit_code,year,admissions_target,rate_target_pct\n";
    static final UnaryOperator<ValidationHarness> CELL = h -> h.units("C1", "0101");
    static final UnaryOperator<ValidationHarness> ROSTER = h -> h.units("C1").members("A1", "2024-03-02");

    static Stream<Case> cases() {
        return Stream.of(
                new Case("unbalanced quote", new TargetsSpec(), CELL, TARGETS + "C1,2024,10,\n\"C1,2023,10,\n",
                        List.of(2L), 0, List.of(q(3, "MALFORMED_ROW", null))),
                new Case("wrong column count", new TargetsSpec(), CELL, TARGETS + "C1,2024,10\nC1,2023,10,,\n",
                        List.of(), 0, List.of(q(2, "MALFORMED_ROW", null), q(3, "MALFORMED_ROW", null))),
                new Case("impossible date 31/02/2024", new MembersSpec(), CELL,
                        MEMBERS + "A1,X,31/02/2024,M,C1,2024-03-02,,,\n", List.of(), 0, List.of(q(2, "INVALID_DATE", BIRTH_DATE))),
                new Case("day-first dates when the source's format says so", new MembersSpec(), h -> CELL.apply(h).dateFormat("dd/MM/yyyy"),
                        MEMBERS + "A1,X,01/05/1990,M,C1,02/03/2024,,,\nA2,Y,1990-05-01,F,C1,02/03/2024,,,\n",
                        List.of(2L), 0, List.of(q(3, "INVALID_DATE", BIRTH_DATE))),
                new Case("Vietnamese thousands dot 1.381", new TargetsSpec(), CELL, TARGETS + "C1,2024,1.381,\n",
                        List.of(), 0, List.of(q(2, "INVALID_NUMBER", ADMISSIONS_TARGET))),
                new Case("negative and non-numeric targets", new TargetsSpec(), CELL, TARGETS + "C1,2024,-3,\nC1,2023,mười,\nC1,2022,,abc\n",
                        List.of(), 0, List.of(q(2, "INVALID_NUMBER", ADMISSIONS_TARGET), q(3, "INVALID_NUMBER", ADMISSIONS_TARGET),
                                q(4, "INVALID_NUMBER", RATE_TARGET_PCT))),
                new Case("negative reported count", new MembershipCountsSpec(), CELL,
                        "unit_code,year,members_at_start\nC1,2024,-1\nC1,2023,4505\n",
                        List.of(3L), 0, List.of(q(2, "INVALID_NUMBER", MEMBERS_AT_START))),
                new Case("unknown unit code", new MembersSpec(), CELL, MEMBERS + "A1,X,1990-05-01,M,NOPE,2024-03-02,,,\n",
                        List.of(), 0, List.of(q(2, "UNKNOWN_UNIT", UNIT_CODE))),
                new Case("unit code whose leading zeros a spreadsheet dropped", new MembersSpec(), CELL,
                        MEMBERS + "A1,X,1990-05-01,M,101,2024-03-02,,,\nA2,Y,1990-05-01,M,0101,2024-03-02,,,\n",
                        List.of(3L), 0, List.of(q(2, "EXCEL_MANGLED_CODE", UNIT_CODE))),
                new Case("event before the member's admission", new EventsSpec(), ROSTER, EVENTS + "E1,A1,TRANSFER_OUT,2024-03-01,C1,\n",
                        List.of(), 0, List.of(q(2, "EVENT_BEFORE_ADMISSION", EVENT_DATE))),
                new Case("official before admitted", new MembersSpec(), CELL, MEMBERS + "A1,X,1990-05-01,M,C1,2024-03-02,2024-01-02,,\n",
                        List.of(), 0, List.of(q(2, "DATES_OUT_OF_ORDER", OFFICIAL_ON))),
                new Case("member admitted twice", new EventsSpec(), ROSTER,
                        EVENTS + "E1,A1,ADMITTED,2024-03-02,C1,STUDENT\nE2,A1,ADMITTED,2024-03-02,C1,STUDENT\n",
                        List.of(2L), 0, List.of(q(3, "DUPLICATE_ADMISSION", EVENT_ID))),
                // The OFFICIAL event sorts before both admissions (same day, lower id) but is not one: E1 is the
                // admission on the roster's date with the lowest id among admissions, E2 the second.
                new Case("member admitted twice beside another event", new EventsSpec(), ROSTER,
                        EVENTS + "E0,A1,OFFICIAL,2024-03-02,C1,\nE1,A1,ADMITTED,2024-03-02,C1,STUDENT\nE2,A1,ADMITTED,2024-03-02,C1,STUDENT\n",
                        List.of(2L, 3L), 0, List.of(q(4, "DUPLICATE_ADMISSION", EVENT_ID))),
                new Case("duplicate event_id, different content", new EventsSpec(), ROSTER,
                        EVENTS + "E1,A1,ADMITTED,2024-03-02,C1,STUDENT\nE1,A1,ADMITTED,2024-03-02,C1,TEACHER\n",
                        List.of(), 0, List.of(q(2, "DUPLICATE_KEY_CONFLICT", EVENT_ID), q(3, "DUPLICATE_KEY_CONFLICT", EVENT_ID))),
                new Case("duplicate event_id, identical content", new EventsSpec(), ROSTER,
                        EVENTS + "E1,A1,ADMITTED,2024-03-02,C1,STUDENT\nE1,A1,ADMITTED,2024-03-02,C1,STUDENT\n",
                        List.of(2L), 1, List.of()),
                new Case("date after the day of ingestion", new EventsSpec(), ROSTER, EVENTS + "E1,A1,DIED,2025-06-01,C1,\n",
                        List.of(), 0, List.of(q(2, "FUTURE_DATE", EVENT_DATE))),
                new Case("extra columns are kept and ignored", new TargetsSpec(), CELL,
                        "unit_code,year,admissions_target,rate_target_pct,ghi_chu\nC1,2024,10,,kế hoạch năm\n",
                        List.of(2L), 0, List.of()),
                new Case("UTF-8 with BOM and CRLF line ends", new TargetsSpec(), CELL,
                        "\uFEFFunit_code,year,admissions_target,rate_target_pct\r\nC1,2024,10,3.5\r\n", List.of(2L), 0, List.of()),
                new Case("Windows-1258 decoded when configured", new MembersSpec(), h -> CELL.apply(h).encoding("windows-1258"),
                        MEMBERS + "A1,Hồ Thị Hòa,1990-05-01,F,C1,2024-03-02,,,\n", List.of(2L), 0, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyLineIsAcceptedOrQuarantinedWithItsReason(Case c) {
        Validated v = c.setup().apply(new ValidationHarness(dir)).validate(c.spec(), c.csv());
        List<Long> accepted = v.accepted().orderBy(SOURCE_LINE).select(SOURCE_LINE).as(Encoders.LONG()).collectAsList();
        assertThat(accepted).as("accepted lines").isEqualTo(c.accepted());
        List<Row> quarantined = v.quarantined().orderBy(SOURCE_LINE).collectAsList();
        assertThat(quarantined).hasSameSizeAs(c.quarantined());
        for (int i = 0; i < quarantined.size(); i++) {
            Row r = quarantined.get(i);
            Expect e = c.quarantined().get(i);
            assertThat(r.<Long>getAs(SOURCE_LINE)).as("line").isEqualTo(e.line());
            assertThat(r.<String>getAs(REASON_CODE)).as("reason of line " + e.line()).isEqualTo(e.reason());
            assertThat(r.<String>getAs(COLUMN_NAME)).as("column of line " + e.line()).isEqualTo(e.column());
            assertThat(r.<String>getAs(SOURCE_FILE)).endsWith(c.spec().source().fileName());
            assertThat(r.<String>getAs(MESSAGE)).isNotBlank();
        }
        long read = v.checked().count();
        long lines = c.csv().lines().count() - 1;
        assertThat(read).as("lines read").isEqualTo(lines);
        assertThat(accepted.size() + c.duplicates() + quarantined.size()).as("nothing lost").isEqualTo(read);
    }
}
