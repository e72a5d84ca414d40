#!/usr/bin/env bash
# Benchmark of the dashboard (GET /api/v1/dashboard) on five years of generated records, for one commune
# and for a province of 40 communes:
#   scripts/bench/dashboard.sh [--skip-build] [--runs N] [--warmup N] [--trend-runs N]
# 1. (re)creates the database binhdang_bench_dashboard (local PostgreSQL; never binhdang, _test, _e2e
#    or binhdang_bench);
# 2. builds the backend when its sources changed, in a copy (.run/bench/dashboard/backend, with
#    `mvnw -B -q package -DskipTests`), so backend/target and a backend running from it are untouched;
# 3. starts that build on 127.0.0.1:8084 against the database with BINHDANG_DEMO_DATA=true (Flyway
#    creates the schema, the demo of Bình Lư and of the other Lai Châu communes loads), Keycloak on
#    8180 (reused if running);
# 4. generates with SQL (deterministic, md5 of the keys, created_by 'bench'): on top of the 38 official
#    communes of province 12 (migration V11), synthetic communes "Xã mô phỏng NN" with codes 99001…
#    (outside the official list, whose codes never start with 99) until the province has 40; brings
#    every commune but 03390 to 14 units, 8 villages and 9 conventions (a commune with conventions keeps
#    its own); then for 2026–2030 (03390: 2027–2030, on top of its 2026 demo) 300 sessions, an
#    Action-Month plan for most units, a survey round and 40 media products per commune and year,
#    convention reviews, a 2025 baseline survey and a programme plan with yearly target values per
#    commune without one; VACUUM ANALYZE;
# 5. times with curl (--warmup rounds, default 5, then --runs rounds, default 30; each round calls
#    every case once): the coordinator's and the province's dashboard of 2026, the province's
#    dashboard of commune 03549 (Phong Thổ), and the sum of GET /api/v1/indicators?year=2026…2030 (commune and
#    province: what the trend of a 2030 dashboard costs; the backend computes the trend only up to
#    the current year; these sums are timed --trend-runs times, default 5, after one warm-up, as a
#    round can take minutes); reports p50/p95/max in ms and EXPLAIN ANALYZE of the engine's statements.
# Results: .run/bench/dashboard.md, plans in .run/bench/dashboard/plans/.
# The backend it started is stopped on exit (Keycloak too, if this script started it).
# Traffic goes to 127.0.0.1 only. --skip-build uses the last build in .run/bench/dashboard/backend.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=../lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BENCH_DB=binhdang_bench_dashboard
BENCH_PORT=8084
BENCH_URL="http://127.0.0.1:$BENCH_PORT"
BENCH_OUT="$BD_RUN/bench/dashboard"
BUILD_DIR="$BENCH_OUT/backend"
PLANS_DIR="$BENCH_OUT/plans"
RESULTS="$BD_RUN/bench/dashboard.md"
SERVICE=bench-dashboard-backend
OWNER=bench-dashboard
PROVINCE_COMMUNES=40
SESSIONS_PER_YEAR=300
PRODUCTS_PER_YEAR=40
RUNS=30
WARMUP=5
TREND_RUNS=5
SKIP_BUILD=0
COMMUNE_BUDGET_MS=200
PROVINCE_BUDGET_MS=1000

positive_int() { [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "$1 needs a positive whole number, got '$2'"; }

while (($#)); do
  case "$1" in
    --skip-build) SKIP_BUILD=1 ;;
    --runs) positive_int "$1" "${2:-}"; RUNS="$2"; shift ;;
    --warmup) positive_int "$1" "${2:-}"; WARMUP="$2"; shift ;;
    --trend-runs) positive_int "$1" "${2:-}"; TREND_RUNS="$2"; shift ;;
    -h | --help)
      print_usage "$0"
      exit 0
      ;;
    *) die "unknown option: $1 (try --help)" ;;
  esac
  shift
