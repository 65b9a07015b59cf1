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
 * unit_lineage.csv checked row by row and as a whole, against the units' validity. Units: S closed on
 * 31 Dec 2023, A and B created on 1 Jan 2024, K current since always. Lines count the header as 1.
 */
class UnitLineageValidationTest extends SparkTest {
    @TempDir
    Path dir;

    static final String HEADER = "from_unit,to_unit,effective_on,share\n";

    ValidationHarness harness() {
        return new ValidationHarness(dir).unitsWithValidity(
                new String[] {"S", null, "2023-12-31", null},
                new String[] {"A", "2024-01-01", null, null},
                new String[] {"B", "2024-01-01", null, null},
                new String[] {"K", null, null, null},
                new String[] {"GONE", null, "2023-06-30", null});
    }

    static Row quarantinedAt(Validated v, long line) {
        return one(v.quarantined(), SOURCE_LINE + " = " + line);
    }

    static List<Long> acceptedLines(Validated v) {
        return v.accepted().orderBy(SOURCE_LINE).select(SOURCE_LINE).as(org.apache.spark.sql.Encoders.LONG()).collectAsList();
    }

    @Test
    void splitSixtyFortyIsAccepted() {
        Validated v = harness().validate(new UnitLineageSpec(), HEADER
                + "S,A,2024-01-01,0.6\n"
                + "S,B,2024-01-01,0.4\n");
        assertThat(acceptedLines(v)).containsExactly(2L, 3L);
        assertThat(v.accepted().where("to_unit = 'A'").first().<java.math.BigDecimal>getAs(SHARE)).isEqualByComparingTo("0.6");
    }

    @Test
    void sharesNotSummingToOneHoldBackTheWholeGroupNamingItsLines() {
        // 0.6 + 0.3 = 0.9: both rows, with lines 2 and 3 named in each message.
        Validated v = harness().validate(new UnitLineageSpec(), HEADER
                + "S,A,2024-01-01,0.6\n"
                + "S,B,2024-01-01,0.3\n");
        assertThat(acceptedLines(v)).isEmpty();
        for (long line : List.of(2L, 3L)) {
            Row r = quarantinedAt(v, line);
            assertThat(r.<String>getAs(REASON_CODE)).isEqualTo("LINEAGE_SHARES");
            assertThat(r.<String>getAs(COLUMN_NAME)).isEqualTo(SHARE);
            assertThat(r.<String>getAs(MESSAGE))
                    .isEqualTo("the shares of from_unit 'S' on 2024-01-01 sum to 0.9, not 1 (unit_lineage.csv lines 2, 3)");
        }
    }

    @Test
    void cycleIsHeldBackNamingEveryLineOfIt() {
        // A -> B and B -> A: a unit would be its own successor.
        Validated v = harness().validate(new UnitLineageSpec(), HEADER
                + "A,B,2024-02-01,1\n"
                + "B,A,2024-03-01,1\n");
        assertThat(acceptedLines(v)).isEmpty();
        Row first = quarantinedAt(v, 2);
        assertThat(first.<String>getAs(REASON_CODE)).isEqualTo("LINEAGE_CYCLE");
        assertThat(first.<String>getAs(MESSAGE)).isEqualTo("the lineage returns to its start: A -> B -> A (unit_lineage.csv lines 2, 3)");
        assertThat(quarantinedAt(v, 3).<String>getAs(MESSAGE))
                .isEqualTo("the lineage returns to its start: B -> A -> B (unit_lineage.csv lines 2, 3)");
    }

    @Test
    void gapBetweenTheEndOfFromUnitAndTheMoveIsHeldBack() {
        // GONE ended on 30 Jun 2023, its members move only on 1 Jan 2024: six months with no unit.
        Validated v = harness().validate(new UnitLineageSpec(), HEADER + "GONE,A,2024-01-01,1\n");
        Row r = quarantinedAt(v, 2);
        assertThat(r.<String>getAs(REASON_CODE)).isEqualTo("LINEAGE_GAP");
        assertThat(r.<String>getAs(COLUMN_NAME)).isEqualTo(FROM_UNIT);
        assertThat(r.<String>getAs(MESSAGE)).isEqualTo("from_unit 'GONE' ended on 2023-06-30 (valid_to in units.csv),"
                + " days before its members moved on 2024-01-01 (unit_lineage.csv lines 2)");
    }

