#!/usr/bin/env bash
# Benchmark of the province's comparison of its communes (GET /api/v1/comparison?year=2026) on five years
# of generated records, for Lai Châu as it is (38 communes) and for a province as large as the largest one
# of the official list (Thành phố Hồ Chí Minh, 168 communes), side by side with the naive way of getting
# the same figures (GET /api/v1/indicators?year=2026&communeCode=X for each commune, one after the other):
#   scripts/bench/province-comparison.sh [--skip-build] [--runs N] [--warmup N] [--naive-runs N]
#                                        [--communes N] [--sessions N]
# 1. (re)creates the database binhdang_bench_comparison (local PostgreSQL; never binhdang, _test, _e2e
#    or another benchmark's database);
# 2. builds the backend when its sources changed, in a copy (.run/bench/comparison/backend, with
#    `mvnw -B -q package -DskipTests`), so backend/target and a backend running from it are untouched;
# 3. starts that build on 127.0.0.1:8085 against the database with BINHDANG_DEMO_DATA=true (Flyway
#    creates the schema and the 38 official communes of province 12 (V11); the demo enables 12 of them:
#    Bình Lư 03390 and the eleven of demo/lai-chau-communes.sql), Keycloak on 8180 (reused if running);
# 4. size "38": generates with SQL (deterministic, md5 of the keys, created_by 'bench') for every enabled
#    commune: 14 units, 8 villages and 9 conventions (03390 keeps its own), and for 2026–2030 (03390:
#    2027–2030, on top of its 2026 demo) --sessions sessions (default 300), an Action-Month plan for most
#    units, a survey round and 40 media products per commune and year, convention reviews, a 2025
#    baseline survey; VACUUM ANALYZE; then times the comparison and the naive way;
# 5. size "168": only Lai Châu has province users in the demo realm, so the province is grown to
#    --communes communes (default 168) with synthetic communes "Xã mô phỏng NNN", codes 99001… (no
#    official code starts with 99); every commune not yet enabled gets a plan from the programme template
#    (create_plan_from_template, V12) and the same structure and five years of records; times again;
# 6. each timing: --warmup comparison calls (default 3) and one naive round, then --runs rounds (default
#    20), each one comparison call, the first --naive-runs (default 3) also one naive round (every
#    commune of the comparison, in sequence, as sonoivu.laichau); curl time_total on 127.0.0.1; reports
#    min/p50/p95/max in ms and EXPLAIN (ANALYZE, BUFFERS) of the engine's by-commune statements.
# Results: .run/bench/comparison.md, plans in .run/bench/comparison/plans/.
# The backend it started is stopped on exit (Keycloak too, if this script started it).
# Traffic goes to 127.0.0.1 only. --skip-build uses the last build in .run/bench/comparison/backend.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=../lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BENCH_DB=binhdang_bench_comparison
BENCH_PORT=8085
BENCH_URL="http://127.0.0.1:$BENCH_PORT"
BENCH_OUT="$BD_RUN/bench/comparison"
BUILD_DIR="$BENCH_OUT/backend"
PLANS_DIR="$BENCH_OUT/plans"
RESULTS="$BD_RUN/bench/comparison.md"
SERVICE=bench-comparison-backend
OWNER=bench-comparison
PROVINCE_USER=sonoivu.laichau
YEAR=2026
LARGE_COMMUNES=168
SESSIONS_PER_YEAR=300
PRODUCTS_PER_YEAR=40
RUNS=20
WARMUP=3
NAIVE_RUNS=3
SKIP_BUILD=0
BUDGET_MS=1000

positive_int() { [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "$1 needs a positive whole number, got '$2'"; }

while (($#)); do
  case "$1" in
    --skip-build) SKIP_BUILD=1 ;;
    --runs) positive_int "$1" "${2:-}"; RUNS="$2"; shift ;;
    --warmup) positive_int "$1" "${2:-}"; WARMUP="$2"; shift ;;
    --naive-runs) positive_int "$1" "${2:-}"; NAIVE_RUNS="$2"; shift ;;
    --communes) positive_int "$1" "${2:-}"; LARGE_COMMUNES="$2"; shift ;;
    --sessions) positive_int "$1" "${2:-}"; SESSIONS_PER_YEAR="$2"; shift ;;
    -h | --help)
      print_usage "$0"
      exit 0
      ;;
    *) die "unknown option: $1 (try --help)" ;;
  esac
  shift