done

case "$BENCH_DB" in binhdang | binhdang_test | binhdang_e2e | binhdang_bench) die "refusing to recreate $BENCH_DB" ;; esac
[[ -z "${BINHDANG_DB_URL:-}" ]] || die "the benchmark recreates its database on the local PostgreSQL cluster; unset BINHDANG_DB_URL"
[[ "$(printf '%s' "$BINHDANG_REALM_URL" | sed -E 's#^https?://([^:/]+).*#\1#')" == localhost ]] ||
  die "the benchmark talks to the local Keycloak only (BINHDANG_KEYCLOAK_URL=$BINHDANG_KEYCLOAK_URL)"

# --- cleanup -------------------------------------------------------------------------------------

trap bench_on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- data ----------------------------------------------------------------------------------------

# Everything below is deterministic (md5 of the keys), marked created_by 'bench', and respects the
# schema's checks and unique keys. "Generated communes" are all communes of province 12 but 03390;
# the (commune, year) pairs filled are 2026–2030, except 03390 in 2026 (its demo year).
generate_data() {
  # The backend loads the demo itself; the files are idempotent, running them here only makes sure.
  local f
  for f in binh-lu binh-lu-activity binh-lu-targets lai-chau-communes; do
    bench_psql -f "$BD_ROOT/backend/src/main/resources/demo/$f.sql"
  done
  log "generating communes, units, villages, conventions and plans (province 12 → $PROVINCE_COMMUNES communes)"
  bench_psql -v communes="$PROVINCE_COMMUNES" <<'SQL'
BEGIN;
-- Synthetic communes 99001… (no official code starts with 99: migration V11) until the province has
-- :communes, so none can land on a real commune of another province (a code in use is skipped).
INSERT INTO area (code, name, level, parent_id, created_by, updated_by)
SELECT '99' || lpad(g.i::text, 3, '0'), 'Xã mô phỏng ' || lpad(g.i::text, 2, '0'), 'COMMUNE', p.id, 'bench', 'bench'
FROM area p
CROSS JOIN generate_series(1, greatest(0, :communes - (SELECT count(*) FROM area c JOIN area p2 ON p2.id = c.parent_id
                                                       WHERE p2.code = '12' AND c.level = 'COMMUNE'))) AS g(i)
WHERE p.code = '12'
  AND NOT EXISTS (SELECT 1 FROM area x WHERE x.code = '99' || lpad(g.i::text, 3, '0'))
ORDER BY g.i;

CREATE TEMP TABLE gen_commune ON COMMIT DROP AS
SELECT c.id, c.code FROM area c JOIN area p ON p.id = c.parent_id
WHERE p.code = '12' AND c.level = 'COMMUNE' AND c.code <> '03390';

-- 14 units and 8 villages per commune.
INSERT INTO unit (commune_id, kind, code, name, active_from, targets, created_by, updated_by)
SELECT c.id,
       (ARRAY['CULTURE_SOCIAL_OFFICE', 'ECONOMIC_OFFICE', 'GENERAL_SERVICES_CENTRE', 'SCHOOL', 'HEALTH_STATION',
              'COUNCIL_COMMITTEE_OFFICE', 'FRONT_MASS_ORGANISATION', 'ENTERPRISE', 'OTHER'])[1 + g.i % 9],
       'SIM' || lpad(g.i::text, 2, '0'), 'Đơn vị mô phỏng ' || lpad(g.i::text, 2, '0'), DATE '2026-01-01', ARRAY[1],
       'bench', 'bench'
FROM gen_commune c
CROSS JOIN LATERAL (SELECT count(*) AS n FROM unit u WHERE u.commune_id = c.id) n
CROSS JOIN generate_series(1, 14) AS g(i)
WHERE g.i <= 14 - n.n
ON CONFLICT (commune_id, code) DO NOTHING;

INSERT INTO area (code, name, level, parent_id, created_by, updated_by)
SELECT c.code || '-' || lpad((n.n + g.i)::text, 2, '0'), 'Bản mô phỏng ' || lpad((n.n + g.i)::text, 2, '0'),
       'VILLAGE', c.id, 'bench', 'bench'
FROM gen_commune c
CROSS JOIN LATERAL (SELECT count(*) AS n FROM area v WHERE v.parent_id = c.id) n
CROSS JOIN generate_series(1, 8) AS g(i)
WHERE g.i <= 8 - n.n
ON CONFLICT (code) DO NOTHING;

-- 9 conventions per commune without any (the 9th annulled), spread over its villages.
INSERT INTO village_convention (village_id, title, decision_number, decision_date, status, created_by, updated_by)
SELECT v.ids[1 + (g.i - 1) % array_length(v.ids, 1)], 'Hương ước mô phỏng số ' || g.i, g.i || '/QĐ-UBND',
       DATE '2020-01-01' + g.i * 30, CASE WHEN g.i = 9 THEN 'ANNULLED' ELSE 'IN_FORCE' END, 'bench', 'bench'
FROM gen_commune c
CROSS JOIN LATERAL (SELECT array_agg(v.id ORDER BY v.code) AS ids FROM area v WHERE v.parent_id = c.id) v
CROSS JOIN generate_series(1, 9) AS g(i)
WHERE NOT EXISTS (SELECT 1 FROM village_convention k JOIN area v2 ON v2.id = k.village_id WHERE v2.parent_id = c.id);

-- A programme plan 2026–2030 per commune without one: the five targets and yearly values of 03390's plan.
INSERT INTO programme_plan (commune_id, title, issued_text, signer_name, signer_title, period_start, period_end,
                            start_date, implements_plan, created_by, updated_by)
SELECT c.id, 'Kế hoạch mô phỏng truyền thông về bình đẳng giới giai đoạn 2026-2030', 'mô phỏng', 'Người ký mô phỏng',
       'Phó Chủ tịch UBND xã (mô phỏng)', 2026, 2030, DATE '2026-01-01', 'Kế hoạch của tỉnh (mô phỏng)', 'bench', 'bench'
FROM gen_commune c
WHERE NOT EXISTS (SELECT 1 FROM programme_plan p WHERE p.commune_id = c.id);

INSERT INTO plan_target (plan_id, number, wording, responsible, unit_of_measure, change_mode)
SELECT p.id, t.number, t.wording, t.responsible, t.unit_of_measure, t.change_mode
FROM programme_plan p
JOIN gen_commune c ON c.id = p.commune_id AND p.created_by = 'bench'
CROSS JOIN (SELECT t.* FROM plan_target t JOIN programme_plan bp ON bp.id = t.plan_id
            JOIN area a ON a.id = bp.commune_id AND a.code = '03390') t
ON CONFLICT (plan_id, number) DO NOTHING;

INSERT INTO plan_target_value (target_id, year, value)
SELECT t.id, v.year, v.value
FROM plan_target t
JOIN programme_plan p ON p.id = t.plan_id AND p.created_by = 'bench'
JOIN (SELECT bt.number, bv.year, bv.value FROM plan_target_value bv JOIN plan_target bt ON bt.id = bv.target_id
      JOIN programme_plan bp ON bp.id = bt.plan_id JOIN area a ON a.id = bp.commune_id AND a.code = '03390') v
  ON v.number = t.number
ON CONFLICT (target_id, year) DO NOTHING;
COMMIT;
SQL

  log "generating five years of records (2026–2030; 03390: 2027–2030): sessions, plans, surveys, media, reviews"
  bench_psql -v sessions="$SESSIONS_PER_YEAR" -v products="$PRODUCTS_PER_YEAR" -v records="$BD_ROOT/scripts/bench/year-records.sql" \
    -v seed=bench-dashboard -v note='Buổi truyền thông sinh ra cho đo hiệu năng bảng điều khiển' <<'SQL'
BEGIN;
-- Every commune of province 12.
CREATE TEMP TABLE gen_commune ON COMMIT DROP AS
SELECT c.id, c.code FROM area c JOIN area p ON p.id = c.parent_id AND p.code = '12' WHERE c.level = 'COMMUNE';
\i :records
COMMIT;
SQL
  log "VACUUM ANALYZE"
  bench_psql -c "VACUUM (ANALYZE) area, unit, communication_session, action_month_plan, survey_round, survey_result,
    media_product, village_convention, convention_review, programme_plan, plan_target, plan_target_value"
}

