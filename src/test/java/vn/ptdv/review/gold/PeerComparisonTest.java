package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.testing.SparkTest;

/** 2024 YTD: city rate 2.00; A 3.00, B 2.50, C 2.50 (urban), D 1.00 (rural), E no rate (sector). */
class PeerComparisonTest extends SparkTest {
    Dataset<Row> peers;

    static Object[] t(String unit, String level, String rate) {
        return r(d("2024-08-31"), unit, "Unit " + unit, level, 2024, "YTD", 10L, dec(rate));
    }

    @BeforeEach
    void compute() {
        Dataset<Row> trend = rows(Tables.GOLD_ADMISSIONS_TREND,
                List.of(AS_OF_DATE, UNIT_CODE, UNIT_NAME, UNIT_LEVEL, YEAR, PERIOD, ADMISSIONS, ADMISSION_RATE_PCT),
                t("DN", "CITY", "2.00"), t("A", "UNIT", "3.00"), t("B", "UNIT", "2.50"), t("C", "UNIT", "2.50"),
                t("D", "UNIT", "1.00"), t("E", "UNIT", null));
        Dataset<Row> units = rows(Tables.SILVER_UNITS, List.of(UNIT_CODE, PEER_GROUP),
                r("DN", null), r("A", "URBAN"), r("B", "URBAN"), r("C", "URBAN"), r("D", "RURAL"), r("E", "SECTOR"));
        Dataset<Row> attainment = rows(Tables.GOLD_TARGET_ATTAINMENT, List.of(UNIT_CODE, YEAR, PERIOD, TARGET_MET),
                r("A", 2024, "YTD", true), r("B", 2024, "YTD", false));
        peers = PeerComparison.compute(trend, units, attainment).cache();
    }

    Row unit(String code) {
        return only(peers, UNIT_CODE, code);
    }

    @Test
    void equalRatesShareARankAndTheNextRankIsSkipped() {
        assertThat(unit("A").<Integer>getAs(RANK_OVERALL)).isEqualTo(1);
        assertThat(unit("B").<Integer>getAs(RANK_OVERALL)).isEqualTo(2);
        assertThat(unit("C").<Integer>getAs(RANK_OVERALL)).isEqualTo(2);
        assertThat(unit("D").<Integer>getAs(RANK_OVERALL)).isEqualTo(4);
        assertThat(unit("E").<Integer>getAs(RANK_OVERALL)).isNull();
    }

    @Test
    void rankWithinPeerGroup() {
        assertThat(unit("A").<Integer>getAs(RANK_IN_GROUP)).isEqualTo(1);
        assertThat(unit("C").<Integer>getAs(RANK_IN_GROUP)).isEqualTo(2);
        assertThat(unit("D").<Integer>getAs(RANK_IN_GROUP)).isEqualTo(1);
        assertThat(unit("A").<Integer>getAs(UNITS_IN_GROUP)).isEqualTo(3);
        assertThat(unit("D").<Integer>getAs(UNITS_IN_GROUP)).isEqualTo(1);
        assertThat(peers.where("unit_code = 'DN'").count()).isZero();
    }

    @Test
    void differenceFromCityAndQuartile() {
        assertThat(unit("A").<BigDecimal>getAs(CITY_RATE_PCT)).isEqualByComparingTo("2.00");
        assertThat(unit("A").<BigDecimal>getAs(DIFF_FROM_CITY_PP)).isEqualByComparingTo("1.00");
        assertThat(unit("D").<BigDecimal>getAs(DIFF_FROM_CITY_PP)).isEqualByComparingTo("-1.00");
        // 5 peer units: ceil(4 × rank / 5): rank 1 -> 1, rank 2 -> 2, rank 4 -> 4.
        assertThat(unit("A").<Integer>getAs(QUARTILE)).isEqualTo(1);
        assertThat(unit("B").<Integer>getAs(QUARTILE)).isEqualTo(2);
        assertThat(unit("D").<Integer>getAs(QUARTILE)).isEqualTo(4);
    }

    @Test
    void targetMetComesFromAttainment() {
        assertThat(unit("A").<Boolean>getAs(TARGET_MET)).isTrue();
        assertThat(unit("B").<Boolean>getAs(TARGET_MET)).isFalse();
        assertThat(unit("D").<Boolean>getAs(TARGET_MET)).isNull();
    }
}
