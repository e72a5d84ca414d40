#!/usr/bin/env bash
# Writes two files from keycloak/realm-binhdang.json (the demo realm, the one source to edit):
# keycloak/realm-binhdang.demo-users.json — the demo people, which docker-compose.yml's demo profile
# adds to a running Keycloak (Admin REST API partialImport, existing users skipped) — and
# keycloak/realm-binhdang.production.json, the realm docker-compose.yml imports:
#   - every user that is not a client's service account is dropped (no demo people);
#   - every client secret becomes the Keycloak import placeholder ${BINHDANG_<CLIENT>_SECRET}
#     (client binhdang-province-pull -> ${BINHDANG_PROVINCE_PULL_SECRET}), filled from the
#     environment when Keycloak imports the realm;
#   - the SPA client's localhost redirect URIs, web origins and post-logout URIs become
#     ${BINHDANG_APP_PUBLIC_URL} (the public https URL of the installation);
#   - sslRequired is "external".
#   scripts/gen-production-realm.sh           rewrite the file
#   scripts/gen-production-realm.sh --check   exit 1 when a committed file is not up to date
# scripts/test.sh runs --check; run it without options after editing realm-binhdang.json and commit all three.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOURCE="$ROOT/keycloak/realm-binhdang.json"
TARGET="$ROOT/keycloak/realm-binhdang.production.json"
DEMO_USERS="$ROOT/keycloak/realm-binhdang.demo-users.json"

generate() { # generate production|demo-users
  python3 - "$SOURCE" "$1" <<'PY'
import json, re, sys

with open(sys.argv[1], encoding="utf-8") as f:
    realm = json.load(f)

if sys.argv[2] == "demo-users":
    people = [u for u in realm.get("users", []) if not u.get("serviceAccountClientId")]
    json.dump({"ifResourceExists": "SKIP", "users": people}, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    sys.exit(0)

realm["sslRequired"] = "external"
realm["users"] = [u for u in realm.get("users", []) if u.get("serviceAccountClientId")]

def secret_variable(client_id):
    name = re.sub(r"^binhdang-", "", client_id)
    return "${BINHDANG_" + re.sub(r"[^A-Za-z0-9]+", "_", name).upper().strip("_") + "_SECRET}"

def public_url(value):
    return re.sub(r"^https?://localhost(:[0-9]+)?", "${BINHDANG_APP_PUBLIC_URL}", value)

def unique(values):
    seen = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen

for client in realm.get("clients", []):
    if "secret" in client:
        client["secret"] = secret_variable(client["clientId"])
    for key in ("redirectUris", "webOrigins"):
        if client.get(key):
            client[key] = unique(public_url(v) for v in client[key])
    attributes = client.get("attributes", {})
    if attributes.get("post.logout.redirect.uris"):
        uris = attributes["post.logout.redirect.uris"].split("##")
        attributes["post.logout.redirect.uris"] = "##".join(unique(public_url(v) for v in uris))
    for key in ("rootUrl", "baseUrl", "adminUrl"):
        if client.get(key):
            client[key] = public_url(client[key])

json.dump(realm, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
PY
}

case "${1:-}" in
  "")
    generate production >"$TARGET.new"
    mv "$TARGET.new" "$TARGET"
    generate demo-users >"$DEMO_USERS.new"
    mv "$DEMO_USERS.new" "$DEMO_USERS"
    echo "wrote ${TARGET#"$ROOT"/} and ${DEMO_USERS#"$ROOT"/}"
    ;;
  --check)
    if ! diff -q <(generate production) "$TARGET" >/dev/null 2>&1 ||
      ! diff -q <(generate demo-users) "$DEMO_USERS" >/dev/null 2>&1; then
      echo "keycloak/realm-binhdang.production.json or realm-binhdang.demo-users.json is not up to date with keycloak/realm-binhdang.json: run scripts/gen-production-realm.sh and commit them" >&2
      exit 1
    fi
    echo "keycloak/realm-binhdang.production.json and realm-binhdang.demo-users.json are up to date"
    ;;
  -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" ;;
  *)
    echo "unknown option: $1 (try --help)" >&2
    exit 2
    ;;
esac