done
((NAIVE_RUNS <= RUNS)) || die "--naive-runs ($NAIVE_RUNS) cannot exceed --runs ($RUNS)"
((LARGE_COMMUNES > 38 && LARGE_COMMUNES <= 999)) || die "--communes must be between 39 and 999 (province 12 has 38 official communes)"

case "$BENCH_DB" in
  binhdang | binhdang_test | binhdang_e2e | binhdang_bench | binhdang_bench_dashboard) die "refusing to recreate $BENCH_DB" ;;
esac
[[ -z "${BINHDANG_DB_URL:-}" ]] || die "the benchmark recreates its database on the local PostgreSQL cluster; unset BINHDANG_DB_URL"
[[ "$(printf '%s' "$BINHDANG_REALM_URL" | sed -E 's#^https?://([^:/]+).*#\1#')" == localhost ]] ||
  die "the benchmark talks to the local Keycloak only (BINHDANG_KEYCLOAK_URL=$BINHDANG_KEYCLOAK_URL)"

# --- cleanup -------------------------------------------------------------------------------------

trap bench_on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- data ----------------------------------------------------------------------------------------

# Grows province 12 to :communes communes with synthetic ones (codes 99001…, outside the official list;
# a code in use is skipped) and enables every commune without a plan from the programme template.
grow_province() {
  log "growing province 12 to $LARGE_COMMUNES communes (synthetic 99001…) and enabling every commune from the template"
  bench_psql -o /dev/null -v communes="$LARGE_COMMUNES" <<'SQL'
BEGIN;
INSERT INTO area (code, name, level, parent_id, created_by, updated_by)
SELECT '99' || lpad(g.i::text, 3, '0'), 'Xã mô phỏng ' || lpad(g.i::text, 3, '0'), 'COMMUNE', p.id, 'bench', 'bench'
FROM area p
CROSS JOIN generate_series(1, greatest(0, :communes - (SELECT count(*) FROM area c JOIN area p2 ON p2.id = c.parent_id
                                                       WHERE p2.code = '12' AND c.level = 'COMMUNE'))) AS g(i)
WHERE p.code = '12'
  AND NOT EXISTS (SELECT 1 FROM area x WHERE x.code = '99' || lpad(g.i::text, 3, '0'))
ORDER BY g.i;

SELECT count(create_plan_from_template(c.id, 'BENCH-' || c.code || '/KH-UBND', DATE '2026-03-02', 'mô phỏng',
                                       'Người ký mô phỏng', 'Phó Chủ tịch UBND xã (mô phỏng)',
                                       'Kế hoạch của tỉnh (mô phỏng)', 'bench'))
FROM (SELECT c.id, c.code FROM area c JOIN area p ON p.id = c.parent_id AND p.code = '12'
      WHERE c.level = 'COMMUNE' AND NOT commune_enabled(c.id) ORDER BY c.code) c;
COMMIT;
SQL
}

