package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.quality.GoldChecks;
import vn.ptdv.review.silver.SilverInputs;
import vn.ptdv.review.testing.SparkTest;

/**
 * The whole gold model on a drop without candidates.csv (optional): DN - U1 - C1, one member admitted
 * in C1 on 2024-03-01, as of 2024-08-31 from 2024. The funnel is empty; the other tables are computed
 * and pass every data test.
 */
class GoldModelTest extends SparkTest {
    @Test
    void withoutCandidatesTheFunnelIsEmptyAndTheOtherTablesPassTheDataTests() {
        Dataset<Row> units = rows(Tables.SILVER_UNITS, List.of(UNIT_CODE, UNIT_NAME, PARENT_CODE, UNIT_LEVEL, PEER_GROUP),
                r("DN", "Thành phố", null, "CITY", null), r("U1", "Quận A", "DN", "UNIT", "URBAN_DISTRICT"),
                r("G1", "Phường 1", "U1", "GRASSROOTS", null), r("C1", "Chi bộ 1", "G1", "CELL", null));
        Dataset<Row> members = rows(Tables.SILVER_MEMBERS, List.of(MEMBER_KEY, GENDER, AGE_AT_ADMISSION, UNIT_CODE, ADMITTED_ON),
                r("m1", "F", 24, "C1", d("2024-03-01")));
        Dataset<Row> events = rows(Tables.SILVER_EVENTS, List.of(EVENT_ID, MEMBER_KEY, EVENT_TYPE, EVENT_DATE, UNIT_CODE, SOURCE_GROUP),
                r("e1", "m1", "ADMITTED", d("2024-03-01"), "C1", "RESIDENT"));
        SilverInputs in = new SilverInputs(units, members, events, rows(Tables.SILVER_TARGETS, List.of(UNIT_CODE)).limit(0),
                rows(Tables.SILVER_MEMBERSHIP_COUNTS, List.of(UNIT_CODE)).limit(0));
        GoldParams params = new GoldParams(LocalDate.of(2024, 8, 31), 2024);
        GoldTables gold = GoldModel.compute(spark, params, in);

        assertThat(gold.funnel().count()).isZero();
        assertThat(gold.funnel().schema()).isEqualTo(Tables.GOLD_PIPELINE_FUNNEL.schema());
        // One admission: 100% women in the city's and U1's gender rows; the flow admits 1 in every unit above C1.
        assertThat(where(gold.breakdown(), "dimension = 'GENDER' AND category = 'F'")).hasSize(2);
        assertThat(one(gold.flow(), "unit_code = 'DN'").<Long>getAs(ADMITTED)).isEqualTo(1);
        // C1 (and so G1) admitted m1 in the period: neither is a unit without admissions.
        assertThat(gold.withoutAdmissions().count()).isZero();
        assertThatCode(() -> GoldChecks.verify(gold, units, params.periodsDataset(spark))).doesNotThrowAnyException();
    }
}