    @Test
    void toUnitThatDoesNotExistYetIsAGap() {
        // A starts on 1 Jan 2024; half of K cannot move there on 1 Jul 2023. Line 2 (the half that stays in
        // K) passes: the shares are summed over the file as received.
        Validated v = harness().validate(new UnitLineageSpec(), HEADER + "K,K,2023-07-01,0.5\nK,A,2023-07-01,0.5\n");
        assertThat(acceptedLines(v)).containsExactly(2L);
        assertThat(quarantinedAt(v, 3).<String>getAs(REASON_CODE)).isEqualTo("LINEAGE_GAP");
        assertThat(quarantinedAt(v, 3).<String>getAs(MESSAGE))
                .isEqualTo("to_unit 'A' starts on 2024-01-01 (valid_from in units.csv), after effective_on 2023-07-01");
    }

    @Test
    void fromUnitStillValidWhileAllItsMembersMovedIsAnOverlap() {
        // K never ends, yet every member moved to A on 1 Jan 2024 and no row keeps part of K.
        Validated v = harness().validate(new UnitLineageSpec(), HEADER + "K,A,2024-01-01,1\n");
        Row r = quarantinedAt(v, 2);
        assertThat(r.<String>getAs(REASON_CODE)).isEqualTo("LINEAGE_OVERLAP");
        assertThat(r.<String>getAs(MESSAGE)).startsWith("all members of from_unit 'K' moved on 2024-01-01 (unit_lineage.csv lines 2)"
                + " but it is still valid that day (valid_to in units.csv empty)");
    }

    @Test
    void shareOutsideZeroToOneOrWithADecimalCommaIsInvalid() {
        Validated v = harness().validate(new UnitLineageSpec(), HEADER + "S,A,2024-01-01,1.5\nS,B,2024-01-01,\"0,4\"\n");
        assertThat(quarantinedAt(v, 2).<String>getAs(REASON_CODE)).isEqualTo("INVALID_NUMBER");
        assertThat(quarantinedAt(v, 3).<String>getAs(REASON_CODE)).isEqualTo("INVALID_NUMBER");
        assertThat(quarantinedAt(v, 3).<String>getAs(BAD_VALUE)).isEqualTo("0,4");
    }

    @Test
    void successorCodeMustFollowTheDayAfterValidToWithoutCycles() {
        Validated v = new ValidationHarness(dir).validate(new UnitsSpec(),
                "unit_code,unit_name,parent_code,unit_level,peer_group,valid_from,valid_to,successor_code\n"
                + "DN,Đà Nẵng,,CITY,,,,\n"                              // line 2
                + "A,Phường A,DN,GRASSROOTS,,,2023-12-31,B\n"           // line 3: merged into B on 1 Jan 2024, fine
                + "B,Phường B,DN,GRASSROOTS,,2024-01-01,,\n"            // line 4
                + "C,Phường C,DN,GRASSROOTS,,,,B\n"                     // line 5: a successor but never ends
                + "D,Phường D,DN,GRASSROOTS,,,2023-06-30,B\n"           // line 6: six months before B exists
                + "E,Phường E,DN,GRASSROOTS,,,2023-12-31,F\n"           // line 7: E -> F -> E
                + "F,Phường F,DN,GRASSROOTS,,,2023-12-31,E\n");         // line 8
        assertThat(acceptedLines(v)).containsExactly(2L, 3L, 4L);
        assertThat(quarantinedAt(v, 5).<String>getAs(REASON_CODE)).isEqualTo("LINEAGE_OVERLAP");
        Row gap = quarantinedAt(v, 6);
        assertThat(gap.<String>getAs(REASON_CODE)).isEqualTo("LINEAGE_GAP");
        assertThat(gap.<String>getAs(MESSAGE)).isEqualTo("successor 'B' starts on 2024-01-01, not on 2023-07-01, the day after valid_to");
        Row cycle = quarantinedAt(v, 7);
        assertThat(cycle.<String>getAs(REASON_CODE)).isEqualTo("LINEAGE_CYCLE");
        assertThat(cycle.<String>getAs(MESSAGE)).isEqualTo("successor_code leads back to the unit: E -> F -> E (units.csv lines 7, 8)");
        assertThat(quarantinedAt(v, 8).<String>getAs(REASON_CODE)).isEqualTo("LINEAGE_CYCLE");
    }
}
