package vn.ptdv.review.endpoint;

import static org.apache.spark.sql.functions.col;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.hive.thriftserver.HiveThriftServer2;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.catalog.PersonalDataGuard;
import vn.ptdv.review.catalog.ReadOnlyGuard;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.config.ReviewConfig.Access;
import vn.ptdv.review.config.ReviewConfig.Authentication;
import vn.ptdv.review.config.ReviewConfig.SqlEndpoint;
import vn.ptdv.review.spark.Sessions;
import vn.ptdv.review.util.Progress;

/**
 * The SQL endpoint's security, put together at start: how clients log in (the accounts file, LDAP, or
 * nobody: loopback only), TLS, the settings that keep a statement inside the catalog, the checks every
 * statement passes ({@link StatementGate}) and the audit trail. A start that would serve insecurely (another
 * address than loopback without accounts, TLS without its key store) is refused before anything listens.
 */
public final class EndpointServer {
    /** HiveServer2's settings (hive-site names), read from the server's configuration. */
    static final String AUTHENTICATION = "hive.server2.authentication";
    static final String CUSTOM_AUTHENTICATION_CLASS = "hive.server2.custom.authentication.class";
    static final String USER_SUBSTITUTION = "hive.server2.allow.user.substitution";
    static final String USE_SSL = "hive.server2.use.SSL";
    static final String KEYSTORE_PATH = "hive.server2.keystore.path";
    static final String KEYSTORE_PASSWORD = "hive.server2.keystore.password";
    static final String LDAP_URL = "hive.server2.authentication.ldap.url";
    static final String LDAP_BASE_DN = "hive.server2.authentication.ldap.baseDN";
    static final String LDAP_USER_DN_PATTERN = "hive.server2.authentication.ldap.userDNPattern";
    /** Spark's ${env:…} / ${system:…} substitution in statements would read the server's environment. */
    static final String VARIABLE_SUBSTITUTION = "spark.sql.variable.substitute";
    /** Prefix that puts a setting into the Hadoop (and so HiveServer2) configuration. */
    static final String HADOOP = "spark.hadoop.";
    /** Priority of the audit trail's last write at shutdown: before Spark's own hook (40) stops the context. */
    static final int AUDIT_SHUTDOWN_PRIORITY = 50;

    /** How clients log in, decided at start from the configuration and the accounts file. */
    public enum Logins {
        /** No account: loopback connections only, each one as the anonymous analyst. */
        NONE,
        /** Account names and bcrypt hashes of the accounts file. */
        ACCOUNTS,
        /** Passwords checked by the LDAP directory, roles from the accounts file. */
        LDAP
    }

    private EndpointServer() {}

    /** The accounts file, absolute: the server reads it at every login and statement. */
    public static Path accountsFile(SqlEndpoint endpoint) {
        return endpoint.access().accountsFile().toAbsolutePath().normalize();
    }

    /** How this endpoint's clients log in; refuses a start that would serve another address without accounts. */
    public static Logins logins(SqlEndpoint endpoint, Path accountsFile) {
        Access access = endpoint.access();
        Logins logins;
        if (access.authentication() == Authentication.LDAP) logins = Logins.LDAP;
        else logins = Accounts.load(accountsFile).isEmpty() ? Logins.NONE : Logins.ACCOUNTS;
        if (logins == Logins.NONE && !isLoopback(endpoint.bindHost())) {
            throw new IllegalArgumentException("the SQL endpoint has no accounts (" + accountsFile + " has none), so it serves"
                    + " this machine only and will not listen on " + endpoint.bindHost() + ": add accounts with"
                    + " jobs/review accounts add NAME --role analyst, or bind 127.0.0.1");
        }
        return logins;
    }

