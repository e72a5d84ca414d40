#!/usr/bin/env bash
# Creates the first administrator of a new installation in realm binhdang (Keycloak Admin REST API):
#   scripts/create-admin.sh --national USERNAME [--email E] [--first-name F] [--last-name L]
#   scripts/create-admin.sh --province CODE USERNAME [--email E] [--first-name F] [--last-name L]
# --national gives realm role national-admin (no scope); --province CODE gives province-admin with
# the attribute province_code=CODE, one of the 34 official province codes (scripts/data/provinces-2025.tsv).
# A temporary password (20 random characters; the realm's policy is length(12) and notUsername and
# notEmail and passwordHistory(3)) is printed once; Keycloak makes the person change it at first login
# (required action UPDATE_PASSWORD). An existing username, an unknown code or a refused request changes
# nothing and exits with a non-zero code.
# Environment: KEYCLOAK_ADMIN_USER, KEYCLOAK_ADMIN_PASSWORD (Keycloak's bootstrap/master-realm
# administrator, required); KEYCLOAK_URL (default http://localhost:8180, docker-compose.yml publishes
# Keycloak there on the server's loopback only).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROVINCES_FILE="$ROOT/scripts/data/provinces-2025.tsv"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
KEYCLOAK_URL="${KEYCLOAK_URL%/}"
REALM="binhdang"

fail() { # fail VIETNAMESE ENGLISH [CODE]
  printf 'LỖI: %s\nERROR: %s\n' "$1" "$2" >&2
  exit "${3:-1}"
}
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

kind="" province="" username="" email="" first_name="" last_name=""
while (($#)); do
  case "$1" in
    --national) kind="national" ;;
    --province)
      kind="province"
      (($# >= 2)) || fail "--province cần mã tỉnh (2 chữ số)." "--province needs a province code (2 digits)." 2
      province="$2"
      shift
      ;;
    --email | --first-name | --last-name)
      (($# >= 2)) || fail "$1 cần một giá trị." "$1 needs a value." 2
      case "$1" in
        --email) email="$2" ;;
        --first-name) first_name="$2" ;;
        --last-name) last_name="$2" ;;
      esac
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    -*) fail "Tùy chọn không hợp lệ: $1 (xem --help)." "Unknown option: $1 (see --help)." 2 ;;
    *)
      [[ -z "$username" ]] || fail "Chỉ được một tên đăng nhập." "Only one username may be given." 2
      username="$1"
      ;;
  esac
  shift
done

[[ -n "$kind" ]] || fail "Cần --national hoặc --province MÃ_TỈNH (xem --help)." "Give --national or --province CODE (see --help)." 2
[[ -n "$username" ]] || fail "Thiếu tên đăng nhập." "The username is missing." 2
# Keycloak stores usernames in lower case; keep them to plain, typeable characters.
username="${username,,}"
[[ "$username" =~ ^[a-z0-9][a-z0-9._-]{2,63}$ ]] ||
  fail "Tên đăng nhập \"$username\" không hợp lệ: 3–64 ký tự a-z, 0-9, dấu chấm, gạch ngang, gạch dưới." \
    "Invalid username \"$username\": 3–64 characters a-z, 0-9, dot, hyphen, underscore." 2
if [[ -n "$email" && ! "$email" =~ ^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$ ]]; then
  fail "Địa chỉ thư điện tử \"$email\" không hợp lệ." "Invalid e-mail address \"$email\"." 2
fi

role="national-admin" province_name=""
if [[ "$kind" == "province" ]]; then
  role="province-admin"
  [[ -f "$PROVINCES_FILE" ]] || fail "Không tìm thấy $PROVINCES_FILE." "$PROVINCES_FILE not found."
  if [[ "$province" =~ ^[0-9]{2}$ ]]; then
    province_name="$(awk -F'\t' -v c="$province" '!/^#/ && $1 == c { print $2 }' "$PROVINCES_FILE")"
  fi
  [[ -n "$province_name" ]] ||
    fail "Mã tỉnh \"$province\" không thuộc 34 tỉnh, thành phố từ 01/7/2025 (2 chữ số, ví dụ 12 là Tỉnh Lai Châu)." \
      "Province code \"$province\" is not one of the 34 official provinces since 1 July 2025 (2 digits, e.g. 12 for Lai Châu)." 2
fi

[[ -n "${KEYCLOAK_ADMIN_USER:-}" && -n "${KEYCLOAK_ADMIN_PASSWORD:-}" ]] ||
  fail "Cần biến môi trường KEYCLOAK_ADMIN_USER và KEYCLOAK_ADMIN_PASSWORD (quản trị viên Keycloak)." \
    "KEYCLOAK_ADMIN_USER and KEYCLOAK_ADMIN_PASSWORD (Keycloak's administrator) must be set." 2
command -v curl >/dev/null || fail "Cần curl." "curl is required."
command -v python3 >/dev/null || fail "Cần python3." "python3 is required."

# --- Keycloak ---------------------------------------------------------------------------------

