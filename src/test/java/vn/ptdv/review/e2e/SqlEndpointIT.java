package vn.ptdv.review.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.endpoint.Account;
import vn.ptdv.review.endpoint.Accounts;
import vn.ptdv.review.endpoint.Role;
import java.util.Optional;

/**
 * The SQL endpoint as the data team meets it: {@code jobs/review serve-sql} on the sample's warehouse (the
 * run the integration tests share, {@link SampleRun}; one server for the class) with an accounts file, and
 * the Hive JDBC driver connecting to the README's URL with a data-team account ({@link Endpoint}). The
 * shared warehouse's latest as-of date is the sample's (other tests compute earlier ones only), which the
 * "latest" views show. Who may connect and what each account sees: {@link SecureEndpointIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlEndpointIT {
    static final String AS_OF = "as_of_date = DATE'" + SampleRun.AS_OF + "'";

    /** The data team's account: every test here reads what an account of the data team may. */
    static final String ACCOUNT = "reviewer";
    static final String PASSWORD = "reviewer's long password";

    Endpoint endpoint;
    Connection jdbc;
    int port;

    @BeforeAll
    void sampleWarehouseAndServer() throws Exception {
        SampleRun sample = SampleRun.get().succeeded();
        Path work = Files.createTempDirectory(Launchers.ROOT.resolve("target"), "sql-endpoint-");
        Path accounts = work.resolve("sql-accounts.conf");
        Accounts.load(accounts).with(new Account(ACCOUNT, Role.DATA_TEAM, Optional.empty(), Optional.empty(), false)
                .withPasswordHash(Accounts.hash(PASSWORD))).save();
        endpoint = Endpoint.start(work, "serve-sql", sample.warehouse(), Map.of("REVIEW_SQL_ACCOUNTS", accounts.toString()), List.of());
        port = endpoint.port;
        jdbc = endpoint.connect(ACCOUNT, PASSWORD, "");
    }

    @AfterAll
    void stopTheServer() throws SQLException {
        if (jdbc != null) jdbc.close();
        if (endpoint != null) endpoint.stop();
    }

    List<List<Object>> query(String sql) throws SQLException {
        return Endpoint.query(jdbc, sql);
    }

    long count(String sql) throws SQLException {
        return ((Number) query(sql).get(0).get(0)).longValue();
    }

    /**
     * Rows as of 2024-08-31, years 2020-2024: city_summary 5 YTD + 4 FULL_YEAR (2020-2023 complete) + the
     * 2020-2025 term to date = 10; 15 peer units × 10 = 150 in target_attainment; peer_comparison is of the
     * calendar periods: 15 × 9 = 135; admissions_trend's city row.
     */
    @Test
    void everyGoldTableIsReadOverJdbc() throws SQLException {
        assertThat(count("SELECT count(*) FROM gold.city_summary WHERE " + AS_OF)).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM gold.target_attainment WHERE " + AS_OF)).isEqualTo(150);
        assertThat(count("SELECT count(*) FROM gold.peer_comparison WHERE " + AS_OF)).isEqualTo(135);
        assertThat(count("SELECT admissions FROM gold.admissions_trend WHERE " + AS_OF
                + " AND unit_level = 'CITY' AND year = 2024 AND period = 'YTD'")).isEqualTo(1381);
    }

    /** The seed article: 1,381 admissions, 2.25% of 61,380 members, 162.5% of 2023's 850. */
    @Test
    void daNangAdmissionsOf2024AsTheSeedArticleSays() throws SQLException {
        List<List<Object>> rows = query("SELECT admissions, members_at_start, admission_rate_pct, ratio_to_prev_year_pct"
                + " FROM gold.city_summary WHERE " + AS_OF + " AND year = 2024 AND period = 'YTD'");
        assertThat(rows).containsExactly(List.of(1381L, 61380L, new BigDecimal("2.25"), new BigDecimal("162.5")));
    }

    @Test
    void theViewsAnswerTheCommonQuestions() throws SQLException {
        assertThat(count("SELECT admissions FROM gold.v_latest_city_summary WHERE year = 2024 AND period = 'YTD'")).isEqualTo(1381);
        assertThat(count("SELECT count(*) FROM gold.v_peer_ranking_latest")).isEqualTo(15);
        assertThat(query("SELECT unit_name FROM gold.v_target_attainment_latest WHERE target_met ORDER BY unit_name"))
                .containsExactly(List.of("Huyện ủy Hòa Vang"), List.of("Đảng ủy Đại học Đà Nẵng"));
        // City and 15 peer units × 5 years.
        assertThat(count("SELECT count(*) FROM gold.v_trend_latest")).isEqualTo(16 * 5);
    }

    @Test
    void pseudonymisedSilverIsServed() throws SQLException {
        assertThat(count("SELECT count(*) FROM silver.members")).isEqualTo(68_660);
    }

    @Test
    void bronzeAndQuarantineAreRefused() {
        assertThatThrownBy(() -> query("SELECT count(*) FROM bronze.members")).isInstanceOf(SQLException.class)
                .hasMessageContaining("the query reads bronze.members, which holds personal data");
        assertThatThrownBy(() -> query("SELECT g.year FROM gold.city_summary g WHERE g.year IN"
                + " (SELECT length(record_json) FROM quarantine.rejected_rows)")).isInstanceOf(SQLException.class)
                .hasMessageContaining("quarantine.rejected_rows");
    }

    @Test
    void writesAreRefusedAndChangeNothing() throws SQLException {
        assertThatThrownBy(() -> query("DELETE FROM gold.city_summary")).isInstanceOf(SQLException.class)
                .hasMessageContaining("this SQL endpoint is read-only");
        assertThatThrownBy(() -> query("DROP TABLE gold.peer_comparison")).isInstanceOf(SQLException.class)
                .hasMessageContaining("this SQL endpoint is read-only");
        assertThat(count("SELECT count(*) FROM gold.city_summary WHERE " + AS_OF)).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM gold.peer_comparison WHERE " + AS_OF)).isEqualTo(135);
    }

    @Test
    void describeTableShowsTheColumnComments() throws SQLException {
        List<List<Object>> described = query("DESCRIBE TABLE gold.city_summary");
        String documented = Tables.GOLD_CITY_SUMMARY.schema().apply("admissions").getComment().get();
        assertThat(described).contains(List.of("admissions", "bigint", documented));
    }

    /**
     * BI tools list columns through JDBC metadata, which the Thrift server answers from the metastore: a
     * view keeps its columns there (a Delta table keeps them in its Delta log only). v_latest_city_summary
     * is SELECT * of gold.city_summary, so its columns are the table's, in order.
     */
    @Test
    void jdbcMetadataListsTheColumnsOfTheViews() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = jdbc.getMetaData().getColumns(null, Tables.GOLD_V_LATEST_CITY_SUMMARY.id().database(),
                Tables.GOLD_V_LATEST_CITY_SUMMARY.id().name(), "%")) {
            while (rs.next()) columns.add(rs.getString("COLUMN_NAME"));
        }
        assertThat(columns).containsExactly(Tables.GOLD_CITY_SUMMARY.schema().fieldNames());
    }

    @Test
    void theEndpointListensOnTheLoopbackAddressOnly() throws IOException {
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) others.add(a);
            }
        }
        for (InetAddress a : others) {
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(a, port), 2000);
                }
            }).as("connection to %s:%d", a, port).isInstanceOf(IOException.class);
        }
    }
}
