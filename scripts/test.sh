#!/usr/bin/env bash
# Runs every check of Bình Đẳng and fails if any fails:
#   backend   ./mvnw -B verify (unit tests, @QuarkusTest on database binhdang_test, OpenAPI drift; the
#             people tests against the real Keycloak, started first: 8180 or BINHDANG_KEYCLOAK_URL)
#   openapi   Redocly lint of openapi.yaml
#   frontend  npm ci, check:api, typecheck, lint, test, build
#   deploy    docker-compose.yml validated (`docker-compose config -q` with .env.example, Debian's
#             docker-compose, no engine), the generated production realm up to date, the province list
#   e2e       the packaged backend (8082, database binhdang_e2e recreated each run, demo data),
#             the built SPA (5174) and Keycloak (8180, reused if running) driven by Chromium; then
#             scripts/create-admin.sh against that Keycloak (a throwaway user, deleted) and a backup of
#             binhdang_e2e restored into a fresh database with identical tables and dashboards
# Options for developers (the default, and CI, runs everything):
#   --skip-backend  --skip-openapi  --skip-frontend  --skip-e2e
# Services it starts are stopped on exit; a Keycloak that start.sh runs is reused, never stopped.
# Database binhdang (the app's, used by start.sh) is never touched.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUN_BACKEND=1 RUN_OPENAPI=1 RUN_FRONTEND=1 RUN_E2E=1
for arg in "$@"; do
  case "$arg" in
    --skip-backend) RUN_BACKEND=0 ;;
    --skip-openapi) RUN_OPENAPI=0 ;;
    --skip-frontend) RUN_FRONTEND=0 ;;
    --skip-e2e) RUN_E2E=0 ;;
    -h | --help)
      print_usage "$0"
      exit 0
      ;;
    *) die "unknown option: $arg (try --help)" ;;
  esac
done

E2E_BACKEND_PORT=8082
E2E_SPA_PORT=5174
E2E_DB=binhdang_e2e
TEST_DB=binhdang_test
ARTIFACTS_DIR="$BD_ROOT/artifacts/e2e"

# --- stages, timings and the summary ----------------------------------------------------------

STAGE_LINES=()
CURRENT_STAGE=""
STAGE_START=0
RUN_START=$SECONDS

# stage NAME CMD... — runs CMD as one timed stage; a failure ends the run (set -e) and the EXIT
# trap records the stage as failed.
stage() {
  CURRENT_STAGE="$1"
  shift
  STAGE_START=$SECONDS
  printf '\n' >&2
  log "=== stage: $CURRENT_STAGE"
  "$@"
  STAGE_LINES+=("$(printf '  %-7s %-28s %5ss' ok "$CURRENT_STAGE" "$((SECONDS - STAGE_START))")")
  CURRENT_STAGE=""
}

skipped() {
  STAGE_LINES+=("$(printf '  %-7s %-28s %6s' skipped "$1" '-')")
}