# --- measuring -----------------------------------------------------------------------------------

declare -A TOKENS=() TOKEN_AT=()
token_of() { # token_of USER — a token, fetched again after 4 minutes (they live 5–15)
  local user="$1"
  if [[ -z "${TOKENS[$user]:-}" ]] || ((SECONDS - ${TOKEN_AT[$user]} > 240)); then
    TOKENS[$user]="$("$BD_ROOT/scripts/token.sh" "$user")"
    TOKEN_AT[$user]=$SECONDS
  fi
}

call_ms() { # call_ms USER PATH — prints the time_total of one call in ms; fails unless 200
  local status seconds
  read -r status seconds < <(curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 60 \
    -H "Authorization: Bearer ${TOKENS[$1]}" -H 'Accept: application/json' "$BENCH_URL$2")
  [[ "$status" == 200 ]] || die "GET $2 as $1 answered ${status:-nothing}"
  awk -v s="$seconds" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

CASES=("a. commune dashboard 2026" "b. province dashboard 2026 (40 communes)" "c. province dashboard 2026, commune 03549"
  "d1. commune indicators 2026–2030 (sum of 5 calls)" "d2. province indicators 2026–2030 (sum of 5 calls)")
CASE_USERS=(dieuphoi.binhlu sonoivu.laichau sonoivu.laichau dieuphoi.binhlu sonoivu.laichau)
CASE_PATHS=("/api/v1/dashboard?year=2026" "/api/v1/dashboard?year=2026" "/api/v1/dashboard?year=2026&communeCode=03549"
  "/api/v1/indicators?year=" "/api/v1/indicators?year=")
CASE_BUDGET=("$COMMUNE_BUDGET_MS" "$PROVINCE_BUDGET_MS" "$COMMUNE_BUDGET_MS" "" "")

run_case() { # run_case INDEX — one call (or the sum of the five yearly calls), in ms
  local i="$1" y total=0 ms
  token_of "${CASE_USERS[$i]}"
  if [[ "${CASE_PATHS[$i]}" == *year= ]]; then
    for ((y = 2026; y <= 2030; y++)); do
      ms="$(call_ms "${CASE_USERS[$i]}" "${CASE_PATHS[$i]}$y")"
      total="$(awk -v a="$total" -v b="$ms" 'BEGIN { printf "%.1f", a + b }')"
    done
    printf '%s\n' "$total"
  else
    call_ms "${CASE_USERS[$i]}" "${CASE_PATHS[$i]}"
  fi
}

is_trend() { [[ "${CASE_PATHS[$1]}" == *year= ]]; }

percentile() { # percentile P FILE — nearest rank over the sorted numbers of FILE
  awk -v p="$1" '{ v[NR] = $1 } END { i = int((p * NR + 99) / 100); if (i < 1) i = 1; if (i > NR) i = NR; printf "%.1f", v[i] }' "$2"
}

# explain NAME SQL — EXPLAIN (ANALYZE, BUFFERS) to plans/NAME.txt; prints the execution time in ms.
explain() {
  bench_psql -c "EXPLAIN (ANALYZE, BUFFERS) $2" >"$PLANS_DIR/$1.txt"
  sed -n 's/^ *Execution Time: \([0-9.]*\) ms/\1/p' "$PLANS_DIR/$1.txt"
}

# The engine's statements (IndicatorEngine) with a scope and a year inlined.
engine_sql() { # engine_sql NAME COMMUNE_ID PROVINCE_ID YEAR
  local scope="(SELECT a.id FROM area a WHERE a.level = 'COMMUNE' AND (a.id = $2 OR a.parent_id = $3))"
  local ys="DATE '$4-01-01'" ye="DATE '$4-12-31'"
  case "$1" in
    unitSessions) printf '%s' "WITH units AS (SELECT u.id, u.code, u.name FROM unit u WHERE u.commune_id IN $scope AND u.active_from <= $ye AND (u.active_to IS NULL OR u.active_to >= $ys)), counts AS (SELECT s.unit_id, count(*) AS sessions, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM reference_item r WHERE r.law_policy AND r.id = ANY (s.topic_ids))) AS law, sum(s.participants_male) AS male, sum(s.participants_female) AS female FROM communication_session s WHERE s.commune_id IN $scope AND s.held_on BETWEEN $ys AND $ye GROUP BY s.unit_id) SELECT u.id, u.code, u.name, coalesce(c.sessions, 0), coalesce(c.law, 0), coalesce(c.male, 0), coalesce(c.female, 0) FROM units u LEFT JOIN counts c ON c.unit_id = u.id ORDER BY u.name, u.id" ;;
    unitPlans) printf '%s' "SELECT u.id, u.code, u.name, p.id, p.received_on, u.active_from, u.active_to FROM unit u LEFT JOIN action_month_plan p ON p.unit_id = u.id AND p.year = $4 WHERE u.commune_id IN $scope AND u.active_from <= $ye AND (u.active_to IS NULL OR u.active_to >= $ys) ORDER BY u.name, u.id" ;;
    groupAwareness) printf '%s' "WITH rounds AS (SELECT r.id, r.baseline, r.measure, r.scale_max FROM survey_round r WHERE r.commune_id IN $scope AND (r.baseline OR r.id = (SELECT r2.id FROM survey_round r2 WHERE r2.commune_id = r.commune_id AND NOT r2.baseline AND r2.year = $4 ORDER BY r2.conducted_on DESC, r2.id DESC LIMIT 1))), rates AS (SELECT res.group_id, ro.baseline, CASE WHEN sum(res.respondents) = 0 THEN NULL WHEN bool_and(ro.measure = 'THRESHOLD') THEN 100.0 * sum(res.aware) / sum(res.respondents) ELSE 100.0 * sum(res.mean_score / ro.scale_max * res.respondents) / sum(res.respondents) END AS rate FROM survey_result res JOIN rounds ro ON ro.id = res.round_id GROUP BY res.group_id, ro.baseline) SELECT g.id, g.code, g.label_vi, g.label_en, max(rates.rate) FILTER (WHERE rates.baseline), max(rates.rate) FILTER (WHERE NOT rates.baseline) FROM rates JOIN reference_item g ON g.id = rates.group_id GROUP BY g.id, g.code, g.label_vi, g.label_en, g.sort_order ORDER BY g.sort_order, g.id" ;;
    products) printf '%s' "SELECT m.id, u.name, m.title, m.published_on, m.passed FROM media_product m JOIN unit u ON u.id = m.unit_id WHERE u.commune_id IN $scope AND m.published_on BETWEEN $ys AND $ye ORDER BY m.published_on, m.id" ;;
    conventions) printf '%s' "SELECT c.id, v.name, c.title, lr.no_discrimination, lr.reviewed_on FROM village_convention c JOIN area v ON v.id = c.village_id LEFT JOIN LATERAL (SELECT r.no_discrimination, r.reviewed_on FROM convention_review r WHERE r.convention_id = c.id AND r.reviewed_on <= $ye ORDER BY r.reviewed_on DESC, r.id DESC LIMIT 1) lr ON true WHERE v.parent_id IN $scope AND c.status <> 'ANNULLED' AND (c.decision_date IS NULL OR c.decision_date <= $ye) ORDER BY v.name, c.id" ;;
    targets) printf '%s' "SELECT t.number, avg(v.value) FROM plan_target t JOIN programme_plan pl ON pl.id = t.plan_id JOIN plan_target_value v ON v.target_id = t.id AND v.year = $4 WHERE pl.commune_id IN $scope GROUP BY t.number" ;;
    relativeChange) printf '%s' "SELECT count(*) FILTER (WHERE t.change_mode = 'RELATIVE'), count(*) FROM plan_target t JOIN programme_plan pl ON pl.id = t.plan_id WHERE t.number = 3 AND pl.commune_id IN $scope" ;;
    audienceParticipation) printf '%s' "SELECT g.id, g.code, g.label_vi, g.label_en, count(*), sum(s.participants_male + s.participants_female) FROM communication_session s CROSS JOIN LATERAL unnest(s.audience_ids) AS a(group_id) JOIN reference_item g ON g.id = a.group_id WHERE s.commune_id IN $scope AND s.held_on BETWEEN $ys AND $ye GROUP BY g.id, g.code, g.label_vi, g.label_en, g.sort_order ORDER BY g.sort_order, g.id" ;;
  esac
}
ENGINE_STATEMENTS=(unitSessions unitPlans groupAwareness products conventions targets relativeChange audienceParticipation)

