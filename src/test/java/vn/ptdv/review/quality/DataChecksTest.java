package vn.ptdv.review.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.testing.SparkCounts;
import vn.ptdv.review.testing.SparkTest;

/** The rules of a table counted in one aggregate query, and the failures reported as the detailed queries find them. */
class DataChecksTest extends SparkTest {
    static final String KEYS_NOT_NULL = "data test 'silver.targets: key columns [unit_code, year] not null'";
    static final String ONE_ROW_PER_KEY = "data test 'silver.targets: one row per [unit_code, year]'";

    /** silver.targets rows: unit_code, year, admissions_target. */
    static Dataset<Row> targets(Object[]... rows) {
        return rows(Tables.SILVER_TARGETS, List.of(UNIT_CODE, YEAR, ADMISSIONS_TARGET), rows);
    }

    @Test
    void aDuplicateKeyFailsWithTheUniquenessNameAndTheNumberOfDuplicatedKeys() {
        // (U1, 2024) three times, (U2, 2024) once: one key has more than one row; the example is that key and its 3 rows.
        Dataset<Row> rows = targets(r("U1", 2024, 5), r("U1", 2024, 6), r("U1", 2024, 7), r("U2", 2024, 5));
        assertThatThrownBy(() -> DataChecks.keysUniqueAndNotNull(Tables.SILVER_TARGETS, rows))
                .isInstanceOf(DataCheckException.class)
                .hasMessage(ONE_ROW_PER_KEY + " failed on 1 row(s), e.g. [U1,2024,3]");
    }

    @Test
    void aNullKeyIsReportedAsTheNotNullRuleNotAsUniqueness() {
        // (U1, null) twice is also a repeated key, but not-null is listed first: 2 rows with a null key.
        Dataset<Row> rows = targets(r("U1", null, 5), r("U1", null, 6), r("U2", 2024, 5));
        assertThatThrownBy(() -> DataChecks.keysUniqueAndNotNull(Tables.SILVER_TARGETS, rows))
                .hasMessageStartingWith(KEYS_NOT_NULL + " failed on 2 row(s), e.g. [U1,null,5,")
                .hasMessageNotContaining("one row per");
    }

    @Test
    void whenSeveralRulesFailTheFirstListedIsThrownWhateverTableItCountsOn() {
        // Both tables fail a row rule; the second table's is listed first, so it is thrown although the
        // first table's query comes first (its not-null rule is listed before both).
        Dataset<Row> first = targets(r("U1", 2024, -1));
        Dataset<Row> second = targets(r("U2", 2024, -2));
        List<Rule> listed = new ArrayList<>(DataChecks.keyRules(Tables.SILVER_TARGETS, first).subList(0, 1));
        listed.add(DataChecks.rowsWhere("second: target not negative", second, col(ADMISSIONS_TARGET).lt(0)));
        listed.add(DataChecks.rowsWhere("first: target not negative", first, col(ADMISSIONS_TARGET).lt(0)));
        assertThatThrownBy(() -> DataChecks.verify(listed))
                .hasMessageStartingWith("data test 'second: target not negative' failed on 1 row(s), e.g. [U2,2024,-2,");
    }

    @Test
    void aPassingTableCostsOneSparkJobForAllItsRules() {
        // Not null, one row per key and a row rule: one aggregate query, one job.
        Dataset<Row> rows = targets(r("U1", 2024, 5), r("U1", 2025, 6), r("U2", 2024, 5));
        List<Rule> rules = new ArrayList<>(DataChecks.keyRules(Tables.SILVER_TARGETS, rows));
        rules.add(DataChecks.rowsWhere("target not negative", rows, col(ADMISSIONS_TARGET).lt(0)));
        assertThat(SparkCounts.jobs(spark, () -> DataChecks.verify(rules))).isEqualTo(1);
    }

    @Test
    void aCountTheDetailedQueryDoesNotConfirmStillFails() {
        // The aggregate says 1 violation; the rows it offers (none) cannot show it: the check fails all the same.
        Dataset<Row> rows = targets(r("U1", 2024, 5));
        Rule inconsistent = Rule.of("inconsistent", rows, lit(1L), () -> rows.where(lit(false)));
        assertThatThrownBy(() -> DataChecks.verify(List.of(inconsistent)))
                .hasMessage("data test 'inconsistent' failed: 1 violation(s) counted, but no offending row found");
    }
}
