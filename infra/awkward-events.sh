#!/usr/bin/env bash
# Posts a stream of awkward case events to a running scheduler (the local stack by default) and shows what became
# of each: refused at the door (400, with the fields), or taken (202) and then APPLIED, STALE, PARKED or REJECTED
# with the reason, read back from GET /api/v1/case-events/{eventId}. Exits 1 if any event is unaccounted for.
#   ./infra/run-local.sh            # in one terminal
#   ./infra/awkward-events.sh       # in another; SCHEDULER_URL=http://host:port to aim elsewhere
# It posts and reads back as the demo hospitals' scheduling system, signed in at the local stack's identity provider
# (TOKEN_URL to aim elsewhere). Needs bash, curl, sed and GNU date. Case ids are new on every run, so it can be run
# again and again.
set -uo pipefail
url=${SCHEDULER_URL:-http://localhost:8080}
token_url=${TOKEN_URL:-http://127.0.0.1:8090/token}
hospital=${HOSPITAL_ID:-demo-general}
department=${DEPARTMENT_ID:-demo-cardiac}
run=$(date +%s)
day=$(date -u -d '+2 days' +%Y-%m-%d)
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
earlier=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)
later=$(date -u -d '+1 minute' +%Y-%m-%dT%H:%M:%SZ)
uuid() { cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen | tr 'A-Z' 'a-z'; }
token=$(curl -s -d username=hospital "$token_url" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "could not get a token from $token_url (is the local stack running?)"; exit 1; }

taken=()     # "label|eventId" of every 202
failures=0

envelope() { # type eventId occurredAt caseId
  printf '"type":"%s","eventId":"%s","occurredAt":"%s","source":"awkward-check","hospitalId":"%s","departmentId":"%s","schemaVersion":1,"caseId":"%s"' \
    "$1" "$2" "$3" "$hospital" "$department" "$4"
}
plan() { # start minutes
  printf '"procedureType":"CABG","requiredCompetency":"ADULT_CPB","orRoom":"OR-2","plannedStart":"%sT%s:00Z","plannedDurationMinutes":%s,"hospitalTimeZone":"America/New_York"' \
    "$day" "$1" "$2"
}

post() { # label body [expected eventId]
  local label=$1 body=$2 id=${3:-}
  local answer code
  answer=$(curl -s -w '\n%{http_code}' -X POST "$url/api/v1/case-events" -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $token" --data-binary "$body")
  code=${answer##*$'\n'}
  if [ "$code" = 202 ]; then
    taken+=("$label|$id")
  elif [ "$code" = 400 ]; then
    local fields
    fields=$(printf '%s' "${answer%$'\n'*}" | grep -o '"field":"[^"]*"' | cut -d'"' -f4 | paste -sd, -)
    printf '%-44s %-4s %-9s %s\n' "$label" "$code" "REFUSED" "at the door, fields: ${fields:-?}"
  else
    printf '%-44s %-4s %-9s %s\n' "$label" "$code" "??" "unexpected answer: ${answer%$'\n'*}"
    failures=$((failures + 1))
  fi
}

printf '%-44s %-4s %-9s %s\n' "event" "HTTP" "status" "reason"
c=AWK-$run
a=$(uuid); body="{$(envelope CaseScheduled "$a" "$now" "$c-1"),$(plan 13:00 120)}"
post "booking" "$body" "$a"
post "the same booking again (same eventId)" "$body" "$a"
b=$(uuid); post "a move older than the booking (stale)" \
  "{$(envelope CaseRescheduled "$b" "$earlier" "$c-1"),$(plan 15:00 120)}" "$b"
d=$(uuid); post "a cancellation before its booking" "{$(envelope CaseCancelled "$d" "$later" "$c-2")}" "$d"
e=$(uuid); post "... then the booking it cancels" "{$(envelope CaseScheduled "$e" "$now" "$c-2"),$(plan 16:00 90)}" "$e"
f=$(uuid); post "a move of a case never booked" "{$(envelope CaseRescheduled "$f" "$now" "$c-3"),$(plan 18:00 60)}" "$f"
g=$(uuid); post "a start of a case never booked" \
  "{$(envelope CaseStarted "$g" "$now" "$c-4"),\"startedAt\":\"$now\"}" "$g"
h=$(uuid); post "a start" "{$(envelope CaseScheduled "$h" "$earlier" "$c-5"),$(plan 08:00 60)}" "$h"
i=$(uuid); post "... started" "{$(envelope CaseStarted "$i" "$now" "$c-5"),\"startedAt\":\"$now\"}" "$i"
j=$(uuid); post "... ended before the stored start" \
  "{$(envelope CaseEnded "$j" "$later" "$c-5"),\"startedAt\":\"$earlier\",\"endedAt\":\"$earlier\"}" "$j"
k=$(uuid); post "an emergency bypass" "{$(envelope EmergencyBypassRequested "$k" "$now" "$c-E"),\"procedureType\":\"EMERGENCY_CPB\",\"requiredCompetency\":\"ADULT_CPB\",\"location\":\"CATH-LAB-2\",\"expectedDurationMinutes\":120,\"hospitalTimeZone\":\"America/New_York\"}" "$k"
post "an end before its own start" \
  "{$(envelope CaseEnded "$(uuid)" "$now" "$c-6"),\"startedAt\":\"$now\",\"endedAt\":\"$earlier\"}"
post "an unknown hospital" "$(printf '%s' "{$(envelope CaseScheduled "$(uuid)" "$now" "$c-7"),$(plan 13:00 60)}" \
  | sed "s/\"hospitalId\":\"$hospital\"/\"hospitalId\":\"nowhere-general\"/")"
post "a patient's name slipped in" "{$(envelope CaseScheduled "$(uuid)" "$now" "$c-8"),$(plan 13:00 60),\"patientName\":\"X\"}"
post "no eventId, no caseId" '{"type":"CaseCancelled","occurredAt":"'"$now"'","source":"awkward-check","hospitalId":"'"$hospital"'","departmentId":"'"$department"'","schemaVersion":1}'
post "an unknown type" "{$(envelope CaseTeleported "$(uuid)" "$now" "$c-9")}"
post "not JSON at all" '{"type": "CaseScheduled", "eventId": '

# Every event taken must have an outcome within 60 s.
for entry in "${taken[@]}"; do
  label=${entry%%|*} id=${entry##*|}
  status="" reason=""
  for _ in $(seq 1 120); do
    answer=$(curl -s -H "Authorization: Bearer $token" "$url/api/v1/case-events/$id")
    status=$(printf '%s' "$answer" | grep -o '"status":"[A-Z]*"' | head -1 | cut -d'"' -f4)
    reason=$(printf '%s' "$answer" | grep -o '"reason":"[^"]*"' | head -1 | cut -d'"' -f4)
    [ -n "$status" ] && [ "$status" != PENDING ] && break
    sleep 0.5
  done
  if [ -z "$status" ] || [ "$status" = PENDING ]; then
    failures=$((failures + 1))
    status="MISSING"
  fi
  printf '%-44s %-4s %-9s %s\n' "$label" 202 "$status" "$reason"
done
echo
echo "Refused records of $department (with a manager's token: username=chief):" \
  "$url/api/v1/rejected-events?departmentId=$department"
if [ "$failures" -gt 0 ]; then
  echo "$failures event(s) unaccounted for" >&2
  exit 1
fi
echo "Every event accounted for."
