#!/usr/bin/env bash
# Benchmark of the session list (GET /api/v1/sessions) with 100,000 sessions in xã Bình Lư (03390):
#   scripts/bench/sessions-list.sh [--skip-build] [--sessions N] [--runs N] [--warmup N] [--apply FILE]
# 1. (re)creates the database binhdang_bench (local PostgreSQL; never binhdang, _test or _e2e);
# 2. builds the backend when its sources changed, in a copy (.run/bench/backend, with
#    `mvnw -B -q package -DskipTests`), so backend/target and a backend running from it are untouched;
# 3. starts that build on 127.0.0.1:8083 against binhdang_bench with BINHDANG_DEMO_DATA=true
#    (Flyway creates the schema, the demo of Bình Lư loads), Keycloak on 8180 (reused if running);
# 4. generates sessions with SQL until the commune has N (default 100000), then VACUUM ANALYZE;
#    with --apply FILE, runs that SQL file on binhdang_bench next (e.g. a candidate index, to
#    measure it before it becomes a migration; scripts/bench/candidate-session-totals-index.sql);
# 5. for each filter combination calls the list (size=20) --warmup times (default 5), then --runs
#    times (default 30) with curl and reports p50/p95/max of time_total in ms, and saves EXPLAIN
#    (ANALYZE, BUFFERS) of the list's two statements (ids of the page, totals) as SessionRepository
#    builds them.
# Results: .run/bench/results.md (figures and the indexes each plan uses), plans in .run/bench/plans/.
# The backend it started is stopped on exit (Keycloak too, if this script started it).
# Traffic goes to 127.0.0.1 only. --skip-build uses the last build in .run/bench/backend.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=../lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BENCH_DB=binhdang_bench
BENCH_PORT=8083
BENCH_URL="http://127.0.0.1:$BENCH_PORT"
BENCH_OUT="$BD_RUN/bench"
BUILD_DIR="$BENCH_OUT/backend"
SERVICE=bench-backend
OWNER=bench
PLANS_DIR="$BENCH_OUT/plans"
RESULTS="$BENCH_OUT/results.md"
SESSIONS=100000
RUNS=30
WARMUP=5
SKIP_BUILD=0
APPLY_FILE=""
BUDGET_MS=100

positive_int() { [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "$1 needs a positive whole number, got '$2'"; }

while (($#)); do
  case "$1" in
    --skip-build) SKIP_BUILD=1 ;;
    --sessions) positive_int "$1" "${2:-}"; SESSIONS="$2"; shift ;;
    --runs) positive_int "$1" "${2:-}"; RUNS="$2"; shift ;;
    --warmup) positive_int "$1" "${2:-}"; WARMUP="$2"; shift ;;
    --apply)
      [[ -f "${2:-}" ]] || die "--apply needs an SQL file, got '${2:-}'"
      APPLY_FILE="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
      shift
      ;;
    -h | --help)
      print_usage "$0"
      exit 0
      ;;
    *) die "unknown option: $1 (try --help)" ;;
  esac
  shift
done

[[ -z "${BINHDANG_DB_URL:-}" ]] || die "the benchmark recreates its database on the local PostgreSQL cluster; unset BINHDANG_DB_URL"
[[ "$(printf '%s' "$BINHDANG_REALM_URL" | sed -E 's#^https?://([^:/]+).*#\1#')" == localhost ]] ||
  die "the benchmark talks to the local Keycloak only (BINHDANG_KEYCLOAK_URL=$BINHDANG_KEYCLOAK_URL)"

# --- cleanup -------------------------------------------------------------------------------------

trap bench_on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- data ----------------------------------------------------------------------------------------