# For every enabled commune of province 12 without generated records yet: the structure (14 units,
# 8 villages, 9 conventions; 03390 keeps its own) and five years of records. Deterministic (md5 of the
# keys), created_by 'bench', within the schema's checks and unique keys; the (commune, year) pairs are
# 2026–2030, except 03390 in 2026 (its demo year; the other demo communes get 2026 records on top of theirs).
generate_records() {
  local f
  # The backend loads the demo itself; the files are idempotent, running them here only makes sure.
  for f in binh-lu binh-lu-activity binh-lu-targets lai-chau-communes; do
    bench_psql -o /dev/null -f "$BD_ROOT/backend/src/main/resources/demo/$f.sql"
  done
  log "generating units, villages, conventions and five years of records (2026–2030) for the enabled communes"
  bench_psql -v sessions="$SESSIONS_PER_YEAR" -v products="$PRODUCTS_PER_YEAR" -v records="$BD_ROOT/scripts/bench/year-records.sql" \
    -v seed=bench-comparison -v note='Buổi truyền thông sinh ra cho đo hiệu năng so sánh các xã' <<'SQL'
BEGIN;
CREATE TEMP TABLE gen_commune ON COMMIT DROP AS
SELECT c.id, c.code FROM area c JOIN area p ON p.id = c.parent_id AND p.code = '12'
WHERE c.level = 'COMMUNE' AND commune_enabled(c.id)
  AND NOT EXISTS (SELECT 1 FROM communication_session s WHERE s.commune_id = c.id AND s.created_by = 'bench');

INSERT INTO unit (commune_id, kind, code, name, active_from, targets, created_by, updated_by)
SELECT c.id,
       (ARRAY['CULTURE_SOCIAL_OFFICE', 'ECONOMIC_OFFICE', 'GENERAL_SERVICES_CENTRE', 'SCHOOL', 'HEALTH_STATION',
              'COUNCIL_COMMITTEE_OFFICE', 'FRONT_MASS_ORGANISATION', 'ENTERPRISE', 'OTHER'])[1 + g.i % 9],
       'SIM' || lpad(g.i::text, 2, '0'), 'Đơn vị mô phỏng ' || lpad(g.i::text, 2, '0'), DATE '2026-01-01', ARRAY[1],
       'bench', 'bench'
FROM gen_commune c
CROSS JOIN LATERAL (SELECT count(*) AS n FROM unit u WHERE u.commune_id = c.id) n
CROSS JOIN generate_series(1, 14) AS g(i)
WHERE c.code <> '03390' AND g.i <= 14 - n.n
ON CONFLICT (commune_id, code) DO NOTHING;

INSERT INTO area (code, name, level, parent_id, created_by, updated_by)
SELECT c.code || '-' || lpad((n.n + g.i)::text, 2, '0'), 'Bản mô phỏng ' || lpad((n.n + g.i)::text, 2, '0'),
       'VILLAGE', c.id, 'bench', 'bench'
FROM gen_commune c
CROSS JOIN LATERAL (SELECT count(*) AS n FROM area v WHERE v.parent_id = c.id) n
CROSS JOIN generate_series(1, 8) AS g(i)
WHERE c.code <> '03390' AND g.i <= 8 - n.n
ON CONFLICT (code) DO NOTHING;

-- 9 conventions per commune without any (the 9th annulled), spread over its villages.
INSERT INTO village_convention (village_id, title, decision_number, decision_date, status, created_by, updated_by)
SELECT v.ids[1 + (g.i - 1) % array_length(v.ids, 1)], 'Hương ước mô phỏng số ' || g.i, g.i || '/QĐ-UBND',
       DATE '2020-01-01' + g.i * 30, CASE WHEN g.i = 9 THEN 'ANNULLED' ELSE 'IN_FORCE' END, 'bench', 'bench'
FROM gen_commune c
CROSS JOIN LATERAL (SELECT array_agg(v.id ORDER BY v.code) AS ids FROM area v WHERE v.parent_id = c.id) v
CROSS JOIN generate_series(1, 9) AS g(i)
WHERE c.code <> '03390'
  AND NOT EXISTS (SELECT 1 FROM village_convention k JOIN area v2 ON v2.id = k.village_id WHERE v2.parent_id = c.id);

\i :records
COMMIT;
SQL
  log "VACUUM ANALYZE"
  bench_psql -c "VACUUM (ANALYZE) area, unit, communication_session, action_month_plan, survey_round, survey_result,
    media_product, village_convention, convention_review, programme_plan, plan_target, plan_target_value"
}