measure() {
  mkdir -p "$PLANS_DIR"
  rm -f "$PLANS_DIR"/*.txt
  local times_dir i r n load_before load_after over=0 name commune_id province_id low p50 p95 max budget verdict
  times_dir="$(mktemp -d)"
  log "warming up: every case $WARMUP times"
  for ((n = 0; n < WARMUP; n++)); do
    for i in "${!CASES[@]}"; do
      is_trend "$i" && ((n > 0)) && continue
      run_case "$i" >/dev/null
    done
  done
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  log "timing: $RUNS rounds of the ${#CASES[@]} cases (load average $load_before)"
  for ((r = 0; r < RUNS; r++)); do
    for i in "${!CASES[@]}"; do
      is_trend "$i" && ((r >= TREND_RUNS)) && continue
      run_case "$i" >>"$times_dir/$i"
    done
  done
  load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

  commune_id="$(bench_psql -tAc "SELECT id FROM area WHERE code = '03390'")"
  province_id="$(bench_psql -tAc "SELECT id FROM area WHERE code = '12'")"
  {
    printf '# Dashboard benchmark — %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf -- '- data: %s\n' "$(bench_psql -tAc "SELECT format('%s communes in province 12, %s units, %s villages, %s conventions (%s reviews), %s sessions (03390: %s), %s Action-Month plans, %s survey rounds, %s media products; sessions per year in 03390: %s',
      (SELECT count(*) FROM area c JOIN area p ON p.id = c.parent_id AND p.code = '12' WHERE c.level = 'COMMUNE'),
      (SELECT count(*) FROM unit), (SELECT count(*) FROM area WHERE level = 'VILLAGE'), (SELECT count(*) FROM village_convention),
      (SELECT count(*) FROM convention_review), (SELECT count(*) FROM communication_session),
      (SELECT count(*) FROM communication_session s JOIN area a ON a.id = s.commune_id AND a.code = '03390'),
      (SELECT count(*) FROM action_month_plan), (SELECT count(*) FROM survey_round), (SELECT count(*) FROM media_product),
      (SELECT string_agg(y || ': ' || n, ', ' ORDER BY y) FROM (SELECT extract(year FROM held_on)::int AS y, count(*) AS n
         FROM communication_session s JOIN area a ON a.id = s.commune_id AND a.code = '03390' GROUP BY 1) x))")"
    printf -- '- machine: %s cores, %s; PostgreSQL %s; JDK %s; shared with other engineers'"'"' builds and tests\n' "$(nproc)" \
      "$(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo)" \
      "$(bench_psql -tAc 'SHOW server_version' | cut -d' ' -f1)" "$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')"
    printf -- '- load average before / after the timed rounds: %s / %s\n' "$load_before" "$load_after"
    printf -- '- %s warm-up rounds, then %s timed rounds (one call of each case per round; the 2026–2030 sums: 1 warm-up, %s timed); curl time_total on 127.0.0.1, nearest-rank percentiles\n\n' "$WARMUP" "$RUNS" "$TREND_RUNS"
    printf '| case | request | user | min ms | p50 ms | p95 ms | max ms | budget (p95) |\n|---|---|---|---:|---:|---:|---:|---|\n'
  } >"$RESULTS"
  for i in "${!CASES[@]}"; do
    sort -n -o "$times_dir/$i" "$times_dir/$i"
    low="$(percentile 0 "$times_dir/$i")" p50="$(percentile 50 "$times_dir/$i")"
    p95="$(percentile 95 "$times_dir/$i")" max="$(percentile 100 "$times_dir/$i")"
    budget="${CASE_BUDGET[$i]}" verdict="-"
    if [[ -n "$budget" ]]; then
      if awk -v p="$p95" -v b="$budget" 'BEGIN { exit !(p > b) }'; then
        verdict="**over** $budget ms" over=$((over + 1))
      else
        verdict="under $budget ms"
      fi
    fi
    # shellcheck disable=SC2016 # the backquotes are Markdown
    printf '| %s | `%s` | %s | %s | %s | %s | %s | %s |\n' "${CASES[$i]}" \
      "${CASE_PATHS[$i]}$([[ "${CASE_PATHS[$i]}" == *year= ]] && printf '2026…2030')" "${CASE_USERS[$i]}" \
      "$low" "$p50" "$p95" "$max" "$verdict" >>"$RESULTS"
    log "$(printf '%-50s p50 %7s  p95 %7s  max %7s ms' "${CASES[$i]}" "$p50" "$p95" "$max")"
  done
  rm -rf "$times_dir"

  log "EXPLAIN ANALYZE of the engine's statements (values inlined)"
  {
    # shellcheck disable=SC2016 # the backquotes are Markdown
    printf '\nSQL of `IndicatorEngine`, year 2026, values inlined: `EXPLAIN (ANALYZE, BUFFERS)` execution time in ms (plans in `%s/`). A 2026 dashboard reads its inputs once per year it computes (IndicatorEngine.inputs: 2025 and 2026), so unitSessions, unitPlans, groupAwareness, relativeChange, products and conventions run 2× each, targets 6× (2025–2030) and audienceParticipation once.\n\n' "${PLANS_DIR#"$BD_ROOT"/}"
    printf '| statement | commune 03390 ms | province 12 ms |\n|---|---:|---:|\n'
  } >>"$RESULTS"
  for name in "${ENGINE_STATEMENTS[@]}"; do
    printf '| %s | %s | %s |\n' "$name" \
      "$(explain "$name.commune" "$(engine_sql "$name" "$commune_id" -1 2026)")" \
      "$(explain "$name.province" "$(engine_sql "$name" -1 "$province_id" 2026)")" >>"$RESULTS"
  done
  printf '\n%s of the 3 dashboard cases over budget at p95.\n' "$over" >>"$RESULTS"
}

# --- main ----------------------------------------------------------------------------------------

mkdir -p "$BENCH_OUT" "$BD_LOGS"
find_jdk
# shellcheck disable=SC2119 # no database to ensure: recreate_database makes it
ensure_postgres
recreate_database "$BENCH_DB"
build_backend
ensure_keycloak "$OWNER"
start_backend
generate_data
measure
printf '\n'
cat "$RESULTS"