# Adds sessions to commune 03390 until it has $SESSIONS: every unit, date 01/01–28/11/2026, format,
# topics (1–2), audience groups (1–2), village (4 in 5), languages; those inside a campaign's dates
# belong to it two times in three. Deterministic (md5 of the row number). Marked created_by 'bench'.
generate_sessions() {
  # The backend loads the demo activity itself when its DemoData runs demo/binh-lu-activity.sql; the
  # file is idempotent, so running it here too only fills in what a backend without it left out.
  bench_psql -f "$BD_ROOT/backend/src/main/resources/demo/binh-lu-activity.sql"
  log "generating sessions in commune 03390 up to $SESSIONS"
  bench_psql -v target="$SESSIONS" <<'SQL'
WITH commune AS (
    SELECT id FROM area WHERE code = '03390'
), pools AS (
    SELECT (SELECT array_agg(u.id ORDER BY u.id) FROM unit u WHERE u.commune_id = c.id) AS units,
           (SELECT array_agg(v.id ORDER BY v.code) FROM area v WHERE v.parent_id = c.id AND v.level = 'VILLAGE') AS villages,
           (SELECT array_agg(r.id ORDER BY r.sort_order) FROM reference_item r WHERE r.commune_id IS NULL AND r.kind = 'TOPIC') AS topics,
           (SELECT array_agg(r.id ORDER BY r.sort_order) FROM reference_item r WHERE r.commune_id IS NULL AND r.kind = 'FORMAT') AS formats,
           (SELECT array_agg(r.id ORDER BY r.sort_order) FROM reference_item r WHERE r.commune_id IS NULL AND r.kind = 'AUDIENCE_GROUP') AS audiences,
           (SELECT array_agg(r.id ORDER BY r.sort_order) FROM reference_item r WHERE r.commune_id IS NULL AND r.kind = 'LANGUAGE') AS languages,
           (SELECT array_agg(r.id ORDER BY r.sort_order) FROM reference_item r WHERE r.commune_id IS NULL AND r.kind = 'FUNDING_SOURCE') AS fundings,
           c.id AS commune_id
    FROM commune c
), missing AS (
    SELECT greatest(0, :target - (SELECT count(*) FROM communication_session s JOIN commune c ON c.id = s.commune_id)) AS n
), hashed AS (
    SELECT g.i,
           ('x' || substr(m.m, 1, 8))::bit(32)::bigint AS h1,
           ('x' || substr(m.m, 9, 8))::bit(32)::bigint AS h2,
           ('x' || substr(m.m, 17, 8))::bit(32)::bigint AS h3,
           ('x' || substr(m.m, 25, 8))::bit(32)::bigint AS h4
    FROM missing CROSS JOIN LATERAL generate_series(1, missing.n) AS g(i)
    CROSS JOIN LATERAL (SELECT md5('bench/' || g.i) AS m) m
), rows AS (
    SELECT h.*, p.*,
           DATE '2026-01-01' + (h.h1 % 332)::int AS held_on,
           p.formats[1 + (h.h2 % array_length(p.formats, 1))::int] AS format_id
    FROM hashed h CROSS JOIN pools p
), shaped AS (
    SELECT r.*, f.needs_reach,
           (SELECT cp.id FROM campaign cp
            WHERE cp.commune_id = r.commune_id AND r.held_on BETWEEN cp.start_date AND cp.end_date
            ORDER BY cp.id LIMIT 1) AS window_campaign,
           CASE WHEN f.needs_reach THEN 0 ELSE 15 + (r.h3 % 56)::int END AS total
    FROM rows r JOIN reference_item f ON f.id = r.format_id
)
INSERT INTO communication_session (commune_id, unit_id, held_on, duration_minutes, campaign_id, task_groups, topic_ids,
                                   format_id, village_id, venue, language_ids, audience_ids, participants_male,
                                   participants_female, ethnic_minority, reach, cost_vnd, funding_source_id, notes,
                                   created_by, updated_by)
SELECT s.commune_id,
       s.units[1 + (s.i % array_length(s.units, 1))::int],
       s.held_on,
       CASE WHEN s.needs_reach THEN NULL ELSE 45 + (s.h4 % 10)::int * 15 END,
       CASE WHEN s.h4 % 3 <> 0 THEN s.window_campaign END,
       ARRAY(SELECT DISTINCT t FROM unnest(ARRAY[1 + (s.h2 % 7)::int,
             CASE WHEN s.window_campaign IS NOT NULL AND s.h4 % 3 <> 0 THEN 2 END]) AS t WHERE t IS NOT NULL ORDER BY t),
       ARRAY(SELECT DISTINCT t FROM unnest(ARRAY[s.topics[1 + (s.h3 % array_length(s.topics, 1))::int],
             CASE WHEN s.h4 % 2 = 0 THEN s.topics[1 + ((s.h3 / 16) % array_length(s.topics, 1))::int] END]) AS t
             WHERE t IS NOT NULL ORDER BY t),
       s.format_id,
       CASE WHEN s.h2 % 5 <> 0 THEN s.villages[1 + ((s.h2 / 8) % array_length(s.villages, 1))::int] END,
       NULL,
       ARRAY(SELECT DISTINCT t FROM unnest(ARRAY[s.languages[1],
             CASE WHEN s.h1 % 2 = 0 THEN s.languages[2 + ((s.h1 / 2) % 3)::int] END]) AS t WHERE t IS NOT NULL ORDER BY t),
       ARRAY(SELECT DISTINCT t FROM unnest(ARRAY[s.audiences[1 + ((s.h3 / 256) % array_length(s.audiences, 1))::int],
             CASE WHEN s.h1 % 3 = 0 THEN s.audiences[1 + ((s.h1 / 3) % array_length(s.audiences, 1))::int] END]) AS t
             WHERE t IS NOT NULL ORDER BY t),
       s.total - s.total * (40 + (s.h4 / 8) % 41) / 100,
       s.total * (40 + (s.h4 / 8) % 41) / 100,
       s.total * (60 + (s.h4 / 4096) % 36) / 100,
       CASE WHEN s.needs_reach THEN 100 + (s.h3 % 2900)::int END,
       CASE WHEN s.h4 % 4 = 0 THEN 100000 * (1 + (s.h4 / 64) % 30) ELSE 0 END,
       CASE WHEN s.h4 % 4 = 0 THEN s.fundings[1 + ((s.h4 / 4) % array_length(s.fundings, 1))::int] END,
       'Buổi truyền thông sinh ra cho đo hiệu năng',
       'bench', 'bench'
FROM shaped s;
SQL
  log "VACUUM ANALYZE"
  bench_psql -c "VACUUM (ANALYZE) communication_session"
  bench_psql -c "ANALYZE"
}

