package vn.ptdv.review.config;

/** Keys of conf/application.conf (HOCON). Defaults live in src/main/resources/reference.conf. */
public final class ConfigKeys {
    private ConfigKeys() {}

    public static final String WAREHOUSE = "review.warehouse";
    public static final String CATALOG_IMPLEMENTATION = "review.catalog.implementation";
    public static final String METASTORE_JDBC_URL = "review.catalog.metastore-jdbc-url";
    public static final String SOURCE_DATE_FORMAT = "review.source.date-format";
    public static final String SOURCE_ENCODING = "review.source.encoding";
    public static final String LOCK_WAIT_SECONDS = "review.lock.wait-seconds";
    public static final String PSEUDONYM_KEY = "review.pseudonym.key";
    public static final String FROM_YEAR = "review.compute.from-year";
    public static final String DORMANT_YEARS = "review.compute.dormant-years";
    public static final String TERMS = "review.compute.terms";
    public static final String SAMPLE_DIR = "review.sample.dir";
    public static final String SAMPLE_SEED = "review.sample.seed";
    public static final String REPORT_DIR = "review.report.dir";
    public static final String SPARK = "review.spark";
    public static final String SQL_ENDPOINT_PORT = "review.sql-endpoint.port";
    public static final String SQL_ENDPOINT_BIND_HOST = "review.sql-endpoint.bind-host";
    public static final String SQL_ENDPOINT_EXPOSE_PERSONAL_DATA = "review.sql-endpoint.expose-personal-data";
    public static final String SQL_ENDPOINT_ACCOUNTS_FILE = "review.sql-endpoint.accounts-file";
    public static final String SQL_ENDPOINT_AUTHENTICATION = "review.sql-endpoint.authentication";
    public static final String SQL_ENDPOINT_LDAP_URL = "review.sql-endpoint.ldap.url";
    public static final String SQL_ENDPOINT_LDAP_BASE_DN = "review.sql-endpoint.ldap.base-dn";
    public static final String SQL_ENDPOINT_LDAP_USER_DN_PATTERN = "review.sql-endpoint.ldap.user-dn-pattern";
    public static final String SQL_ENDPOINT_TLS_KEYSTORE = "review.sql-endpoint.tls.keystore";
    public static final String SQL_ENDPOINT_TLS_KEYSTORE_PASSWORD = "review.sql-endpoint.tls.keystore-password";
    public static final String SQL_ENDPOINT_SCOPED_SEE_CITY_TOTALS = "review.sql-endpoint.scoped-accounts-see-city-totals";
    public static final String SQL_ENDPOINT_AUDIT_RETENTION_DAYS = "review.sql-endpoint.audit.retention-days";
    public static final String SQL_ENDPOINT_AUDIT_FLUSH_SECONDS = "review.sql-endpoint.audit.flush-seconds";

    /** Environment variable naming the configuration file; jobs/review sets it to conf/application.conf. */
    public static final String CONFIG_FILE_ENV = "REVIEW_CONF";
    /** The file read when REVIEW_CONF is not set, relative to the working directory. */
    public static final String DEFAULT_CONFIG_FILE = "conf/application.conf";
}
