#!/usr/bin/env bash
# Rewrites the root openapi.yaml from what the backend serves, then regenerates the SPA's types.
# Run it after changing an endpoint or an API record; commit both files with the code change.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
find_jdk
ensure_postgres binhdang_test
(cd "$root/backend" && ./mvnw -B -q test -Dtest=OpenApiContractTest -Dbinhdang.openapi.update=true)
if [ -d "$root/frontend/node_modules" ]; then
  (cd "$root/frontend" && npm run -s gen:api)
else
  echo "frontend/node_modules missing: run 'cd frontend && npm ci && npm run gen:api' to regenerate the SPA's types"
fi
echo "openapi.yaml updated."
