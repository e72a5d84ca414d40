# shellcheck shell=bash
# Helpers sourced by start.sh, stop.sh and test.sh. Nothing here runs on its own.
#
# Every service a script starts runs in its own process group (setsid) and is recorded in
# .run/<name>.pid as "<pid> <start-time> <owner>", so that stopping it later kills exactly that
# process tree (kc.sh and npm leave java/node children) and never a process that merely reused the
# PID. Logs go to .run/logs/<name>.log. Downloads are cached in .cache/ (both folders are ignored).

BD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BD_CACHE="$BD_ROOT/.cache"
BD_RUN="$BD_ROOT/.run"
BD_LOGS="$BD_RUN/logs"

KEYCLOAK_VERSION="26.5.6"
KEYCLOAK_HOME="$BD_CACHE/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_REALM_FILE="$BD_ROOT/keycloak/realm-binhdang.json"
# The issuer must be the same string for the browser and the backend: always "localhost".
BINHDANG_KEYCLOAK_URL="${BINHDANG_KEYCLOAK_URL:-http://localhost:8180}"
BINHDANG_KEYCLOAK_URL="${BINHDANG_KEYCLOAK_URL%/}"
BINHDANG_REALM_URL="$BINHDANG_KEYCLOAK_URL/realms/binhdang"

# PostgreSQL as the scripts see it. When BINHDANG_DB_URL is given, nothing is installed or started.
BINHDANG_DB_USER="${BINHDANG_DB_USER:-binhdang}"
BINHDANG_DB_PASSWORD="${BINHDANG_DB_PASSWORD:-binhdang}"
BD_PG_HOST="127.0.0.1"
BD_PG_PORT="5432"

export DEBIAN_FRONTEND=noninteractive

# --- messages --------------------------------------------------------------------------------

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
warn() { printf '[%s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
  printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2
  exit 1
}

# print_usage SCRIPT — prints the comment block at the top of SCRIPT (its usage).
print_usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$1"
}

# --- packages --------------------------------------------------------------------------------

BD_APT_UPDATED="${BD_APT_UPDATED:-}"

# apt_install PKG... — installs Debian packages, running `apt-get update` once per script run.
# Waits for another apt/dpkg (e.g. a parallel install) instead of failing on its lock.
apt_install() {
  if [[ -z "$BD_APT_UPDATED" ]]; then
    log "apt-get update"
    apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
    BD_APT_UPDATED=1
  fi
  log "apt-get install $*"
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@" >&2
}

# --- Java --------------------------------------------------------------------------------------

# _java_major DIR — prints the major version of the JDK in DIR (empty when DIR is not a JDK).
_java_major() {
  local dir="$1" version=""
  [[ -x "$dir/bin/java" && -x "$dir/bin/javac" ]] || return 0
  if [[ -f "$dir/release" ]]; then
    version="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$dir/release")"
  fi
  if [[ -z "$version" ]]; then
    version="$("$dir/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  fi
  version="${version#1.}"
  printf '%s' "${version%%[.+-]*}"
}

# find_jdk — exports JAVA_HOME (and PATH) for the newest JDK >= 21 found in JAVA_HOME or
# /usr/lib/jvm. The machine's default Java is 17, which neither the backend nor Keycloak accept.
find_jdk() {
  local best="" best_major=0 dir major
  for dir in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*; do
    [[ -d "$dir" && ! -L "$dir" ]] || continue
    major="$(_java_major "$dir")"
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if ((major >= 21 && major > best_major)); then
      best="$dir"
      best_major="$major"
    fi
  done
  [[ -n "$best" ]] || die "no JDK >= 21 found in JAVA_HOME or /usr/lib/jvm (the default Java 17 is too old); install one, e.g. Temurin 21 or 25"
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  BD_JDK_FOUND=1
  log "JDK $best_major: $JAVA_HOME"
}

# --- processes ---------------------------------------------------------------------------------

_proc_start_time() { # the kernel's start time of PID (field 22 of /proc/PID/stat), empty if gone
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 0
  stat="${stat##*) }"
  # shellcheck disable=SC2086 # split the fields on purpose
  set -- $stat
  printf '%s' "${20}"
}

_pid_file() { printf '%s/%s.pid' "$BD_RUN" "$1"; }

# recorded_pid NAME — prints the PID recorded for NAME if that very process is still running.
recorded_pid() {
  local file pid started owner
  file="$(_pid_file "$1")"
  [[ -f "$file" ]] || return 1
  read -r pid started owner <"$file" || true
  [[ -n "${pid:-}" && -n "${started:-}" ]] || return 1
  [[ "$(_proc_start_time "$pid")" == "$started" ]] || return 1
  printf '%s' "$pid"
}

