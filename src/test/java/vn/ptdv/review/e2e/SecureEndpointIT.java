package vn.ptdv.review.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.catalog.ViewDef;
import vn.ptdv.review.endpoint.Account;
import vn.ptdv.review.endpoint.Accounts;
import vn.ptdv.review.endpoint.Role;
import vn.ptdv.review.testing.TestSpark;

/**
 * Who may connect to the SQL endpoint and what each account sees, over real JDBC connections to a
 * running {@code serve-sql} with accounts and TLS on the sample's warehouse. One account is made with the
 * command the README gives ({@code jobs/review accounts add … --generate-password}), the others with the
 * same code in this JVM. Every statement the tests send is noted with the outcome it must have, and the
 * last test stops the server and finds each of them in audit.sql_statements. Then an endpoint without
 * accounts is started: loopback only, every connection an analyst.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecureEndpointIT {
    static final String TEAM_PASSWORD = "the data team's password";
    static final String HC_PASSWORD = "Hai Chau's analyst password";
    static final String LOCKED_PASSWORD = "a locked account's password";
    static final String STORE_PASSWORD = "key-store-password";
    /** The sample's Hải Châu district committee: a peer unit with grassroots organisations and cells beneath. */
    static final String SCOPE = "HAICHAU";

    SampleRun sample;
    Path work;
    Path accounts;
    Path trustStore;
    Endpoint endpoint;
    String analystPassword;
    /** Statement → the outcome its audit row must have, per account. */
    final Map<String, Map<String, String>> expected = new LinkedHashMap<>();
    final List<String> failedLogins = new ArrayList<>();

    @BeforeAll
    void accountsKeyStoreAndServer() throws Exception {
        sample = SampleRun.get().succeeded();
        work = Files.createTempDirectory(Launchers.ROOT.resolve("target"), "secure-endpoint-");
        accounts = work.resolve("sql-accounts.conf");
        // The README's way: the command makes up the password and prints it once on standard output.
        Processes.Result added = Processes.run(work, "accounts-add", Launchers.job("review", List.of("accounts", "add", "ana",
                "--role", "analyst", "--generate-password")), Map.of("REVIEW_SQL_ACCOUNTS", accounts.toString()),
                Endpoint.UNSET, Duration.ofMinutes(5));
        assertThat(added.exit()).as(added.err()).isZero();
        analystPassword = added.out().strip();
        assertThat(analystPassword).hasSize(20);
        Accounts.load(accounts)
                .with(account("team", Role.DATA_TEAM, null, TEAM_PASSWORD))
                .with(account("hc", Role.ANALYST, SCOPE, HC_PASSWORD))
                .with(account("locked", Role.DATA_TEAM, null, LOCKED_PASSWORD).withLocked(true))
                .save();
        assertThat(Files.readString(accounts)).doesNotContain(TEAM_PASSWORD, analystPassword);

        trustStore = keyStores();
        endpoint = Endpoint.start(work, "serve-sql-tls", sample.warehouse(), Map.of("REVIEW_SQL_ACCOUNTS", accounts.toString(),
                "REVIEW_SQL_KEYSTORE_PASSWORD", STORE_PASSWORD), List.of("--conf",
                "review.sql-endpoint.tls.keystore=" + work.resolve("server.jks")));
    }

    static Account account(String name, Role role, String unit, String password) {
        return new Account(name, role, Optional.ofNullable(unit), Optional.empty(), false).withPasswordHash(Accounts.hash(password));
    }

    /** The server's key (self-signed, for 127.0.0.1) and a trust store with its certificate, by the JDK's keytool. */
    Path keyStores() throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "endpoint", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-validity", "2", "-storetype", "JKS", "-keystore", "server.jks", "-storepass", STORE_PASSWORD, "-keypass",
                STORE_PASSWORD, "-ext", "SAN=ip:127.0.0.1,dns:localhost");
        run(keytool, "-exportcert", "-alias", "endpoint", "-keystore", "server.jks", "-storepass", STORE_PASSWORD, "-file", "server.cer");
        run(keytool, "-importcert", "-noprompt", "-alias", "endpoint", "-file", "server.cer", "-keystore", "trust.jks",
                "-storetype", "JKS", "-storepass", "trust-store-password");
        return work.resolve("trust.jks");
    }

    void run(String... command) throws Exception {
        Processes.Result r = Processes.run(work, "keytool", List.of(command), Map.of(), List.of(), Duration.ofMinutes(1));
        assertThat(r.exit()).as(r.err()).isZero();
    }

    String tls() {
        return ";ssl=true;sslTrustStore=" + trustStore + ";trustStorePassword=trust-store-password";
    }

    Connection as(String user, String password) throws Exception {
        return endpoint.connect(user, password, tls());
    }

    /** Runs {@code sql} as {@code user} and notes that it must be audited as served. */
    List<List<Object>> served(Connection c, String user, String sql) throws SQLException {
        List<List<Object>> rows = Endpoint.query(c, sql);
        expected.computeIfAbsent(user, u -> new LinkedHashMap<>()).put(sql, "SERVED");
        return rows;
    }

    /** Runs {@code sql} as {@code user}: it must be refused with {@code reason}, and audited so. */
    void refused(Connection c, String user, String sql, String reason) {
        assertThatThrownBy(() -> Endpoint.query(c, sql)).as(sql).isInstanceOf(SQLException.class)
                .hasMessageContaining("refused by the SQL endpoint").hasMessageContaining(reason);
        expected.computeIfAbsent(user, u -> new LinkedHashMap<>()).put(sql, "REFUSED");
    }

    void loginFails(String user, String password, String extra) {
        assertThatThrownBy(() -> endpoint.connect(user, password, extra).close()).as("login as %s", user)
                .isInstanceOf(SQLException.class).hasMessageContaining("Error validating the login");
        failedLogins.add(user == null ? "anonymous" : user); // the driver's name for a login without one
    }

    @Test
    @Order(1)
    void aWrongPasswordAnUnknownNameNoCredentialsAndALockedAccountCannotLogIn() {
        loginFails("team", "not the password", tls());
        loginFails("nobody", TEAM_PASSWORD, tls());
        loginFails(null, null, tls());
        loginFails("locked", LOCKED_PASSWORD, tls());
    }

    @Test
    @Order(1)
    void withoutTlsNothingIsServed() {
        assertThatThrownBy(() -> endpoint.connect("team", TEAM_PASSWORD, "").close()).isInstanceOf(SQLException.class);
    }

    @Test
    @Order(1)
    void anAccountCannotActAsAnother() {
        // A session variable of the JDBC URL asks HiveServer2 to run the session as another user.
        assertThatThrownBy(() -> endpoint.connect("ana", analystPassword, tls() + ";hive.server2.proxy.user=team").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Proxy user substitution is not allowed");
    }

    @Test
    @Order(2)
    void theDataTeamReadsSilverAndAnAnalystCannot() throws Exception {
        try (Connection team = as("team", TEAM_PASSWORD); Connection ana = as("ana", analystPassword)) {
            assertThat(served(team, "team", "SELECT count(*) FROM silver.members")).containsExactly(List.of(68_660L));
            refused(ana, "ana", "SELECT count(*) FROM silver.members", "silver.members is not served to this account");
            refused(ana, "ana", "SELECT count(*) FROM gold.city_summary g JOIN silver.units u ON g.unit_code = u.unit_code",
                    "silver.units is not served");
            // The seed's headline, as an analyst reads it.
            assertThat(served(ana, "ana", "SELECT admissions FROM gold.v_latest_city_summary WHERE year = 2024 AND period = 'YTD'"))
                    .containsExactly(List.of(1381L));
        }
    }

    @Test
    @Order(2)
    void everyWayOutOfTheCatalogIsRefusedBeforeItRuns() throws Exception {
        String bronze = sample.warehouse().resolve("bronze.db/members").toString();
        try (Connection team = as("team", TEAM_PASSWORD)) {
            refused(team, "team", "SELECT reflect('java.lang.System', 'getenv', 'REVIEW_PSEUDONYM_KEY')", "the function reflect");
            refused(team, "team", "SELECT java_method('java.lang.System', 'getProperty', 'user.home')", "the function java_method");
            refused(team, "team", "SELECT * FROM delta.`" + bronze + "`", "files addressed by path are not served");
            refused(team, "team", "SELECT * FROM parquet.`" + bronze + "`", "files addressed by path are not served");
            refused(team, "team", "SELECT * FROM text.`/etc/passwd`", "files addressed by path are not served");
            refused(team, "team", "CREATE TEMPORARY VIEW leak USING csv OPTIONS (path '/etc/passwd')", "CreateTempViewUsing is refused");
            refused(team, "team", "ADD JAR /tmp/evil.jar", "AddJars is refused");
            refused(team, "team", "CREATE TEMPORARY FUNCTION f AS 'java.lang.ProcessBuilder'", "CreateFunction is refused");
            refused(team, "team", "SET spark.sql.variable.substitute=true", "Set is refused");
            refused(team, "team", "SELECT TRANSFORM(unit_code) USING 'id' FROM gold.city_summary", "ScriptTransformation is not served");
            refused(team, "team", "SELECT count(*) FROM bronze.members", "the query reads bronze.members, which holds personal data");
            // Variable substitution is off: the text comes back as sent, not the server's environment.
            assertThat(served(team, "team", "SELECT '${env:HOME}'")).containsExactly(List.of("${env:HOME}"));
        }
        // Settings given at connection (the JDBC URL's ?key=value) are refused with every statement.
        try (Connection tampered = endpoint.connect("team", TEAM_PASSWORD, tls() + "?spark.sql.variable.substitute=true")) {
            refused(tampered, "team", "SELECT 1 AS tampered", "this session changed the setting spark.sql.variable.substitute");
        }
    }

    /** The sample's unit tree, read from its units.csv: the codes beneath {@link #SCOPE}, and the city. */
    Set<String> visibleToTheScopedAccount() throws IOException {
        Map<String, List<String>> children = new HashMap<>();
        Set<String> cities = new HashSet<>();
        List<String> lines = Files.readAllLines(sample.sampleDrop().resolve("units.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1); // unit_code,unit_name,parent_code,unit_level,...: no commas in the sample's names
            if (!f[2].isEmpty()) children.computeIfAbsent(f[2], p -> new ArrayList<>()).add(f[0]);
            if (f[3].equals("CITY")) cities.add(f[0]);
        }
        Set<String> visible = new HashSet<>(cities); // review.sql-endpoint.scoped-accounts-see-city-totals = true
        List<String> todo = new ArrayList<>(List.of(SCOPE));
        while (!todo.isEmpty()) {
            String u = todo.remove(todo.size() - 1);
            if (visible.add(u)) todo.addAll(children.getOrDefault(u, List.of()));
        }
        return visible;
    }

    @Test
    @Order(2)
    void aUnitScopedAnalystReadsOnlyItsUnitsRowsInEveryGoldTableAndView() throws Exception {
        Set<String> visible = visibleToTheScopedAccount();
        assertThat(visible).contains("DANANG", SCOPE, "HAICHAU-01").doesNotContain("THANHKHE", "HOAVANG");
        String in = "'" + String.join("', '", new java.util.TreeSet<>(visible)) + "'";
        List<String> relations = new ArrayList<>();
        for (TableDef t : Tables.GOLD_ALL) relations.add(t.qualified());
        for (ViewDef v : Tables.GOLD_VIEWS) relations.add(v.qualified());
        try (Connection hc = as("hc", HC_PASSWORD); Connection team = as("team", TEAM_PASSWORD)) {
            for (String relation : relations) {
                List<List<Object>> all = served(hc, "hc", "SELECT * FROM " + relation);
                int unitColumn = columnIndex(team, relation, "unit_code");
                Set<Object> codes = new HashSet<>();
                for (List<Object> row : all) codes.add(row.get(unitColumn));
                assertThat(codes).as(relation).isSubsetOf(new HashSet<>(visible));
                // As many rows as the whole city's table has for those units.
                long whole = (Long) served(team, "team", "SELECT count(*) FROM " + relation + " WHERE unit_code IN (" + in + ")").get(0).get(0);
                assertThat((long) all.size()).as(relation).isEqualTo(whole);
            }
            // Hải Châu's own headline figure, 132 admissions Jan-Aug 2024 (the seed), and no other peer unit's.
            assertThat(served(hc, "hc", "SELECT unit_code, admissions FROM gold.v_target_attainment_latest"))
                    .containsExactly(List.of(SCOPE, 132L));
        }
    }

    int columnIndex(Connection c, String relation, String column) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT * FROM " + relation + " LIMIT 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                if (rs.getMetaData().getColumnName(i).replaceFirst("^.*\\.", "").equals(column)) return i - 1;
            }
        } finally {
            expected.computeIfAbsent("team", u -> new LinkedHashMap<>()).put("SELECT * FROM " + relation + " LIMIT 0", "SERVED");
        }
        throw new AssertionError(relation + " has no column " + column);
    }

    @Test
    @Order(3)
    void aLockTakesEffectAtTheNextStatementOfAnOpenConnection() throws Exception {
        Account extra = account("temp", Role.ANALYST, null, "a temporary password");
        Accounts.load(accounts).with(extra).save();
        try (Connection temp = as("temp", "a temporary password")) {
            served(temp, "temp", "SELECT count(*) FROM gold.city_summary");
            Accounts.load(accounts).withLocked("temp", true).save();
            refused(temp, "temp", "SELECT count(*) FROM gold.peer_comparison", "the account temp is locked");
        }
    }

    /** Every statement above, and every failed login, is in the audit table with its outcome, read once the server stopped. */
    @Test
    @Order(9)
    void theAuditTableHoldsEveryStatementWithItsOutcomeAccountAndAddress() {
        endpoint.stop();
        List<Row> audit = TestSpark.session().read().format("delta").load(sample.warehouse().resolve("audit.db/sql_statements").toString())
                .where("started_at >= current_timestamp() - INTERVAL 2 HOURS").collectAsList();
        Map<String, Map<String, String>> found = new HashMap<>();
        List<String> loginFailures = new ArrayList<>();
        for (Row r : audit) {
            String account = r.getAs("account");
            if ("LOGIN_FAILED".equals(r.getAs("outcome"))) loginFailures.add(account);
            if (r.getAs("statement") == null) continue;
            found.computeIfAbsent(account, a -> new HashMap<>()).put(r.getAs("statement"), r.getAs("outcome"));
            if (expected.containsKey(account)) {
                assertThat((String) r.getAs("client_address")).as("address of %s", (Object) r.getAs("statement")).isEqualTo("127.0.0.1");
            }
        }
        for (Map.Entry<String, Map<String, String>> byAccount : expected.entrySet()) {
            for (Map.Entry<String, String> statement : byAccount.getValue().entrySet()) {
                assertThat(found.getOrDefault(byAccount.getKey(), Map.of()).get(statement.getKey()))
                        .as("%s: %s", byAccount.getKey(), statement.getKey()).isEqualTo(statement.getValue());
            }
        }
        assertThat(loginFailures).containsAll(failedLogins);
        Row silver = audit.stream().filter(r -> "SELECT count(*) FROM silver.members".equals(r.getAs("statement"))
                && "team".equals(r.getAs("account"))).findFirst().orElseThrow();
        assertThat(List.of(silver.getAs("role"), silver.getAs("rows_returned"))).containsExactly("data-team", 1L);
        assertThat(silver.getList(silver.fieldIndex("tables_read"))).containsExactly("silver.members");
    }

    @Test
    @Order(10)
    void withoutAccountsTheEndpointServesThisMachineOnlyEachConnectionAsAnAnalyst() throws Exception {
        Path none = work.resolve("no-accounts.conf");
        Processes.Result open = Processes.run(work, "serve-sql-open", Launchers.job("review", List.of("serve-sql", "--warehouse",
                sample.warehouse().toString(), "--bind-host", "0.0.0.0")), Map.of("REVIEW_SQL_ACCOUNTS", none.toString()),
                Endpoint.UNSET, Duration.ofMinutes(5));
        assertThat(open.exit()).isEqualTo(1);
        assertThat(open.err()).contains("has no accounts").contains("will not listen on 0.0.0.0");

        Endpoint anonymous = Endpoint.start(work, "serve-sql-anonymous", sample.warehouse(),
                Map.of("REVIEW_SQL_ACCOUNTS", none.toString()), List.of());
        try (Connection c = anonymous.connect("team", "whatever it claims", "")) {
            assertThat(Processes.read(work.resolve("serve-sql-anonymous.err").toFile()))
                    .contains("loopback connections only, each served as an analyst");
            assertThat(Endpoint.query(c, "SELECT count(*) FROM gold.v_peer_ranking_latest")).containsExactly(List.of(15L));
            assertThatThrownBy(() -> Endpoint.query(c, "SELECT count(*) FROM silver.members")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("silver.members is not served to this account");
        } finally {
            anonymous.stop();
        }
    }

    @AfterAll
    void stopTheServer() {
        if (endpoint != null) endpoint.stop();
    }
}