apply_extra_sql() {
  [[ -n "$APPLY_FILE" ]] || return 0
  log "applying ${APPLY_FILE#"$BD_ROOT"/} to $BENCH_DB"
  bench_psql -f "$APPLY_FILE"
  bench_psql -c "VACUUM (ANALYZE) communication_session"
  # A fresh backend, so that its connections see settings the file may change (ALTER DATABASE … SET).
  stop_service bench-backend
  start_backend
}

# --- the matrix ----------------------------------------------------------------------------------

ref_id() { # ref_id KIND CODE — the shared reference item's id
  bench_psql -tAc "SELECT id FROM reference_item WHERE commune_id IS NULL AND kind = '$1' AND code = '$2'"
}

declare -a LABELS=() QUERIES=()

build_matrix() {
  COMMUNE_ID="$(bench_psql -tAc "SELECT id FROM area WHERE code = '03390'")"
  local unit campaign village format topic audience
  unit="$(bench_psql -tAc "SELECT id FROM unit WHERE commune_id = $COMMUNE_ID AND code = 'HLHPN'")"
  campaign="$(bench_psql -tAc "SELECT id FROM campaign WHERE commune_id = $COMMUNE_ID AND year = 2026 AND occasion = 'ACTION_MONTH'")"
  village="$(bench_psql -tAc "SELECT id FROM area WHERE code = '03390-04'")"
  format="$(ref_id FORMAT VILLAGE_MEETING)"
  topic="$(ref_id TOPIC LAW_POLICY)"
  audience="$(ref_id AUDIENCE_GROUP ETHNIC_MINORITY)"
  [[ -n "$unit" && -n "$campaign" && -n "$village" && -n "$format" && -n "$topic" && -n "$audience" ]] ||
    die "the demo data is incomplete (unit HLHPN, the Action Month 2026, village 03390-04 or a reference item is missing)"
  LABELS=(
    "none"
    "year"
    "year + unit"
    "period from/to"
    "campaign"
    "village"
    "format"
    "topic"
    "audience group"
    "topic + audience + year"
    "unit + format + village"
    "page 50 (offset 1000)"
  )
  QUERIES=(
    ""
    "year=2026"
    "year=2026&unitId=$unit"
    "from=2026-11-01&to=2026-11-28"
    "campaignId=$campaign"
    "villageId=$village"
    "formatId=$format"
    "topicId=$topic"
    "audienceGroupId=$audience"
    "topicId=$topic&audienceGroupId=$audience&year=2026"
    "unitId=$unit&formatId=$format&villageId=$village"
    "page=50"
  )
  MATRIX_NOTE="unit = HLHPN (Hội LHPN), campaign = Tháng hành động 2026, village = 03390-04, format = VILLAGE_MEETING, topic = LAW_POLICY, audience group = ETHNIC_MINORITY"
}

