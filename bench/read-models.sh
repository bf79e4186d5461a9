#!/usr/bin/env bash
# Read-model benchmark on PostgreSQL: one incident is worked through the HTTP API, its events are
# cloned in SQL into N incidents (default 100000; ~20 events each, ~2M events), then
#   1. the three query-side projections are rebuilt from the store (events/s; bulk replay, ADR 10),
#   2. incident list page, deadline board and one timeline are timed (p50/p99 of 200 calls),
#   3. the compliance export of all records is timed, with the JVM heap before and after.
#
# Usage: bench/read-models.sh [incidents]
# Needs: curl, psql, a PostgreSQL on 127.0.0.1:5432 reachable as $PGUSER (default postgres), and
# incident-api/target/sirtdesk.jar (./mvnw -B -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
PORT=${BENCH_PORT:-18182}
PGUSER=${PGUSER:-postgres}
DB=sirtdesk_bench_rm_$N
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$PGUSER" -d "$DB" -At)
trap 'stop_app; rm -rf "$WORK"' EXIT

stop_app() { if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi; }
start_app() {
  AXONIQ_UPDATE_CHECKER_DISABLED=true java ${HEAP:--Xms512m -Xmx1g} ${BENCH_JAVA_OPTS:-} -Daxoniq.update-checker.disabled=true \
    -jar incident-api/target/sirtdesk.jar --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password= \
    --logging.level.root=WARN --logging.level.org.sirtdesk.api.config.ReadModelRebuild=INFO \
    ${BENCH_APP_ARGS:-} > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 "${BENCH_START_TIMEOUT:-1800}"); do curl -sf "$BASE/actuator/health" >/dev/null && return 0; sleep 1; done
  cat "$WORK/app.log"; exit 1
}
post() { curl -sf -u "$1" -H 'Content-Type: application/json' -d "$3" "$BASE$2"; }
timed() { # user path runs -> p50 p99 in ms
  for _ in $(seq 1 "$3"); do curl -s -o /dev/null -w '%{time_total}\n' -u "$1" "$BASE$2"; done |
    sort -n | awk '{a[NR]=$1} END {printf "p50 %.1f ms, p99 %.1f ms\n", a[int(NR*0.5)]*1000, a[int(NR*0.99)]*1000}'
}

# BENCH_REUSE=1 keeps a database seeded by an earlier run (same N) and only rebuilds and measures.
if [ "${BENCH_REUSE:-0}" = 1 ] && [ "$(psql -h 127.0.0.1 -U "$PGUSER" -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" = 1 ]; then
  TOTAL=$("${PSQL[@]}" -c "SELECT count(*) FROM domainevententry")
  echo "reusing $DB: $TOTAL events"
else
  psql -q -h 127.0.0.1 -U "$PGUSER" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  start_app

  # One incident worked through the workflow over HTTP: the template of every clone.
  ID=$(post reporter:demo /api/v1/reports '{"title":"標的型メールの添付ファイルを開いた","description":"職員が不審なメールの添付ファイルを開き、PC-1234 がマルウェアに感染した可能性がある","awareAt":"2026-05-01T09:30:00+09:00","category":"MALWARE","affectedSystems":["PC-1234"],"personalData":{"involved":"YES","approxPersons":150},"cyberAttackSuspected":"YES","department":"総務課"}' | sed 's/.*"incidentId":"\([^"]*\)".*/\1/')
  post sirt1:demo "/api/v1/incidents/$ID/triage" '{"note":"checking"}' >/dev/null
  post lead1:demo "/api/v1/incidents/$ID/assessment" '{"decision":"INCIDENT","reason":"malware confirmed","severity":"HIGH"}' >/dev/null
  post lead1:demo "/api/v1/incidents/$ID/ciso-report" '{"summary":"malware on one PC"}' >/dev/null
  post ciso:demo "/api/v1/incidents/$ID/ciso-acknowledgement" '{"comment":"keep me informed"}' >/dev/null
  INS=$(post lead1:demo "/api/v1/incidents/$ID/instructions" '{"kind":"CONTAINMENT","officer":"officer1","system":"PC-1234","text":"isolate the PC"}' | sed 's/.*"instructionId":"\([^"]*\)".*/\1/')
  post officer1:demo "/api/v1/incidents/$ID/instructions/$INS/acknowledgement" '{}' >/dev/null
  post officer1:demo "/api/v1/incidents/$ID/instructions/$INS/completion" '{"result":"PC disconnected and imaged"}' >/dev/null
  post sirt1:demo "/api/v1/incidents/$ID/notes" '{"text":"mail gateway logs collected"}' >/dev/null
  post lead1:demo "/api/v1/incidents/$ID/notes" '{"text":"no other PC opened the attachment"}' >/dev/null
  for OB in $("${PSQL[@]}" -c "SELECT obligation_id FROM obligation_record WHERE incident_id = '$ID' AND is_open AND kind NOT IN ('PPC_PRELIMINARY','PPC_FINAL','INDIVIDUALS','PRIVACY_OFFICER') LIMIT 3"); do
    post sirt1:demo "/api/v1/incidents/$ID/notifications/$OB/sent" '{"sentAt":"2026-05-01T12:00:00+09:00","channel":"EMAIL","reference":"REF-1","summary":"reported"}' >/dev/null || true
  done
  sleep 3
  stop_app
  TEMPLATE_EVENTS=$("${PSQL[@]}" -c "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = '$ID'")
  TRACKING=$("${PSQL[@]}" -c "SELECT tracking_code FROM incident_summary WHERE incident_id = '$ID'")
  echo "template incident $ID: $TEMPLATE_EVENTS events"

  # Clone it N-1 times in one statement: ids, tracking codes and obligation ids rewritten in the payload.
  start=$(date +%s)
  "${PSQL[@]}" <<SQL
  INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
      payloadrevision, payloadtype, timestamp)
  SELECT 'b' || lpad(n::text, 7, '0'), e.sequencenumber, e.type, md5(n::text || e.eventidentifier), e.metadata,
      convert_to(replace(replace(convert_from(e.payload, 'UTF8'), '$ID', 'b' || lpad(n::text, 7, '0')),
          '$TRACKING', 'B-' || lpad(n::text, 7, '0')), 'UTF8'),
      e.payloadrevision, e.payloadtype, e.timestamp
  FROM generate_series(2, $N) AS n
  CROSS JOIN (SELECT * FROM domainevententry WHERE aggregateidentifier = '$ID' ORDER BY sequencenumber) e
  ORDER BY n, e.sequencenumber;
