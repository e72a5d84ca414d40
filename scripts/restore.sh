#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh (pg_dump -Fc) into a FRESH database:
#   scripts/restore.sh FILE DATABASE
# DATABASE must exist and be empty (no table, view, sequence or function outside PostgreSQL's own
# schemas); a database with anything in it is refused and left as it is. Create one first, e.g.
#   runuser -u postgres -- createdb -O binhdang -E UTF8 -T template0 binhdang_restored
# Everything is restored in one transaction (all or nothing), owned by PGUSER (--no-owner).
# Point the backend at it (QUARKUS_DATASOURCE_JDBC_URL); Flyway finds its history and migrates
# only what is newer than the backup.
# Connection from libpq's variables as for scripts/backup.sh (PGHOST, PGPORT, PGUSER, PGPASSWORD).
# With docker-compose.yml: docker compose exec -T postgres pg_restore --no-owner --no-privileges \
#   --single-transaction --exit-on-error -U binhdang -d DATABASE < binhdang.dump
set -euo pipefail

case "${1:-}" in -h | --help | "")
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
  [[ -n "${1:-}" ]] && exit 0 || exit 2
  ;;
esac
(($# == 2)) || { echo "usage: scripts/restore.sh FILE DATABASE" >&2; exit 2; }
file="$1" db="$2"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-binhdang}"
export PGPASSWORD="${PGPASSWORD:-${BINHDANG_DB_PASSWORD:-binhdang}}"

[[ -r "$file" ]] || { echo "LỖI / ERROR: cannot read backup file $file" >&2; exit 1; }
pg_restore --list "$file" >/dev/null || { echo "LỖI / ERROR: $file is not a pg_dump custom-format archive" >&2; exit 1; }

objects="$(psql -X -q -tA --no-password -d "$db" -c "
  SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%')
       + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname NOT IN ('pg_catalog', 'information_schema'))
       + (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql')")" ||
  { echo "LỖI / ERROR: cannot connect to database $db (create it first)" >&2; exit 1; }
if [[ "$objects" != "0" ]]; then
  echo "LỖI: cơ sở dữ liệu $db không trống ($objects đối tượng); không khôi phục gì." >&2
  echo "ERROR: database $db is not empty ($objects objects); nothing was restored." >&2
  exit 3
fi

pg_restore --no-owner --no-privileges --single-transaction --exit-on-error --no-password \
  --dbname="$db" "$file"
PGOPTIONS="--client-min-messages=error" psql -X -q --no-password -d "$db" -c "ANALYZE" >/dev/null
echo "restored $file into database $db"