# statement_parts QUERY — the WHERE clause SessionRepository builds for these query parameters, in two
# forms: W_LITERAL with the values inlined, and W_PARAMS with $n placeholders as the JDBC driver sends
# it (P_TYPES and P_VALUES list the parameters, P_NEXT is the next placeholder number). Also OFFSET.
statement_parts() {
  local kv key value n=2 page=0
  local -a pairs=()
  W_LITERAL="s.commune_id = $COMMUNE_ID" W_PARAMS="s.commune_id = \$1" P_TYPES="bigint" P_VALUES="$COMMUNE_ID"
  [[ -n "$1" ]] && IFS='&' read -r -a pairs <<<"$1"
  for kv in "${pairs[@]}"; do
    key="${kv%%=*}" value="${kv#*=}"
    case "$key" in
      year)
        W_LITERAL+=" AND s.held_on BETWEEN DATE '$value-01-01' AND DATE '$value-12-31'"
        W_PARAMS+=" AND s.held_on BETWEEN \$$n AND \$$((n + 1))"
        P_TYPES+=", date, date" P_VALUES+=", '$value-01-01', '$value-12-31'" n=$((n + 2))
        continue
        ;;
      page) page="$value"; continue ;;
      from) W_LITERAL+=" AND s.held_on >= DATE '$value'" W_PARAMS+=" AND s.held_on >= \$$n" P_TYPES+=", date" ;;
      to) W_LITERAL+=" AND s.held_on <= DATE '$value'" W_PARAMS+=" AND s.held_on <= \$$n" P_TYPES+=", date" ;;
      unitId) W_LITERAL+=" AND s.unit_id = $value" W_PARAMS+=" AND s.unit_id = \$$n" P_TYPES+=", bigint" ;;
      campaignId) W_LITERAL+=" AND s.campaign_id = $value" W_PARAMS+=" AND s.campaign_id = \$$n" P_TYPES+=", bigint" ;;
      villageId) W_LITERAL+=" AND s.village_id = $value" W_PARAMS+=" AND s.village_id = \$$n" P_TYPES+=", bigint" ;;
      formatId) W_LITERAL+=" AND s.format_id = $value" W_PARAMS+=" AND s.format_id = \$$n" P_TYPES+=", bigint" ;;
      topicId)
        W_LITERAL+=" AND s.topic_ids @> ARRAY[CAST($value AS bigint)]"
        W_PARAMS+=" AND s.topic_ids @> ARRAY[CAST(\$$n AS bigint)]" P_TYPES+=", bigint"
        ;;
      audienceGroupId)
        W_LITERAL+=" AND s.audience_ids @> ARRAY[CAST($value AS bigint)]"
        W_PARAMS+=" AND s.audience_ids @> ARRAY[CAST(\$$n AS bigint)]" P_TYPES+=", bigint"
        ;;
      *) die "statement_parts: unknown parameter $key" ;;
    esac
    case "$key" in from | to) P_VALUES+=", '$value'" ;; *) P_VALUES+=", $value" ;; esac
    n=$((n + 1))
  done
  P_NEXT=$n
  OFFSET=$((page * 20))
}

IDS_SELECT="SELECT s.id FROM communication_session s WHERE"
TOTALS_SELECT="SELECT count(*), coalesce(sum(s.participants_male), 0), coalesce(sum(s.participants_female), 0), coalesce(sum(s.ethnic_minority), 0), count(DISTINCT s.unit_id) FROM communication_session s WHERE"
ORDER="ORDER BY s.held_on DESC, s.id DESC"

# explain_both TITLE PREPARED_SQL TYPES VALUES LITERAL_SQL — EXPLAIN (ANALYZE, BUFFERS) of the statement as
# the backend runs it (the JDBC driver prepares it on the server from its 5th use on a connection, and
# from the 6th execution PostgreSQL may keep a generic plan: the 6th execution is shown), then with
# the values inlined (a custom plan), for comparison.
explain_both() {
  printf -- '-- %s\n\n-- 1. As the backend runs it: prepared statement, plan of its 6th execution\n' "$1"
  printf 'PREPARE q(%s) AS %s;\nEXPLAIN (ANALYZE, BUFFERS) EXECUTE q(%s);\n\n' "$3" "$2" "$4"
  bench_psql <<SQL
PREPARE q($3) AS $2;
\\o /dev/null
EXECUTE q($4);
EXECUTE q($4);
EXECUTE q($4);
EXECUTE q($4);
EXECUTE q($4);
\\o
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($4);
SQL
  printf '\n-- 2. Values inlined (custom plan)\nEXPLAIN (ANALYZE, BUFFERS) %s;\n\n' "$5"
  bench_psql -c "EXPLAIN (ANALYZE, BUFFERS) $5"
}

