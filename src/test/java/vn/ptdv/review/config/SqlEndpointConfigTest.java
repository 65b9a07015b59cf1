package vn.ptdv.review.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQL endpoint's settings: reference.conf's defaults, overrides, and a bad port named. */
class SqlEndpointConfigTest {
    static ReviewConfig with(Map<String, String> overrides) {
        return ReviewConfig.from(ConfigFactory.parseMap(overrides).withFallback(ConfigFactory.defaultReference()).resolve());
    }

    @Test
    void byDefaultTheEndpointListensOnLoopbackPort10000AndHidesPersonalData() {
        assertThat(with(Map.of()).sqlEndpoint()).isEqualTo(new ReviewConfig.SqlEndpoint(10000, "127.0.0.1", false));
    }

    @Test
    void settingsOverrideTheDefaults() {
        ReviewConfig c = with(Map.of(ConfigKeys.SQL_ENDPOINT_PORT, "10001", ConfigKeys.SQL_ENDPOINT_BIND_HOST, "0.0.0.0",
                ConfigKeys.SQL_ENDPOINT_EXPOSE_PERSONAL_DATA, "true"));
        assertThat(c.sqlEndpoint()).isEqualTo(new ReviewConfig.SqlEndpoint(10001, "0.0.0.0", true));
        // Copies keep them.
        assertThat(c.withSparkSettings(Map.of("spark.x", "y")).sqlEndpoint()).isEqualTo(c.sqlEndpoint());
        assertThat(c.withMetastoreJdbcUrl("jdbc:derby:;databaseName=/tmp/x").sqlEndpoint()).isEqualTo(c.sqlEndpoint());
    }

    @Test
    void aPortOutOfRangeIsRefusedWithItsKey() {
        assertThatThrownBy(() -> with(Map.of(ConfigKeys.SQL_ENDPOINT_PORT, "70000")))
                .hasMessageContaining("review.sql-endpoint.port must be a TCP port (1-65535), got 70000");
    }

    @Test
    void accessDefaultsToTheAccountsFileUnderConfWithAYearOfAudit() {
        ReviewConfig.Access access = with(Map.of()).sqlEndpoint().access();
        assertThat(access.accountsFile()).isEqualTo(java.nio.file.Path.of("conf", "sql-accounts.conf"));
        assertThat(access.authentication()).isEqualTo(ReviewConfig.Authentication.ACCOUNTS);
        assertThat(access.tls()).isEmpty();
        assertThat(access.auditRetentionDays()).isEqualTo(365);
        assertThat(access.scopedSeeCityTotals()).isTrue();
    }

    @Test
    void ldapNeedsItsUrlAndTlsNeedsItsPasswordWhichIsNeverPrinted() {
        assertThatThrownBy(() -> with(Map.of("review.sql-endpoint.authentication", "ldap")))
                .hasMessageContaining("review.sql-endpoint.ldap.url");
        assertThatThrownBy(() -> with(Map.of("review.sql-endpoint.authentication", "kerberos")))
                .hasMessageContaining("must be 'accounts' or 'ldap', got 'kerberos'");
        assertThatThrownBy(() -> with(Map.of("review.sql-endpoint.tls.keystore", "/etc/server.p12")))
                .hasMessageContaining("REVIEW_SQL_KEYSTORE_PASSWORD");
        ReviewConfig c = with(Map.of("review.sql-endpoint.tls.keystore", "/etc/server.p12",
                "review.sql-endpoint.tls.keystore-password", "s3cret-store"));
        assertThat(c.sqlEndpoint().access().tls().orElseThrow().keyStorePassword()).isEqualTo("s3cret-store");
        assertThat(c.toString()).doesNotContain("s3cret-store");
        // The endpoint passes the password on as a Spark setting: a printed configuration masks it.
        ReviewConfig serving = c.withSparkSettings(Map.of("spark.hadoop.hive.server2.keystore.password", "s3cret-store",
                "spark.sql.shuffle.partitions", "2"));
        assertThat(serving.toString()).doesNotContain("s3cret-store").contains("spark.hadoop.hive.server2.keystore.password=***")
                .contains("spark.sql.shuffle.partitions=2");
    }
}