# One line of data volumes: communes of province 12 (enabled) and the rows of every table the engine reads.
volumes() {
  bench_psql -tAc "SELECT format('%s communes in province 12 (%s enabled), %s units, %s villages, %s conventions (%s reviews), %s sessions (%s in %s), %s Action-Month plans, %s survey rounds (%s results), %s media products, %s programme plans (%s target values)',
    (SELECT count(*) FROM area c JOIN area p ON p.id = c.parent_id AND p.code = '12' WHERE c.level = 'COMMUNE'),
    (SELECT count(*) FROM area c JOIN area p ON p.id = c.parent_id AND p.code = '12' WHERE c.level = 'COMMUNE' AND commune_enabled(c.id)),
    (SELECT count(*) FROM unit), (SELECT count(*) FROM area WHERE level = 'VILLAGE'), (SELECT count(*) FROM village_convention),
    (SELECT count(*) FROM convention_review), (SELECT count(*) FROM communication_session),
    (SELECT count(*) FROM communication_session WHERE held_on BETWEEN DATE '$YEAR-01-01' AND DATE '$YEAR-12-31'), $YEAR,
    (SELECT count(*) FROM action_month_plan), (SELECT count(*) FROM survey_round), (SELECT count(*) FROM survey_result),
    (SELECT count(*) FROM media_product), (SELECT count(*) FROM programme_plan), (SELECT count(*) FROM plan_target_value))"
}

# --- measuring -----------------------------------------------------------------------------------

TOKEN=""
TOKEN_AT=0
refresh_token() { # a token of the province user, fetched again after 4 minutes (they live 5–15)
  if [[ -z "$TOKEN" ]] || ((SECONDS - TOKEN_AT > 240)); then
    TOKEN="$("$BD_ROOT/scripts/token.sh" "$PROVINCE_USER")"
    TOKEN_AT=$SECONDS
  fi
}

