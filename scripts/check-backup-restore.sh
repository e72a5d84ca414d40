#!/usr/bin/env bash
# Checks scripts/backup.sh and scripts/restore.sh on a database with data (scripts/test.sh runs it
# on the end-to-end database after the browser tests):
#   scripts/check-backup-restore.sh SOURCE_DB
# 1. backs SOURCE_DB up, restores it into the fresh database SOURCE_DB_restored, and checks that a
#    second restore into that (now non-empty) database is refused;
# 2. compares every table of both databases (row count and an md5 of all rows, in order);
# 3. runs the packaged backend (BINHDANG_DEMO_DATA=false) against each database in turn on
#    CHECK_BACKEND_PORT (default 8083) and compares GET /api/v1/dashboard — the five targets,
#    trend, units, participants, warnings — for the commune (quantri.binhlu) and the province
#    (sonoivu.laichau), tokens from scripts/token.sh (the demo realm at BINHDANG_KEYCLOAK_URL).
# Fails unless everything is identical. Local PostgreSQL cluster only (it recreates SOURCE_DB_restored).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case "${1:-}" in -h | --help | "")
  print_usage "$0"
  [[ -n "${1:-}" ]] && exit 0 || exit 2
  ;;
esac
SOURCE_DB="$1"
RESTORED_DB="${SOURCE_DB}_restored"
PORT="${CHECK_BACKEND_PORT:-8083}"
YEAR="${CHECK_YEAR:-$(date +%Y)}"
WORK="$BD_RUN/backup-check"
JAR="$BD_ROOT/backend/target/quarkus-app/quarkus-run.jar"
SERVICE="backup-check-backend"

[[ -z "${BINHDANG_DB_URL:-}" ]] || die "check-backup-restore.sh needs the local PostgreSQL cluster (it recreates $RESTORED_DB)"
[[ -f "$JAR" ]] || die "no packaged backend at ${JAR#"$BD_ROOT"/} (cd backend && ./mvnw -B -q package -DskipTests)"
[[ -n "${BD_JDK_FOUND:-}" ]] || find_jdk
# shellcheck disable=SC2119 # no database to create here
ensure_postgres
rm -rf "$WORK"
mkdir -p "$WORK" "$BD_LOGS"
trap 'stop_service "$SERVICE"' EXIT
recorded_pid "$SERVICE" >/dev/null && stop_service "$SERVICE"
port_in_use "$PORT" && die "port $PORT is in use; set CHECK_BACKEND_PORT"

as_app() { # as_app CMD... — CMD connecting as the application's role (not the postgres superuser)
  PGHOST="$BD_PG_HOST" PGPORT="$BD_PG_PORT" PGUSER="$BINHDANG_DB_USER" PGPASSWORD="$BINHDANG_DB_PASSWORD" "$@"
}

# --- 1. backup, restore, refusal ----------------------------------------------------------------

as_app "$BD_ROOT/scripts/backup.sh" "$SOURCE_DB" "$WORK/$SOURCE_DB.dump" >&2
recreate_database "$RESTORED_DB"
as_app "$BD_ROOT/scripts/restore.sh" "$WORK/$SOURCE_DB.dump" "$RESTORED_DB" >&2
rc=0
as_app "$BD_ROOT/scripts/restore.sh" "$WORK/$SOURCE_DB.dump" "$RESTORED_DB" 2>"$WORK/refusal.txt" || rc=$?
[[ "$rc" == "3" ]] || die "restore.sh into the non-empty $RESTORED_DB should be refused with exit 3, got $rc"
log "restore into a non-empty database refused: $(head -n 1 "$WORK/refusal.txt")"

# --- 2. every table, row by row -----------------------------------------------------------------

table_digests() { # table_digests DB — "schema.table rows md5" per table, sorted
  local db="$1" table
  as_app psql -X -q -tA -d "$db" -c "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables
                               WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1" |
    while read -r table; do
      printf '%s %s\n' "$table" "$(as_app psql -X -q -tA -d "$db" -c \
        "SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\n' ORDER BY t::text)), '-') FROM $table t")"
    done
}
table_digests "$SOURCE_DB" >"$WORK/tables-source.txt"
table_digests "$RESTORED_DB" >"$WORK/tables-restored.txt"
diff -u "$WORK/tables-source.txt" "$WORK/tables-restored.txt" >&2 || die "the restored tables differ from $SOURCE_DB"
log "$(wc -l <"$WORK/tables-source.txt") tables identical ($(awk '{ n += $2 } END { print n }' "$WORK/tables-source.txt") rows)"

# --- 3. the indicators as the backend computes them ------------------------------------------------

dashboards() { # dashboards DB LABEL — the backend on DB; writes $WORK/LABEL-USER.json
  local db="$1" label="$2" user token
  QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="$(db_url "$db")" \
    QUARKUS_DATASOURCE_USERNAME="$BINHDANG_DB_USER" \
    QUARKUS_DATASOURCE_PASSWORD="$BINHDANG_DB_PASSWORD" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$BINHDANG_REALM_URL" \
    BINHDANG_DEMO_DATA=false \
    start_service "$SERVICE" test "$BD_ROOT/backend" "$JAVA_HOME/bin/java" -jar "$JAR"
  wait_http "http://localhost:$PORT/q/health/ready" 180 "$SERVICE"
  for user in quantri.binhlu sonoivu.laichau; do
    token="$("$BD_ROOT/scripts/token.sh" "$user")"
    curl -fsS --max-time 60 -H "Authorization: Bearer $token" -H 'Accept-Language: vi' \
      "http://localhost:$PORT/api/v1/dashboard?year=$YEAR" >"$WORK/$label-$user.json"
  done
  stop_service "$SERVICE"
}
dashboards "$SOURCE_DB" source
dashboards "$RESTORED_DB" restored
for user in quantri.binhlu sonoivu.laichau; do
  python3 - "$WORK/source-$user.json" <<'PY' || die "the dashboard of $user does not hold the five targets"
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["indicators"]) == 5, d["indicators"]
PY
  diff -u "$WORK/source-$user.json" "$WORK/restored-$user.json" >&2 ||
    die "the dashboard ($YEAR) of $user differs between $SOURCE_DB and its restored backup"
  log "dashboard $YEAR of $user identical on $SOURCE_DB and $RESTORED_DB ($(wc -c <"$WORK/source-$user.json") bytes)"
done
_psql_admin -c "DROP DATABASE IF EXISTS \"$RESTORED_DB\" WITH (FORCE)"
log "backup and restore of $SOURCE_DB: identical tables and indicator values"
