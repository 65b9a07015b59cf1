package vn.ptdv.review.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.testing.SparkTest;

/**
 * Tree: DN - U1 - {C1, C2}, DN - U2 - C3; years 2020-2022. Spells, worked out per 1 January:
 * m1 C1 [2020-05-01, open): 2021, 2022. m2 C1 [2021-01-01, open): admitted on 1 Jan 2021, so 2022 only.
 * m3 C2 [2019-01-01, 2021-01-01): left on 1 Jan 2021, still counted that day: 2020, 2021.
 * m4 C3 [2019-06-01, 2020-12-31): 2020 only.
 * Reported: U1 2021 = 50, C3 2022 = 7, C1 2021 = 1 (agrees with the roster), C1 2022 = 3 (roster: 2).
 */
class MembersAtStartTest extends SparkTest {
    Dataset<Row> resolved;
    Dataset<Row> roster;

    @BeforeEach
    void compute() {
        Dataset<Row> units = rows(Tables.SILVER_UNITS, List.of(UNIT_CODE, PARENT_CODE, UNIT_LEVEL),
                r("DN", null, "CITY"), r("U1", "DN", "UNIT"), r("U2", "DN", "UNIT"),
                r("C1", "U1", "CELL"), r("C2", "U1", "CELL"), r("C3", "U2", "CELL"));
        Dataset<Row> spells = spark.createDataFrame(List.of(
                RowFactory.create("m1", "C1", d("2020-05-01"), null),
                RowFactory.create("m2", "C1", d("2021-01-01"), null),
                RowFactory.create("m3", "C2", d("2019-01-01"), d("2021-01-01")),
                RowFactory.create("m4", "C3", d("2019-06-01"), d("2020-12-31"))), MemberSpells.SCHEMA);
        Dataset<Row> reported = rows(Tables.SILVER_MEMBERSHIP_COUNTS, List.of(UNIT_CODE, YEAR, MEMBERS_AT_START),
                r("U1", 2021, 50L), r("C3", 2022, 7L), r("C1", 2021, 1L), r("C1", 2022, 3L));
        Dataset<Row> ancestors = UnitTree.ancestors(units);
        roster = MembersAtStart.fromRoster(spells, ancestors, 2020, 2022).cache();
        resolved = MembersAtStart.resolve(units, UnitTree.depths(ancestors), roster, reported, 2020, 2022, 2).cache();
    }

    Row at(String unit, int year) {
        return one(resolved, "unit_code = '" + unit + "' AND year = " + year);
    }

    long rosterCount(String unit, int year) {
        List<Row> r = where(roster, "unit_code = '" + unit + "' AND year = " + year);
        return r.isEmpty() ? 0 : r.get(0).getLong(r.get(0).fieldIndex("roster_members"));
    }

    @Test
    void rosterCountsMembersAtTheStartOfFirstJanuary() {
        assertThat(rosterCount("C1", 2020)).isZero();
        assertThat(rosterCount("C1", 2021)).isEqualTo(1);   // m1
        assertThat(rosterCount("C1", 2022)).isEqualTo(2);   // m1, m2 (C1 reported 3: the roster count stays 2)
        assertThat(rosterCount("C2", 2021)).isEqualTo(1);   // m3 left on 1 Jan 2021
        assertThat(rosterCount("C2", 2022)).isZero();
        assertThat(rosterCount("C3", 2020)).isEqualTo(1);   // m4
        assertThat(rosterCount("DN", 2020)).isEqualTo(2);   // m3, m4
        assertThat(rosterCount("DN", 2021)).isEqualTo(2);   // m1, m3
        assertThat(rosterCount("DN", 2022)).isEqualTo(2);   // m1, m2
    }

    @Test
    void reportedCountTakesPrecedenceOverTheRoster() {
        assertThat(at("U1", 2021).<Long>getAs(MEMBERS_AT_START)).isEqualTo(50);
        assertThat(at("U1", 2021).<String>getAs(MEMBERS_AT_START_SOURCE)).isEqualTo("REPORTED");
        assertThat(at("U1", 2022).<Long>getAs(MEMBERS_AT_START)).isEqualTo(2);
        assertThat(at("U1", 2022).<String>getAs(MEMBERS_AT_START_SOURCE)).isEqualTo("ROSTER");
    }

    @Test
    void rosterTakesPrecedenceOverTheChildrensSum() {
        // DN 2021: roster 2, although its child U1 reported 50.
        assertThat(at("DN", 2021).<Long>getAs(MEMBERS_AT_START)).isEqualTo(2);
        assertThat(at("DN", 2021).<String>getAs(MEMBERS_AT_START_SOURCE)).isEqualTo("ROSTER");
    }

    @Test
    void childrensSumWhenTheUnitHasNeitherReportNorRoster() {
        // U2 2022: nobody in the roster, its child C3 reported 7.
        assertThat(at("U2", 2022).<Long>getAs(MEMBERS_AT_START)).isEqualTo(7);
        assertThat(at("U2", 2022).<String>getAs(MEMBERS_AT_START_SOURCE)).isEqualTo("CHILDREN");
        // U2 2021: nothing anywhere below it: unknown.
        assertThat(at("U2", 2021).<Long>getAs(MEMBERS_AT_START)).isNull();
        assertThat(at("U2", 2021).<String>getAs(MEMBERS_AT_START_SOURCE)).isNull();
    }

    @Test
    void reportedTotalsThatContradictTheRosterAreListed() {
        // U1 2021: reported 50, roster 2 (m1, m3): +48. C1 2022: reported 3, roster 2 (m1, m2): +1.
        // C3 2022 reported 7 where the roster has nobody (nothing to contradict); C1 2021 agrees.
        List<String> listed = MembersAtStart.reportedVsRoster(resolved).collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getInt(1) + " " + r.getLong(4)).toList();
        assertThat(listed).containsExactly("U1 2021 48", "C1 2022 1");
    }
}
