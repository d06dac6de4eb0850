#!/usr/bin/env bash
# Drives a running tenancy service the way the dashboard does: two users sign up, Alice
# builds an organization with two workspaces, and each user lists what they can see.
# Every step prints a heading, the HTTP status and the response body on one line. The
# script exits with status 1 at the first status or problem code that is not the expected one.
#
# Needs local mode, because tokens come from POST /local/tokens. Users are named after
# RUN_ID (default: time and process id), so repeated runs against one data directory
# never collide.
#
#   BASE_URL  service address (default http://127.0.0.1:8080)
#   RUN_ID    suffix of the users' sub and email (default <UTC time>-<pid>)
#
# Requires bash, curl and python3.
set -euo pipefail

BASE_URL="${BASE_URL:-http://127.0.0.1:8080}"
BASE_URL="${BASE_URL%/}"
RUN_ID="${RUN_ID:-$(date -u +%Y%m%d%H%M%S)-$$}"

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

# Set by each call: the status, the body and the ETag header of the last response.
status=""
body=""
etag=""

fail() {
  echo "walkthrough: $*" >&2
  exit 1
}

# Prints the value at a dotted path (items.0.id) of a JSON document, or nothing when it is missing.
json_field() {
  python3 -c '
import json, sys
value = json.loads(sys.argv[1])
for key in sys.argv[2].split("."):
    if isinstance(value, list) and key.isdigit() and int(key) < len(value):
        value = value[int(key)]
    elif isinstance(value, dict) and key in value:
        value = value[key]
    else:
        sys.exit(0)
print(value if isinstance(value, str) else json.dumps(value))
' "$1" "$2"
}

# Prints the given field of every element of a JSON list at a dotted path, comma-separated.
json_list_field() {
  python3 -c '
import json, sys
value = json.loads(sys.argv[1])
for key in sys.argv[2].split("."):
    value = value[int(key)] if isinstance(value, list) else value[key]
print(", ".join(str(item.get(sys.argv[3])) for item in value))
' "$1" "$2" "$3"
}

# Prints a JSON body on one line. A top-level "token" value is cut short because it is a credential.
compact() {
  python3 -c '
import json, sys
text = sys.stdin.read()
try:
    document = json.loads(text)
except ValueError:
    print(text.strip())
    sys.exit(0)
if isinstance(document, dict) and isinstance(document.get("token"), str):
    document["token"] = document["token"][:12] + "..."
print(json.dumps(document, separators=(",", ":"), ensure_ascii=False))
'
}

# call HEADING EXPECTED_STATUS METHOD PATH TOKEN [JSON_BODY [IF_MATCH]]
# Sends one request, prints it, and stops the script unless the status is EXPECTED_STATUS.
call() {
  local heading="$1" expected="$2" method="$3" path="$4" token="$5" data="${6:-}" if_match="${7:-}"
  local args=(-sS -o "$work_dir/body" -D "$work_dir/headers" -w '%{http_code}' -X "$method"
    --max-time 30 -H 'Accept: application/json')
  if [[ -n "$token" ]]; then
    args+=(-H "Authorization: Bearer $token")
  fi
  if [[ -n "$data" ]]; then
    args+=(-H 'Content-Type: application/json' --data-binary "$data")
  fi
  if [[ -n "$if_match" ]]; then
    args+=(-H "If-Match: $if_match")
  fi

  echo
  echo "== $heading"
  echo "$method $path"
  status="$(curl "${args[@]}" "$BASE_URL$path")" || fail "request to $BASE_URL$path failed; is the service running?"
  body="$(cat "$work_dir/body")"
  etag="$(sed -n 's/^[Ee][Tt][Aa][Gg]: *\(.*\)\r$/\1/p' "$work_dir/headers")"
  echo "-> $status"
  if [[ -n "$body" ]]; then
    compact <<<"$body"
  fi

  if [[ "$status" != "$expected" ]]; then
    fail "$heading: expected HTTP $expected, got $status"
  fi
}

# expect_problem CODE stops the script unless the last response is a problem with this code.
expect_problem() {
  local code
  code="$(json_field "$body" code)"
  [[ "$code" == "$1" ]] || fail "expected problem code $1, got '${code}'"
}

# issue_token NAME sets token to a local-mode token for the user NAME of this run.
issue_token() {
  local name="$1" login
  login="$(tr '[:upper:]' '[:lower:]' <<<"$name")-$RUN_ID"
  call "$name gets a token" 200 POST /local/tokens "" \
    "{\"sub\":\"$login\",\"email\":\"$login@example.com\",\"name\":\"$name\"}"
  token="$(json_field "$body" token)"
  [[ -n "$token" ]] || fail "no token in the response"
}

echo "Walk-through against $BASE_URL, users alice-$RUN_ID and bob-$RUN_ID"

issue_token Alice
alice="$token"
issue_token Bob
bob="$token"

call "Alice signs up" 201 POST /v1/signup "$alice" '{}'
alice_first_org="$(json_field "$body" organization.id)"
call "Bob signs up" 201 POST /v1/signup "$bob" '{}'
bob_org="$(json_field "$body" organization.id)"

call "Alice creates a second organization" 201 POST /v1/organizations "$alice" '{"name":"Acme Robotics"}'
acme="$(json_field "$body" id)"
[[ -n "$acme" ]] || fail "no organization id in the response"

call "Alice creates the workspace Staging" 201 POST "/v1/organizations/$acme/workspaces" "$alice" \
  '{"name":"Staging"}'
call "Alice creates the workspace Production" 201 POST "/v1/organizations/$acme/workspaces" "$alice" \
  '{"name":"Production"}'
production="$(json_field "$body" id)"
production_slug="$(json_field "$body" slug)"
production_etag="$etag"
[[ -n "$production_etag" ]] || fail "the created workspace has no ETag header"

call "Alice renames Production to Production EU" 200 PATCH "/v1/workspaces/$production" "$alice" \
  '{"name":"Production EU"}' "$production_etag"
renamed_slug="$(json_field "$body" slug)"
[[ "$renamed_slug" == "$production_slug" ]] \
  || fail "renaming changed the slug from '$production_slug' to '$renamed_slug'"
echo "(the slug is still $renamed_slug)"

call "Alice tries a second workspace with the slug staging" 409 POST "/v1/organizations/$acme/workspaces" \
  "$alice" '{"name":"Staging 2","slug":"staging"}'
expect_problem slug.taken

call "Bob tries to read Alice's organization" 404 GET "/v1/organizations/$acme" "$bob"
expect_problem organization.not_found
call "Bob tries to list the workspaces of Alice's organization" 404 GET \
  "/v1/organizations/$acme/workspaces" "$bob"
expect_problem organization.not_found

call "Alice's profile" 200 GET /v1/me "$alice"
call "Alice's organizations" 200 GET /v1/organizations "$alice"
echo "(slugs: $(json_list_field "$body" items slug))"
call "Workspaces of Alice's first organization" 200 GET "/v1/organizations/$alice_first_org/workspaces" "$alice"
call "Workspaces of Acme Robotics, as Alice sees them" 200 GET "/v1/organizations/$acme/workspaces" "$alice"
echo "(slugs: $(json_list_field "$body" items slug))"

call "Bob's profile" 200 GET /v1/me "$bob"
call "Bob's organizations" 200 GET /v1/organizations "$bob"
call "Workspaces of Bob's organization" 200 GET "/v1/organizations/$bob_org/workspaces" "$bob"

echo
echo "Walk-through finished: every response had the expected status."
