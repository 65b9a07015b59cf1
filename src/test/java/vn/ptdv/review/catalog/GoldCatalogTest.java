package vn.ptdv.review.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.catalog.Col.*;
import static vn.ptdv.review.testing.Frames.d;
import static vn.ptdv.review.testing.Frames.r;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ptdv.review.testing.Frames;
import vn.ptdv.review.testing.SparkTest;

/**
 * What analysts see in the catalog: every gold column's comment (DESCRIBE TABLE) and the gold.v_* views.
 * The rows are written for as-of dates in 2099, far from any other test's, and removed afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldCatalogTest extends SparkTest {
    static final String TEST_AS_OFS = AS_OF_DATE + " >= DATE'2099-01-01'";
    Warehouse warehouse;

    @BeforeAll
    void goldTablesWithTwoAsOfDates() {
        warehouse = new Warehouse(spark);
        warehouse.ensureTables(Tables.GOLD_ALL);
        warehouse.ensureViews(Tables.GOLD_VIEWS);
        // Reference rows at two as-of dates, and historical rows (at the same and at a later as-of) that the
        // views must leave out: they show the reference structure only.
        List<String> cityCols = List.of(AS_OF_DATE, STRUCTURE, YEAR, PERIOD, ADMISSIONS);
        warehouse.replaceWhere(Tables.GOLD_CITY_SUMMARY, Frames.rows(Tables.GOLD_CITY_SUMMARY, cityCols,
                r(d("2099-06-30"), REFERENCE, 2099, "YTD", 10L),
                r(d("2099-08-31"), REFERENCE, 2098, "YTD", 11L),
                r(d("2099-08-31"), REFERENCE, 2099, "YTD", 12L),
                r(d("2099-08-31"), HISTORICAL, 2099, "YTD", 99L),
                r(d("2099-09-30"), HISTORICAL, 2099, "YTD", 98L)), TEST_AS_OFS);
        List<String> peerCols = List.of(AS_OF_DATE, STRUCTURE, UNIT_CODE, YEAR, PERIOD, RANK_OVERALL);
        warehouse.replaceWhere(Tables.GOLD_PEER_COMPARISON, Frames.rows(Tables.GOLD_PEER_COMPARISON, peerCols,
                r(d("2099-06-30"), REFERENCE, "A", 2099, "YTD", 2),
                r(d("2099-08-31"), REFERENCE, "A", 2098, "YTD", 3),
                r(d("2099-08-31"), REFERENCE, "A", 2098, "FULL_YEAR", 4),
                r(d("2099-08-31"), REFERENCE, "A", 2099, "YTD", 1),
                r(d("2099-08-31"), HISTORICAL, "A", 2099, "YTD", 7)), TEST_AS_OFS);
    }

    static final String REFERENCE = vn.ptdv.review.domain.Structure.REFERENCE.name();
    static final String HISTORICAL = vn.ptdv.review.domain.Structure.HISTORICAL.name();

    @AfterAll
    void removeTheTestRows() {
        for (TableDef t : List.of(Tables.GOLD_CITY_SUMMARY, Tables.GOLD_PEER_COMPARISON)) {
            warehouse.replaceWhere(t, warehouse.read(t).limit(0), TEST_AS_OFS);
        }
    }

    @Test
    void describeTableShowsTheCommentOfEveryGoldColumn() {
        for (TableDef t : Tables.GOLD_ALL) {
            Map<String, String> described = new LinkedHashMap<>();
            for (Row row : spark.sql("DESCRIBE TABLE " + t.qualified()).collectAsList()) {
                if (row.getString(0).isBlank() || row.getString(0).startsWith("#")) break;   // partitioning section
                described.put(row.getString(0), row.getString(2));
            }
            Map<String, String> documented = new LinkedHashMap<>();
            for (StructField f : t.schema().fields()) documented.put(f.name(), f.getComment().get());
            assertThat(described).as(t.qualified()).isEqualTo(documented);
            assertThat(documented.values()).as(t.qualified()).allSatisfy(c -> assertThat(c).isNotBlank());
        }
    }

    @Test
    void latestCitySummaryHoldsOnlyTheLatestAsOf() {
        // Latest reference as-of: 2099-08-31, whose reference rows are 2098 YTD (11) and 2099 YTD (12);
        // 2099-06-30's 10 and the historical 99 and 98 (the latter at a later as-of) are left out.
        List<Row> rows = spark.sql("SELECT year, admissions FROM gold.v_latest_city_summary ORDER BY year").collectAsList();
        assertThat(rows).extracting(Row::toString).containsExactly("[2098,11]", "[2099,12]");
    }

    @Test
    void peerRankingIsTheLatestAsOfYearToDate() {
        // 2099-08-31 has 2098 YTD, 2098 FULL_YEAR and 2099 YTD for unit A: only 2099 YTD (rank 1) is the as-of
        // year's; the historical row (rank 7) is left out.
        List<Row> rows = spark.sql("SELECT unit_code, year, period, rank_overall FROM gold.v_peer_ranking_latest").collectAsList();
        assertThat(rows).extracting(Row::toString).containsExactly("[A,2099,YTD,1]");
    }

    @Test
    void viewsCarryTheirDescriptionAsComment() {
        String comment = spark.sql("DESCRIBE TABLE EXTENDED gold.v_latest_city_summary").where("col_name = 'Comment'")
                .first().getString(1);
        assertThat(comment).startsWith("The city headline at the latest as-of date computed")
                .endsWith("Grain: one row per year × period.");
    }
}
