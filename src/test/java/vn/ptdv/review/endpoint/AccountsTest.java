package vn.ptdv.review.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts file: bcrypt hashes, roles, scopes and locks, written owner-only and read back. */
class AccountsTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    Accounts withAnalyst() {
        Account ana = new Account("ana.hc", Role.ANALYST, Optional.of("DB_HC"), Optional.empty(), false);
        return Accounts.load(dir.resolve("accounts.conf")).with(ana.withPasswordHash(Accounts.hash(PASSWORD)));
    }

    @Test
    void aMissingFileHasNoAccounts() {
        assertThat(Accounts.load(dir.resolve("none.conf")).isEmpty()).isTrue();
    }

    @Test
    void anAccountSurvivesTheFileWithItsRoleScopeAndAHashNotThePassword() throws Exception {
        Path file = dir.resolve("accounts.conf");
        withAnalyst().save();
        String text = Files.readString(file);
        assertThat(text).doesNotContain(PASSWORD).contains("$2a$12$");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Account read = Accounts.load(file).get("ana.hc").orElseThrow();
        assertThat(read.role()).isEqualTo(Role.ANALYST);
        assertThat(read.unit()).contains("DB_HC");
        assertThat(read.locked()).isFalse();
    }

    @Test
    void theRightPasswordLogsInAndAWrongOneOrAnUnknownNameDoesNot() {
        withAnalyst().save();
        Accounts accounts = Accounts.load(dir.resolve("accounts.conf"));
        assertThat(accounts.authenticate("ana.hc", PASSWORD)).map(Account::name).contains("ana.hc");
        assertThat(accounts.authenticate("ana.hc", PASSWORD + "x")).isEmpty();
        assertThat(accounts.authenticate("ana.hc", "")).isEmpty();
        assertThat(accounts.authenticate("ana.hc", null)).isEmpty();
        assertThat(accounts.authenticate("nobody", PASSWORD)).isEmpty();
        assertThat(accounts.authenticate(null, PASSWORD)).isEmpty();
    }

    @Test
    void aLockedAccountCannotLogInEvenWithItsPasswordAndUnlockingRestoresIt() {
        withAnalyst().withLocked("ana.hc", true).save();
        Accounts locked = Accounts.load(dir.resolve("accounts.conf"));
        assertThat(locked.authenticate("ana.hc", PASSWORD)).isEmpty();
        locked.withLocked("ana.hc", false).save();
        assertThat(Accounts.load(dir.resolve("accounts.conf")).authenticate("ana.hc", PASSWORD)).isPresent();
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        withAnalyst().withPassword("ana.hc", "another long password").save();
        Accounts accounts = Accounts.load(dir.resolve("accounts.conf"));
        assertThat(accounts.authenticate("ana.hc", PASSWORD)).isEmpty();
        assertThat(accounts.authenticate("ana.hc", "another long password")).isPresent();
    }

    @Test
    void removingAnAccountForgetsIt() {
        withAnalyst().without("ana.hc").save();
        assertThat(Accounts.load(dir.resolve("accounts.conf")).get("ana.hc")).isEmpty();
    }

    @Test
    void shortPasswordsDuplicateNamesAndOddNamesAreRefused() {
        assertThatThrownBy(() -> Accounts.hash("short")).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> withAnalyst().with(new Account("ana.hc", Role.DATA_TEAM, Optional.empty(), Optional.empty(), false)))
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> new Account("Ana Nguyen", Role.ANALYST, Optional.empty(), Optional.empty(), false))
                .hasMessageContaining("account name 'Ana Nguyen'");
        assertThatThrownBy(() -> Role.of("admin")).hasMessageContaining("unknown role 'admin'");
    }

    @Test
    void anAccountPrintsWithoutItsHash() {
        Account a = withAnalyst().get("ana.hc").orElseThrow();
        assertThat(a.toString()).isEqualTo("Account[ana.hc, analyst, unit DB_HC]").doesNotContain("$2a$");
    }

    @Test
    void analystsReadGoldOnlyAndTheDataTeamAlsoSilverAndTheAudit() {
        assertThat(Role.ANALYST.databases(true)).containsExactly("gold");
        assertThat(Role.DATA_TEAM.databases(false)).containsExactlyInAnyOrder("gold", "silver", "audit");
        assertThat(Role.DATA_TEAM.databases(true)).containsExactlyInAnyOrder("gold", "silver", "audit", "bronze", "quarantine");
    }
}