RESPONSE_BODY="$(mktemp)"
trap 'rm -f "$RESPONSE_BODY"' EXIT

token="$(curl -sS --max-time 20 -o "$RESPONSE_BODY" -w '%{http_code}' \
  --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
  --data-urlencode "username=$KEYCLOAK_ADMIN_USER" --data-urlencode "password=$KEYCLOAK_ADMIN_PASSWORD" \
  "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token")" ||
  fail "Không kết nối được Keycloak tại $KEYCLOAK_URL." "Cannot reach Keycloak at $KEYCLOAK_URL."
[[ "$token" == "200" ]] ||
  fail "Keycloak từ chối đăng nhập quản trị (HTTP $token): kiểm tra KEYCLOAK_ADMIN_USER/KEYCLOAK_ADMIN_PASSWORD." \
    "Keycloak refused the administrator login (HTTP $token): check KEYCLOAK_ADMIN_USER/KEYCLOAK_ADMIN_PASSWORD."
token="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["access_token"])' "$RESPONSE_BODY")"

api() { # api METHOD PATH [JSON] — prints the HTTP status; the body is in $RESPONSE_BODY
  local args=(-sS --max-time 20 -o "$RESPONSE_BODY" -w '%{http_code}' -X "$1"
    -H "Authorization: Bearer $token" "$KEYCLOAK_URL/admin/realms/$REALM$2")
  if (($# >= 3)); then args+=(-H 'Content-Type: application/json' --data-binary "$3"); fi
  curl "${args[@]}" || printf '000'
}

status="$(api GET "/users?exact=true&briefRepresentation=true&username=$username")"
[[ "$status" == "200" ]] || fail "Không đọc được người dùng của realm $REALM (HTTP $status)." "Cannot read the users of realm $REALM (HTTP $status)."
if [[ "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$RESPONSE_BODY")" != "0" ]]; then
  fail "Tên đăng nhập \"$username\" đã tồn tại; không thay đổi gì." "Username \"$username\" already exists; nothing was changed." 3
fi

status="$(api GET "/roles/$role")"
[[ "$status" == "200" ]] || fail "Realm $REALM không có vai trò $role (HTTP $status)." "Realm $REALM has no role $role (HTTP $status)."
role_json="$(cat "$RESPONSE_BODY")"

# 20 characters of [A-Za-z0-9] with at least one of each kind: longer than length(12), never the
# username or the e-mail address, and new to the person (passwordHistory).
password=""
until [[ ${#password} -ge 20 && "$password" =~ [a-z] && "$password" =~ [A-Z] && "$password" =~ [0-9] ]]; do
  password="$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 20 || true)"
done

user_json="$(USERNAME="$username" EMAIL="$email" FIRST="$first_name" LAST="$last_name" \
  PROVINCE="$province" PASSWORD="$password" python3 -c '
import json, os
user = {
    "username": os.environ["USERNAME"],
    "enabled": True,
    "requiredActions": ["UPDATE_PASSWORD"],
    "credentials": [{"type": "password", "value": os.environ["PASSWORD"], "temporary": True}],
    "attributes": {},
}
for key, var in (("email", "EMAIL"), ("firstName", "FIRST"), ("lastName", "LAST")):
    if os.environ[var]:
        user[key] = os.environ[var]
if os.environ["PROVINCE"]:
    user["attributes"]["province_code"] = [os.environ["PROVINCE"]]
print(json.dumps(user))
')"

status="$(api POST /users "$user_json")"
case "$status" in
  201) ;;
  409) fail "Tên đăng nhập hoặc thư điện tử đã có người dùng; không thay đổi gì." "The username or e-mail address is already taken; nothing was changed." 3 ;;
  *) fail "Keycloak không tạo được người dùng (HTTP $status): $(cat "$RESPONSE_BODY")" "Keycloak did not create the user (HTTP $status): $(cat "$RESPONSE_BODY")" ;;
esac

status="$(api GET "/users?exact=true&briefRepresentation=true&username=$username")"
user_id="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' "$RESPONSE_BODY" 2>/dev/null || true)"
[[ "$status" == "200" && -n "$user_id" ]] || fail "Không tìm thấy người dùng vừa tạo." "The new user was not found."

status="$(api POST "/users/$user_id/role-mappings/realm" "[$role_json]")"
if [[ "$status" != "204" ]]; then
  # No administrator without a role: take the new user away again.
  api DELETE "/users/$user_id" >/dev/null
  fail "Không gán được vai trò $role (HTTP $status); người dùng đã bị xóa lại." "Could not grant role $role (HTTP $status); the user was removed again."
fi

scope="không phạm vi / no scope"
[[ -n "$province" ]] && scope="tỉnh / province $province ($province_name)"
cat <<EOF
Đã tạo / Created: $username — $role, $scope
Mật khẩu tạm thời (chỉ hiện một lần) / Temporary password (shown once): $password
Lần đăng nhập đầu tiên phải đổi mật khẩu. / The first login must change it.
EOF
