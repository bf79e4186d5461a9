#!/usr/bin/env bash
# Load benchmark of POST /api/v1/reports over HTTP with the production auth path (RS256 JWT
# signed by a key made here), PostgreSQL on this machine, and PostgreSQL's own single-row
# insert rate (pgbench, 1 KB rows, same client count) as the machine's ceiling.
#
# Two measured phases on the same warm application:
#  1. the most it takes: wrk, N connections sending as fast as answers come back;
#  2. the target rate: wrk again, its requests paced to BENCH_RATE (1 000) reports/s in all, evenly
#     spaced, so the latency is that of the service at the target load, not of a saturated queue.
#
# Usage: bench/report-load.sh [duration-seconds] [connections]
# Needs: wrk, pgbench, openssl, a PostgreSQL on 127.0.0.1:5432 reachable as $PGUSER
# (default postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-60}
CONNECTIONS=${2:-32}
PORT=${BENCH_PORT:-18181}
PGUSER=${PGUSER:-postgres}
RATE=${BENCH_RATE:-1000}
DB=sirtdesk_bench
WORK=$(mktemp -d)
trap 'if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

for tool in wrk pgbench openssl psql; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install wrk postgresql-client openssl)"; exit 1; }
done

psql -q -h 127.0.0.1 -U "$PGUSER" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

# A signing key and a token for a reporter, as an identity provider would issue them.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/pub.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"bench-reporter","roles":["REPORTER"],"aud":"sirtdesk","iat":%d,"exp":%d}' \
  "$(date +%s)" "$(( $(date +%s) + 7200 ))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)
TOKEN="$header.$payload.$signature"

[ -f incident-api/target/sirtdesk.jar ] || ./mvnw -B -q -DskipTests -Dspotless.check.skip=true install
AXONIQ_UPDATE_CHECKER_DISABLED=true java -Xms512m -Xmx1g ${BENCH_JAVA_OPTS:-} -Daxoniq.update-checker.disabled=true \
  -jar incident-api/target/sirtdesk.jar \
  --spring.profiles.active=postgres \
  --server.port="$PORT" --server.address=127.0.0.1 \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
  --spring.datasource.username="$PGUSER" --spring.datasource.password= \
  --spring.security.oauth2.resourceserver.jwt.public-key-location="file:$WORK/pub.pem" \
  --spring.security.oauth2.resourceserver.jwt.audiences=sirtdesk \
  --logging.level.root=WARN ${BENCH_APP_ARGS:-} > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { cat "$WORK/app.log"; exit 1; }

# A realistic report, the same body for both load generators.
cat > "$WORK/body.json" <<'JSON'
{"title":"Suspicious mail opened","description":"A mail with a macro attachment was opened on PC-1234; the user disconnected the network cable.","awareAt":"2026-05-01T09:30:00+09:00","category":"PHISHING","affectedSystems":["PC-1234"],"personalData":{"involved":"UNKNOWN"},"cyberAttackSuspected":"YES","department":"総務課"}
JSON
cat > "$WORK/report.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = [[$(cat "$WORK/body.json")]]
local errors = 0
response = function(status, headers, body)
  if status ~= 201 then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n") end
  end
end
LUA
# The paced run: each of wrk's two threads sends at half the rate, one request every interval, on
# whichever of its connections is free; a request that could not be sent on time goes at once.
cat "$WORK/report.lua" - > "$WORK/paced.lua" <<LUA
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } sirtdesk_timespec;
int clock_gettime(int clock, sirtdesk_timespec *now);
]]
local clock = ffi.new("sirtdesk_timespec")
local function millis()
  ffi.C.clock_gettime(1, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1000000
end
local interval = 2 * 1000 / $RATE
local next_send = nil
delay = function()
  local now = millis()
  next_send = (next_send or now) + interval
  return math.max(0, next_send - now)
end
LUA

# Warm-up: long enough for the JIT compilers to finish with the request path, so the run measures
# the service as it runs in production. Under this load on two cores the C2 compiler was still busy
# after 100 s and done by 120 s (top -H, docs/benchmarks.md); with 10 s it took a sixth of the CPU
# of the measured run.
WARMUP=${BENCH_WARMUP:-120}
echo "== warm-up (${WARMUP} s)"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/report.lua" "http://127.0.0.1:$PORT/api/v1/reports" >/dev/null
# CPU time (user + system, in clock ticks) of the application, of every PostgreSQL process, and of the
# whole machine, so the run also tells what one report costs against the machine's budget.
app_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
pg_ticks() {
  local sum=0 pid
  for pid in $(pgrep -x postgres); do sum=$((sum + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
  echo "$sum"
}
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
reports_stored() { psql -tA -h 127.0.0.1 -U "$PGUSER" -d "$DB" -c "SELECT count(*) FROM domainevententry"; }

# Runs wrk with a script for the measured time and prints what it stored and the CPU per report.
measure() {
  local script=$1 output=$2
  local before_reports before_app before_pg before_busy reports
  before_reports=$(reports_stored); before_app=$(app_ticks); before_pg=$(pg_ticks); before_busy=$(busy_ticks)
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$script" \
    "http://127.0.0.1:$PORT/api/v1/reports" | tee "$output"
  reports=$(($(reports_stored) - before_reports))
  per_report() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v n="$reports" 'BEGIN {printf "%.2f", t * 1000 / hz / n}'; }
  echo "reports stored: $reports ($(awk -v n="$reports" -v d="$DURATION" 'BEGIN {printf "%.0f", n / d}')/s)"
  echo "CPU per report: application $(per_report $(($(app_ticks) - before_app))) ms," \
    "PostgreSQL $(per_report $(($(pg_ticks) - before_pg))) ms, whole machine $(per_report $(($(busy_ticks) - before_busy))) ms" \
    "(1 000 reports/s on $(nproc) cores leave $(nproc).0 ms per report)"
}

echo "== POST /api/v1/reports, $CONNECTIONS connections, ${DURATION}s"
measure "$WORK/report.lua" "$WORK/wrk.txt"
events=$(psql -tA -h 127.0.0.1 -U "$PGUSER" -d "$DB" -c "SELECT count(*) FROM domainevententry")
projected=$(psql -tA -h 127.0.0.1 -U "$PGUSER" -d "$DB" -c "SELECT count(*) FROM incident_summary")
echo "events stored: $events, incidents projected: $projected"

echo "== POST /api/v1/reports at $RATE reports/s, $CONNECTIONS connections, ${DURATION}s"
measure "$WORK/paced.lua" "$WORK/paced.txt"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=

echo "== PostgreSQL ceiling: pgbench single-row inserts of 1 KB, $CONNECTIONS clients, ${DURATION}s"
psql -q -h 127.0.0.1 -U "$PGUSER" -d "$DB" -c "CREATE TABLE bench_rows (id bigserial PRIMARY KEY, payload bytea NOT NULL)"
echo "INSERT INTO bench_rows (payload) VALUES (convert_to(repeat('x', 1024), 'UTF8'));" > "$WORK/insert.sql"
pgbench -n -h 127.0.0.1 -U "$PGUSER" -c "$CONNECTIONS" -j 2 -T "$DURATION" -f "$WORK/insert.sql" "$DB" | tee "$WORK/pgbench.txt"

rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
tps=$(awk '/^tps/ {print $3}' "$WORK/pgbench.txt")
echo "== summary: reports/s=$rps pgbench-inserts/s=$tps ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN {printf "%.2f", a/b}')" \
  "(the run at $RATE reports/s is above)"
psql -q -h 127.0.0.1 -U "$PGUSER" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
