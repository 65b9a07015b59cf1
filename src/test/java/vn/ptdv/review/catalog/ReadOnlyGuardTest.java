package vn.ptdv.review.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.CommandExecutionMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ptdv.review.testing.SparkTest;

/** Statements are analyzed, never run: a refused write must not happen here either. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyGuardTest extends SparkTest {
    @BeforeAll
    void table() {
        spark.sql("CREATE DATABASE IF NOT EXISTS gold");
        spark.sql("CREATE TABLE IF NOT EXISTS gold.readonly_figures (n bigint) USING delta");
    }

    LogicalPlan analyzed(String statement) throws Exception {
        return spark.sessionState().executePlan(spark.sessionState().sqlParser().parsePlan(statement),
                CommandExecutionMode.SKIP()).analyzed();
    }

    @Test
    void queriesAndTheirToolsAreServed() throws Exception {
        for (String s : new String[] {
                "SELECT sum(n) FROM gold.readonly_figures",
                "WITH t AS (SELECT n FROM gold.readonly_figures) SELECT * FROM t",
                "SHOW TABLES IN gold", "SHOW DATABASES", "SHOW COLUMNS IN gold.readonly_figures",
                "DESCRIBE TABLE gold.readonly_figures", "DESCRIBE HISTORY gold.readonly_figures",
                "DESCRIBE DETAIL gold.readonly_figures", "EXPLAIN SELECT 1",
                "SET spark.sql.shuffle.partitions = 4", "USE gold",
                "CREATE TEMPORARY VIEW readonly_mine AS SELECT n FROM gold.readonly_figures"}) {
            assertThat(ReadOnlyGuard.readsOnly(analyzed(s))).as(s).isTrue();
        }
    }

    @Test
    void writesToTheWarehouseAreRefused() throws Exception {
        for (String s : new String[] {
                "INSERT INTO gold.readonly_figures VALUES (1)",
                "DELETE FROM gold.readonly_figures WHERE n = 1",
                "UPDATE gold.readonly_figures SET n = 2",
                "MERGE INTO gold.readonly_figures t USING (SELECT 1 AS n) s ON t.n = s.n WHEN NOT MATCHED THEN INSERT *",
                "DROP TABLE gold.readonly_figures", "TRUNCATE TABLE gold.readonly_figures",
                "CREATE TABLE gold.readonly_other (n int) USING delta",
                "CREATE TABLE gold.readonly_copy USING delta AS SELECT * FROM gold.readonly_figures",
                "CREATE VIEW gold.readonly_view AS SELECT 1 AS n",
                "ALTER TABLE gold.readonly_figures ADD COLUMNS (m int)",
                "OPTIMIZE gold.readonly_figures", "CREATE DATABASE readonly_db"}) {
            assertThat(ReadOnlyGuard.readsOnly(analyzed(s))).as(s).isFalse();
        }
        assertThat(spark.catalog().tableExists("gold", "readonly_copy")).isFalse();
    }
}