# recorded_owner NAME — prints which script started NAME ("start" or "test").
recorded_owner() {
  local file pid started owner
  file="$(_pid_file "$1")"
  [[ -f "$file" ]] || return 0
  read -r pid started owner <"$file" || true
  printf '%s' "${owner:-}"
}

# set_owner NAME OWNER — hands a running service over to another script (see ensure_keycloak).
set_owner() {
  local file pid started owner
  file="$(_pid_file "$1")"
  [[ -f "$file" ]] || return 0
  read -r pid started owner <"$file" || true
  printf '%s %s %s\n' "$pid" "$started" "$2" >"$file"
}

# start_service NAME OWNER DIR CMD... — runs CMD in DIR in a new session (its own process group),
# output to .run/logs/NAME.log, and records it. Environment variables set by the caller are passed.
start_service() {
  local name="$1" owner="$2" dir="$3"
  shift 3
  local log_file="$BD_LOGS/$name.log" pid_tmp="$BD_RUN/$name.pid.new" pid="" i
  mkdir -p "$BD_LOGS"
  rm -f "$pid_tmp"
  log "starting $name (log: ${log_file#"$BD_ROOT"/})"
  # The child writes its own PID after setsid, so the recorded PID is the process group leader.
  # shellcheck disable=SC2016 # $$, $0 and $@ belong to the inner shell
  (cd "$dir" && exec setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pid_tmp" "$@" >"$log_file" 2>&1 </dev/null) &
  for ((i = 0; i < 100; i++)); do
    [[ -s "$pid_tmp" ]] && break
    sleep 0.1
  done
  pid="$(cat "$pid_tmp" 2>/dev/null || true)"
  rm -f "$pid_tmp"
  [[ -n "$pid" ]] || die "$name did not start; see $log_file"
  printf '%s %s %s\n' "$pid" "$(_proc_start_time "$pid")" "$owner" >"$(_pid_file "$name")"
}

# stop_service NAME — stops the process group recorded for NAME (TERM, then KILL after 30 s).
stop_service() {
  local name="$1" pid i
  if ! pid="$(recorded_pid "$name")"; then
    rm -f "$(_pid_file "$name")"
    return 0
  fi
  log "stopping $name (process group $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || true
  for ((i = 0; i < 300; i++)); do
    kill -0 -- "-$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 -- "-$pid" 2>/dev/null; then
    warn "$name did not stop within 30 s; killing it"
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$(_pid_file "$name")"
}

# port_in_use PORT — true when something listens on 127.0.0.1/localhost:PORT.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
  (exec 3<>"/dev/tcp/::1/$1") 2>/dev/null
}

# wait_http URL TIMEOUT_SECONDS [NAME] — polls URL until it answers 2xx. With NAME, fails fast
# (showing the end of its log) when the recorded process of NAME dies meanwhile.
wait_http() {
  local url="$1" timeout="$2" name="${3:-}" deadline
  deadline=$((SECONDS + timeout))
  log "waiting for $url (at most ${timeout} s)"
  until curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; do
    if [[ -n "$name" ]] && ! recorded_pid "$name" >/dev/null; then
      show_log_tail "$name"
      die "$name exited before $url answered"
    fi
    if ((SECONDS >= deadline)); then
      [[ -n "$name" ]] && show_log_tail "$name"
      die "$url did not answer within ${timeout} s"
    fi
    sleep 1
  done
}

# show_log_tail NAME [LINES] — prints the end of .run/logs/NAME.log to stderr.
show_log_tail() {
  local file="$BD_LOGS/$1.log"
  [[ -f "$file" ]] || return 0
  printf -- '----- last %s lines of %s -----\n' "${2:-60}" "${file#"$BD_ROOT"/}" >&2
  tail -n "${2:-60}" "$file" >&2 || true
  printf -- '-----\n' >&2
}

# --- PostgreSQL --------------------------------------------------------------------------------

_psql_admin() { # runs psql as the postgres superuser of the local Debian cluster
  PGOPTIONS='--client-min-messages=warning' runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$BD_PG_PORT" -d postgres "$@"
}

