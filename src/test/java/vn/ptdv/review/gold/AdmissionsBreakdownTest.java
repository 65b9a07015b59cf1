package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.quality.GoldChecks;
import vn.ptdv.review.silver.MembersSpec;
import vn.ptdv.review.testing.SparkTest;

/**
 * Tree: DN - U1 - C1, DN - U2 - C2. As of 2024-08-31, from 2024: one period, 2024 YTD.
 * Admitted in it: a (C1: F, Kinh, Không, 30, Đại học, STUDENT), b (C1: M, Cơ Tu, Phật giáo, 31, no
 * education, no source group), c (C2: F, " kinh" as typed, no religion, 45, Đại học, YOUTH_UNION).
 * d (C2) was admitted in 2023: outside the period.
 */
class AdmissionsBreakdownTest extends SparkTest {
    Dataset<Row> breakdown;

    @BeforeEach
    void compute() {
        Dataset<Row> units = rows(Tables.SILVER_UNITS, List.of(UNIT_CODE, UNIT_NAME, PARENT_CODE, UNIT_LEVEL),
                r("DN", "Thành phố", null, "CITY"), r("U1", "Quận A", "DN", "UNIT"), r("U2", "Quận B", "DN", "UNIT"),
                r("C1", "Chi bộ 1", "U1", "CELL"), r("C2", "Chi bộ 2", "U2", "CELL"));
        Dataset<Row> members = rows(Tables.SILVER_MEMBERS,
                List.of(MEMBER_KEY, GENDER, ETHNICITY, RELIGION, AGE_AT_ADMISSION, EDUCATION, OCCUPATION),
                r("a", "F", "Kinh", "Không", 30, "Đại học", "Sinh viên"),
                r("b", "M", "Cơ Tu", "Phật giáo", 31, null, "Nông dân"),
                r("c", "F", " kinh", null, 45, "Đại học", "Công nhân"),
                r("d", "M", "Kinh", "Không", 50, "Đại học", "Công nhân"));
        Dataset<Row> events = rows(Tables.SILVER_EVENTS, List.of(EVENT_ID, MEMBER_KEY, EVENT_TYPE, EVENT_DATE, UNIT_CODE, SOURCE_GROUP),
                r("e1", "a", "ADMITTED", d("2024-03-01"), "C1", "STUDENT"),
                r("e2", "b", "ADMITTED", d("2024-05-19"), "C1", null),
                r("e3", "c", "ADMITTED", d("2024-08-31"), "C2", "YOUTH_UNION"),
                r("e4", "d", "ADMITTED", d("2023-05-01"), "C2", "OTHER"),
                r("e5", "a", "OFFICIAL", d("2024-06-01"), "C1", null));
        GoldParams params = new GoldParams(LocalDate.of(2024, 8, 31), 2024);
        breakdown = AdmissionsBreakdown.compute(params, units, members, events, UnitTree.ancestors(units),
                params.periodsDataset(spark)).cache();
    }

    Row at(String unit, String dimension, String category) {
        return one(breakdown, "unit_code = '" + unit + "' AND dimension = '" + dimension + "' AND category = '" + category + "'");
    }

    long admissions(String unit, String dimension, String category) {
        return at(unit, dimension, category).<Long>getAs(ADMISSIONS);
    }

    @Test
    void ageBandIsTakenOnTheAdmissionDate() {
        // Born 1 Sep 1993: 30 on 31 Aug 2024, 31 the next day. Born 1 Sep 1978: 45, then 46.
        Row bands = spark.range(1).select(
                AdmissionsBreakdown.ageBand(MembersSpec.ageOn(lit(d("2024-08-31")), lit(d("1993-09-01")))),
                AdmissionsBreakdown.ageBand(MembersSpec.ageOn(lit(d("2024-09-01")), lit(d("1993-09-01")))),
                AdmissionsBreakdown.ageBand(MembersSpec.ageOn(lit(d("2024-08-31")), lit(d("1978-09-01")))),
                AdmissionsBreakdown.ageBand(MembersSpec.ageOn(lit(d("2024-09-01")), lit(d("1978-09-01")))),
                AdmissionsBreakdown.ageBand(MembersSpec.ageOn(lit(d("2024-09-01")), lit(d("2006-09-02")))),
                AdmissionsBreakdown.ageBand(lit(null).cast("int"))).first();
        assertThat(List.of(bands.getString(0), bands.getString(1), bands.getString(2), bands.getString(3), bands.getString(4),
                bands.getString(5))).containsExactly("18_30", "31_45", "31_45", "OVER_45", "UNDER_18", "UNKNOWN");
    }

