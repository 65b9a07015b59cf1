package vn.ptdv.review.quality;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.silver.SilverInputs;

/**
 * Data tests on the silver tables after each ingest: keys unique and not null, and every reference
 * resolves (a later drop can change units that earlier rows point to). A failure stops the run with
 * the check named; the rows are in silver already, so the next step (compute) is what it protects.
 * One aggregate query per table counts all of its rules, its references included.
 */
public final class SilverChecks {
    private SilverChecks() {}

    static final String AT_LEAST_ONE_CITY = "silver.units: at least one CITY unit";

    public static void verify(SilverInputs s) {
        CheckedTable units = new CheckedTable(Tables.SILVER_UNITS, s.units(), toUnits(s, PARENT_CODE), toUnits(s, SUCCESSOR_CODE));
        CheckedTable members = new CheckedTable(Tables.SILVER_MEMBERS, s.members(), toUnits(s, UNIT_CODE));
        CheckedTable events = new CheckedTable(Tables.SILVER_EVENTS, s.events(), toUnits(s, UNIT_CODE), toMembers(s, MEMBER_KEY));
        CheckedTable targets = new CheckedTable(Tables.SILVER_TARGETS, s.targets(), toUnits(s, UNIT_CODE));
        CheckedTable counts = new CheckedTable(Tables.SILVER_MEMBERSHIP_COUNTS, s.membershipCounts(), toUnits(s, UNIT_CODE));
        Optional<CheckedTable> candidates = s.candidates().map(rows ->
                new CheckedTable(Tables.SILVER_CANDIDATES, rows, toUnits(s, UNIT_CODE), toMembers(s, ADMITTED_MEMBER_KEY)));
        Optional<CheckedTable> termTargets = s.termTargets().map(rows ->
                new CheckedTable(Tables.SILVER_TERM_TARGETS, rows, toUnits(s, UNIT_CODE)));
        Optional<CheckedTable> lineage = s.unitLineage().map(rows ->
                new CheckedTable(Tables.SILVER_UNIT_LINEAGE, rows, toUnits(s, FROM_UNIT), toUnits(s, TO_UNIT)));

        // The order the checks are reported in when several fail.
        List<Rule> listed = new ArrayList<>();
        listed.add(atLeastOneCity(units));
        for (CheckedTable t : List.of(units, members, events, targets, counts)) listed.addAll(t.keyRules());
        candidates.ifPresent(c -> listed.addAll(c.keyRules()));
        termTargets.ifPresent(t -> listed.addAll(t.keyRules()));
        listed.addAll(units.references());
        for (CheckedTable t : List.of(members, events, targets, counts)) listed.add(t.reference(UNIT_CODE));
        candidates.ifPresent(c -> listed.addAll(c.references()));
        termTargets.ifPresent(t -> listed.add(t.reference(UNIT_CODE)));
        lineage.ifPresent(l -> {
            listed.addAll(l.keyRules());
            listed.addAll(l.references());
        });
        listed.add(events.reference(MEMBER_KEY));
        DataChecks.verify(listed);
    }

    /** Some unit is the city, unless there are no units at all. */
    static Rule atLeastOneCity(CheckedTable units) {
        Column noCity = count_if(col(UNIT_LEVEL).equalTo(UnitLevel.CITY.name())).equalTo(0).and(count(lit(1)).gt(0));
        return units.rule(AT_LEAST_ONE_CITY, when(noCity, 1).otherwise(0), counted ->
                new DataCheckException("data test '" + AT_LEAST_ONE_CITY + "' failed: no unit has unit_level CITY"));
    }

    /** The units are small reference data: their codes are broadcast. */
    static Reference toUnits(SilverInputs s, String column) {
        return new Reference(column, Tables.SILVER_UNITS, s.units(), UNIT_CODE, true);
    }

    /** The members are not (6 million at national scale): joined by a shuffle. */
    static Reference toMembers(SilverInputs s, String column) {
        return new Reference(column, Tables.SILVER_MEMBERS, s.members(), MEMBER_KEY, false);
    }
}
