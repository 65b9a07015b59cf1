"""Queries to the party-review SQL endpoint (jobs/review serve-sql) from a notebook.

    from review_sql import query
    df = query("SELECT * FROM gold.v_latest_city_summary")

The endpoint speaks the HiveServer2 protocol: this module talks to it through the Hive JDBC driver
(one self-contained jar) in a JVM started by JPype, with Debian's python3-jpype. Settings, from the
environment:

    REVIEW_JDBC_URL       default jdbc:hive2://127.0.0.1:10000/default
    REVIEW_SQL_USER       the account (jobs/review accounts add NAME --role …); unset on an endpoint
                          without accounts (this machine only, read as an analyst)
    REVIEW_SQL_PASSWORD   its password; asked for (getpass) when REVIEW_SQL_USER is set and this is not
    REVIEW_HIVE_JDBC_JAR  default <project>/target/jdbc/hive-jdbc-standalone.jar (copied there by
                          `mvn package`, so by any jobs/review run that builds the jar)

JPype's DB-API layer (jpype.dbapi2) prepares every statement and asks for its parameter metadata, which
the Hive driver does not support (SQLFeatureNotSupportedException; JPype issues #1027, #1489). Queries
here take no parameters, so they run as plain JDBC statements instead.
"""
import datetime
import decimal
import getpass
import os
from pathlib import Path

import jpype
import pandas as pd

DEFAULT_URL = "jdbc:hive2://127.0.0.1:10000/default"
PROJECT = Path(__file__).resolve().parent.parent
# Debian's JPype needs its own support classes on the JVM's classpath.
JPYPE_SUPPORT_JAR = "/usr/share/java/org.jpype.jar"

_connection = None


def jdbc_url():
    return os.environ.get("REVIEW_JDBC_URL", DEFAULT_URL)


def credentials():
    """The account and password to log in with: none for an endpoint without accounts."""
    user = os.environ.get("REVIEW_SQL_USER", "")
    if not user:
        return "", ""
    password = os.environ.get("REVIEW_SQL_PASSWORD")
    if password is None:
        password = getpass.getpass(f"password of the SQL endpoint account {user}: ")
    return user, password


def driver_jar():
    jar = Path(os.environ.get("REVIEW_HIVE_JDBC_JAR", PROJECT / "target" / "jdbc" / "hive-jdbc-standalone.jar"))
    if not jar.is_file():
        raise FileNotFoundError(f"the Hive JDBC driver {jar} is missing: run `mvn package` (it copies the driver"
                                " to target/jdbc/), or set REVIEW_HIVE_JDBC_JAR")
    return str(jar)


def connection():
    """One JDBC connection per notebook kernel, opened on first use."""
    global _connection
    if _connection is None or _connection.isClosed():
        if not jpype.isJVMStarted():
            classpath = [driver_jar()]
            if Path(JPYPE_SUPPORT_JAR).is_file():
                classpath.append(JPYPE_SUPPORT_JAR)
            # The driver's log4j finds no configuration: keep its status line off the notebook.
            jpype.startJVM("-Dorg.apache.logging.log4j.simplelog.StatusLogger.level=OFF",
                           classpath=classpath, convertStrings=True)
        jpype.JClass("org.apache.hive.jdbc.HiveDriver")  # registers the driver with DriverManager
        user, password = credentials()
        _connection = jpype.JClass("java.sql.DriverManager").getConnection(jdbc_url(), user, password)
    return _connection


def _python(value, sql_type):
    """A JDBC value as Python: exact decimals as Decimal, dates as date, the rest as they come."""
    if value is None:
        return None
    types = jpype.JClass("java.sql.Types")
    if sql_type in (types.DECIMAL, types.NUMERIC):
        return decimal.Decimal(str(value.toString()))
    if sql_type in (types.BIGINT, types.INTEGER, types.SMALLINT, types.TINYINT):
        return int(value)
    if sql_type in (types.DOUBLE, types.FLOAT, types.REAL):
        return float(value)
    if sql_type == types.BOOLEAN:
        return bool(value)
    if sql_type == types.DATE:
        return datetime.date.fromisoformat(str(value.toString()))
    return str(value.toString()) if not isinstance(value, str) else value


def query(sql):
    """Runs one query and returns its rows as a pandas DataFrame (column names as in the query)."""
    statement = connection().createStatement()
    try:
        result = statement.executeQuery(sql)
        meta = result.getMetaData()
        n = meta.getColumnCount()
        names = [str(meta.getColumnLabel(i)).split(".")[-1] for i in range(1, n + 1)]
        types = [meta.getColumnType(i) for i in range(1, n + 1)]
        rows = []
        while result.next():
            rows.append([_python(result.getObject(i), types[i - 1]) for i in range(1, n + 1)])
        return pd.DataFrame(rows, columns=names)
    finally:
        statement.close()


def tables(database):
    """Table and view names of a database, e.g. tables("gold")."""
    return set(query(f"SHOW TABLES IN {database}")["tableName"])


def vn_number(n):
    """A count in Vietnamese style: 1381 -> '1.381'."""
    return f"{int(n):,}".replace(",", ".")


def vn_pct(x, decimals=2):
    """A percentage in Vietnamese style: 2.25 -> '2,25%'."""
    return f"{float(x):.{decimals}f}".replace(".", ",") + "%"


def vn_date(d):
    """A date as the review writes it: 2024-08-31 -> '31-8-2024'."""
    return f"{d.day}-{d.month}-{d.year}"
