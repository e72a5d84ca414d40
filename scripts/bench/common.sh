# Shared by the benchmarks (sourced after scripts/lib.sh). Each script sets, before sourcing:
#   BENCH_DB     its database on the local cluster (recreated; never binhdang, _test, _e2e)
#   BENCH_PORT   the port its backend listens on (127.0.0.1), BENCH_URL its base URL
#   BUILD_DIR    where the backend is built (a copy of backend/, so backend/target is left alone)
#   SKIP_BUILD   1 to reuse the last build
#   SERVICE      the service name its backend is recorded under in .run/, OWNER who started it
# shellcheck shell=bash

# Stops the backend it started (and Keycloak, if this benchmark started it) whatever happens.
bench_on_exit() {
  local rc=$?
  set +e
  ((rc == 0)) || show_log_tail "$SERVICE" 40
  stop_service "$SERVICE"
  [[ "$(recorded_owner keycloak)" == "$OWNER" ]] && stop_service keycloak
  exit "$rc"
}

bench_psql() { # psql as binhdang on the benchmark's database
  PGPASSWORD="$BINHDANG_DB_PASSWORD" PGOPTIONS='--client-min-messages=warning' \
    psql -X -q -v ON_ERROR_STOP=1 -h "$BD_PG_HOST" -p "$BD_PG_PORT" -U "$BINHDANG_DB_USER" -d "$BENCH_DB" "$@"
}

sources_fingerprint() { # sha256 over every file of backend/ except target/
  (cd "$BD_ROOT/backend" && find . -path ./target -prune -o -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) |
    sha256sum | cut -d' ' -f1
}

# Builds a copy of backend/ in $BUILD_DIR, only when the sources changed since its last build.
build_backend() {
  local jar="$BUILD_DIR/target/quarkus-app/quarkus-run.jar" sum
  if ((SKIP_BUILD)); then
    [[ -f "$jar" ]] || die "--skip-build: there is no earlier build in ${BUILD_DIR#"$BD_ROOT"/}"
    log "--skip-build: using the build in ${BUILD_DIR#"$BD_ROOT"/}"
    return 0
  fi
  sum="$(sources_fingerprint)"
  if [[ -f "$jar" && "$(cat "$BUILD_DIR/.sources-sha256" 2>/dev/null)" == "$sum" ]]; then
    log "backend build in ${BUILD_DIR#"$BD_ROOT"/} is up to date with backend/"
    return 0
  fi
  log "copying backend/ (without target/) to ${BUILD_DIR#"$BD_ROOT"/} and building it (mvnw -B -q package -DskipTests)"
  rm -rf "$BUILD_DIR"
  mkdir -p "$BUILD_DIR"
  tar -C "$BD_ROOT/backend" --exclude=./target -cf - . | tar -C "$BUILD_DIR" -xf -
  (cd "$BUILD_DIR" && ./mvnw -B -q package -DskipTests)
  [[ -f "$jar" ]] || die "the build did not produce ${jar#"$BD_ROOT"/}"
  printf '%s\n' "$sum" >"$BUILD_DIR/.sources-sha256"
}

# Starts that build on 127.0.0.1:$BENCH_PORT against $BENCH_DB with the demo data, and waits for it.
start_backend() {
  recorded_pid "$SERVICE" >/dev/null && stop_service "$SERVICE"
  port_in_use "$BENCH_PORT" && die "port $BENCH_PORT is in use by a process this script did not start"
  QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_PORT="$BENCH_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="$(db_url "$BENCH_DB")" \
    QUARKUS_DATASOURCE_USERNAME="$BINHDANG_DB_USER" \
    QUARKUS_DATASOURCE_PASSWORD="$BINHDANG_DB_PASSWORD" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$BINHDANG_REALM_URL" \
    BINHDANG_DEMO_DATA=true \
    start_service "$SERVICE" "$OWNER" "$BUILD_DIR" "$JAVA_HOME/bin/java" -jar target/quarkus-app/quarkus-run.jar
  wait_http "$BENCH_URL/q/health/ready" 180 "$SERVICE"
}
