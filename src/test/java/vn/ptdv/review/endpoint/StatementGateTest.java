package vn.ptdv.review.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.CurrentUserContext;
import org.apache.spark.sql.hive.thriftserver.ui.SparkListenerThriftServerOperationClosed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.testing.SparkTest;

/**
 * The gate every client statement passes, as the Thrift server calls it: on the statement's thread, with
 * its operation id as the job group and the authenticated name as the current user. Statements run in a
 * session of their own (as the server's are); what the gate decides goes to an audit trail written to a
 * temporary Delta table when closed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementGateTest extends SparkTest {
    static final String PASSWORD = "a long enough password";

    @TempDir
    Path dir;
    Path accountsFile;
    SparkSession client;

    @BeforeAll
    void tables() {
        for (String db : List.of("gold", "silver")) spark.sql("CREATE DATABASE IF NOT EXISTS " + db);
        spark.sql("CREATE OR REPLACE TABLE gold.gate_trend (unit_code string, admissions bigint) USING delta");
        spark.sql("INSERT INTO gold.gate_trend VALUES ('CITY', 1), ('HC', 2), ('TK', 4)");
        spark.sql("CREATE OR REPLACE TABLE silver.gate_members (unit_code string, member_key string) USING delta");
        client = spark.newSession();
    }

    @AfterEach
    void clearTheStatementsThreadLocals() {
        CurrentUserContext.CURRENT_USER().remove();
        spark.sparkContext().setLocalProperty(StatementGate.JOB_GROUP_ID, null);
    }

    StatementGate gate(boolean withAccounts, AuditTrail audit) {
        accountsFile = dir.resolve("accounts.conf");
        Accounts.load(accountsFile)
                .with(new Account("hc", Role.ANALYST, Optional.of("HC"), Optional.empty(), false).withPasswordHash(Accounts.hash(PASSWORD)))
                .with(new Account("team", Role.DATA_TEAM, Optional.empty(), Optional.empty(), false).withPasswordHash(Accounts.hash(PASSWORD)))
                .with(new Account("gone", Role.DATA_TEAM, Optional.empty(), Optional.empty(), true).withPasswordHash(Accounts.hash(PASSWORD)))
                .save();
        UnitScope scope = new UnitScope(List.of(org.apache.spark.sql.RowFactory.create("CITY", null, "CITY"),
                org.apache.spark.sql.RowFactory.create("HC", "CITY", "UNIT"), org.apache.spark.sql.RowFactory.create("TK", "CITY", "UNIT")), false);
        return new StatementGate(withAccounts ? Optional.of(accountsFile) : Optional.empty(), false, scope, audit,
                () -> EndpointServer.newSessionSettings(spark), EndpointServer.serverSettings(spark));
    }

    List<Row> run(StatementGate gate, String user, String id, String sql) {
        CurrentUserContext.CURRENT_USER().set(user);
        spark.sparkContext().setLocalProperty(StatementGate.JOB_GROUP_ID, id);
        return gate.run(client, sql).collectAsList();
    }

    @Test
    void aScopedAnalystGetsItsRowsTheDataTeamSilverAndEveryDecisionIsRecorded() throws Exception {
        String location = dir.resolve("audit").toString();
        AuditTrail audit = new AuditTrail(spark, location, name -> Optional.empty());
        spark.sparkContext().addSparkListener(audit); // for the rows: Spark SQL's end-of-execution events
        StatementGate gate = gate(true, audit);
        // HC sees HC only (no city totals): admissions 2.
        assertThat(run(gate, "hc", "s1", "SELECT sum(admissions) FROM gold.gate_trend").get(0).getLong(0)).isEqualTo(2);
        assertThatThrownBy(() -> run(gate, "hc", "s2", "SELECT count(*) FROM silver.gate_members"))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("silver.gate_members is not served");
        assertThat(run(gate, "team", "s3", "SELECT count(*) FROM silver.gate_members").get(0).getLong(0)).isZero();
        assertThatThrownBy(() -> run(gate, "gone", "s4", "SELECT 1")).isInstanceOf(StatementRefused.class)
                .hasMessageContaining("the account gone is locked or no longer exists");
        assertThatThrownBy(() -> run(gate, "team", "s5", "SELECT * FROM no_such_table")).isNotInstanceOf(StatementRefused.class);
        // The Thrift server says when the client closed each statement; here the test does.
        for (String id : List.of("s1", "s3")) audit.onOtherEvent(new SparkListenerThriftServerOperationClosed(id, System.currentTimeMillis()));
        spark.sparkContext().listenerBus().waitUntilEmpty();
        spark.sparkContext().removeSparkListener(audit);
        audit.close();

        Map<String, Row> byId = new java.util.HashMap<>();
        for (Row r : spark.read().format("delta").load(location).collectAsList()) byId.put(r.getAs("statement_id"), r);
        assertThat(byId).containsOnlyKeys("s1", "s2", "s3", "s4", "s5");
        assertThat(List.of(byId.get("s1").getAs("outcome"), byId.get("s1").getAs("account"), byId.get("s1").getAs("role"),
                byId.get("s1").getAs("unit_scope"), byId.get("s1").getAs("rows_returned"))).containsExactly("SERVED", "hc", "analyst", "HC", 1L);
        assertThat(byId.get("s1").getList(byId.get("s1").fieldIndex("tables_read"))).containsExactly("gold.gate_trend");
        assertThat((String) byId.get("s2").getAs("outcome")).isEqualTo("REFUSED");
        assertThat((String) byId.get("s2").getAs("message")).contains("silver.gate_members is not served");
        assertThat((String) byId.get("s2").getAs("statement")).isEqualTo("SELECT count(*) FROM silver.gate_members");
        assertThat((String) byId.get("s3").getAs("outcome")).isEqualTo("SERVED");
        assertThat((String) byId.get("s4").getAs("outcome")).isEqualTo("REFUSED");
        assertThat((String) byId.get("s5").getAs("outcome")).isEqualTo("FAILED");
    }

    @Test
    void withoutAccountsEveryClientIsTheAnonymousAnalystWhateverNameItClaims() {
        StatementGate gate = gate(false, new AuditTrail(spark, dir.resolve("audit-anonymous").toString(), name -> Optional.empty()));
        // The whole city (no scope): 1 + 2 + 4.
        assertThat(run(gate, "team", "a1", "SELECT sum(admissions) FROM gold.gate_trend").get(0).getLong(0)).isEqualTo(7);
        assertThatThrownBy(() -> run(gate, "team", "a2", "SELECT count(*) FROM silver.gate_members"))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("it may read gold");
    }

    @Test
    void aSessionWhoseSettingsWereChangedIsRefused() {
        StatementGate gate = gate(true, new AuditTrail(spark, dir.resolve("audit-settings").toString(), name -> Optional.empty()));
        SparkSession tampered = spark.newSession();
        tampered.conf().set("spark.sql.variable.substitute", "true");
        CurrentUserContext.CURRENT_USER().set("team");
        spark.sparkContext().setLocalProperty(StatementGate.JOB_GROUP_ID, "c1");
        assertThatThrownBy(() -> gate.run(tampered, "SELECT 1")).isInstanceOf(StatementRefused.class)
                .hasMessageContaining("this session changed the setting spark.sql.variable.substitute").hasMessageNotContaining("true");
    }

    @Test
    void outsideAClientsStatementOnlyUseRuns() {
        StatementGate gate = gate(true, new AuditTrail(spark, dir.resolve("audit-setup").toString(), name -> Optional.empty()));
        assertThat(gate.run(client, "USE gold").collectAsList()).isEmpty();
        assertThatThrownBy(() -> gate.run(client, "SELECT * FROM gold.gate_trend")).isInstanceOf(StatementRefused.class)
                .hasMessageContaining("only USE runs outside a client's statement");
        client.sql("USE default");
    }
}
