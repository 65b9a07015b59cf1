package vn.ptdv.review.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.config.ReviewConfig.Access;
import vn.ptdv.review.config.ReviewConfig.SqlEndpoint;

/** How the endpoint decides, before anything listens, how clients log in and what it sets for that. */
class EndpointServerTest {
    @TempDir
    Path dir;

    SqlEndpoint endpoint(String bindHost, Access access) {
        return new SqlEndpoint(10000, bindHost, false, access);
    }

    Access access(ReviewConfig.Authentication authentication, ReviewConfig.Ldap ldap, Optional<ReviewConfig.Tls> tls) {
        return new Access(dir.resolve("accounts.conf"), authentication, ldap, tls, true, 30, 5);
    }

    Path oneAccount() {
        Path file = dir.resolve("accounts.conf");
        Accounts.load(file).with(new Account("ana", Role.ANALYST, Optional.empty(), Optional.empty(), false)
                .withPasswordHash(Accounts.hash("twelve chars!"))).save();
        return file;
    }

    @Test
    void withoutAccountsTheEndpointServesLoopbackOnlyWithoutLogins() {
        Access access = access(ReviewConfig.Authentication.ACCOUNTS, ReviewConfig.Ldap.NONE, Optional.empty());
        assertThat(EndpointServer.logins(endpoint("127.0.0.1", access), access.accountsFile())).isEqualTo(EndpointServer.Logins.NONE);
        assertThat(EndpointServer.logins(endpoint("localhost", access), access.accountsFile())).isEqualTo(EndpointServer.Logins.NONE);
        assertThatThrownBy(() -> EndpointServer.logins(endpoint("0.0.0.0", access), access.accountsFile()))
                .hasMessageContaining("has no accounts").hasMessageContaining("will not listen on 0.0.0.0");
        assertThat(EndpointServer.settings(endpoint("127.0.0.1", access), EndpointServer.Logins.NONE))
                .containsEntry("spark.hadoop.hive.server2.authentication", "NONE")
                .containsEntry("spark.sql.variable.substitute", "false")
                .containsEntry("spark.hadoop.hive.server2.allow.user.substitution", "false");
    }

    @Test
    void withAccountsEveryAddressMayBeServedAndLoginsGoThroughTheAccountsFile() {
        Access access = access(ReviewConfig.Authentication.ACCOUNTS, ReviewConfig.Ldap.NONE, Optional.empty());
        oneAccount();
        SqlEndpoint open = endpoint("0.0.0.0", access);
        assertThat(EndpointServer.logins(open, access.accountsFile())).isEqualTo(EndpointServer.Logins.ACCOUNTS);
        assertThat(EndpointServer.settings(open, EndpointServer.Logins.ACCOUNTS))
                .containsEntry("spark.hadoop.hive.server2.authentication", "CUSTOM")
                .containsEntry("spark.hadoop.hive.server2.custom.authentication.class", AccountsAuthenticator.class.getName())
                .doesNotContainKey("spark.hadoop.hive.server2.use.SSL");
        assertThat(EndpointServer.loginSystemProperties(open, EndpointServer.Logins.ACCOUNTS))
                .containsEntry("hive.server2.custom.authentication.class", AccountsAuthenticator.class.getName())
                .doesNotContainKey("hive.server2.authentication.ldap.url");
    }

    @Test
    void ldapChecksPasswordsAndTlsTakesTheKeyStore() {
        ReviewConfig.Ldap ldap = new ReviewConfig.Ldap("ldaps://directory.example:636", "ou=people,dc=example", "");
        Access access = access(ReviewConfig.Authentication.LDAP, ldap,
                Optional.of(new ReviewConfig.Tls(dir.resolve("server.p12"), "store secret")));
        SqlEndpoint endpoint = endpoint("0.0.0.0", access);
        assertThat(EndpointServer.logins(endpoint, access.accountsFile())).isEqualTo(EndpointServer.Logins.LDAP);
        assertThat(EndpointServer.loginSystemProperties(endpoint, EndpointServer.Logins.LDAP))
                .containsEntry("hive.server2.authentication.ldap.url", "ldaps://directory.example:636")
                .containsEntry("hive.server2.authentication.ldap.baseDN", "ou=people,dc=example");
        assertThat(EndpointServer.settings(endpoint, EndpointServer.Logins.LDAP))
                .containsEntry("spark.hadoop.hive.server2.use.SSL", "true")
                .containsEntry("spark.hadoop.hive.server2.keystore.path", dir.resolve("server.p12").toString());
        assertThat(access.tls().orElseThrow().toString()).doesNotContain("store secret");
    }
}
