package vn.ptdv.review.quality;

import static org.apache.spark.sql.functions.col;
import static vn.ptdv.review.catalog.Col.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.silver.SilverInputs;

/**
 * Data tests on the silver tables after each ingest: keys unique and not null, and every reference
 * resolves (a later drop can change units that earlier rows point to). A failure stops the run with
 * the check named; the rows are in silver already, so the next step (compute) is what it protects.
 */
public final class SilverChecks {
    private SilverChecks() {}

    public static void verify(SilverInputs s) {
        Dataset<Row> units = s.units();
        if (units.where(col(UNIT_LEVEL).equalTo(UnitLevel.CITY.name())).isEmpty() && !units.isEmpty()) {
            throw new DataCheckException("data test 'silver.units: at least one CITY unit' failed: no unit has unit_level CITY");
        }
        List<Runnable> checks = new ArrayList<>(List.of(
                () -> DataChecks.keysUniqueAndNotNull(Tables.SILVER_UNITS, units),
                () -> DataChecks.keysUniqueAndNotNull(Tables.SILVER_MEMBERS, s.members()),
                () -> DataChecks.keysUniqueAndNotNull(Tables.SILVER_EVENTS, s.events()),
                () -> DataChecks.keysUniqueAndNotNull(Tables.SILVER_TARGETS, s.targets()),
                () -> DataChecks.keysUniqueAndNotNull(Tables.SILVER_MEMBERSHIP_COUNTS, s.membershipCounts()),
                () -> DataChecks.keysUniqueAndNotNull(Tables.SILVER_CANDIDATES, s.candidates()),
                () -> references(Tables.SILVER_UNITS, units, PARENT_CODE, units),
                () -> references(Tables.SILVER_UNITS, units, SUCCESSOR_CODE, units),
                () -> references(Tables.SILVER_MEMBERS, s.members(), UNIT_CODE, units),
                () -> references(Tables.SILVER_EVENTS, s.events(), UNIT_CODE, units),
                () -> references(Tables.SILVER_TARGETS, s.targets(), UNIT_CODE, units),
                () -> references(Tables.SILVER_MEMBERSHIP_COUNTS, s.membershipCounts(), UNIT_CODE, units)));
        if (s.candidates() != null) {
            checks.add(() -> references(Tables.SILVER_CANDIDATES, s.candidates(), UNIT_CODE, units));
            checks.add(() -> DataChecks.relationship(Tables.SILVER_CANDIDATES.qualified(), s.candidates(), ADMITTED_MEMBER_KEY,
                    Tables.SILVER_MEMBERS.qualified(), s.members(), MEMBER_KEY));
        }
        if (s.unitLineage() != null) {
            checks.add(() -> DataChecks.keysUniqueAndNotNull(Tables.SILVER_UNIT_LINEAGE, s.unitLineage()));
            checks.add(() -> DataChecks.relationship(Tables.SILVER_UNIT_LINEAGE.qualified(), s.unitLineage(), FROM_UNIT,
                    Tables.SILVER_UNITS.qualified(), units, UNIT_CODE));
            checks.add(() -> DataChecks.relationship(Tables.SILVER_UNIT_LINEAGE.qualified(), s.unitLineage(), TO_UNIT,
                    Tables.SILVER_UNITS.qualified(), units, UNIT_CODE));
        }
        checks.add(() -> DataChecks.relationship(Tables.SILVER_EVENTS.qualified(), s.events(), MEMBER_KEY,
                Tables.SILVER_MEMBERS.qualified(), s.members(), MEMBER_KEY));
        DataChecks.all(checks);
    }

    static void references(TableDef child, Dataset<Row> rows, String column, Dataset<Row> units) {
        DataChecks.relationship(child.qualified(), rows, column, Tables.SILVER_UNITS.qualified(), units, UNIT_CODE);
    }
}
