#!/usr/bin/env bash
# Starts Bình Đẳng on this machine: PostgreSQL (5432, database binhdang), Keycloak (8180, realm
# binhdang), the backend (8080, with the demo data) and the built SPA (5173).
# Running it again rebuilds and restarts the backend and the SPA it started before, and reuses
# PostgreSQL and Keycloak. scripts/stop.sh stops what it started.
#
# Environment (all optional):
#   BINHDANG_DB_URL, BINHDANG_DB_USER, BINHDANG_DB_PASSWORD  use an existing PostgreSQL database
#                                                            (JDBC URL; nothing is installed)
#   BINHDANG_KEYCLOAK_URL  use an existing Keycloak that serves realm binhdang (default: start one
#                          at http://localhost:8180)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case "${1:-}" in
  "") ;;
  -h | --help)
    print_usage "$0"
    exit 0
    ;;
  *) die "unknown option: $1 (try --help)" ;;
esac

BACKEND_PORT=8080
SPA_PORT=5173

# Something other than our own recorded process listening on PORT is an error: never take over or
# kill a process this script did not start.
require_free_port() {
  local port="$1" name="$2"
  if port_in_use "$port"; then
    die "port $port is in use by a process that scripts/start.sh did not start; stop it first ($name needs it)"
  fi
}

start_backend() {
  log "building the backend (backend/mvnw -B -q package -DskipTests)"
  local mvn
  mvn="$(maven_cmd)" || die "neither backend/mvnw nor mvn found"
  (cd "$BD_ROOT/backend" && "$mvn" -B -q package -DskipTests)
  [[ -f "$BD_ROOT/backend/target/quarkus-app/quarkus-run.jar" ]] ||
    die "backend/target/quarkus-app/quarkus-run.jar was not built"
  if recorded_pid backend >/dev/null; then
    log "restarting the backend started earlier by scripts/start.sh"
    stop_service backend
  fi
  require_free_port "$BACKEND_PORT" backend
  QUARKUS_HTTP_PORT="$BACKEND_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="${BINHDANG_DB_URL:-$(db_url binhdang)}" \
    QUARKUS_DATASOURCE_USERNAME="$BINHDANG_DB_USER" \
    QUARKUS_DATASOURCE_PASSWORD="$BINHDANG_DB_PASSWORD" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$BINHDANG_REALM_URL" \
    BINHDANG_CORS_ORIGINS="http://localhost:$SPA_PORT" \
    BINHDANG_DEMO_DATA=true \
    start_service backend start "$BD_ROOT/backend" \
    "$JAVA_HOME/bin/java" -jar target/quarkus-app/quarkus-run.jar
  wait_http "http://localhost:$BACKEND_PORT/q/health/ready" 180 backend
}

# npm ci only when the lock file changed since the last install made by these scripts: start.sh
# must not wipe node_modules under a developer's running tools for nothing. (test.sh always runs it.)
install_frontend_dependencies() {
  local stamp="$BD_ROOT/frontend/node_modules/.binhdang-lock.sha256" sum
  sum="$(sha256sum <"$BD_ROOT/frontend/package-lock.json")"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$sum" ]]; then
    log "frontend dependencies are up to date with package-lock.json"
    return 0
  fi
  log "installing the frontend dependencies (npm ci)"
  (cd "$BD_ROOT/frontend" && npm ci --no-audit --no-fund)
  printf '%s\n' "$sum" >"$stamp"
}

start_spa() {
  install_frontend_dependencies
  log "building the SPA (npm run build)"
  (cd "$BD_ROOT/frontend" && VITE_KEYCLOAK_URL="$BINHDANG_KEYCLOAK_URL" npm run build)
  if recorded_pid spa >/dev/null; then
    log "restarting the SPA started earlier by scripts/start.sh"
    stop_service spa
  fi
  require_free_port "$SPA_PORT" SPA
  BINHDANG_API_URL="http://127.0.0.1:$BACKEND_PORT" \
    VITE_KEYCLOAK_URL="$BINHDANG_KEYCLOAK_URL" \
    start_service spa start "$BD_ROOT/frontend" npm run preview -- --port "$SPA_PORT" --strictPort
  wait_http "http://localhost:$SPA_PORT/" 60 spa
}

main() {
  mkdir -p "$BD_RUN" "$BD_LOGS"
  find_jdk
  ensure_postgres binhdang
  ensure_keycloak start
  start_backend
  start_spa
  cat <<EOF

Bình Đẳng is running:
  App (SPA)       http://localhost:$SPA_PORT/
  API             http://localhost:$BACKEND_PORT/api/v1   (health: /q/health/ready)
  Keycloak        $BINHDANG_KEYCLOAK_URL/admin   (realm binhdang; bootstrap admin admin/admin when started here)
  PostgreSQL      ${BINHDANG_DB_URL:-$(db_url binhdang)}   (user $BINHDANG_DB_USER)
  Logs            .run/logs/   Stop: scripts/stop.sh

EOF
  print_demo_logins
}

main "$@"