# ensure_postgres [DATABASE...] — makes PostgreSQL reachable. With BINHDANG_DB_URL set, the given
# server is used as is (its databases must exist). Otherwise the Debian cluster is installed if
# absent, started, the role binhdang/binhdang is created, and so are the DATABASEs named.
ensure_postgres() {
  if [[ -n "${BINHDANG_DB_URL:-}" ]]; then
    log "PostgreSQL: using BINHDANG_DB_URL=$BINHDANG_DB_URL as user $BINHDANG_DB_USER (nothing installed or started)"
    return 0
  fi
  if ! command -v pg_lsclusters >/dev/null 2>&1 || ! command -v psql >/dev/null 2>&1; then
    apt_install postgresql
  fi
  local cluster version name port status
  cluster="$(pg_lsclusters -h 2>/dev/null | head -n 1 || true)"
  if [[ -z "$cluster" ]]; then
    version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -n | tail -n 1)"
    [[ -n "$version" ]] || die "PostgreSQL is installed but no server version was found in /usr/lib/postgresql"
    log "creating PostgreSQL cluster $version/main"
    pg_createcluster "$version" main >&2
    cluster="$(pg_lsclusters -h | head -n 1)"
  fi
  read -r version name port status _ <<<"$cluster"
  BD_PG_PORT="$port"
  if [[ "$status" != online* ]]; then
    log "starting PostgreSQL cluster $version/$name on port $port"
    pg_ctlcluster "$version" "$name" start >&2
  fi
  local deadline=$((SECONDS + 60))
  until pg_isready -q -h "$BD_PG_HOST" -p "$BD_PG_PORT"; do
    ((SECONDS < deadline)) || die "PostgreSQL on port $BD_PG_PORT is not ready after 60 s"
    sleep 0.5
  done
  if [[ "$(_psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'binhdang'")" != "1" ]]; then
    log "creating PostgreSQL role binhdang"
    _psql_admin -c "CREATE ROLE binhdang LOGIN PASSWORD 'binhdang'"
  fi
  local db
  for db in "$@"; do
    ensure_database "$db"
  done
  log "PostgreSQL $version/$name ready on $BD_PG_HOST:$BD_PG_PORT"
}

# db_url NAME — the JDBC URL of database NAME on the server in use.
db_url() {
  if [[ -n "${BINHDANG_DB_URL:-}" ]]; then
    # Same server as BINHDANG_DB_URL, other database name (query parameters kept).
    local base="${BINHDANG_DB_URL%%\?*}" query=""
    [[ "$BINHDANG_DB_URL" == *\?* ]] && query="?${BINHDANG_DB_URL#*\?}"
    printf '%s/%s%s' "${base%/*}" "$1" "$query"
  else
    printf 'jdbc:postgresql://%s:%s/%s' "$BD_PG_HOST" "$BD_PG_PORT" "$1"
  fi
}