call_ms() { # call_ms PATH [BODY_FILE] — prints the time_total of one call in ms; fails unless 200
  local status seconds
  refresh_token
  read -r status seconds < <(curl -sS -o "${2:-/dev/null}" -w '%{http_code} %{time_total}\n' --max-time 120 \
    -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' "$BENCH_URL$1")
  [[ "$status" == 200 ]] || die "GET $1 as $PROVINCE_USER answered ${status:-nothing}"
  awk -v s="$seconds" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

COMPARISON="/api/v1/comparison?year=$YEAR"

naive_round() { # the sum of GET /api/v1/indicators?year=Y&communeCode=X over the communes in CODES_FILE
  local code total=0 ms
  while read -r code; do
    ms="$(call_ms "/api/v1/indicators?year=$YEAR&communeCode=$code")"
    printf '%s\n' "$ms" >>"$TIMES_DIR/naive-calls"
    total="$(awk -v a="$total" -v b="$ms" 'BEGIN { printf "%.1f", a + b }')"
  done <"$CODES_FILE"
  printf '%s\n' "$total"
}

percentile() { # percentile P FILE — nearest rank over the sorted numbers of FILE
  awk -v p="$1" '{ v[NR] = $1 } END { i = int((p * NR + 99) / 100); if (i < 1) i = 1; if (i > NR) i = NR; printf "%.1f", v[i] }' "$2"
}

stats() { # stats FILE — "min | p50 | p95 | max" of the numbers of FILE (sorted in place)
  sort -n -o "$1" "$1"
  printf '%s | %s | %s | %s' "$(percentile 0 "$1")" "$(percentile 50 "$1")" "$(percentile 95 "$1")" "$(percentile 100 "$1")"
}

# explain NAME SQL — EXPLAIN (ANALYZE, BUFFERS) to plans/NAME.txt; prints the execution time in ms.
explain() {
  bench_psql -c "EXPLAIN (ANALYZE, BUFFERS) $2" >"$PLANS_DIR/$1.txt"
  sed -n 's/^ *Execution Time: \([0-9.]*\) ms/\1/p' "$PLANS_DIR/$1.txt"
}

# The by-commune statements of IndicatorEngine.inputsByCommune for the province, values inlined.
engine_sql() { # engine_sql NAME PROVINCE_ID YEAR
  local scope="(SELECT a.id FROM area a WHERE a.level = 'COMMUNE' AND (a.id = -1 OR a.parent_id = $2))"
  local ys="DATE '$3-01-01'" ye="DATE '$3-12-31'" law="s.topic_ids && (SELECT law_policy_topic_ids())"
  case "$1" in
    unitSessions) printf '%s' "WITH units AS (SELECT u.id, u.code, u.name, u.commune_id FROM unit u WHERE u.commune_id IN $scope AND u.active_from <= $ye AND (u.active_to IS NULL OR u.active_to >= $ys)), counts AS MATERIALIZED (SELECT s.unit_id, count(*) AS sessions, count(*) FILTER (WHERE $law) AS law, sum(s.participants_male) AS male, sum(s.participants_female) AS female FROM communication_session s WHERE s.commune_id IN $scope AND s.held_on BETWEEN $ys AND $ye GROUP BY s.unit_id) SELECT u.id, u.code, u.name, coalesce(c.sessions, 0), coalesce(c.law, 0), coalesce(c.male, 0), coalesce(c.female, 0), a.id, a.code, a.name FROM units u LEFT JOIN counts c ON c.unit_id = u.id JOIN area a ON a.id = u.commune_id ORDER BY u.name, u.id" ;;
    unitPlans) printf '%s' "SELECT u.id, u.code, u.name, p.id, p.received_on, u.active_from, u.active_to, a.id, a.code, a.name FROM unit u LEFT JOIN action_month_plan p ON p.unit_id = u.id AND p.year = $3 JOIN area a ON a.id = u.commune_id WHERE u.commune_id IN $scope AND u.active_from <= $ye AND (u.active_to IS NULL OR u.active_to >= $ys) ORDER BY u.name, u.id" ;;
    groupAwareness) printf '%s' "WITH rounds AS (SELECT r.id, r.commune_id, r.baseline, r.measure, r.scale_max FROM survey_round r WHERE r.commune_id IN $scope AND (r.baseline OR r.id = (SELECT r2.id FROM survey_round r2 WHERE r2.commune_id = r.commune_id AND NOT r2.baseline AND r2.year = $3 ORDER BY r2.conducted_on DESC, r2.id DESC LIMIT 1))), rates AS (SELECT ro.commune_id AS commune_id, res.group_id, ro.baseline, CASE WHEN sum(res.respondents) = 0 THEN NULL WHEN bool_and(ro.measure = 'THRESHOLD') THEN 100.0 * sum(res.aware) / sum(res.respondents) ELSE 100.0 * sum(res.mean_score / ro.scale_max * res.respondents) / sum(res.respondents) END AS rate FROM survey_result res JOIN rounds ro ON ro.id = res.round_id GROUP BY 1, res.group_id, ro.baseline) SELECT rates.commune_id, g.id, g.code, g.label_vi, g.label_en, max(rates.rate) FILTER (WHERE rates.baseline), max(rates.rate) FILTER (WHERE NOT rates.baseline) FROM rates JOIN reference_item g ON g.id = rates.group_id GROUP BY rates.commune_id, g.id, g.code, g.label_vi, g.label_en, g.sort_order ORDER BY rates.commune_id, g.sort_order, g.id" ;;
    products) printf '%s' "SELECT u.commune_id, m.id, u.code, u.name, m.title, m.published_on, m.passed FROM media_product m JOIN unit u ON u.id = m.unit_id WHERE u.commune_id IN $scope AND m.published_on BETWEEN $ys AND $ye ORDER BY m.published_on, m.id" ;;
    conventions) printf '%s' "SELECT c.id, v.name, c.title, lr.no_discrimination, lr.reviewed_on, a.id, a.code, a.name FROM village_convention c JOIN area v ON v.id = c.village_id JOIN area a ON a.id = v.parent_id LEFT JOIN convention_review lr ON lr.id = latest_convention_review_id(c.id, $ye) WHERE v.parent_id IN $scope AND c.status <> 'ANNULLED' AND (c.decision_date IS NULL OR c.decision_date <= $ye) ORDER BY v.name, c.id" ;;
    targets) printf '%s' "SELECT pl.commune_id, t.number, avg(v.value) FROM plan_target t JOIN programme_plan pl ON pl.id = t.plan_id JOIN plan_target_value v ON v.target_id = t.id AND v.year = $3 WHERE pl.commune_id IN $scope GROUP BY 1, t.number" ;;
    relativeChange) printf '%s' "SELECT pl.commune_id, count(*) FILTER (WHERE t.change_mode = 'RELATIVE'), count(*) FROM plan_target t JOIN programme_plan pl ON pl.id = t.plan_id WHERE t.number = 3 AND pl.commune_id IN $scope GROUP BY 1" ;;
    period) printf '%s' "SELECT pl.commune_id, min(pl.period_start), max(pl.period_end) FROM programme_plan pl WHERE pl.commune_id IN $scope GROUP BY 1" ;;
    communes) printf '%s' "SELECT a.id, a.code, a.name, a.valid_to, commune_enabled(a.id) FROM area a WHERE a.level = 'COMMUNE' AND a.parent_id = $2 AND ((a.valid_from IS NULL OR a.valid_from <= $ye) AND (a.valid_to IS NULL OR a.valid_to >= $ys) OR commune_enabled(a.id)) ORDER BY a.name, a.code" ;;
  esac
}
ENGINE_STATEMENTS=(communes unitSessions unitPlans groupAwareness products conventions targets relativeChange period)
declare -A EXPLAIN_MS=()

