package vn.ptdv.review.endpoint;

import java.util.Optional;
import java.util.function.Function;
import javax.security.sasl.AuthenticationException;
import org.apache.hive.service.auth.AuthenticationProviderFactory;
import org.apache.hive.service.auth.PasswdAuthenticationProvider;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The SQL endpoint's logins, through HiveServer2's own pluggable authentication (CUSTOM), so that every
 * HiveServer2 client (Hive JDBC, beeline, DBeaver, ODBC) logs in with a user name and password as usual.
 * The name must be an account of the accounts file, not locked; the password is checked against its bcrypt
 * hash, or by the LDAP directory where the endpoint is configured so.
 *
 * <p>HiveServer2 makes a new instance of this class by reflection for every login and gives it nothing of
 * the server's own settings, so the server hands it the access control through {@link #serve} before it
 * starts (one endpoint per JVM). No password, hash or reason beyond "login failed" leaves this class: the
 * client learns only that the login failed, and the audit trail records the name and the failure.
 */
public final class AccountsAuthenticator implements PasswdAuthenticationProvider {
    private static final Logger LOG = LogManager.getLogger(AccountsAuthenticator.class);

    /** How one login is decided, and recorded: set once by the server before it accepts connections. */
    public interface Logins {
        /** The account the name and password log in as, if they do. */
        Optional<Account> authenticate(String name, String password);

        void failed(String name);
    }

    private static volatile Logins logins;

    /** Makes {@code control} decide every login of this JVM's endpoint. */
    public static void serve(Logins control) {
        logins = control;
    }

    /**
     * Logins against the accounts file, read at each login so that changes take effect at once; with
     * {@code ldapPasswords}, the directory checks the password and the file only says who may connect.
     */
    public static Logins accountsFile(java.nio.file.Path file, boolean ldapPasswords, java.util.function.Consumer<String> onFailure) {
        Function<String, Optional<Account>> lookup = name -> Accounts.load(file).get(name);
        return new Logins() {
            @Override
            public Optional<Account> authenticate(String name, String password) {
                if (!ldapPasswords) return Accounts.load(file).authenticate(name, password);
                Optional<Account> account = lookup.apply(name).filter(a -> !a.locked());
                if (account.isEmpty()) return Optional.empty();
                try {
                    AuthenticationProviderFactory.getAuthenticationProvider(AuthenticationProviderFactory.AuthMethods.LDAP)
                            .Authenticate(name, password);
                    return account;
                } catch (AuthenticationException e) {
                    return Optional.empty();
                }
            }

            @Override
            public void failed(String name) {
                onFailure.accept(name);
            }
        };
    }

    @Override
    public void Authenticate(String user, String password) throws AuthenticationException {
        Logins control = logins;
        if (control == null) {
            throw new AuthenticationException("login failed: the endpoint has no accounts configured");
        }
        if (control.authenticate(user, password).isEmpty()) {
            LOG.warn("login failed for account name '{}'", printable(user));
            control.failed(user);
            throw new AuthenticationException("login failed");
        }
    }

    /** A name as typed, made safe for one log line. */
    static String printable(String name) {
        if (name == null) return "";
        String s = name.length() > 64 ? name.substring(0, 64) + "…" : name;
        return s.replaceAll("[^\\p{L}\\p{N}._@-]", "?");
    }
}