SQL
  TOTAL=$("${PSQL[@]}" -c "SELECT count(*) FROM domainevententry")
  echo "seeded $TOTAL events for $N incidents in $(( $(date +%s) - start )) s"
fi

# Rebuild: forget the query-side tokens and tables, start, wait until the list has every incident.
# The instance replays the store in bulk before it answers (ADR 10); with
# BENCH_APP_ARGS=--sirtdesk.processing.bulk-replay=false the processor replays event by event after.
"${PSQL[@]}" -c "DELETE FROM tokenentry WHERE processorname = 'read-models'" \
  -c "TRUNCATE incident_summary, incident_timeline, obligation_record, deadline_incident"
start=$(date +%s.%N)
start_app
up=$(date +%s.%N)
while [ "$("${PSQL[@]}" -c "SELECT (SELECT count(*) FROM incident_timeline) >= $TOTAL")" != t ]; do sleep 0.5; done
while [ "$("${PSQL[@]}" -c "SELECT (SELECT sum(version + 1) FROM incident_summary) >= $TOTAL")" != t ]; do sleep 0.5; done
secs=$(echo "$(date +%s.%N) - $start" | bc)
after=$(echo "$(date +%s.%N) - $up" | bc)
echo "rebuild: $TOTAL events through the read models in ${secs} s from launch ($(echo "$TOTAL / $secs" | bc) events/s, JVM and application start included); ${after} s more after the application answered"
grep -o 'Processor read-models: [0-9]* events replayed in .*' "$WORK/app.log" | sed 's/^/bulk replay: /' || true

queries() {
  echo "incident list page (size 20):   $(timed sirt1:demo '/api/v1/incidents?size=20' 200)"
  echo "incident list, page 1000:       $(timed sirt1:demo '/api/v1/incidents?size=20&page=1000' 50)"
  echo "incident list, q=メール (all):   $(timed sirt1:demo '/api/v1/incidents?size=20&q=%E3%83%A1%E3%83%BC%E3%83%AB' 50)"
  echo "incident list, q=B-0004242 (none):$(timed sirt1:demo '/api/v1/incidents?size=20&q=B-0004242' 50)"
  echo "deadline board (size 200):      $(timed sirt1:demo '/api/v1/deadlines' 200)"
  echo "timeline of one incident:       $(timed sirt1:demo "/api/v1/incidents/b$(printf %07d $((N / 2)))/timeline" 200)"
}
echo "== queries right after the rebuild (tables not yet vacuumed)"
queries
"${PSQL[@]}" -c "VACUUM ANALYZE incident_summary, incident_timeline, obligation_record, deadline_incident"
echo "== queries after VACUUM ANALYZE (what autovacuum does shortly after a rebuild)"
queries
heap() { curl -s "$BASE/actuator/prometheus" | grep '^jvm_memory_used_bytes' | grep 'area="heap"' |
  awk '{s+=$NF} END {printf "%.0f MB", s/1048576}'; }
echo "heap before export: $(heap)"
start=$(date +%s.%N)
RECORDS=$(curl -sf -u compliance:demo "$BASE/api/v1/exports/notifications?format=csv" | tail -n +2 | wc -l)
echo "export: $RECORDS records (CSV) in $(echo "$(date +%s.%N) - $start" | bc) s; heap after: $(heap)"
# Constant memory: the same export again from an application restarted with a heap far smaller
# than the export, after the list has been read once.
stop_app
HEAP="-Xms96m -Xmx160m" start_app
start=$(date +%s.%N)
BYTES=$(curl -sf -u compliance:demo "$BASE/api/v1/exports/notifications?format=csv" | wc -c)
echo "export with -Xmx160m: $BYTES bytes of CSV in $(echo "$(date +%s.%N) - $start" | bc) s; heap after: $(heap)"
