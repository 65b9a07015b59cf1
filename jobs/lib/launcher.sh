# Sourced by jobs/review and jobs/submit (which set ROOT to the project root first): the job jar, built
# when missing or older than the sources, and what every driver JVM needs.
MAIN_CLASS="vn.ptdv.review.cli.ReviewCli"
JAR="$ROOT/target/party-review.jar"
CLASSPATH_FILE="$ROOT/target/launcher-classpath.txt"

stale() {
  [[ ! -f "$JAR" || ! -f "$CLASSPATH_FILE" ]] && return 0
  [[ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit 2>/dev/null)" ]]
}

# ensure_jar NAME: builds the jar when stale; NAME prefixes the messages.
ensure_jar() {
  if stale; then
    echo "$1: building the job jar (the first build downloads Spark, a few minutes)..." >&2
    # Maven prints bare colour resets even in batch mode: strip them from what the user sees.
    (cd "$ROOT" && mvn -B -q -DskipTests clean package) 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2 \
      || { echo "$1: build failed" >&2; exit 1; }
  fi
}

export REVIEW_CONF="${REVIEW_CONF:-$ROOT/conf/application.conf}"
# The SQL endpoint's accounts (jobs/review accounts, serve-sql): in conf/, kept out of git, wherever the
# command is started from.
export REVIEW_SQL_ACCOUNTS="${REVIEW_SQL_ACCOUNTS:-$ROOT/conf/sql-accounts.conf}"
LOG_CONF="-Dlog4j2.configurationFile=file:$ROOT/conf/log4j2.properties"
mapfile -t OPENS < "$ROOT/jobs/lib/java17-opens"