SIZES=()
declare -A SIZE_LINE=() SIZE_VOLUMES=() SIZE_LOAD=()

# measure SIZE — times the comparison and the naive way at the province's current size.
measure() {
  local size="$1" province_id expected_communes expected_enabled answered enabled r n load_before load_after name
  local body="$TIMES_DIR/comparison.json"
  province_id="$(bench_psql -tAc "SELECT id FROM area WHERE code = '12'")"
  CODES_FILE="$TIMES_DIR/codes"
  bench_psql -tAc "SELECT code FROM ($(engine_sql communes "$province_id" "$YEAR")) c" >"$CODES_FILE"
  expected_communes="$(wc -l <"$CODES_FILE")"
  expected_enabled="$(bench_psql -tAc "SELECT count(*) FROM ($(engine_sql communes "$province_id" "$YEAR")) c WHERE commune_enabled")"
  rm -f "$TIMES_DIR/comparison" "$TIMES_DIR/naive" "$TIMES_DIR/naive-calls"

  call_ms "$COMPARISON" "$body" >/dev/null
  answered="$(jq '.communes | length' "$body")" enabled="$(jq '.enabledCommunes' "$body")"
  [[ "$answered" == "$expected_communes" && "$enabled" == "$expected_enabled" ]] ||
    die "the comparison answered $answered communes ($enabled enabled), the database has $expected_communes ($expected_enabled)"
  log "size $size: the comparison lists $answered communes, $enabled enabled; warming up ($WARMUP calls, 1 naive round)"
  for ((n = 1; n < WARMUP; n++)); do call_ms "$COMPARISON" >/dev/null; done
  naive_round >/dev/null
  rm -f "$TIMES_DIR/naive-calls"

  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  log "size $size: $RUNS rounds ($NAIVE_RUNS with a naive round of $answered calls); load average $load_before"
  for ((r = 0; r < RUNS; r++)); do
    call_ms "$COMPARISON" >>"$TIMES_DIR/comparison"
    if ((r < NAIVE_RUNS)); then naive_round >>"$TIMES_DIR/naive"; fi
  done
  load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

  local comparison naive calls p95 verdict ratio
  comparison="$(stats "$TIMES_DIR/comparison")"
  naive="$(stats "$TIMES_DIR/naive")"
  calls="$(stats "$TIMES_DIR/naive-calls")"
  p95="$(percentile 95 "$TIMES_DIR/comparison")"
  if awk -v p="$p95" -v b="$BUDGET_MS" 'BEGIN { exit !(p > b) }'; then verdict="**over** $BUDGET_MS ms"; else verdict="under $BUDGET_MS ms"; fi
  ratio="$(awk -v a="$(percentile 50 "$TIMES_DIR/naive")" -v b="$(percentile 50 "$TIMES_DIR/comparison")" 'BEGIN { printf "%.1f", a / b }')"
  SIZES+=("$size")
  SIZE_VOLUMES[$size]="$(volumes)"
  SIZE_LOAD[$size]="$load_before / $load_after"
  # shellcheck disable=SC2016 # the backquotes are Markdown
  SIZE_LINE[$size]="$(printf '| %s (%s enabled) | `GET %s` | %s | %s | %s |\n' "$answered" "$enabled" "$COMPARISON" "$RUNS" "$comparison" "$verdict")
$(printf '| %s (%s enabled) | naive: %s × `GET /api/v1/indicators?year=%s&communeCode=…`, summed | %s | %s | p50 %s× the comparison |\n' "$answered" "$enabled" "$answered" "$YEAR" "$NAIVE_RUNS" "$naive" "$ratio")
$(printf '| %s (%s enabled) | one of those calls | %s | %s | |\n' "$answered" "$enabled" "$(wc -l <"$TIMES_DIR/naive-calls")" "$calls")"
  log "size $size: comparison $comparison ms (min | p50 | p95 | max); naive $naive ms; p95 $verdict"

  mkdir -p "$PLANS_DIR"
  for name in "${ENGINE_STATEMENTS[@]}"; do
    EXPLAIN_MS[$size/$name]="$(explain "$size.$name" "$(engine_sql "$name" "$province_id" "$YEAR")")"
  done
}