    static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) return false;
            }
            return true;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("the SQL endpoint's bind address " + host + " is not known: " + e.getMessage(), e);
        }
    }

    /** The Spark and HiveServer2 settings of an endpoint with these logins. */
    public static Map<String, String> settings(SqlEndpoint endpoint, Logins logins) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(VARIABLE_SUBSTITUTION, "false");
        s.put(HADOOP + USER_SUBSTITUTION, "false");
        s.put(HADOOP + AUTHENTICATION, logins == Logins.NONE ? "NONE" : "CUSTOM");
        if (logins != Logins.NONE) s.put(HADOOP + CUSTOM_AUTHENTICATION_CLASS, AccountsAuthenticator.class.getName());
        endpoint.access().tls().ifPresent(tls -> {
            s.put(HADOOP + USE_SSL, "true");
            s.put(HADOOP + KEYSTORE_PATH, tls.keyStore().toString());
            s.put(HADOOP + KEYSTORE_PASSWORD, tls.keyStorePassword());
        });
        return s;
    }

    /**
     * HiveServer2 builds a fresh configuration for each login, which sees its settings only as JVM system
     * properties: the authentication class and the directory go there too.
     */
    static Map<String, String> loginSystemProperties(SqlEndpoint endpoint, Logins logins) {
        Map<String, String> p = new LinkedHashMap<>();
        if (logins == Logins.NONE) return p;
        p.put(AUTHENTICATION, "CUSTOM");
        p.put(CUSTOM_AUTHENTICATION_CLASS, AccountsAuthenticator.class.getName());
        if (logins == Logins.LDAP) {
            ReviewConfig.Ldap ldap = endpoint.access().ldap();
            p.put(LDAP_URL, ldap.url());
            if (!ldap.baseDn().isBlank()) p.put(LDAP_BASE_DN, ldap.baseDn());
            if (!ldap.userDnPattern().isBlank()) p.put(LDAP_USER_DN_PATTERN, ldap.userDnPattern());
        }
        return p;
    }

    /** A running endpoint: stop it with {@link #close} (or let the JVM's shutdown do it). */
    public record Running(SparkSession spark, AuditTrail audit, Logins logins) implements AutoCloseable {
        @Override
        public void close() {
            audit.close();
        }
    }

    /**
     * Starts the Thrift server over {@code serving}'s catalog with every check in place.
     *
     * @param serving  the configuration the server's session is built from (its catalog may be a snapshot)
     * @param endpoint port, address and access of the endpoint
     * @param logins   how clients log in, as {@link #logins} decided before anything started
     */
    public static Running start(ReviewConfig serving, SqlEndpoint endpoint, Logins logins) {
        Path accountsFile = accountsFile(endpoint);
        loginSystemProperties(endpoint, logins).forEach(System::setProperty);
        ReviewConfig config = serving.withSparkSettings(settings(endpoint, logins));
        Consumer<SparkSessionExtensions> guards = extensions -> {
            ReadOnlyGuard.install(extensions);
            if (!endpoint.exposePersonalData()) PersonalDataGuard.install(extensions);
        };
        Progress.say("starting Spark (warehouse %s)", serving.warehouse());
        SparkSession spark = Sessions.create(config, "party-review serve-sql", guards);
        SparkSession writer = unguarded(spark);
        AuditTrail audit = AuditTrail.start(writer, endpoint.access().auditRetentionDays(),
                Duration.ofSeconds(endpoint.access().auditFlushSeconds()), name -> principal(logins, accountsFile, name));
        org.apache.hadoop.util.ShutdownHookManager.get().addShutdownHook(audit::close, AUDIT_SHUTDOWN_PRIORITY);
        UnitScope scope = new UnitScope(units(writer), endpoint.access().scopedSeeCityTotals());
        StatementGate gate = new StatementGate(logins == Logins.NONE ? Optional.empty() : Optional.of(accountsFile),
                endpoint.exposePersonalData(), scope, audit,
                () -> newSessionSettings(spark), serverSettings(spark));
        if (logins != Logins.NONE) {
            AccountsAuthenticator.serve(AccountsAuthenticator.accountsFile(accountsFile, logins == Logins.LDAP, audit::loginFailed));
        }
        HiveThriftServer2.startWithContext(new EndpointSqlContext(spark, gate));
        Progress.say("SQL endpoint ready: jdbc:hive2://%s:%d/default (%s%s; read-only; audit in %s)", endpoint.bindHost(),
                endpoint.port(), describe(logins, accountsFile), endpoint.access().tls().isPresent() ? "; TLS" : "",
                Tables.AUDIT_SQL_STATEMENTS.qualified());
        return new Running(spark, audit, logins);
    }

    /**
     * The settings of a new session once it has analyzed a statement: Delta's extension sets one of them
     * (Parquet field ids) as it builds a session's analyzer.
     */
    static Map<String, String> newSessionSettings(SparkSession spark) {
        SparkSession fresh = spark.newSession();
        fresh.sessionState().analyzer();
        return scala.collection.JavaConverters.mapAsJavaMap(fresh.sessionState().conf().getAllConfs());
    }

    /** The server's own value of a setting: its session's, else its Hadoop configuration's (which HiveServer2 copies). */
    static java.util.function.Function<String, String> serverSettings(SparkSession spark) {
        Map<String, String> own = Map.copyOf(scala.collection.JavaConverters.mapAsJavaMap(spark.sessionState().conf().getAllConfs()));
        org.apache.hadoop.conf.Configuration hadoop = spark.sessionState().newHadoopConf();
        return key -> own.containsKey(key) ? own.get(key) : hadoop.get(key);
    }

    static String describe(Logins logins, Path accountsFile) {
        return switch (logins) {
            case NONE -> "no accounts in " + accountsFile + ": loopback connections only, each served as an analyst"
                    + " (gold and its views)";
            case ACCOUNTS -> "logins checked against " + accountsFile;
            case LDAP -> "passwords checked by LDAP, roles from " + accountsFile;
        };
    }

    static Optional<Principal> principal(Logins logins, Path accountsFile, String name) {
        if (logins == Logins.NONE) return Optional.of(Principal.ANONYMOUS);
        return Accounts.load(accountsFile).get(name).map(Principal::of);
    }

    /**
     * A session of the same catalog without the endpoint's checks, for the server's own work (the audit
     * trail's writes, reading the unit tree): the checks belong to the sessions clients use.
     */
    static SparkSession unguarded(SparkSession spark) {
        SparkSessionExtensions delta = new SparkSessionExtensions();
        new io.delta.sql.DeltaSparkSessionExtension().apply(delta);
        return new SparkSession(spark.sparkContext(), scala.Option.apply(spark.sharedState()), scala.Option.empty(), delta,
                scala.collection.immutable.Map$.MODULE$.<String, String>empty());
    }

    /** silver.units' tree, every version: none when the warehouse has no silver.units yet. */
    static List<Row> units(SparkSession session) {
        if (!session.catalog().tableExists(Tables.SILVER_UNITS.qualified())) return List.of();
        return session.table(Tables.SILVER_UNITS.qualified()).select(col(Col.UNIT_CODE), col(Col.PARENT_CODE), col(Col.UNIT_LEVEL))
                .collectAsList();
    }
}
