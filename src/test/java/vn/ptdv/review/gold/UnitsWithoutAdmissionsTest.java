package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.testing.SparkTest;

/**
 * As of 2024-08-31 from 2021. Tree: DN - U1 (Quận A) - G1 - {C1, C2, C3}. Admissions (given, as the
 * trend has them), full years 2021, 2022, 2023 and 2024 YTD:
 * C1 1, 0, 0, 0 (none since 2021: exactly 2 empty full years by the 2024 YTD row);
 * C2 0, 0, 1, 0; C3 0, 0, 0, 1; G1 = their sum 1, 0, 1, 1; U1 the same; DN the same.
 */
class UnitsWithoutAdmissionsTest extends SparkTest {
    Dataset<Row> units;
    Dataset<Row> trend;

    @BeforeEach
    void given() {
        units = rows(Tables.SILVER_UNITS, List.of(UNIT_CODE, UNIT_NAME, PARENT_CODE, UNIT_LEVEL),
                r("DN", "Thành phố", null, "CITY"), r("U1", "Quận A", "DN", "UNIT"), r("G1", "Đảng bộ phường 1", "U1", "GRASSROOTS"),
                r("C1", "Chi bộ 1", "G1", "CELL"), r("C2", "Chi bộ 2", "G1", "CELL"), r("C3", "Chi bộ 3", "G1", "CELL"));
        Object[][] admissions = {
                {"DN", "CITY", 1L, 0L, 1L, 1L}, {"U1", "UNIT", 1L, 0L, 1L, 1L}, {"G1", "GRASSROOTS", 1L, 0L, 1L, 1L},
                {"C1", "CELL", 1L, 0L, 0L, 0L}, {"C2", "CELL", 0L, 0L, 1L, 0L}, {"C3", "CELL", 0L, 0L, 0L, 1L}};
        List<Object[]> rows = new ArrayList<>();
        for (Object[] a : admissions) {
            for (int y = 0; y < 3; y++) {
                rows.add(r(d("2024-08-31"), a[0], "name", a[1], 2021 + y, "FULL_YEAR", a[2 + y], 40L));
            }
            rows.add(r(d("2024-08-31"), a[0], "name", a[1], 2024, "YTD", a[5], 40L));
        }
        trend = rows(Tables.GOLD_ADMISSIONS_TREND, List.of(AS_OF_DATE, UNIT_CODE, UNIT_NAME, UNIT_LEVEL, YEAR, PERIOD,
                ADMISSIONS, MEMBERS_AT_START), rows.toArray(Object[][]::new));
    }

    Dataset<Row> compute(int dormantYears) {
        return UnitsWithoutAdmissions.compute(trend, units, UnitTree.ancestors(units), dormantYears).cache();
    }

    static Row at(Dataset<Row> rows, String unit, int year, String period) {
        return one(rows, "unit_code = '" + unit + "' AND year = " + year + " AND period = '" + period + "'");
    }

    @Test
    void cellDormantForExactlyNYearsIsDormant() {
        // C1 in 2024 YTD: last complete year 2023, last admission 2021: 2022 and 2023 empty, run 2 = N.
        Row c1 = at(compute(2), "C1", 2024, "YTD");
        assertThat(c1.<Integer>getAs(FULL_YEARS_WITHOUT_ADMISSIONS)).isEqualTo(2);
        assertThat(c1.<Integer>getAs(LAST_ADMISSION_YEAR)).isEqualTo(2021);
        assertThat(c1.<Boolean>getAs(DORMANT)).isTrue();
        assertThat(c1.<Long>getAs(MEMBERS_AT_START)).isEqualTo(40);
        assertThat(c1.<String>getAs(PEER_UNIT_NAME)).isEqualTo("Quận A");
        // With N = 3 the same run is not enough.
        assertThat(at(compute(3), "C1", 2024, "YTD").<Boolean>getAs(DORMANT)).isFalse();
    }

    @Test
    void runCountsBackFromTheFullYearItself() {
        Dataset<Row> rows = compute(2);
        assertThat(at(rows, "C1", 2022, "FULL_YEAR").<Integer>getAs(FULL_YEARS_WITHOUT_ADMISSIONS)).isEqualTo(1);
        assertThat(at(rows, "C1", 2023, "FULL_YEAR").<Integer>getAs(FULL_YEARS_WITHOUT_ADMISSIONS)).isEqualTo(2);
        // C3: none in 2021-2023, the whole range; no admission year known.
        Row c3 = at(rows, "C3", 2023, "FULL_YEAR");
        assertThat(c3.<Integer>getAs(FULL_YEARS_WITHOUT_ADMISSIONS)).isEqualTo(3);
        assertThat(c3.<Integer>getAs(LAST_ADMISSION_YEAR)).isNull();
        // C3 2021: the first year in range, itself empty: run 1.
        assertThat(at(rows, "C3", 2021, "FULL_YEAR").<Integer>getAs(FULL_YEARS_WITHOUT_ADMISSIONS)).isEqualTo(1);
    }

    @Test
    void unitWithoutAdmissionThisYearButOneLastYearIsListedNotDormant() {
        Row c2 = at(compute(2), "C2", 2024, "YTD");
        assertThat(c2.<Integer>getAs(FULL_YEARS_WITHOUT_ADMISSIONS)).isZero();
        assertThat(c2.<Boolean>getAs(DORMANT)).isFalse();
    }

    @Test
    void onlyGrassrootsAndCellsWithoutAdmissionInThePeriodAreListed() {
        // 2024 YTD: C1, C2 (C3 and G1 admitted). 2022: G1, C1, C2, C3 (U1 and DN are not listed at any level).
        Dataset<Row> rows = compute(2);
        assertThat(where(rows, "year = 2024").stream().map(r -> r.<String>getAs(UNIT_CODE)).sorted().toList())
                .containsExactly("C1", "C2");
        assertThat(where(rows, "year = 2022").stream().map(r -> r.<String>getAs(UNIT_CODE)).sorted().toList())
                .containsExactly("C1", "C2", "C3", "G1");
    }
}
