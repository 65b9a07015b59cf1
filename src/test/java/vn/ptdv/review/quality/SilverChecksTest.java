package vn.ptdv.review.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.silver.SilverInputs;
import vn.ptdv.review.testing.SparkCounts;
import vn.ptdv.review.testing.SparkTest;

/**
 * The silver data tests: each table's keys and references counted in one aggregate query. City DN,
 * peer unit U1, cell C1; member m1 in C1, admitted there (event e1).
 */
class SilverChecksTest extends SparkTest {
    static Dataset<Row> units(String cityLevel) {
        return rows(Tables.SILVER_UNITS, List.of(UNIT_CODE, PARENT_CODE, UNIT_LEVEL),
                r("DN", null, cityLevel), r("U1", "DN", "UNIT"), r("C1", "U1", "CELL"));
    }

    static Dataset<Row> members() {
        return rows(Tables.SILVER_MEMBERS, List.of(MEMBER_KEY, UNIT_CODE), r("m1", "C1"));
    }

    static Dataset<Row> events(String memberKey, String unitCode) {
        return rows(Tables.SILVER_EVENTS, List.of(EVENT_ID, MEMBER_KEY, UNIT_CODE), r("e1", memberKey, unitCode));
    }

    static SilverInputs silver(Dataset<Row> units, Dataset<Row> events) {
        return new SilverInputs(units, members(), events,
                rows(Tables.SILVER_TARGETS, List.of(UNIT_CODE, YEAR), r("U1", 2024)),
                rows(Tables.SILVER_MEMBERSHIP_COUNTS, List.of(UNIT_CODE, YEAR), r("U1", 2024)),
                Optional.of(rows(Tables.SILVER_CANDIDATES, List.of(CANDIDATE_KEY, UNIT_CODE, ADMITTED_MEMBER_KEY), r("k1", "C1", "m1"))),
                Optional.of(rows(Tables.SILVER_UNIT_LINEAGE, List.of(FROM_UNIT, TO_UNIT, EFFECTIVE_ON), r("C1", "C1", d("2024-01-01")))));
    }

    @Test
    void consistentTablesPass() {
        assertThatCode(() -> SilverChecks.verify(silver(units("CITY"), events("m1", "C1")))).doesNotThrowAnyException();
    }

    @Test
    void aUnitOrphanFoundThroughTheAggregateIsReportedAsBefore() {
        // e1 happened in X9, which is no unit: one distinct orphan value.
        assertThatThrownBy(() -> SilverChecks.verify(silver(units("CITY"), events("m1", "X9"))))
                .isInstanceOf(DataCheckException.class)
                .hasMessage("data test 'silver.events.unit_code refers to an existing silver.units.unit_code' failed on 1 row(s), e.g. [X9]");
    }

    @Test
    void aMemberOrphanIsFoundWithoutBroadcastingTheMembers() {
        // e1 is about m9, who is not on the roster.
        assertThatThrownBy(() -> SilverChecks.verify(silver(units("CITY"), events("m9", "C1"))))
                .hasMessage("data test 'silver.events.member_key refers to an existing silver.members.member_key' failed on 1 row(s), e.g. [m9]");
    }

    @Test
    void noCityUnitIsReportedFirstAsBefore() {
        // DN is a UNIT here, and e1 is an orphan too: the city rule is listed first.
        assertThatThrownBy(() -> SilverChecks.verify(silver(units("UNIT"), events("m1", "X9"))))
                .hasMessage("data test 'silver.units: at least one CITY unit' failed: no unit has unit_level CITY");
    }

    @Test
    void noUnitsAtAllIsNotMissingTheCity() {
        // Empty units: no city is needed; m1's C1 is then the first reference to nothing (units' own come before).
        assertThatThrownBy(() -> SilverChecks.verify(silver(units("CITY").limit(0), events("m1", "C1"))))
                .hasMessage("data test 'silver.members.unit_code refers to an existing silver.units.unit_code' failed on 1 row(s), e.g. [C1]");
    }

    @Test
    void passingTablesCostOneQueryEach() {
        // units, members, events, targets, membership_counts, candidates, unit_lineage: 7 queries.
        SilverInputs consistent = silver(units("CITY"), events("m1", "C1"));
        assertThat(SparkCounts.queries(spark, () -> SilverChecks.verify(consistent))).isEqualTo(7);
    }
}
