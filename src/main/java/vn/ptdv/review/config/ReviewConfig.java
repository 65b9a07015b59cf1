package vn.ptdv.review.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.review.domain.Term;

/**
 * The job's configuration, immutable. Filled in this order, first wins: command-line flags
 * ({@code --warehouse}, {@code --conf key=value}), then the configuration file (REVIEW_CONF, else
 * ./conf/application.conf when present; HOCON, where {@code ${?ENV}} lines let the environment
 * override), then the defaults in reference.conf.
 *
 * @param warehouse             root of every table: a local directory or a Hadoop URI (hdfs://, s3a://)
 * @param catalogImplementation {@code hive} (persistent metastore) or {@code in-memory}
 * @param metastoreJdbcUrl      JDBC URL of the Hive metastore database; empty = embedded Derby in the warehouse
 * @param sourceDateFormat      date pattern of the source CSV files
 * @param sourceEncoding        encoding of the source CSV files: auto (found per file), tcvn3, vni, windows-1258 or a Java character set
 * @param lockWaitSeconds       how long a command waits for another one using the same local warehouse
 * @param pseudonymKey          secret for the member-key HMAC; empty when not configured
 * @param fromYear              first year of every comparison
 * @param sampleDir             where {@code run --sample} writes the sample drop
 * @param sampleSeed            seed of the sample generator
 * @param sparkSettings         extra {@code spark.*} settings applied when the session is built
 * @param reportDir             where {@code report} and {@code run} write the review pack by default
 * @param dormantYears          consecutive complete years without an admission that make a unit dormant
 * @param sqlEndpoint           settings of {@code serve-sql}, the Thrift JDBC/ODBC server for analysts
 * @param terms                 the city's congress terms, ordered by start (none: no TERM_TO_DATE rows)
 */