    @Test
    void peerUnitsAndTheCityGetRowsCellsDoNot() {
        assertThat(breakdown.select(UNIT_CODE).distinct().orderBy(UNIT_CODE).collectAsList())
                .extracting(r -> r.getString(0)).containsExactly("DN", "U1", "U2");
    }

    @Test
    void cityCountsEveryAdmissionOfThePeriodOnceInEachDimension() {
        // a, b, c (d is 2023): F 2 of 3 = 66.67%, M 1 = 33.33%.
        assertThat(admissions("DN", "GENDER", "F")).isEqualTo(2);
        assertThat(at("DN", "GENDER", "F").<BigDecimal>getAs(SHARE_PCT)).isEqualByComparingTo("66.67");
        assertThat(at("DN", "GENDER", "M").<BigDecimal>getAs(SHARE_PCT)).isEqualByComparingTo("33.33");
        assertThat(admissions("DN", "AGE_BAND", "18_30")).isEqualTo(1);   // a, 30
        assertThat(admissions("DN", "AGE_BAND", "31_45")).isEqualTo(2);   // b 31, c 45
        for (String dimension : List.of("GENDER", "ETHNICITY", "RELIGION", "AGE_BAND", "EDUCATION", "OCCUPATION", "SOURCE_GROUP")) {
            long sum = breakdown.where("unit_code = 'DN' AND dimension = '" + dimension + "'")
                    .agg(sum(ADMISSIONS)).first().getLong(0);
            assertThat(sum).as(dimension).isEqualTo(3);
        }
    }

    @Test
    void minorityAndReligionAreDerivedAndMissingValuesAreUnknown() {
        assertThat(admissions("U1", "ETHNICITY", "MINORITY")).isEqualTo(1);   // b, Cơ Tu
        assertThat(admissions("U1", "ETHNICITY", "KINH")).isEqualTo(1);       // a
        assertThat(admissions("U2", "ETHNICITY", "KINH")).isEqualTo(1);       // c typed " kinh"
        assertThat(admissions("U1", "RELIGION", "RELIGIOUS")).isEqualTo(1);   // b
        assertThat(admissions("U1", "RELIGION", "NONE")).isEqualTo(1);        // a, Không
        assertThat(admissions("U2", "RELIGION", "UNKNOWN")).isEqualTo(1);     // c, empty
        assertThat(admissions("U1", "EDUCATION", "UNKNOWN")).isEqualTo(1);    // b
        assertThat(admissions("U1", "SOURCE_GROUP", "STUDENT")).isEqualTo(1);
        assertThat(admissions("U1", "SOURCE_GROUP", "UNKNOWN")).isEqualTo(1);
        assertThat(at("U2", "SOURCE_GROUP", "YOUTH_UNION").<BigDecimal>getAs(SHARE_PCT)).isEqualByComparingTo("100.00");
    }

    @Test
    void categoriesThatSumToTheTrendsAdmissionsPassTheDataTest() {
        assertThatCode(() -> GoldChecks.breakdownSumsToAdmissions(breakdown, trend(3L, 2L, 1L))).doesNotThrowAnyException();
    }

    @Test
    void categoriesThatDoNotSumToTheTrendsAdmissionsFailTheDataTest() {
        // The trend says U1 admitted 3 and the city 4; their seven dimensions sum to 2 and 3: 14 rows fail.
        assertThatThrownBy(() -> GoldChecks.breakdownSumsToAdmissions(breakdown, trend(4L, 3L, 1L)))
                .hasMessageContaining("gold.admissions_breakdown: the categories of each dimension sum to the admissions' failed on 14 row(s)");
    }

    static Dataset<Row> trend(long city, long u1, long u2) {
        return rows(Tables.GOLD_ADMISSIONS_TREND, List.of(UNIT_CODE, UNIT_LEVEL, YEAR, PERIOD, ADMISSIONS),
                r("DN", "CITY", 2024, "YTD", city), r("U1", "UNIT", 2024, "YTD", u1), r("U2", "UNIT", 2024, "YTD", u2),
                r("C1", "CELL", 2024, "YTD", u1));
    }
}
