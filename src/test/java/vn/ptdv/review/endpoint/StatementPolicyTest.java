package vn.ptdv.review.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ptdv.review.testing.SparkTest;

/**
 * The endpoint's allow-lists on real plans of the test session: what a statement may call, read and be.
 * Each refused statement is only parsed and analyzed here, never run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementPolicyTest extends SparkTest {
    static final Set<String> ANALYST = Role.ANALYST.databases(false);
    static final Set<String> DATA_TEAM = Role.DATA_TEAM.databases(false);
    String goldPath;

    @BeforeAll
    void tables() {
        for (String db : Set.of("gold", "silver", "bronze")) spark.sql("CREATE DATABASE IF NOT EXISTS " + db);
        spark.sql("CREATE TABLE IF NOT EXISTS gold.policy_trend (unit_code string, admissions bigint) USING delta");
        spark.sql("CREATE TABLE IF NOT EXISTS silver.policy_members (unit_code string, member_key string) USING delta");
        spark.sql("CREATE OR REPLACE VIEW gold.policy_latest AS SELECT * FROM gold.policy_trend WHERE admissions > 0");
        goldPath = spark.sql("DESCRIBE DETAIL gold.policy_trend").first().getAs("location");
    }

    LogicalPlan parsed(String sql) {
        return StatementGate.parse(spark, sql);
    }

    Set<String> read(String sql, Set<String> databases) {
        LogicalPlan p = parsed(sql);
        StatementPolicy.checkParsed(p, databases);
        return StatementPolicy.checkAnalyzed(StatementGate.analyze(spark, p), databases, "default");
    }

    @Test
    void aQueryOfGoldWithJoinsSubqueriesWindowsAndCtesIsServedAndNamesWhatItReads() {
        assertThat(read("WITH t AS (SELECT unit_code, sum(admissions) AS n FROM gold.policy_trend GROUP BY unit_code)"
                + " SELECT t.unit_code, rank() OVER (ORDER BY n DESC) AS r, concat(t.unit_code, '-', date_format(current_date(), 'yyyy'))"
                + " FROM t JOIN gold.policy_latest l ON t.unit_code = l.unit_code"
                + " WHERE n > (SELECT avg(admissions) FROM gold.policy_trend) ORDER BY r LIMIT 5", ANALYST))
                .containsExactly("gold.policy_latest", "gold.policy_trend");
        assertThat(read("SELECT 1 + 1, explode(array(1, 2))", ANALYST)).isEmpty();
        assertThat(read("SELECT * FROM range(3)", ANALYST)).isEmpty();
    }

    @Test
    void silverIsForTheDataTeamOnlyAndBronzeForNobody() {
        assertThatThrownBy(() -> read("SELECT * FROM bronze.policy_raw", DATA_TEAM)).isInstanceOf(StatementRefused.class)
                .hasMessageContaining("the query reads bronze.policy_raw, which holds personal data");
        assertThatThrownBy(() -> read("SELECT count(*) FROM silver.policy_members", ANALYST))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("silver.policy_members is not served to this account");
        assertThat(read("SELECT count(*) FROM silver.policy_members", DATA_TEAM)).containsExactly("silver.policy_members");
        // Hidden in a subquery: still found.
        assertThatThrownBy(() -> read("SELECT * FROM gold.policy_trend WHERE unit_code IN (SELECT unit_code FROM silver.policy_members)", ANALYST))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("silver.policy_members");
    }

    @Test
    void functionsThatReachTheJvmFilesOrSettingsAreRefused() {
        for (String call : new String[] {"reflect('java.lang.System', 'getenv', 'HOME')", "java_method('java.lang.System', 'getenv')",
                "try_reflect('java.lang.System', 'getenv')", "input_file_name()", "aes_decrypt(unhex('00'), '0000000000000000')",
                "assert_true(false)", "raise_error('x')"}) {
            assertThatThrownBy(() -> read("SELECT " + call, ANALYST)).as(call).isInstanceOf(StatementRefused.class)
                    .hasMessageContaining("the function");
        }
        assertThatThrownBy(() -> read("SELECT gold.my_udf(1)", ANALYST)).hasMessageContaining("not one of Spark's built-in functions");
        assertThatThrownBy(() -> read("SELECT no_such_function(1)", ANALYST)).hasMessageContaining("not one of Spark's built-in functions");
        assertThatThrownBy(() -> read("SELECT * FROM gold.policy_trend WHERE unit_code = reflect('java.util.UUID', 'randomUUID')", ANALYST))
                .isInstanceOf(StatementRefused.class);
    }

    @Test
    void filesAddressedByPathAreRefusedWhateverTheFormat() {
        assertThatThrownBy(() -> read("SELECT * FROM delta.`" + goldPath + "`", DATA_TEAM))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("path");
        assertThatThrownBy(() -> read("SELECT * FROM spark_catalog.delta.`" + goldPath + "`", DATA_TEAM))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("path");
        // A JSON file's schema is inferred from its rows during analysis: refused before analysis.
        assertThatThrownBy(() -> read("SELECT no_such_column FROM json.`" + goldPath + "/_delta_log`", DATA_TEAM))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("path");
        assertThatThrownBy(() -> read("SELECT * FROM parquet.`" + goldPath + "`", DATA_TEAM))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("path");
        assertThatThrownBy(() -> read("SELECT * FROM text.`/etc/hostname`", DATA_TEAM)).isInstanceOf(StatementRefused.class);
        assertThatThrownBy(() -> read("CREATE TEMPORARY VIEW leak USING text OPTIONS (path '/etc/hostname')", DATA_TEAM))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("this SQL endpoint is read-only: CreateTempViewUsing is refused");
        assertThat(spark.catalog().tableExists("leak")).isFalse();
    }

    @Test
    void commandsOutsideTheListAreRefused() {
        for (String sql : new String[] {"SET spark.sql.variable.substitute=true", "SET", "RESET", "ADD JAR /tmp/x.jar",
                "CREATE TEMPORARY FUNCTION f AS 'java.lang.String'", "CACHE TABLE gold.policy_trend", "EXPLAIN SELECT 1",
                "REFRESH TABLE gold.policy_trend", "SHOW CREATE TABLE gold.policy_trend", "MSCK REPAIR TABLE gold.policy_trend"}) {
            assertThatThrownBy(() -> read(sql, DATA_TEAM)).as(sql).isInstanceOf(StatementRefused.class);
        }
        assertThatThrownBy(() -> read("SELECT TRANSFORM(unit_code) USING 'cat /etc/passwd' FROM gold.policy_trend", DATA_TEAM))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("ScriptTransformation");
    }

    @Test
    void describingAndListingFollowTheRole() {
        assertThat(read("DESCRIBE TABLE gold.policy_trend", ANALYST)).containsExactly("gold.policy_trend");
        assertThat(read("SHOW TABLES IN gold", ANALYST)).isEmpty();
        assertThat(read("SHOW TABLES", ANALYST)).isEmpty();
        assertThat(read("USE gold", ANALYST)).isEmpty();
        assertThat(read("DESCRIBE HISTORY gold.policy_trend", ANALYST)).containsExactly("gold.policy_trend");
        assertThatThrownBy(() -> read("DESCRIBE TABLE silver.policy_members", ANALYST)).isInstanceOf(StatementRefused.class);
        assertThatThrownBy(() -> read("SHOW TABLES IN silver", ANALYST)).isInstanceOf(StatementRefused.class);
        assertThatThrownBy(() -> read("DESCRIBE HISTORY '" + goldPath + "'", DATA_TEAM)).isInstanceOf(StatementRefused.class);
        assertThatThrownBy(() -> read("DESCRIBE DETAIL '" + goldPath + "'", DATA_TEAM)).isInstanceOf(StatementRefused.class);
    }

    @Test
    void aTemporaryViewOfAServedQueryIsServedAndOneOverSilverIsNot() {
        assertThat(read("CREATE OR REPLACE TEMPORARY VIEW policy_mine AS SELECT * FROM gold.policy_trend", ANALYST))
                .containsExactly("gold.policy_trend");
        assertThatThrownBy(() -> read("CREATE OR REPLACE TEMPORARY VIEW policy_theirs AS SELECT * FROM silver.policy_members", ANALYST))
                .isInstanceOf(StatementRefused.class);
        assertThatThrownBy(() -> read("CREATE VIEW gold.policy_persisted AS SELECT 1", DATA_TEAM))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("read-only: CreateView is refused");
    }
}