# first_plan FILE — the first plan of FILE (the one the backend gets).
first_plan() { awk '/^-- 2\. /{ exit } { print }' "$1"; }

# percentile P FILE — nearest-rank percentile of the sorted numbers in FILE.
percentile() {
  awk -v p="$1" '{ v[NR] = $1 } END { i = int((p * NR + 99) / 100); if (i < 1) i = 1; if (i > NR) i = NR; printf "%.1f", v[i] }' "$2"
}

# indexes_in PLANFILE — the index names the backend's plan scans, comma-separated (or "none (Seq Scan)").
indexes_in() {
  local names
  names="$(first_plan "$1" | grep -oE '(Index Only Scan|Index Scan|Bitmap Index Scan)( Backward)? (using|on) [a-z_0-9]+' |
    awk '{ print $NF }' | awk '!seen[$0]++' | paste -sd, - | sed 's/,/, /g')"
  if [[ -z "$names" ]]; then
    first_plan "$1" | grep -q 'Seq Scan' && names="none (Seq Scan)" || names="-"
  fi
  printf '%s' "$names"
}

# exec_ms PLANFILE — execution time of the backend's plan, in ms.
exec_ms() { first_plan "$1" | sed -n 's/^ *Execution Time: \([0-9.]*\) ms/\1/p'; }

# buffers_of PLANFILE — shared buffers (hit + read) of the backend's plan: the work done, which unlike
# the time does not depend on what else the machine is doing.
buffers_of() {
  first_plan "$1" | awk '/^ *(Buffers|->|Aggregate|Limit)/ { if (!found && $1 == "Buffers:") { found = 1; n = 0
      for (i = 2; i <= NF; i++) if ($i ~ /^(hit|read)=/) { split($i, kv, "="); n += kv[2] }; print n } }'
}

slug() { printf '%s' "$1" | tr '[:upper:]' '[:lower:]' | sed -E 's/[^a-z0-9]+/-/g; s/^-|-$//g'; }

TOKEN=""
TOKEN_AT=0
fresh_token() { # tokens live 600 s: take a new one every 4 minutes
  if [[ -z "$TOKEN" ]] || ((SECONDS - TOKEN_AT > 240)); then
    TOKEN="$("$BD_ROOT/scripts/token.sh" dieuphoi.binhlu)"
    TOKEN_AT=$SECONDS
  fi
}

call_list() { # call_list QUERY — prints "status seconds"
  curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 \
    -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' \
    "$BENCH_URL/api/v1/sessions?${1:+$1&}size=20"
}