on_exit() {
  local rc=$?
  set +e
  if [[ -n "$CURRENT_STAGE" ]]; then
    STAGE_LINES+=("$(printf '  %-7s %-28s %5ss' FAILED "$CURRENT_STAGE" "$((SECONDS - STAGE_START))")")
    if [[ "$CURRENT_STAGE" == e2e* ]]; then
      show_log_tail e2e-backend 80
      show_log_tail e2e-spa 30
      [[ "$(recorded_owner keycloak)" == "test" ]] && show_log_tail keycloak 40
    fi
  fi
  # Stop what this run started, and only that.
  stop_service e2e-spa
  stop_service e2e-backend
  if [[ "$(recorded_owner keycloak)" == "test" ]]; then
    stop_service keycloak
  fi
  printf '\n==================== scripts/test.sh summary ====================\n'
  printf '%s\n' "${STAGE_LINES[@]}"
  if ((rc == 0)); then
    printf 'RESULT: all stages passed in %ss\n' "$((SECONDS - RUN_START))"
  else
    printf 'RESULT: FAILED (exit %s) after %ss; logs of started services: .run/logs/\n' "$rc" "$((SECONDS - RUN_START))"
  fi
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- the stages ---------------------------------------------------------------------------------

prepare_environment() {
  find_jdk
  ensure_postgres "$TEST_DB"
  if ((RUN_E2E)); then
    recreate_database "$E2E_DB"
  fi
  if [[ -n "${BINHDANG_DB_URL:-}" ]]; then
    # The backend's tests read BINHDANG_TEST_DB_URL; the credentials apply to every profile.
    export BINHDANG_TEST_DB_URL="${BINHDANG_TEST_DB_URL:-$(db_url "$TEST_DB")}"
    export QUARKUS_DATASOURCE_USERNAME="$BINHDANG_DB_USER" QUARKUS_DATASOURCE_PASSWORD="$BINHDANG_DB_PASSWORD"
  fi
  log "node $(node --version), npm $(npm --version)"
}

backend_verify() {
  local mvn
  mvn="$(maven_cmd)" || die "neither backend/mvnw nor mvn found"
  # people/PeopleTest manages users of the real Keycloak (realm binhdang) through its Admin REST API.
  ensure_keycloak test
  (cd "$BD_ROOT/backend" && BINHDANG_KEYCLOAK_URL="$BINHDANG_KEYCLOAK_URL" "$mvn" -B verify)
}

openapi_lint() {
  (cd "$BD_ROOT" && npx -y @redocly/cli@2.77.0 lint openapi.yaml)
}

npm_run() { # npm_run ARGS... — npm in frontend/
  (cd "$BD_ROOT/frontend" && npm "$@")
}

frontend_build() { # VITE_KEYCLOAK_URL: the Keycloak that the built SPA sends the browser to
  (cd "$BD_ROOT/frontend" && VITE_KEYCLOAK_URL="$BINHDANG_KEYCLOAK_URL" npm run build)
}

ensure_chromium() {
  if [[ ! -x /usr/bin/chromium ]]; then
    apt_install chromium
  fi
  log "$(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
}

# A service left behind by an earlier run that was killed (no EXIT trap) is ours: stop it first.
free_e2e_port() {
  local port="$1" name="$2"
  recorded_pid "$name" >/dev/null && stop_service "$name"
  if port_in_use "$port"; then
    die "port $port is in use by a process that scripts/test.sh did not start; the end-to-end run needs it"
  fi
}

start_e2e_backend() {
  [[ -f "$BD_ROOT/backend/target/quarkus-app/quarkus-run.jar" ]] || {
    log "no packaged backend (the backend stage was skipped?): packaging it"
    local mvn
    mvn="$(maven_cmd)" || die "neither backend/mvnw nor mvn found"
    (cd "$BD_ROOT/backend" && "$mvn" -B -q package -DskipTests)
  }
  free_e2e_port "$E2E_BACKEND_PORT" e2e-backend
  QUARKUS_HTTP_PORT="$E2E_BACKEND_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="${BINHDANG_E2E_DB_URL:-$(db_url "$E2E_DB")}" \
    QUARKUS_DATASOURCE_USERNAME="$BINHDANG_DB_USER" \
    QUARKUS_DATASOURCE_PASSWORD="$BINHDANG_DB_PASSWORD" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$BINHDANG_REALM_URL" \
    BINHDANG_CORS_ORIGINS="http://localhost:$E2E_SPA_PORT" \
    BINHDANG_DEMO_DATA=true \
    start_service e2e-backend test "$BD_ROOT/backend" \
    "$JAVA_HOME/bin/java" -jar target/quarkus-app/quarkus-run.jar
}

start_e2e_spa() {
  [[ -f "$BD_ROOT/frontend/dist/index.html" ]] || {
    log "no built SPA (the frontend stage was skipped?): building it"
    [[ -d "$BD_ROOT/frontend/node_modules" ]] || npm_run ci --no-audit --no-fund
    frontend_build
  }
  free_e2e_port "$E2E_SPA_PORT" e2e-spa
  BINHDANG_API_URL="http://127.0.0.1:$E2E_BACKEND_PORT" \
    VITE_KEYCLOAK_URL="$BINHDANG_KEYCLOAK_URL" \
    start_service e2e-spa test "$BD_ROOT/frontend" npm run preview -- --port "$E2E_SPA_PORT" --strictPort
}

e2e_services() {
  ensure_chromium
  ensure_keycloak test
  start_e2e_backend
  start_e2e_spa
  wait_http "http://localhost:$E2E_BACKEND_PORT/q/health/ready" 180 e2e-backend
  wait_http "http://localhost:$E2E_SPA_PORT/" 60 e2e-spa
}

e2e_run() {
  rm -rf "$ARTIFACTS_DIR"
  mkdir -p "$ARTIFACTS_DIR"
  (cd "$BD_ROOT/frontend" &&
    E2E_BASE_URL="http://localhost:$E2E_SPA_PORT" E2E_ARTIFACTS_DIR="$ARTIFACTS_DIR" npm run e2e)
}

deploy_checks() {
  "$BD_ROOT/scripts/gen-production-realm.sh" --check
  local csv="$BD_ROOT/../shared/domain/administrative-units-2025.csv"
  if [[ -f "$csv" ]]; then
    diff <(grep -v '^#' "$BD_ROOT/scripts/data/provinces-2025.tsv") \
      <(tail -n +2 "$csv" | awk -F, '{ print $1 "\t" $2 }' | sort -u) ||
      die "scripts/data/provinces-2025.tsv differs from the official list $csv"
    log "scripts/data/provinces-2025.tsv: the $(grep -vc '^#' "$BD_ROOT/scripts/data/provinces-2025.tsv") provinces of the official list"
  fi
  # Every ${...} placeholder of the production realm is given to Keycloak by docker-compose.yml, and
  # every variable docker-compose.yml requires is explained in .env.example.
  local var
  # shellcheck disable=SC2016 # the placeholders are literal ${...}
  for var in $(grep -o '\${[A-Z0-9_]*}' "$BD_ROOT/keycloak/realm-binhdang.production.json" | tr -d '${}' | sort -u); do
    grep -Eq "^      $var: " "$BD_ROOT/docker-compose.yml" ||
      die "keycloak/realm-binhdang.production.json needs \${$var}: give it to the keycloak service in docker-compose.yml (and explain it in .env.example)"
  done
  # shellcheck disable=SC2016 # literal ${VAR:?
  for var in $(grep -o '\${[A-Z0-9_]*:?' "$BD_ROOT/docker-compose.yml" | tr -d '${:?' | sort -u); do
    grep -q "^$var=" "$BD_ROOT/.env.example" || die "docker-compose.yml requires $var but .env.example does not explain it"
  done
  command -v docker-compose >/dev/null 2>&1 || apt_install docker-compose
  local compose=(docker-compose --project-directory "$BD_ROOT" -f "$BD_ROOT/docker-compose.yml")
  # A clean environment, so that nothing exported here fills a variable .env.example should.
  env -i PATH="$PATH" HOME="$HOME" "${compose[@]}" --env-file "$BD_ROOT/.env.example" config -q
  env -i PATH="$PATH" HOME="$HOME" "${compose[@]}" --env-file "$BD_ROOT/.env.example" --profile demo config -q
  local empty="$BD_RUN/empty.env"
  : >"$empty"
  if env -i PATH="$PATH" HOME="$HOME" "${compose[@]}" --env-file "$empty" config -q 2>/dev/null; then
    die "docker-compose.yml accepts a missing .env: every secret must be required (\${VAR:?message})"
  fi
  log "docker-compose.yml valid with .env.example (default and demo profile), refused without secrets"
}

# scripts/create-admin.sh against the Keycloak of the e2e run, whose bootstrap administrator is the
# one lib.sh's ensure_keycloak gives it: a throwaway province administrator, checked, then deleted.
create_admin_check() {
  local url="$BINHDANG_KEYCLOAK_URL" user="ci.admin.$$.$RANDOM" out rc token id body
  export KEYCLOAK_URL="$url" KEYCLOAK_ADMIN_USER="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
  export KEYCLOAK_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
  rc=0
  "$BD_ROOT/scripts/create-admin.sh" --province 99 "$user" 2>/dev/null || rc=$?
  ((rc != 0)) || die "create-admin.sh accepted the unknown province code 99"
  out="$("$BD_ROOT/scripts/create-admin.sh" --province 12 "$user" --email "$user@example.invalid")"
  grep -Eq 'password \(shown once\): [A-Za-z0-9]{20}$' <<<"$out" || die "create-admin.sh printed no temporary password: $out"
  rc=0
  "$BD_ROOT/scripts/create-admin.sh" --national "$user" 2>/dev/null || rc=$?
  ((rc != 0)) || die "create-admin.sh accepted an existing username"
  token="$(curl -fsS -d grant_type=password -d client_id=admin-cli --data-urlencode "username=$KEYCLOAK_ADMIN_USER" \
    --data-urlencode "password=$KEYCLOAK_ADMIN_PASSWORD" "$url/realms/master/protocol/openid-connect/token" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')"
  body="$(curl -fsS -H "Authorization: Bearer $token" "$url/admin/realms/binhdang/users?exact=true&username=$user")"
  id="$(python3 -c '
import json, sys
[u] = json.loads(sys.argv[1])
assert u["attributes"]["province_code"] == ["12"], u
assert u["requiredActions"] == ["UPDATE_PASSWORD"], u
print(u["id"])' "$body")" || die "the new administrator has not province_code 12 and UPDATE_PASSWORD: $body"
  curl -fsS -H "Authorization: Bearer $token" "$url/admin/realms/binhdang/users/$id/role-mappings/realm" |
    grep -q '"name":"province-admin"' || die "the new administrator has no role province-admin"
  curl -fsS -X DELETE -H "Authorization: Bearer $token" "$url/admin/realms/binhdang/users/$id"
  log "create-admin.sh: $user created as province-admin of 12 with a temporary password, refused twice, deleted"
}

# --- main ---------------------------------------------------------------------------------------

mkdir -p "$BD_RUN" "$BD_LOGS"
stage "environment" prepare_environment

stage "deploy: compose, realm" deploy_checks

if ((RUN_BACKEND)); then stage "backend: mvnw verify" backend_verify; else skipped "backend: mvnw verify"; fi
if ((RUN_OPENAPI)); then stage "openapi: redocly lint" openapi_lint; else skipped "openapi: redocly lint"; fi

if ((RUN_FRONTEND)); then
  stage "frontend: npm ci" npm_run ci --no-audit --no-fund
  stage "frontend: check:api" npm_run run check:api
  stage "frontend: typecheck" npm_run run typecheck
  stage "frontend: lint" npm_run run lint
  stage "frontend: test" npm_run test
  stage "frontend: build" frontend_build
else
  for name in "npm ci" check:api typecheck lint test build; do skipped "frontend: $name"; done
fi

if ((RUN_E2E)); then
  stage "e2e: start services" e2e_services
  stage "e2e: npm run e2e" e2e_run
  if [[ -n "$(recorded_owner keycloak)" ]]; then
    stage "keycloak: create-admin.sh" create_admin_check
  else
    # A Keycloak these scripts did not start: its administrator's credentials are not known here.
    skipped "keycloak: create-admin.sh"
  fi
  if [[ -z "${BINHDANG_DB_URL:-}" ]]; then
    stage "backup: restore, compare" "$BD_ROOT/scripts/check-backup-restore.sh" "$E2E_DB"
  else
    skipped "backup: restore, compare"
  fi
else
  skipped "e2e: start services"
  skipped "e2e: npm run e2e"
  skipped "keycloak: create-admin.sh"
  skipped "backup: restore, compare"
fi
