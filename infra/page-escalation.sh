#!/usr/bin/env bash
# Posts an emergency bypass to the running local stack and follows its page: every escalation step as it fires and
# reaches the SMS gateway (with how late it fired), then an acknowledgement through the signed link that came by
# SMS, then that nothing more comes, then the link used again and an altered link, both refused. It signs in at the
# local stack's identity provider: as the demo hospitals' system to post, as admin to read and set the chain; the
# signed link needs no token.
# Exits 1 if any of that did not happen as it should.
#   ./infra/run-local.sh                                  # in one terminal
#   ./infra/page-escalation.sh                            # in another: the department's own chain (2-minute steps)
#   ./infra/page-escalation.sh --chain=short              # 20-second steps for this run, the chain put back after
#   ./infra/page-escalation.sh --acknowledge-after-step=3 # acknowledge later (0: the first page itself)
# SCHEDULER_URL, NOTIFIER_URL, GATEWAY_URL and TOKEN_URL aim elsewhere. Needs bash, curl, grep, sed and GNU date.
set -uo pipefail
scheduler=${SCHEDULER_URL:-http://localhost:8080}
notifier=${NOTIFIER_URL:-http://localhost:8081}
gateway=${GATEWAY_URL:-http://localhost:8025}
token_url=${TOKEN_URL:-http://127.0.0.1:8090/token}
hospital=${HOSPITAL_ID:-demo-general}
department=${DEPARTMENT_ID:-demo-cardiac}
ack_after=2
chain=department
for arg in "$@"; do
  case $arg in
    --chain=short) chain=short ;;
    --acknowledge-after-step=*) ack_after=${arg#*=} ;;
    *) echo "unknown option $arg (see the top of $0)"; exit 2 ;;
  esac
done
uuid() { cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen | tr 'A-Z' 'a-z'; }
field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; } # first string value of a field
failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }
policy="$notifier/api/v1/departments/$department/escalation-policies/EMERGENCY"
token() { curl -s -d "username=$1" "$token_url" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p'; }
admin_token=$(token admin)
hospital_token=$(token hospital)
[ -n "$admin_token" ] && [ -n "$hospital_token" ] \
  || { echo "could not get tokens from $token_url (is the local stack running?)"; exit 1; }
api() { curl -s -H "Authorization: Bearer $admin_token" "$@"; } # an API call as admin

case $ack_after in ''|*[!0-9]*) echo "--acknowledge-after-step takes a step number (0: the page itself)"; exit 2 ;; esac
if [ "$chain" = short ]; then
  chain_before=$(api -f "$policy") || { echo "could not read the chain at $policy"; exit 1; }
  api -f -X PUT "$policy" -H 'Content-Type: application/json' -d '[{"target":"PAGED","after":"PT20S"},
    {"target":"SECOND_CALL","after":"PT20S"},{"target":"CHIEF","after":"PT20S"}]' > /dev/null \
    || { echo "could not set the short chain at $policy"; exit 1; }
  trap 'api -X PUT "$policy" -H "Content-Type: application/json" -d "$chain_before" > /dev/null;
    echo "(the department chain is back to $chain_before)"' EXIT
fi
echo "Escalation chain for $department, EMERGENCY: $(api "$policy")"

event=$(uuid)
case_id=EMERG-$(date +%s)
posted=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$scheduler/api/v1/case-events" \
  -H "Authorization: Bearer $hospital_token" -H 'Content-Type: application/json' --data-binary "{\"type\":\"EmergencyBypassRequested\",\"eventId\":\"$event\",
  \"occurredAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"source\":\"page-escalation-check\",\"hospitalId\":\"$hospital\",
  \"departmentId\":\"$department\",\"schemaVersion\":1,\"caseId\":\"$case_id\",\"procedureType\":\"EMERGENCY_CPB\",
  \"requiredCompetency\":\"ADULT_CPB\",\"location\":\"CATH-LAB-2\",\"expectedDurationMinutes\":240,
  \"hospitalTimeZone\":\"America/New_York\"}")
[ "$posted" = 202 ] || { echo "the emergency was not taken: HTTP $posted"; exit 1; }
echo "$(date -u +%T) emergency $case_id posted (event $event)"

page=
for _ in $(seq 60); do
  page=$(api "$notifier/api/v1/departments/$department/pages" \
    | grep -o "\"id\":\"[^\"]*\",\"kind\":\"EMERGENCY\",\"causationEventId\":\"$event\"" | cut -d'"' -f4)
  [ -n "$page" ] && break
  sleep 1
done
[ -n "$page" ] || { echo "no page was opened for the emergency within 60 s"; exit 1; }
echo "$(date -u +%T) page $page opened: $notifier/api/v1/pages/$page (with a manager's or admin's token)"