run_matrix() {
  mkdir -p "$PLANS_DIR"
  rm -f "$PLANS_DIR"/*.txt
  local i r n label query status seconds total low p50 p95 max slug_name ids_plan totals_plan over=0 load_before
  local times_dir
  times_dir="$(mktemp -d)"
  fresh_token
  log "warming up: every combination $WARMUP times"
  for ((n = 0; n < WARMUP; n++)); do
    for query in "${QUERIES[@]}"; do call_list "$query" >/dev/null; done
  done
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  # Round-robin: one call of each combination per round, so that other work on the machine weighs
  # on every combination alike.
  log "timing: $RUNS rounds of the ${#QUERIES[@]} combinations"
  for ((r = 0; r < RUNS; r++)); do
    fresh_token
    for i in "${!QUERIES[@]}"; do
      read -r status seconds < <(call_list "${QUERIES[$i]}")
      [[ "$status" == 200 ]] || die "GET /api/v1/sessions?${QUERIES[$i]} answered ${status:-nothing}"
      awk -v s="$seconds" 'BEGIN { printf "%.3f\n", s * 1000 }' >>"$times_dir/$i"
    done
  done
  {
    printf '# Session list benchmark — %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf -- '- %s sessions in commune 03390 (%s in the database); %s warm-up rounds, then %s timed rounds (one call per combination each), size=20\n' \
      "$(bench_psql -tAc "SELECT count(*) FROM communication_session WHERE commune_id = $COMMUNE_ID")" \
      "$(bench_psql -tAc "SELECT count(*) FROM communication_session")" "$WARMUP" "$RUNS"
    printf -- '- machine: %s cores, %s; PostgreSQL %s; JDK %s\n' "$(nproc)" \
      "$(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo)" \
      "$(bench_psql -tAc 'SHOW server_version' | cut -d' ' -f1)" "$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')"
    printf -- '- load average before / after the timed rounds: %s / %s (other work on the machine shows in the figures)\n' \
      "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)"
    # shellcheck disable=SC2016 # the backquotes are Markdown
    [[ -z "$APPLY_FILE" ]] || printf -- '- applied before measuring: `%s`\n' "${APPLY_FILE#"$BD_ROOT"/}"
    printf -- '- %s\n' "$MATRIX_NOTE"
    printf -- '- times: curl time_total on 127.0.0.1 (min, nearest-rank p50/p95, max); SQL columns: execution time, shared buffers and indexes of the plan the backend gets (prepared statement, 6th execution)\n\n'
    printf '| combination | query | matching | min ms | p50 ms | p95 ms | max ms | ids SQL ms | totals SQL ms | totals buffers | indexes (ids) | indexes (totals) |\n'
    printf '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n'
  } >"$RESULTS"
  for i in "${!LABELS[@]}"; do
    label="${LABELS[$i]}" query="${QUERIES[$i]}"
    sort -n -o "$times_dir/$i" "$times_dir/$i"
    low="$(percentile 0 "$times_dir/$i")" p50="$(percentile 50 "$times_dir/$i")" p95="$(percentile 95 "$times_dir/$i")" max="$(percentile 100 "$times_dir/$i")"
    total="$(curl -sS --max-time 30 -H "Authorization: Bearer $TOKEN" "$BENCH_URL/api/v1/sessions?${query:+$query&}size=20" |
      sed -n 's/.*"totalItems":\([0-9]*\).*/\1/p')"

    statement_parts "$query"
    slug_name="$(printf '%02d-%s' "$((i + 1))" "$(slug "$label")")"
    ids_plan="$PLANS_DIR/$slug_name.ids.txt"
    totals_plan="$PLANS_DIR/$slug_name.totals.txt"
    explain_both "$label: ids of the page of GET /api/v1/sessions?${query:+$query&}size=20" \
      "$IDS_SELECT $W_PARAMS $ORDER LIMIT \$$P_NEXT OFFSET \$$((P_NEXT + 1))" "$P_TYPES, int, int" "$P_VALUES, 20, $OFFSET" \
      "$IDS_SELECT $W_LITERAL $ORDER LIMIT 20 OFFSET $OFFSET" >"$ids_plan"
    explain_both "$label: totals of GET /api/v1/sessions?${query:+$query&}size=20" \
      "$TOTALS_SELECT $W_PARAMS" "$P_TYPES" "$P_VALUES" "$TOTALS_SELECT $W_LITERAL" >"$totals_plan"

    awk -v p95="$p95" -v b="$BUDGET_MS" 'BEGIN { exit !(p95 > b) }' && over=$((over + 1))
    # shellcheck disable=SC2016 # the backquotes are Markdown
    printf '| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "${query:-(none)}" "${total:-?}" \
      "$low" "$p50" "$p95" "$max" "$(exec_ms "$ids_plan")" "$(exec_ms "$totals_plan")" "$(buffers_of "$totals_plan")" \
      "$(indexes_in "$ids_plan")" "$(indexes_in "$totals_plan")" >>"$RESULTS"
    log "$(printf '%-26s matching %6s  min %6s  p50 %7s  p95 %7s  max %7s ms' "$label" "${total:-?}" "$low" "$p50" "$p95" "$max")"
  done
  rm -rf "$times_dir"
  printf '\n%s of %s combinations over %s ms at p95. Plans: %s\n' "$over" "${#LABELS[@]}" "$BUDGET_MS" \
    "${PLANS_DIR#"$BD_ROOT"/}/" >>"$RESULTS"
}

# --- main ----------------------------------------------------------------------------------------

mkdir -p "$BENCH_OUT" "$BD_LOGS"
find_jdk
# shellcheck disable=SC2119 # no database to ensure: recreate_database makes it
ensure_postgres
recreate_database "$BENCH_DB"
build_backend
ensure_keycloak bench
start_backend
generate_sessions
apply_extra_sql
build_matrix
run_matrix
printf '\n'
cat "$RESULTS"