write_results() {
  local size name
  {
    printf '# Province comparison benchmark — %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf -- '- machine: %s cores, %s; PostgreSQL %s; JDK %s; shared with other engineers'"'"' builds and tests\n' "$(nproc)" \
      "$(awk '/MemTotal/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo)" \
      "$(bench_psql -tAc 'SHOW server_version' | cut -d' ' -f1)" "$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')"
    for size in "${SIZES[@]}"; do
      printf -- '- size %s: %s; load average before / after the timed rounds: %s\n' "$size" "${SIZE_VOLUMES[$size]}" "${SIZE_LOAD[$size]}"
    done
    printf -- '- user %s; %s warm-up calls and 1 naive warm-up round, then %s rounds (one comparison call each, the first %s also a naive round); curl time_total on 127.0.0.1, nearest-rank percentiles\n\n' \
      "$PROVINCE_USER" "$WARMUP" "$RUNS" "$NAIVE_RUNS"
    printf '| communes | request | runs | min ms | p50 ms | p95 ms | max ms | budget (p95) |\n|---|---|---:|---:|---:|---:|---:|---|\n'
    for size in "${SIZES[@]}"; do printf '%s\n' "${SIZE_LINE[$size]}"; done
    # shellcheck disable=SC2016 # the backquotes are Markdown
    printf '\nStatements of `ProvinceComparison` / `IndicatorEngine.inputsByCommune` for province 12, year %s, values inlined: `EXPLAIN (ANALYZE, BUFFERS)` execution time in ms (plans in `%s/`). A comparison call runs each of them once by commune and (but `communes`) once more for the province as a whole.\n\n' \
      "$YEAR" "${PLANS_DIR#"$BD_ROOT"/}"
    printf '| statement |'
    for size in "${SIZES[@]}"; do printf ' %s communes ms |' "$size"; done
    printf '\n|---|'
    for size in "${SIZES[@]}"; do printf -- '---:|'; done
    printf '\n'
    for name in "${ENGINE_STATEMENTS[@]}"; do
      printf '| %s |' "$name"
      for size in "${SIZES[@]}"; do printf ' %s |' "${EXPLAIN_MS[$size/$name]}"; done
      printf '\n'
    done
  } >"$RESULTS"
}

# --- main ----------------------------------------------------------------------------------------

mkdir -p "$BENCH_OUT" "$BD_LOGS"
command -v jq >/dev/null || die "jq is needed to check the comparison's answer (apt-get install jq)"
TIMES_DIR="$BENCH_OUT/times" # the timings of the run and the codes of the communes, kept until the next run
rm -rf "$TIMES_DIR"
mkdir -p "$TIMES_DIR"
CODES_FILE=""
find_jdk
# shellcheck disable=SC2119 # no database to ensure: recreate_database makes it
ensure_postgres
recreate_database "$BENCH_DB"
build_backend
ensure_keycloak "$OWNER"
# The naive way sends hundreds of calls a minute as one user, beyond the per-user rate limit (600 a minute,
# application.properties): the benchmark's backend has it raised so that every call is measured.
export BINHDANG_RATE_LIMIT_USER_REQUESTS=1000000
start_backend
rm -f "$PLANS_DIR"/*.txt
generate_records
measure 38
grow_province
generate_records
measure "$LARGE_COMMUNES"
write_results
printf '\n'
cat "$RESULTS"
