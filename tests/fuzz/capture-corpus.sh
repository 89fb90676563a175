#!/usr/bin/env bash
# Captures seed inputs from the sandbox's real answers into tests/fuzz/corpus/<target>/:
# list, create and error bodies of every provider, IAM XML, and a signed request's headers.
# Usage: tests/fuzz/capture-corpus.sh BUILD_DIR   (needs BUILD_DIR/app/keywarden-sandbox, curl)
# The secrets in the answers are the sandbox's throwaways; the sandbox is stopped at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:?usage: capture-corpus.sh BUILD_DIR}"
corpus="$here/corpus"
out="$(mktemp)"
"$build/app/keywarden-sandbox" --port 0 --samples 3 >"$out" 2>&1 &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 50); do grep -q '^KEYWARDEN_SANDBOX_WASABI_IAM_REGION=' "$out" && break; sleep 0.1; done
# shellcheck disable=SC1090
source <(grep '^KEYWARDEN_SANDBOX_' "$out" | sed 's/^/export /')

save() { # target name: stdin into corpus/<target>/<name>
    mkdir -p "$corpus/$1"
    cat >"$corpus/$1/$2"
}
get() { curl -s --max-time 5 "$@"; }

w="$KEYWARDEN_SANDBOX_WAYSCLOUD_URL" wt="Authorization: Bearer $KEYWARDEN_SANDBOX_WAYSCLOUD_TOKEN"
get -H "$wt" "$w/v1/account/api-keys" | save wayscloud_json list.json
get -H "$wt" -H 'Content-Type: application/json' -d '{"name":"Backups","description":"Backups","service":"storage","ip_whitelist":[]}' \
    "$w/v1/account/api-keys/service" | save wayscloud_json create-service.json
get -H "$wt" -H 'Content-Type: application/json' -d '{"name":"Multi","description":"","scopes":["llm:read","llm:write","dns:read"],"ip_whitelist":["203.0.113.0/24"]}' \
    "$w/v1/account/api-keys/pat" | save wayscloud_json create-pat.json
get -H "$wt" -H 'Content-Type: application/json' -d '{"name":"","service":"nope"}' \
    "$w/v1/account/api-keys/service" | save wayscloud_json error-validation.json
get -H 'Authorization: Bearer wrong' "$w/v1/account/api-keys" | save wayscloud_json error-auth.json

s="$KEYWARDEN_SANDBOX_SCALEWAY_URL" st="X-Auth-Token: $KEYWARDEN_SANDBOX_SCALEWAY_TOKEN"
org="organization_id=$KEYWARDEN_SANDBOX_SCALEWAY_ORGANIZATION_ID"
get -H "$st" "$s/iam/v1alpha1/api-keys?$org" | save scaleway_json list.json
get -H "$st" "$s/iam/v1alpha1/users?$org" | save scaleway_json users.json
get -H "$st" "$s/iam/v1alpha1/applications?$org" | save scaleway_json applications.json
get -H "$st" "$s/account/v3/projects?$org" | save scaleway_json projects.json
app="$(grep -o '"id":"[^"]*"' "$corpus/scaleway_json/applications.json" | head -1 | cut -d'"' -f4)"
get -H "$st" -H 'Content-Type: application/json' -d "{\"application_id\":\"$app\",\"description\":\"Backups\",\"expires_at\":\"2031-01-01T00:00:00.000Z\"}" \
    "$s/iam/v1alpha1/api-keys" | save scaleway_json create.json
get -H "$st" -H 'Content-Type: application/json' -d '{"application_id":"not-a-uuid"}' \
    "$s/iam/v1alpha1/api-keys" | save scaleway_json error-invalid-arguments.json
get -H "$st" "$s/iam/v1alpha1/api-keys/SCW00000000000000000" | save scaleway_json error-not-found.json
get -H 'X-Auth-Token: 00000000-0000-4000-8000-000000000000' "$s/iam/v1alpha1/api-keys?$org" \
    | save scaleway_json error-denied.json

c="$KEYWARDEN_SANDBOX_COREWEAVE_URL" ct="Authorization: Bearer $KEYWARDEN_SANDBOX_COREWEAVE_TOKEN"
get -H "$ct" "$c/v1/cwobject/access-key" | save coreweave_json list.json
get -H "$ct" -H 'Content-Type: application/json' -d '{"durationSeconds":3600,"attributes":{"name":"Backups"}}' \
    "$c/v1/cwobject/access-key" | save coreweave_json create-temporary.json
get -H "$ct" -H 'Content-Type: application/json' -d '{"durationSeconds":0}' \
    "$c/v1/cwobject/access-key" | save coreweave_json create-permanent.json
get -H "$ct" -H 'Content-Type: application/json' -d '{"durationSeconds":99999999}' \
    "$c/v1/cwobject/access-key" | save coreweave_json error-duration.json
get -H 'Authorization: Bearer wrong' "$c/v1/cwobject/access-key" | save coreweave_json error-auth.json

a="$KEYWARDEN_SANDBOX_WASABI_AIR_URL" at="Authorization: Bearer $KEYWARDEN_SANDBOX_WASABI_AIR_TOKEN"
get -H "$at" "$a/api/data/api-keys" | save wasabiair_json list.json
get -H "$at" -H 'Content-Type: application/json' -d '{"name":"Backups"}' "$a/api/data/api-keys" \
    | save wasabiair_json create.json
id="$(grep -o '"id":"[^"]*"' "$corpus/wasabiair_json/create.json" | head -1 | cut -d'"' -f4)"
get -X PATCH -H "$at" -H 'Content-Type: application/json' -d '{"active":false}' "$a/api/data/api-keys/$id" \
    | save wasabiair_json patch.json
get -X DELETE -H "$at" "$a/api/data/api-keys/$id" | save wasabiair_json delete.json
get -H 'Authorization: Bearer wrong' "$a/api/data/api-keys" | save wasabiair_json error-auth.json
printf '%s' "$KEYWARDEN_SANDBOX_WASABI_AIR_TOKEN" | save jwt token-foreign-signer.txt

i="$KEYWARDEN_SANDBOX_WASABI_IAM_URL"
sig=(--aws-sigv4 "aws:amz:us-east-1:iam" --user "$KEYWARDEN_SANDBOX_WASABI_IAM_TOKEN")
form() { get "${sig[@]}" -H 'Content-Type: application/x-www-form-urlencoded' -d "$1&Version=2010-05-08" "$i/"; }
form 'Action=ListAccessKeys' | save wasabiiam_xml list-access-keys.xml
form 'Action=ListUsers' | save wasabiiam_xml list-users.xml
form 'Action=CreateAccessKey' | save wasabiiam_xml create-access-key.xml
form 'Action=GetUser' | save wasabiiam_xml get-user.xml
form 'Action=DeleteAccessKey&AccessKeyId=AKIAIOSFODNN7EXAMPLE' | save wasabiiam_xml error-no-such-entity.xml
get -d 'Action=ListUsers&Version=2010-05-08' "$i/" | save wasabiiam_xml error-unsigned.xml
# The request as the sandbox receives it (request line, headers, blank line, body): what curl
# sent for a signed IAM call, the input of the sandbox_request target.
body='Action=ListUsers&Version=2010-05-08'
{ get -v "${sig[@]}" -H 'Content-Type: application/x-www-form-urlencoded' -d "$body" "$i/?x=1&y=a%2Fb" \
      2>&1 >/dev/null | grep '^> ' | sed 's/^> //' | tr -d '\r'; printf '%s' "$body"; } \
    | save sandbox_request signed-iam.txt
