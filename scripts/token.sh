#!/usr/bin/env bash
# Prints an access token of realm binhdang, for trying the API with curl:
#   scripts/token.sh USERNAME [PASSWORD]   a demo user (password demo), through the same
#                                          authorization-code + PKCE login as the SPA (binhdang-spa)
#   scripts/token.sh --machine             the province's machine client (client credentials)
# e.g. curl -H "Authorization: Bearer $(scripts/token.sh quantri.binhlu)" localhost:8080/api/v1/me
# Keycloak: BINHDANG_KEYCLOAK_URL (default http://localhost:8180).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

OIDC="$BINHDANG_REALM_URL/protocol/openid-connect"

access_token() { # reads a token response on stdin
  local body
  body="$(cat)"
  local token
  token="$(printf '%s' "$body" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
  [[ -n "$token" ]] || die "no access token in Keycloak's answer: $body"
  printf '%s\n' "$token"
}

case "${1:-}" in
  "" | -h | --help)
    print_usage "$0"
    exit 0
    ;;
  --machine)
    curl -fsS -u binhdang-province-pull:demo-province-secret -d grant_type=client_credentials \
      "$OIDC/token" | access_token
    exit 0
    ;;
esac

user="$1"
password="${2:-demo}"
redirect="http://localhost:5173/"
redirect_encoded="http%3A%2F%2Flocalhost%3A5173%2F"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT

verifier="$(head -c 48 /dev/urandom | base64 | tr -d '=+/\n' | cut -c1-64)"
challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')"

page="$(curl -fsS -c "$jar" -b "$jar" \
  "$OIDC/auth?client_id=binhdang-spa&response_type=code&scope=openid&redirect_uri=$redirect_encoded&code_challenge=$challenge&code_challenge_method=S256&state=cli&nonce=cli")"
action="$(printf '%s' "$page" | grep -o 'action="[^"]*"' | head -n 1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')"
[[ -n "$action" ]] || die "Keycloak did not show its login form"

location="$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode "username=$user" --data-urlencode "password=$password" "$action")"
code="$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')"
[[ -n "$code" ]] || die "login of $user failed (wrong username or password?)"

curl -fsS -d grant_type=authorization_code -d client_id=binhdang-spa -d "code=$code" \
  --data-urlencode "redirect_uri=$redirect" -d "code_verifier=$verifier" "$OIDC/token" | access_token
