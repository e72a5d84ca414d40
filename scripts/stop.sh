#!/usr/bin/env bash
# Stops what scripts/start.sh started: the SPA, the backend and Keycloak (when start.sh started
# or took it over), by the process groups recorded in .run/. Nothing else is touched: a Keycloak
# that test.sh is using, services started by other means, and PostgreSQL (a system service that
# the tests share; stop it with `pg_ctlcluster 15 main stop` if you want) keep running.
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

stopped=0
for name in spa backend keycloak; do
  if ! recorded_pid "$name" >/dev/null; then
    rm -f "$BD_RUN/$name.pid"
    continue
  fi
  owner="$(recorded_owner "$name")"
  if [[ "$owner" != "start" ]]; then
    log "$name was started by scripts/$owner.sh; leaving it running"
    continue
  fi
  stop_service "$name"
  stopped=$((stopped + 1))
done
if ((stopped == 0)); then
  log "nothing started by scripts/start.sh is running"
else
  log "stopped $stopped service(s)"
fi