# Prints each step as it fires and each message as it reaches the gateway. Returns 0 once step $1 has fired (0: the
# page itself) and every message paged so far was delivered; 1 after $2 seconds.
declare -A seen
paged=0      # steps that paged someone (skipped ones do not)
delivered=0  # messages delivered, the page's own included
follow() {
  local until_step=$1 deadline=$(( $(date +%s) + $2 )) detail reached
  while [ "$(date +%s)" -lt "$deadline" ]; do
    detail=$(api "$notifier/api/v1/pages/$page")
    reached=$([ "$until_step" = 0 ] && echo 1 || echo 0)
    while read -r step; do
      [ -z "$step" ] && continue
      local json due fired outcome
      json=$(printf '%s' "$detail" | grep -o "{\"step\":$step,[^}]*}")
      fired=$(printf '%s' "$json" | field firedAt)
      [ -z "$fired" ] && continue
      [ "$step" = "$until_step" ] && reached=1
      [ -n "${seen[step$step]:-}" ] && continue
      seen[step$step]=1
      due=$(printf '%s' "$json" | field dueAt)
      outcome=$(printf '%s' "$json" | field outcome)
      case $outcome in paged*) paged=$((paged + 1)) ;; esac
      printf '%s step %s due %s fired %s (%s ms late): %s\n' "$(date -u +%T)" "$step" "${due:11:8}" \
        "${fired:11:12}" "$(( ($(date -d "$fired" +%s%N) - $(date -d "$due" +%s%N)) / 1000000 ))" "$outcome"
    done < <(printf '%s' "$detail" | grep -o '"step":[0-9]*' | cut -d: -f2)
    while read -r line; do
      local notification channel person sms
      notification=$(printf '%s' "$line" | field notificationId)
      [ -z "$notification" ] || [ -n "${seen[$notification]:-}" ] && continue
      seen[$notification]=1
      channel=$(printf '%s' "$line" | field channel)
      person=$(printf '%s' "$line" | field perfusionistId)
      sms=$(curl -s "$gateway/$(printf '%s' "$channel" | tr 'A-Z' 'a-z')?notificationId=$notification")
      printf '%s   delivered by %s to %s, at the gateway %s: %s\n' "$(date -u +%T)" "$channel" "$person" \
        "$(printf '%s' "$sms" | field receivedAt | cut -c12-23)" "$(printf '%s' "$sms" | field text | cut -c1-70)..."
      link=$(printf '%s' "$sms" | field ackUrl)
      [ -n "$link" ] && last_link=$link
      delivered=$((delivered + 1))
    done < <(printf '%s' "$detail" | grep -o '{[^{}]*"action":"DELIVERED"[^{}]*}')
    [ "$reached" = 1 ] && [ "$delivered" -ge $((paged + 1)) ] && return 0
    sleep 1
  done
  return 1
}
total=$(api "$notifier/api/v1/pages/$page" | grep -o '"step":[0-9]*' | wc -l)
[ "$ack_after" -le "$total" ] || { echo "--acknowledge-after-step=$ack_after: the chain has $total steps"; exit 2; }
wait_s=$(( 60 + 400 * (ack_after > total ? total : ack_after) ))
follow "$ack_after" "$wait_s" || fail "step $ack_after was not delivered within $wait_s s"

[ -n "${last_link:-}" ] || { fail "no acknowledgement link reached the SMS gateway"; exit 1; }
echo "$(date -u +%T) acknowledging through the signed link of the last message: $last_link"
answer() { curl -s -w '\n%{http_code}' "$1"; } # the signed link is its own credential: no token
first=$(answer "$last_link")
printf '  HTTP %s: %s\n' "${first##*$'\n'}" "$(printf '%s' "$first" | grep -o 'data-kind="[^"]*">[^<]*' | cut -d'>' -f2)"
[ "${first##*$'\n'}" = 200 ] || fail "the link did not acknowledge the page"

next_due=$(api "$notifier/api/v1/pages/$page" | grep -o "{\"step\":$((ack_after + 1)),[^}]*}" | field dueAt)
if [ -n "$next_due" ]; then quiet=$(( $(date -d "$next_due" +%s) - $(date +%s) + 10 )); else quiet=10; fi
[ "$quiet" -gt 0 ] || quiet=10
echo "$(date -u +%T) waiting ${quiet} s, past the time the next step was due, to see that nothing more comes ..."
before=$delivered
follow 999 "$quiet"
detail=$(api "$notifier/api/v1/pages/$page")
[ "$delivered" = "$before" ] || fail "a message was delivered after the acknowledgement"
printf '  page status: %s by %s via %s\n' "$(printf '%s' "$detail" | field status)" \
  "$(printf '%s' "$detail" | field acknowledgedBy)" "$(printf '%s' "$detail" | field acknowledgedVia)"
printf '%s' "$detail" | grep -q '"status":"ACKNOWLEDGED"' || fail "the page is not ACKNOWLEDGED"
printf '%s' "$detail" | grep -o '"outcome":"cancelled[^"]*"' | sort | uniq -c | sed 's/^/  steps /'

again=$(answer "$last_link")
printf '%s the same link again: HTTP %s: %s\n' "$(date -u +%T)" "${again##*$'\n'}" \
  "$(printf '%s' "$again" | grep -o 'data-kind="[^"]*">[^<]*' | cut -d'>' -f2)"
[ "${again##*$'\n'}" = 409 ] || fail "the link worked twice"
token=${last_link##*/ack/}
pos=$(( ${#token} - 10 ))
swap=$([ "${token:$pos:1}" = Q ] && echo A || echo Q)
altered="${last_link%/ack/*}/ack/${token:0:$pos}$swap${token:$((pos + 1))}"
bad=$(answer "$altered")
printf '%s an altered link: HTTP %s: %s\n' "$(date -u +%T)" "${bad##*$'\n'}" \
  "$(printf '%s' "$bad" | grep -o 'data-kind="[^"]*">[^<]*' | cut -d'>' -f2)"
[ "${bad##*$'\n'}" = 400 ] || fail "an altered link was not refused"

if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "All as expected: the steps came in order, the link stopped them, and reuse and tampering were refused."
