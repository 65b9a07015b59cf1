package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.testing.SparkTest;

/** The seed's city YTD admissions 2020-2024: 1,012; 874; 1,106; 850; 1,381. */
class CitySummaryTest extends SparkTest {
    Dataset<Row> city;

    static Object[] ytd(int year, long admissions) {
        return r(d("2024-08-31"), "DN", "City", "CITY", year, "YTD", admissions);
    }

    @BeforeEach
    void compute() {
        Dataset<Row> trend = rows(Tables.GOLD_ADMISSIONS_TREND,
                List.of(AS_OF_DATE, UNIT_CODE, UNIT_NAME, UNIT_LEVEL, YEAR, PERIOD, ADMISSIONS),
                ytd(2020, 1012), ytd(2021, 874), ytd(2022, 1106), ytd(2023, 850), ytd(2024, 1381),
                r(d("2024-08-31"), "U1", "Unit", "UNIT", 2024, "YTD", 99L));
        Dataset<Row> attainment = rows(Tables.GOLD_TARGET_ATTAINMENT, List.of(UNIT_CODE, UNIT_NAME, YEAR, PERIOD, TARGET_MET),
                r("DH", "Đảng ủy Đại học Đà Nẵng", 2024, "YTD", true),
                r("HV", "Huyện ủy Hòa Vang", 2024, "YTD", true),
                r("HC", "Quận ủy Hải Châu", 2024, "YTD", false),
                r("X", "Không có chỉ tiêu", 2024, "YTD", null));
        city = CitySummary.compute(trend, attainment).cache();
    }

    Row year(int y) {
        return one(city, "year = " + y);
    }

    static List<Integer> exceeded(Row r) {
        return r.getList(r.fieldIndex(YEARS_EXCEEDED));
    }

    @Test
    void yearsExceededAreTheYearsWithFewerAdmissions() {
        assertThat(city.count()).isEqualTo(5);
        assertThat(exceeded(year(2024))).containsExactly(2020, 2021, 2022, 2023);
        assertThat(exceeded(year(2022))).containsExactly(2020, 2021, 2023);
        assertThat(exceeded(year(2023))).isEmpty();
    }

    @Test
    void unitsThatMetTheirTargetAreCountedAndNamedInNameOrder() {
        Row r = year(2024);
        assertThat(r.<Integer>getAs(UNITS_TOTAL)).isEqualTo(4);
        assertThat(r.<Integer>getAs(UNITS_MET_TARGET)).isEqualTo(2);
        // Code point order puts H (U+0048) before Đ (U+0110).
        assertThat(r.<String>getList(r.fieldIndex(UNITS_MET_TARGET_NAMES)))
                .containsExactly("Huyện ủy Hòa Vang", "Đảng ủy Đại học Đà Nẵng");
        assertThat(year(2021).<Integer>getAs(UNITS_TOTAL)).isZero();
    }
}
