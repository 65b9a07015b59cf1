package vn.ptdv.review.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ptdv.review.testing.SparkTest;

/**
 * A unit-scoped account's rows. The tree, by hand:
 * <pre>
 *   CITY
 *   ├── HC (peer unit)  ── HC-01 ── HC-01-001
 *   │                   └─ HC-02   (a version of HC-02 also hangs under TK: a unit moved between peers)
 *   └── TK (peer unit)  ── TK-01, HC-02
 * </pre>
 * HC sees HC, HC-01, HC-01-001 and HC-02; with city totals also CITY. TK sees TK, TK-01 and HC-02.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitScopeTest extends SparkTest {
    static final List<Row> UNITS = List.of(
            RowFactory.create("CITY", null, "CITY"),
            RowFactory.create("HC", "CITY", "UNIT"),
            RowFactory.create("TK", "CITY", "UNIT"),
            RowFactory.create("HC-01", "HC", "GRASSROOTS"),
            RowFactory.create("HC-01-001", "HC-01", "CELL"),
            RowFactory.create("HC-02", "HC", "GRASSROOTS"),
            RowFactory.create("HC-02", "TK", "GRASSROOTS"),
            RowFactory.create("TK-01", "TK", "GRASSROOTS"));

    @BeforeAll
    void tables() {
        spark.sql("CREATE DATABASE IF NOT EXISTS gold");
        spark.sql("CREATE OR REPLACE TABLE gold.scope_trend (unit_code string, admissions bigint) USING delta");
        // One row per unit, admissions 1, 2, 4, 8, ... so that a sum names exactly the units it covers.
        spark.sql("INSERT INTO gold.scope_trend VALUES ('CITY', 1), ('HC', 2), ('TK', 4), ('HC-01', 8), ('HC-01-001', 16),"
                + " ('HC-02', 32), ('TK-01', 64)");
        spark.sql("CREATE OR REPLACE TABLE gold.scope_no_unit (n bigint) USING delta");
        spark.sql("CREATE OR REPLACE VIEW gold.scope_view AS SELECT * FROM gold.scope_trend WHERE admissions > 1");
    }

    long sum(UnitScope scope, String unit, String sql) {
        LogicalPlan analyzed = StatementGate.analyze(spark, StatementGate.parse(spark, sql));
        Dataset<Row> rows = Dataset.ofRows(spark, scope.restrict(analyzed, Optional.of(unit)));
        Row r = rows.first();
        return r.isNullAt(0) ? 0 : r.getLong(0);
    }

    @Test
    void aUnitSeesItselfAndEveryUnitBeneathThroughAnyVersionOfTheTree() {
        UnitScope scope = new UnitScope(UNITS, false);
        assertThat(scope.visibleCodes("HC")).containsExactlyInAnyOrder("HC", "HC-01", "HC-01-001", "HC-02");
        assertThat(scope.visibleCodes("TK")).containsExactlyInAnyOrder("TK", "TK-01", "HC-02");
        assertThat(new UnitScope(UNITS, true).visibleCodes("TK")).containsExactlyInAnyOrder("CITY", "TK", "TK-01", "HC-02");
    }

    @Test
    void everyReadOfATableIsFilteredInJoinsSubqueriesAndViews() {
        UnitScope scope = new UnitScope(UNITS, false);
        // HC + HC-01 + HC-01-001 + HC-02 = 2 + 8 + 16 + 32 = 58
        assertThat(sum(scope, "HC", "SELECT sum(admissions) FROM gold.scope_trend")).isEqualTo(58);
        // The view drops admissions <= 1: the same 58 (CITY is not visible anyway).
        assertThat(sum(scope, "HC", "SELECT sum(admissions) FROM gold.scope_view")).isEqualTo(58);
        // A self-join cannot reach TK's rows: each side is filtered.
        assertThat(sum(scope, "HC", "SELECT sum(a.admissions) FROM gold.scope_trend a JOIN gold.scope_trend b ON a.unit_code = b.unit_code"))
                .isEqualTo(58);
        // Nor can a subquery: max over HC's rows is 32 (HC-02), so the rows above 16 are HC-02 alone.
        assertThat(sum(scope, "HC", "SELECT sum(admissions) FROM gold.scope_trend WHERE admissions > 16 AND admissions <="
                + " (SELECT max(admissions) FROM gold.scope_trend)")).isEqualTo(32);
        // TK + TK-01 + HC-02 = 4 + 64 + 32 = 100; with city totals + CITY 1 = 101.
        assertThat(sum(scope, "TK", "SELECT sum(admissions) FROM gold.scope_trend")).isEqualTo(100);
        assertThat(sum(new UnitScope(UNITS, true), "TK", "SELECT sum(admissions) FROM gold.scope_trend")).isEqualTo(101);
    }

    @Test
    void aTableWithoutUnitsAndAnUnknownUnitAreRefusedToAScopedAccount() {
        UnitScope scope = new UnitScope(UNITS, true);
        assertThatThrownBy(() -> sum(scope, "HC", "SELECT sum(n) FROM gold.scope_no_unit"))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("has no unit_code column");
        assertThatThrownBy(() -> sum(scope, "NOWHERE", "SELECT sum(admissions) FROM gold.scope_trend"))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("silver.units does not know");
    }

    @Test
    void anAccountOfTheWholeCityIsNotFiltered() {
        LogicalPlan analyzed = StatementGate.analyze(spark, StatementGate.parse(spark, "SELECT sum(admissions) FROM gold.scope_trend"));
        assertThat(new UnitScope(UNITS, false).restrict(analyzed, Optional.empty())).isSameAs(analyzed);
    }
}
