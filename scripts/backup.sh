#!/usr/bin/env bash
# Backs up one database of Bình Đẳng in PostgreSQL's custom format (pg_dump -Fc):
#   scripts/backup.sh DATABASE FILE        e.g. scripts/backup.sh binhdang /var/backups/binhdang-$(date +%F).dump
# The file holds the schema (with Flyway's history) and every row; scripts/restore.sh reads it.
# Connection from libpq's variables: PGHOST (default 127.0.0.1), PGPORT (5432), PGUSER (binhdang),
# PGPASSWORD (default BINHDANG_DB_PASSWORD, else binhdang, the local development password).
# pg_dump must be at least the server's major version. With docker-compose.yml, run the image's own:
#   docker compose exec -T postgres pg_dump -Fc -U binhdang binhdang > binhdang.dump
set -euo pipefail

case "${1:-}" in -h | --help | "")
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
  [[ -n "${1:-}" ]] && exit 0 || exit 2
  ;;
esac
(($# == 2)) || { echo "usage: scripts/backup.sh DATABASE FILE" >&2; exit 2; }
db="$1" file="$2"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-binhdang}"
export PGPASSWORD="${PGPASSWORD:-${BINHDANG_DB_PASSWORD:-binhdang}}"

# Written beside the target first, so that a failed dump never leaves a truncated FILE.
tmp="$file.part.$$"
trap 'rm -f "$tmp"' EXIT
pg_dump --format=custom --compress=6 --no-password --dbname="$db" --file="$tmp"
pg_restore --list "$tmp" >/dev/null # the archive is readable
mv "$tmp" "$file"
echo "backup of database $db: $file ($(du -h "$file" | cut -f1))"