# ensure_database NAME — creates database NAME owned by binhdang if it does not exist (UTF-8,
# from template0, so the cluster's own locale does not matter). Local cluster only.
ensure_database() {
  local db="$1"
  [[ -z "${BINHDANG_DB_URL:-}" ]] || return 0
  if [[ "$(_psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]]; then
    log "creating database $db"
    _psql_admin -c "CREATE DATABASE \"$db\" OWNER binhdang ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0"
  fi
}

# recreate_database NAME — drops (closing its connections) and creates database NAME. Local only.
recreate_database() {
  local db="$1"
  [[ "$db" != "binhdang" ]] || die "refusing to drop the application database binhdang"
  if [[ -n "${BINHDANG_DB_URL:-}" ]]; then
    warn "external PostgreSQL: database $db is used as it is (not recreated)"
    return 0
  fi
  log "recreating database $db"
  _psql_admin -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  ensure_database "$db"
}

# --- Maven -------------------------------------------------------------------------------------

# maven_cmd — the backend's Maven wrapper if present (it finds its settings next to itself, so it
# runs from any folder), else the system mvn.
maven_cmd() {
  if [[ -x "$BD_ROOT/backend/mvnw" ]]; then
    printf '%s' "$BD_ROOT/backend/mvnw"
  elif command -v mvn >/dev/null 2>&1; then
    printf 'mvn'
  else
    return 1
  fi
}

# --- Keycloak ----------------------------------------------------------------------------------

_keycloak_realm_up() {
  curl -fsS -o /dev/null --max-time 5 "$BINHDANG_REALM_URL/.well-known/openid-configuration" 2>/dev/null
}

_keycloak_install() {
  [[ -x "$KEYCLOAK_HOME/bin/kc.sh" ]] && return 0
  local zip="$BD_CACHE/keycloak/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  mkdir -p "$BD_CACHE/keycloak"
  if [[ ! -s "$zip" ]]; then
    log "downloading Keycloak $KEYCLOAK_VERSION from Maven Central (once)"
    local mvn
    # Run outside backend/ so that the download does not depend on the state of backend/pom.xml.
    if ! mvn="$(maven_cmd)" || ! (cd "$BD_CACHE/keycloak" && "$mvn" -B -q \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      "-DoutputDirectory=$BD_CACHE/keycloak" >&2) || [[ ! -s "$zip" ]]; then
      warn "Maven could not fetch Keycloak; downloading the same artifact with curl"
      curl -fSL --retry 3 -o "$zip.part" \
        "https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
      mv "$zip.part" "$zip"
    fi
  fi
  command -v unzip >/dev/null 2>&1 || apt_install unzip
  log "unpacking Keycloak into ${KEYCLOAK_HOME#"$BD_ROOT"/}"
  local tmp="$BD_CACHE/keycloak-unpack.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp"
  rm -rf "$KEYCLOAK_HOME"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$tmp"
}

# ensure_keycloak OWNER — Keycloak with realm binhdang answering at BINHDANG_KEYCLOAK_URL.
# Reuses one that already answers (an external one when BINHDANG_KEYCLOAK_URL points elsewhere);
# otherwise installs and starts Keycloak in dev mode on port 8180 with the realm imported.
# OWNER ("start" or "test") is recorded so that test.sh never stops a Keycloak that start.sh runs.
ensure_keycloak() {
  local owner="$1"
  if _keycloak_realm_up; then
    if recorded_pid keycloak >/dev/null; then
      log "Keycloak already running (started by $(recorded_owner keycloak).sh): $BINHDANG_REALM_URL"
      # start.sh takes over a Keycloak that test.sh started, so test.sh leaves it running.
      [[ "$owner" == "start" ]] && set_owner keycloak start
      if [[ -f "$KEYCLOAK_HOME/data/.realm-sha256" ]] &&
        [[ "$(sha256sum <"$KEYCLOAK_REALM_FILE")" != "$(cat "$KEYCLOAK_HOME/data/.realm-sha256")" ]]; then
        warn "keycloak/realm-binhdang.json changed since Keycloak imported it; run scripts/stop.sh and start again to re-import"
      fi
    else
      log "Keycloak already answering (not started by these scripts): $BINHDANG_REALM_URL"
    fi
    return 0
  fi
  if [[ "$BINHDANG_KEYCLOAK_URL" != "http://localhost:8180" ]]; then
    wait_http "$BINHDANG_REALM_URL/.well-known/openid-configuration" 60
    return 0
  fi
  if recorded_pid keycloak >/dev/null; then
    log "Keycloak is starting (recorded process); waiting for it"
    wait_http "$BINHDANG_REALM_URL/.well-known/openid-configuration" 240 keycloak
    return 0
  fi
  port_in_use 8180 && die "port 8180 is in use but does not serve realm binhdang; free it or set BINHDANG_KEYCLOAK_URL"

  [[ -n "${BD_JDK_FOUND:-}" ]] || find_jdk
  _keycloak_install
  mkdir -p "$KEYCLOAK_HOME/data/import"
  local sum
  sum="$(sha256sum <"$KEYCLOAK_REALM_FILE")"
  if [[ ! -f "$KEYCLOAK_HOME/data/.realm-sha256" || "$(cat "$KEYCLOAK_HOME/data/.realm-sha256")" != "$sum" ]]; then
    # --import-realm skips a realm that already exists: start from an empty database instead.
    log "realm file is new or changed: Keycloak will import it into a fresh database"
    rm -rf "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_HOME/data/.realm-sha256"
  fi
  cp "$KEYCLOAK_REALM_FILE" "$KEYCLOAK_HOME/data/import/realm-binhdang.json"
  # The issuer is pinned to http://localhost:8180 whichever address a request used; back-channel
  # URLs (keys, token endpoint) follow the caller's address, as in docker-compose.yml.
  JAVA_HOME="$JAVA_HOME" \
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    start_service keycloak "$owner" "$KEYCLOAK_HOME" \
    bin/kc.sh start-dev --http-port 8180 --hostname http://localhost:8180 --hostname-backchannel-dynamic true --import-realm
  wait_http "$BINHDANG_REALM_URL/.well-known/openid-configuration" 240 keycloak
  printf '%s\n' "$sum" >"$KEYCLOAK_HOME/data/.realm-sha256"
  log "Keycloak ready: $BINHDANG_REALM_URL (admin console $BINHDANG_KEYCLOAK_URL/admin, admin/admin)"
}

# --- the demo logins ---------------------------------------------------------------------------

print_demo_logins() {
  cat <<'EOF'
Demo logins (password: demo)
  username            role           scope
  quantri.binhlu      commune-admin  xã Bình Lư (03390), Lai Châu (12)
  dieuphoi.binhlu     coordinator    xã Bình Lư (03390)
  baocao.tramyte      unit-reporter  Trạm Y tế xã (TYT), xã Bình Lư (03390)
  xem.binhlu          viewer         xã Bình Lư (03390)
  sonoivu.laichau     province       Sở Nội vụ, tỉnh Lai Châu (12)
  quantri.laichau     province-admin Sở Nội vụ, tỉnh Lai Châu (12): danh mục chung, bộ tiêu chí
  dieuphoi.sinsuoiho  coordinator    xã Sin Suối Hồ (03394)
  quantri.quocgia     national-admin (không phạm vi / no scope)
Machine client: binhdang-province-pull / demo-province-secret (client credentials, role province)
EOF
}