public record ReviewConfig(
        String warehouse,
        String catalogImplementation,
        String metastoreJdbcUrl,
        String sourceDateFormat,
        String sourceEncoding,
        int lockWaitSeconds,
        Optional<String> pseudonymKey,
        int fromYear,
        Path sampleDir,
        long sampleSeed,
        Map<String, String> sparkSettings,
        Path reportDir,
        int dormantYears,
        SqlEndpoint sqlEndpoint,
        List<Term> terms) {

    /**
     * The SQL endpoint ({@code jobs/review serve-sql}).
     *
     * @param port               TCP port of the Thrift JDBC/ODBC server
     * @param bindHost           address it listens on; the loopback address unless analysts connect from other machines
     * @param exposePersonalData whether data-team accounts may read bronze and quarantine (raw personal data)
     * @param access             who may connect and what each account sees
     */
    public record SqlEndpoint(int port, String bindHost, boolean exposePersonalData, Access access) {
        public static final SqlEndpoint DEFAULT = new SqlEndpoint(10000, "127.0.0.1", false);

        public SqlEndpoint {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(ConfigKeys.SQL_ENDPOINT_PORT + " must be a TCP port (1-65535), got " + port);
            }
            if (bindHost == null || bindHost.isBlank()) {
                throw new IllegalArgumentException(ConfigKeys.SQL_ENDPOINT_BIND_HOST + " must name an address, e.g. 127.0.0.1");
            }
            if (access == null) access = Access.DEFAULT;
        }

        /** The endpoint with the default access settings. */
        public SqlEndpoint(int port, String bindHost, boolean exposePersonalData) {
            this(port, bindHost, exposePersonalData, Access.DEFAULT);
        }

        /** The same endpoint on another port and address (serve-sql's --port and --bind-host). */
        public SqlEndpoint at(int otherPort, String otherBindHost) {
            return new SqlEndpoint(otherPort, otherBindHost, exposePersonalData, access);
        }
    }

    /** How accounts are checked: the accounts file's password hashes, or an LDAP directory. */
    public enum Authentication { ACCOUNTS, LDAP }

    /**
     * Who may connect to the SQL endpoint and what each sees.
     *
     * @param accountsFile            the accounts (name, role, unit scope, password hash) that
     *                                {@code jobs/review accounts} manages; outside git
     * @param authentication          ACCOUNTS (the file's password hashes) or LDAP (the directory checks passwords,
     *                                the file still gives each name its role and scope)
     * @param ldap                    the directory, when authentication is LDAP
     * @param tls                     the server's key store, when connections are to be encrypted
     * @param scopedSeeCityTotals     whether an account scoped to a unit also sees the city's own rows
     * @param auditRetentionDays      how long audit.sql_statements keeps a statement
     * @param auditFlushSeconds       how often the server appends what it recorded to audit.sql_statements
     */
    public record Access(Path accountsFile, Authentication authentication, Ldap ldap, Optional<Tls> tls,
                         boolean scopedSeeCityTotals, int auditRetentionDays, int auditFlushSeconds) {
        public static final Access DEFAULT = new Access(Path.of("conf", "sql-accounts.conf"), Authentication.ACCOUNTS,
                Ldap.NONE, Optional.empty(), true, 365, 5);

        public Access {
            if (auditRetentionDays < 1) {
                throw new IllegalArgumentException(ConfigKeys.SQL_ENDPOINT_AUDIT_RETENTION_DAYS + " must be >= 1, got " + auditRetentionDays);
            }
            if (auditFlushSeconds < 1) {
                throw new IllegalArgumentException(ConfigKeys.SQL_ENDPOINT_AUDIT_FLUSH_SECONDS + " must be >= 1, got " + auditFlushSeconds);
            }
            if (authentication == Authentication.LDAP && ldap.url().isBlank()) {
                throw new IllegalArgumentException(ConfigKeys.SQL_ENDPOINT_AUTHENTICATION + " = ldap needs "
                        + ConfigKeys.SQL_ENDPOINT_LDAP_URL + " (e.g. ldaps://directory.example:636)");
            }
        }
    }

    /**
     * An LDAP directory that checks passwords (HiveServer2's own LDAP provider).
     *
     * @param url            e.g. ldaps://directory.example:636; empty when not used
     * @param baseDn         where users are, e.g. ou=people,dc=example,dc=vn
     * @param userDnPattern  a user's DN with %s for the name, e.g. uid=%s,ou=people,dc=example,dc=vn; empty for
     *                       HiveServer2's default (uid=NAME,BASE_DN)
     */
    public record Ldap(String url, String baseDn, String userDnPattern) {
        public static final Ldap NONE = new Ldap("", "", "");
    }

    /**
     * The key store of an encrypted endpoint. The password comes from the environment and is never printed.
     *
     * @param keyStore         a JKS or PKCS12 file with the server's key and certificate
     * @param keyStorePassword its password
     */
    public record Tls(Path keyStore, String keyStorePassword) {
        @Override
        public String toString() {
            return "Tls[keyStore=" + keyStore + ", keyStorePassword=***]";
        }
    }

    /** The default of review.report.dir, for callers that do not set it. */
    public static final Path DEFAULT_REPORT_DIR = Path.of("reports");
    /** The default of review.compute.dormant-years. */
    public static final int DEFAULT_DORMANT_YEARS = 2;

    public static final String CATALOG_HIVE = "hive";
    public static final String CATALOG_IN_MEMORY = "in-memory";

    public ReviewConfig {
        if (!CATALOG_HIVE.equals(catalogImplementation) && !CATALOG_IN_MEMORY.equals(catalogImplementation)) {
            throw new IllegalArgumentException(ConfigKeys.CATALOG_IMPLEMENTATION + " must be '" + CATALOG_HIVE
                    + "' or '" + CATALOG_IN_MEMORY + "', got '" + catalogImplementation + "'");
        }
        if (fromYear < 1930 || fromYear > 2200) {
            throw new IllegalArgumentException(ConfigKeys.FROM_YEAR + " must be a year, got " + fromYear);
        }
        // The encoding's name is read by the ingest (sources.SourceEncoding), before it opens any file.
        if (sourceEncoding.isBlank()) {
            throw new IllegalArgumentException(ConfigKeys.SOURCE_ENCODING + " must name an encoding, or be 'auto'");
        }
        if (lockWaitSeconds < 0) {
            throw new IllegalArgumentException(ConfigKeys.LOCK_WAIT_SECONDS + " must be >= 0, got " + lockWaitSeconds);
        }
        if (dormantYears < 1) {
            throw new IllegalArgumentException(ConfigKeys.DORMANT_YEARS + " must be >= 1, got " + dormantYears);
        }
        sparkSettings = Map.copyOf(sparkSettings);
        if (reportDir == null) reportDir = DEFAULT_REPORT_DIR.toAbsolutePath();
        if (sqlEndpoint == null) sqlEndpoint = SqlEndpoint.DEFAULT;
        try {
            terms = Term.ordered(terms == null ? List.of() : terms);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ConfigKeys.TERMS + ": " + e.getMessage(), e);
        }
    }

    /** Without congress terms. */
    public ReviewConfig(String warehouse, String catalogImplementation, String metastoreJdbcUrl, String sourceDateFormat,
                        String sourceEncoding, int lockWaitSeconds, Optional<String> pseudonymKey, int fromYear,
                        Path sampleDir, long sampleSeed, Map<String, String> sparkSettings, Path reportDir,
                        int dormantYears, SqlEndpoint sqlEndpoint) {
        this(warehouse, catalogImplementation, metastoreJdbcUrl, sourceDateFormat, sourceEncoding, lockWaitSeconds,
                pseudonymKey, fromYear, sampleDir, sampleSeed, sparkSettings, reportDir, dormantYears, sqlEndpoint, List.of());
    }

    /**
     * The directory of the configuration file, whose {@code report/<lang>.conf} and {@code sources/mapping.conf}
     * override the wording and source mapping built into the jar: beside REVIEW_CONF, else ./conf.
     */
    public static Path confDir() {
        String named = System.getenv(ConfigKeys.CONFIG_FILE_ENV);
        if (named != null && !named.isBlank()) {
            Path parent = Path.of(named).toAbsolutePath().getParent();
            if (parent != null) return parent;
        }
        return Path.of(ConfigKeys.DEFAULT_CONFIG_FILE).toAbsolutePath().getParent();
    }

    /** The congress terms of reference.conf (Da Nang's): what tests and the sample compute with. */
    public static List<Term> referenceTerms() {
        return terms(ConfigFactory.defaultReference());
    }

    /** Loads the configuration: {@code overrides} (from flags) over the file over the defaults. */
    public static ReviewConfig load(Map<String, String> overrides) {
        Config flags = ConfigFactory.parseMap(overrides, "command-line flags");
        Config file = configFile().map(f -> ConfigFactory.parseFile(f)).orElse(ConfigFactory.empty());
        Config config = flags.withFallback(file).withFallback(ConfigFactory.defaultReference()).resolve();
        return from(config);
    }

    static Optional<File> configFile() {
        String named = System.getenv(ConfigKeys.CONFIG_FILE_ENV);
        if (named != null && !named.isBlank()) {
            File f = new File(named);
            if (!f.isFile()) {
                throw new IllegalArgumentException(ConfigKeys.CONFIG_FILE_ENV + " names " + f + ", which is not a file");
            }
            return Optional.of(f);
        }
        File local = new File(ConfigKeys.DEFAULT_CONFIG_FILE);
        return local.isFile() ? Optional.of(local) : Optional.empty();
    }

    static ReviewConfig from(Config c) {
        try {
            Map<String, String> spark = new LinkedHashMap<>();
            if (c.hasPath(ConfigKeys.SPARK)) {
                for (Map.Entry<String, ConfigValue> e : c.getConfig(ConfigKeys.SPARK).entrySet()) {
                    spark.put(e.getKey(), String.valueOf(e.getValue().unwrapped()));
                }
            }
            String key = c.getString(ConfigKeys.PSEUDONYM_KEY);
            return new ReviewConfig(
                    absoluteIfLocal(c.getString(ConfigKeys.WAREHOUSE)),
                    c.getString(ConfigKeys.CATALOG_IMPLEMENTATION),
                    c.getString(ConfigKeys.METASTORE_JDBC_URL),
                    c.getString(ConfigKeys.SOURCE_DATE_FORMAT),
                    c.getString(ConfigKeys.SOURCE_ENCODING),
                    c.getInt(ConfigKeys.LOCK_WAIT_SECONDS),
                    key.isBlank() ? Optional.empty() : Optional.of(key),
                    c.getInt(ConfigKeys.FROM_YEAR),
                    Path.of(c.getString(ConfigKeys.SAMPLE_DIR)).toAbsolutePath().normalize(),
                    c.getLong(ConfigKeys.SAMPLE_SEED),
                    spark,
                    Path.of(c.getString(ConfigKeys.REPORT_DIR)).toAbsolutePath().normalize(),
                    c.getInt(ConfigKeys.DORMANT_YEARS),
                    new SqlEndpoint(c.getInt(ConfigKeys.SQL_ENDPOINT_PORT), c.getString(ConfigKeys.SQL_ENDPOINT_BIND_HOST),
                            c.getBoolean(ConfigKeys.SQL_ENDPOINT_EXPOSE_PERSONAL_DATA), access(c)),
                    terms(c));
        } catch (ConfigException e) {
            throw new IllegalArgumentException("configuration: " + e.getMessage(), e);
        }
    }

    /** review.compute.terms: a list of {name, start, end}, dates ISO (yyyy-MM-dd), end included. */
    static List<Term> terms(Config c) {
        if (!c.hasPath(ConfigKeys.TERMS)) return List.of();
        List<Term> terms = new ArrayList<>();
        List<? extends Config> entries = c.getConfigList(ConfigKeys.TERMS);
        for (int i = 0; i < entries.size(); i++) {
            Config t = entries.get(i);
            String where = ConfigKeys.TERMS + "[" + i + "]";
            try {
                terms.add(new Term(t.getString("name"), LocalDate.parse(t.getString("start")), LocalDate.parse(t.getString("end"))));
            } catch (ConfigException | DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage()
                        + " (each term is {name = \"2020-2025\", start = \"2020-10-20\", end = \"2025-09-15\"})", e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return terms;
    }

    static Access access(Config c) {
        String auth = c.getString(ConfigKeys.SQL_ENDPOINT_AUTHENTICATION);
        Authentication authentication;
        try {
            authentication = Authentication.valueOf(auth.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ConfigKeys.SQL_ENDPOINT_AUTHENTICATION + " must be 'accounts' or 'ldap', got '" + auth + "'");
        }
        String keyStore = c.getString(ConfigKeys.SQL_ENDPOINT_TLS_KEYSTORE);
        Optional<Tls> tls = Optional.empty();
        if (!keyStore.isBlank()) {
            String password = c.getString(ConfigKeys.SQL_ENDPOINT_TLS_KEYSTORE_PASSWORD);
            if (password.isBlank()) {
                throw new IllegalArgumentException(ConfigKeys.SQL_ENDPOINT_TLS_KEYSTORE + " is set but its password is not:"
                        + " set REVIEW_SQL_KEYSTORE_PASSWORD (" + ConfigKeys.SQL_ENDPOINT_TLS_KEYSTORE_PASSWORD + ")");
            }
            tls = Optional.of(new Tls(Path.of(keyStore).toAbsolutePath().normalize(), password));
        }
        return new Access(Path.of(c.getString(ConfigKeys.SQL_ENDPOINT_ACCOUNTS_FILE)), authentication,
                new Ldap(c.getString(ConfigKeys.SQL_ENDPOINT_LDAP_URL), c.getString(ConfigKeys.SQL_ENDPOINT_LDAP_BASE_DN),
                        c.getString(ConfigKeys.SQL_ENDPOINT_LDAP_USER_DN_PATTERN)),
                tls, c.getBoolean(ConfigKeys.SQL_ENDPOINT_SCOPED_SEE_CITY_TOTALS),
                c.getInt(ConfigKeys.SQL_ENDPOINT_AUDIT_RETENTION_DAYS), c.getInt(ConfigKeys.SQL_ENDPOINT_AUDIT_FLUSH_SECONDS));
    }

    /** A local path becomes absolute (the metastore stores table locations); a URI stays as it is. */
    static String absoluteIfLocal(String location) {
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            return location;
        }
        return Path.of(location).toAbsolutePath().normalize().toString();
    }

    public boolean isLocalWarehouse() {
        return !warehouse.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || warehouse.startsWith("file:");
    }

    /** A copy with more Spark settings (later ones win). */
    public ReviewConfig withSparkSettings(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(sparkSettings);
        all.putAll(more);
        return new ReviewConfig(warehouse, catalogImplementation, metastoreJdbcUrl, sourceDateFormat, sourceEncoding,
                lockWaitSeconds, pseudonymKey, fromYear, sampleDir, sampleSeed, all, reportDir, dormantYears, sqlEndpoint, terms);
    }

    /** A copy whose catalog is the metastore database at {@code jdbcUrl}. */
    public ReviewConfig withMetastoreJdbcUrl(String jdbcUrl) {
        return new ReviewConfig(warehouse, catalogImplementation, jdbcUrl, sourceDateFormat, sourceEncoding,
                lockWaitSeconds, pseudonymKey, fromYear, sampleDir, sampleSeed, sparkSettings, reportDir, dormantYears, sqlEndpoint, terms);
    }


    /** Settings whose names say they hold a secret, as Spark's own redaction (spark.redaction.regex) names them. */
    static final java.util.regex.Pattern SECRET_SETTING = java.util.regex.Pattern.compile("(?i)secret|password|token|access[.]?key");

    /** Spark settings with the values of secret ones replaced by ***. */
    static Map<String, String> masked(Map<String, String> settings) {
        Map<String, String> shown = new LinkedHashMap<>();
        settings.forEach((k, v) -> shown.put(k, SECRET_SETTING.matcher(k).find() ? "***" : v));
        return shown;
    }

    /** The secret is never printed. */
    @Override
    public String toString() {
        return "ReviewConfig[warehouse=" + warehouse + ", catalog=" + catalogImplementation
                + ", metastore=" + (metastoreJdbcUrl.isBlank() ? "embedded Derby" : metastoreJdbcUrl.replaceAll("password=[^;&]*", "password=***"))
                + ", dateFormat=" + sourceDateFormat + ", encoding=" + sourceEncoding + ", lockWait=" + lockWaitSeconds
                + "s, pseudonymKey=" + (pseudonymKey.isPresent() ? "***" : "(none)")
                + ", fromYear=" + fromYear + ", sampleDir=" + sampleDir + ", sampleSeed=" + sampleSeed
                + ", spark=" + masked(sparkSettings) + ", reportDir=" + reportDir + ", dormantYears=" + dormantYears
                + ", sqlEndpoint=" + sqlEndpoint + ", terms=" + terms + "]";
    }
}
