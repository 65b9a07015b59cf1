package vn.ptdv.review.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ptdv.review.testing.SparkTest;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataGuardTest extends SparkTest {
    @BeforeAll
    void tables() {
        for (String db : Tables.DATABASES) spark.sql("CREATE DATABASE IF NOT EXISTS " + db);
        spark.sql("CREATE TABLE IF NOT EXISTS bronze.guard_people (member_id string) USING delta");
        spark.sql("CREATE TABLE IF NOT EXISTS gold.guard_figures (n bigint) USING delta");
    }

    @Test
    void plainSelectAndDeltaCountFromLogAreCaught() {
        assertThat(PersonalDataGuard.personalDataTable(spark, "SELECT * FROM bronze.guard_people")).contains("bronze.guard_people");
        assertThat(PersonalDataGuard.personalDataTable(spark, "select count(*) from BRONZE.guard_people")).contains("bronze.guard_people");
    }

    @Test
    void subqueryAndCreateTableAsSelectAreCaughtWithoutRunning() {
        assertThat(PersonalDataGuard.personalDataTable(spark,
                "SELECT n FROM gold.guard_figures WHERE n IN (SELECT length(member_id) FROM bronze.guard_people)"))
                .contains("bronze.guard_people");
        assertThat(PersonalDataGuard.personalDataTable(spark,
                "CREATE TABLE gold.guard_leak USING delta AS SELECT * FROM bronze.guard_people")).contains("bronze.guard_people");
        assertThat(spark.catalog().tableExists("gold", "guard_leak")).isFalse();
    }

    @Test
    void goldAndSilverQueriesPass() {
        assertThat(PersonalDataGuard.personalDataTable(spark, "SELECT sum(n) FROM gold.guard_figures")).isEmpty();
        assertThat(PersonalDataGuard.personalDataTable(spark, "SELECT 1")).isEmpty();
    }

    @Test
    void theEndpointsCheckRefusesAPlanReadingBronze() {
        var plan = spark.sql("SELECT count(*) FROM bronze.guard_people").queryExecution().analyzed();
        assertThatThrownBy(() -> PersonalDataGuard.refusePersonalData(plan))
                .isInstanceOf(PersonalDataGuard.PersonalDataRefused.class)
                .hasMessageContaining("the query reads bronze.guard_people, which holds personal data");
    }

    @Test
    void theEndpointsCheckRefusesAViewOverBronze() {
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW guard_innocent AS SELECT member_id AS x FROM bronze.guard_people");
        var plan = spark.sql("SELECT * FROM guard_innocent").queryExecution().analyzed();
        assertThatThrownBy(() -> PersonalDataGuard.refusePersonalData(plan)).hasMessageContaining("bronze.guard_people");
    }

    @Test
    void readingBronzeFilesByPathIsCaughtToo() {
        String location = spark.sql("DESCRIBE DETAIL bronze.guard_people").first().getAs("location");
        assertThat(location).endsWith("/bronze.db/guard_people");
        assertThat(PersonalDataGuard.personalDataTable(spark, "SELECT * FROM delta.`" + location + "`")).contains("bronze.guard_people");
    }

    @Test
    void theEndpointsCheckLetsGoldThrough() {
        var plan = spark.sql("SELECT sum(n) FROM gold.guard_figures").queryExecution().analyzed();
        PersonalDataGuard.refusePersonalData(plan);   // no exception
        assertThat(PersonalDataGuard.personalDataTable(plan)).isEmpty();
    }
}
