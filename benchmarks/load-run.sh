#!/usr/bin/env bash
# What the decision log costs under load: builds the service once, starts the packaged
# service twice on loopback, each on its own temporary local database and a free port, one
# with the decision log on and one with it off, then drives both with the same bounded load
# (benchmarks/LoadRun.java), alternating on and off, and prints the medians and the ratio;
# then both again at a fixed rate of half the log-off throughput, for the p99 at that rate.
#
# Before the first measured period each service is loaded until it is warm: until its JIT
# compilers were nearly idle (under JIT_QUIET_SECONDS of compiling) for one whole step of
# SETTLE_STEP_SECONDS. On two shared cores that takes minutes, and a service measured while
# it still compiles gives its compilers' CPU time away as slowness.
#
#   benchmarks/load-run.sh                  # 8 and 16 workers, 3 rounds of 20 s each
#   WORKERS="16" ROUNDS=5 SECONDS_MEASURED=30 benchmarks/load-run.sh
#   SKIP_BUILD=1 benchmarks/load-run.sh     # reuse target/quarkus-app as it is
#
# Settings (environment), with their defaults: WORKERS ("8 16"), ROUNDS (3), SECONDS_MEASURED
# (20), WARMUP_SECONDS (5, before every measured period), SETTLE_STEP_SECONDS (20),
# JIT_QUIET_SECONDS (1.0), SETTLE_MAX_SECONDS (600: a service not warm by then is measured
# anyway and the summary says so; without the JDK's jstat the JIT cannot be watched and each
# service is loaded for SETTLE_MAX_SECONDS), MAX_REQUESTS (500000 per period), SERVICE_OPTS
# (extra -D options for both services), SKIP_BUILD (0),
# RATE_CHECK (1: after the rounds, both services again at a fixed rate of half the log-off
# throughput, carried by RATE_WORKERS, 32), LOAD_RUN_USER and LOAD_RUN_PASSWORD (crm and
# crm-local, the built-in user with the crm role; HTTP Basic; the password is
# handed to the load generator through the environment, never on its command line).
# Only 127.0.0.1 is ever called. Results and the services' logs are kept in target/load-run/.
set -euo pipefail
cd "$(dirname "$0")/.."

WORKERS="${WORKERS:-8 16}"
ROUNDS="${ROUNDS:-3}"
SECONDS_MEASURED="${SECONDS_MEASURED:-20}"
WARMUP_SECONDS="${WARMUP_SECONDS:-5}"
SETTLE_STEP_SECONDS="${SETTLE_STEP_SECONDS:-20}"
JIT_QUIET_SECONDS="${JIT_QUIET_SECONDS:-1.0}"
SETTLE_MAX_SECONDS="${SETTLE_MAX_SECONDS:-600}"
MAX_REQUESTS="${MAX_REQUESTS:-500000}"
SERVICE_OPTS="${SERVICE_OPTS:-}"
RATE_CHECK="${RATE_CHECK:-1}"
RATE_WORKERS="${RATE_WORKERS:-32}"
LOAD_RUN_USER="${LOAD_RUN_USER:-crm}"
export LOAD_RUN_PASSWORD="${LOAD_RUN_PASSWORD:-crm-local}"
START_TIMEOUT_SECONDS=180
STOP_TIMEOUT_SECONDS=40

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JSTAT=$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}jstat" || true)
OUT=target/load-run
RESULTS="$OUT/results.txt"

declare -A SERVICE_PID SERVICE_PORT SERVICE_DB
SCRATCH=""
KEEP_SCRATCH=0

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Stops a service we started: SIGTERM, after which it stops its PostgreSQL itself. Should
# that server still run on our data folder 15 s later, it gets a SIGTERM too (a smart
# shutdown; its clients are gone with the service). Nothing is killed harder than that.
stop_service() {
  local mode=$1 pid=${SERVICE_PID[$1]:-} db=${SERVICE_DB[$1]:-}
  unset "SERVICE_PID[$mode]"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    if ! wait_for_exit "$pid" "$STOP_TIMEOUT_SECONDS"; then
      log "the $mode service (pid $pid) still runs ${STOP_TIMEOUT_SECONDS}s after SIGTERM"
      KEEP_SCRATCH=1
      return
    fi
  fi
  local pg
  pg=$(database_pid "$db")
  if [ -n "$pg" ] && ! wait_for_exit "$pg" 15; then
    log "PostgreSQL of the $mode service (pid $pg) outlived the service by 15s; SIGTERM"
    kill -TERM "$pg"
    if ! wait_for_exit "$pg" 30; then
      log "PostgreSQL (pid $pg) still runs on $db; left as it is"
      KEEP_SCRATCH=1
    fi
  fi
}

# The pid of the PostgreSQL server running on a data folder, if one does.
database_pid() {
  local db=$1 pg
  [ -n "$db" ] && [ -f "$db/postmaster.pid" ] || return 0
  pg=$(head -n 1 "$db/postmaster.pid")
  if [[ "$pg" =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pg/cmdline" 2>/dev/null \
    | grep -q -- "-D $db "; then
    echo "$pg"
  fi
}

wait_for_exit() {
  local pid=$1 seconds=$2
  for _ in $(seq "$seconds"); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 1
  done
  ! kill -0 "$pid" 2>/dev/null
}

cleanup() {
  for mode in "${!SERVICE_PID[@]}"; do
    stop_service "$mode"
  done
  if [ -n "$SCRATCH" ] && [ "$KEEP_SCRATCH" = 0 ]; then
    rm -rf "$SCRATCH"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts the packaged service with the decision log on or off; waits until it is ready.
start_service() {
  local mode=$1 enabled db service_log port=""
  enabled=$([ "$mode" = on ] && echo true || echo false)
  db="$SCRATCH/db-$mode"
  service_log="$OUT/service-$mode.log"
  # shellcheck disable=SC2086 # SERVICE_OPTS is a list of options
  "$JAVA" -Dchallenges.local-database.dir="$db" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port=0 -Dchallenges.decision-log.enabled="$enabled" $SERVICE_OPTS \
    -jar target/quarkus-app/quarkus-run.jar >"$service_log" 2>&1 &
  SERVICE_PID[$mode]=$!
  SERVICE_DB[$mode]=$db

  for _ in $(seq "$START_TIMEOUT_SECONDS"); do
    if ! kill -0 "${SERVICE_PID[$mode]}" 2>/dev/null; then
      log "the $mode service stopped while starting; see $service_log"
      exit 1
    fi
    port=$(grep -o 'Listening on: http://127\.0\.0\.1:[0-9]*' "$service_log" \
      | head -n 1 | sed 's/.*://' || true)
    if [ -n "$port" ] \
      && curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then
      SERVICE_PORT[$mode]=$port
      log "service with the decision log $mode: pid ${SERVICE_PID[$mode]}, port $port"
      return
    fi
    sleep 1
  done
  log "the $mode service was not ready within ${START_TIMEOUT_SECONDS}s; see $service_log"
  exit 1
}

# CPU time, in clock ticks, of one process (utime + stime), read from /proc.
process_ticks() {
  awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

# CPU time of a service's PostgreSQL: the postmaster, its children, and its reaped children.
database_ticks() {
  local pm
  pm=$(head -n 1 "${SERVICE_DB[$1]}/postmaster.pid")
  # A process may end between the listing and the reading; cat then fails, which is fine.
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v pm="$pm" '{
      pid = $1; sub(/^.*\) /, "")
      if (pid == pm) total += $12 + $13 + $14 + $15
      else if ($2 == pm) total += $12 + $13
    } END { print total + 0 }'
}

# Busy and total clock ticks of the whole machine, from the first line of /proc/stat.
machine_ticks() {
  awk '/^cpu / { total = 0; for (i = 2; i <= NF; i++) total += $i
    print total - $5 - $6, total; exit }' /proc/stat
}

# Seconds the service's JIT compilers have spent so far, when the JDK's jstat is at hand.
jit_seconds() {
  if [ -x "$JSTAT" ]; then
    { "$JSTAT" -compiler "$1" 2>/dev/null || true; } | awk 'NR == 2 { print $4 }'
  fi
}

# One period of load on one service: a warm-up, then a measured period whose RESULT line
# gets the service's and its database's CPU per request, how busy the machine was, and how
# long the JIT compiled meanwhile (a service still compiling was not warm yet).
# Options after the first four go to LoadRun (--rate); such a period is labelled on@rate or
# off@rate.
load() {
  local mode=$1 workers=$2 round=$3 warmup=$4 line label=$1
  shift 4
  if [ $# -gt 0 ]; then
    label="$mode@rate"
  fi
  local -a run=("$JAVA" -cp "$SCRATCH/load-run" LoadRun --port "${SERVICE_PORT[$mode]}"
    --log "$mode" --workers "$workers" --max-requests "$MAX_REQUESTS" --label "$label"
    ${LOAD_RUN_USER:+--user "$LOAD_RUN_USER"} "$@")
  log "round $round, $workers workers${*:+ $*}, log $mode: ${warmup}s warm-up," \
    "${SECONDS_MEASURED}s measured"

  # One JVM for the warm-up and the measured period, so that the load generator is warm too;
  # the counters are read when it says the measured period starts, and after it has ended.
  local output="$SCRATCH/period.out" generator
  : >"$output"
  "${run[@]}" --warmup "$warmup" --seconds "$SECONDS_MEASURED" >"$output" &
  generator=$!
  while ! grep -q '^MEASURING' "$output" && kill -0 "$generator" 2>/dev/null; do
    sleep 0.05
  done

  local service0 db0 busy0 total0 jit0 service1 db1 busy1 total1 jit1 load0 load1
  load0=$(cut -d' ' -f1 /proc/loadavg)
  service0=$(process_ticks "${SERVICE_PID[$mode]}")
  db0=$(database_ticks "$mode")
  read -r busy0 total0 < <(machine_ticks)
  jit0=$(jit_seconds "${SERVICE_PID[$mode]}")
  wait "$generator"
  service1=$(process_ticks "${SERVICE_PID[$mode]}")
  db1=$(database_ticks "$mode")
  read -r busy1 total1 < <(machine_ticks)
  jit1=$(jit_seconds "${SERVICE_PID[$mode]}")
  load1=$(cut -d' ' -f1 /proc/loadavg)
  line=$(grep '^RESULT ' "$output")

  awk -v line="$line" -v round="$round" -v hz="$(getconf CLK_TCK)" \
    -v service=$((service1 - service0)) -v db=$((db1 - db0)) \
    -v busy=$((busy1 - busy0)) -v total=$((total1 - total0)) \
    -v jit0="${jit0:-}" -v jit1="${jit1:-}" -v load0="$load0" -v load1="$load1" 'BEGIN {
      match(line, /requests=[0-9]+/); requests = substr(line, RSTART + 9, RLENGTH - 9)
      sub(/^RESULT /, "RESULT round=" round " ", line)
      jit = (jit0 == "" || jit1 == "") ? "n/a" : sprintf("%.1f", jit1 - jit0)
      printf "%s service_cpu_ms=%.2f db_cpu_ms=%.2f machine_busy_pct=%.0f loadavg_start=%s" \
        " loadavg_end=%s jit_s=%s\n", line, 1000 * service / hz / requests,
        1000 * db / hz / requests, 100 * busy / total, load0, load1, jit
    }' | tee -a "$RESULTS"
}

# Loads a service in steps until its JIT compiled less than JIT_QUIET_SECONDS during one
# step, or until SETTLE_MAX_SECONDS have passed; writes a SETTLED line with how long it took.
settle() {
  local mode=$1 workers=$2 spent=0 jit0 jit1 compiled="n/a" warm=no
  local -a run=("$JAVA" -cp "$SCRATCH/load-run" LoadRun --port "${SERVICE_PORT[$mode]}"
    --log "$mode" --workers "$workers" --max-requests "$MAX_REQUESTS" --label "settle"
    ${LOAD_RUN_USER:+--user "$LOAD_RUN_USER"} --warmup 0)
  while [ "$spent" -lt "$SETTLE_MAX_SECONDS" ]; do
    jit0=$(jit_seconds "${SERVICE_PID[$mode]}")
    "${run[@]}" --seconds "$SETTLE_STEP_SECONDS" >/dev/null
    jit1=$(jit_seconds "${SERVICE_PID[$mode]}")
    spent=$((spent + SETTLE_STEP_SECONDS))
    if [ -n "$jit0" ] && [ -n "$jit1" ]; then
      compiled=$(awk -v a="$jit0" -v b="$jit1" 'BEGIN { printf "%.1f", b - a }')
      log "warming the $mode service: ${spent}s, its JIT compiled ${compiled}s in the last" \
        "${SETTLE_STEP_SECONDS}s"
      if awk -v c="$compiled" -v q="$JIT_QUIET_SECONDS" 'BEGIN { exit !(c < q) }'; then
        warm=yes
        break
      fi
    else
      log "warming the $mode service: ${spent}s (no jstat: its JIT is not watched)"
    fi
  done
  echo "SETTLED label=$mode warm=$warm seconds=$spent last_step_jit_s=$compiled" \
    | tee -a "$RESULTS"
}

median() {
  sort -g | awk '{ v[NR] = $1 }
    END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

field() { grep -o "$1=[^ ]*" | cut -d= -f2; }

summarise() {
  local workers=$1 mode metric
  printf '\n%s workers, medians of %s rounds of %ss (cpu per request):\n' "$workers" \
    "$ROUNDS" "$SECONDS_MEASURED"
  printf '  %-4s %9s %9s %9s %9s %12s %12s %7s %6s\n' log "req/s" "p50 ms" "p90 ms" "p99 ms" \
    "service cpu" "db cpu" "busy %" "load"
  for mode in on off; do
    printf '  %-4s' "$mode"
    for metric in throughput p50_ms p90_ms p99_ms; do
      printf ' %9s' "$(grep " workers=$workers " "$RESULTS" | grep "label=$mode " \
        | field "$metric" | median)"
    done
    for metric in service_cpu_ms db_cpu_ms; do
      printf ' %9s ms' "$(grep " workers=$workers " "$RESULTS" | grep "label=$mode " \
        | field "$metric" | median)"
    done
    printf ' %7s' "$(grep " workers=$workers " "$RESULTS" | grep "label=$mode " \
      | field machine_busy_pct | median)"
    printf ' %6s' "$(grep " workers=$workers " "$RESULTS" | grep "label=$mode " \
      | field loadavg_end | median)"
    printf '\n'
  done
  local on off ratios round
  on=$(grep " workers=$workers " "$RESULTS" | grep 'label=on ' | field throughput | median)
  off=$(grep " workers=$workers " "$RESULTS" | grep 'label=off ' | field throughput | median)
  ratios=""
  for round in $(seq "$ROUNDS"); do
    local a b
    a=$(grep "^RESULT round=$round .* workers=$workers " "$RESULTS" | grep 'label=on ' \
      | field throughput)
    b=$(grep "^RESULT round=$round .* workers=$workers " "$RESULTS" | grep 'label=off ' \
      | field throughput)
    ratios="$ratios $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')"
  done
  awk -v on="$on" -v off="$off" -v ratios="$ratios" 'BEGIN {
    printf "  throughput on/off: %.2f (of the medians); per round:%s\n", on / off, ratios }'
  local p99
  p99=$(grep " workers=$workers " "$RESULTS" | grep 'label=on ' | field p99_ms | median)
  awk -v on="$on" -v off="$off" -v p99="$p99" 'BEGIN {
    held = (on >= off / 2 && p99 < 50)
    printf "  target (on >= half of off, p99 on < 50 ms): %s\n", held ? "holds" : "missed" }'
}

summarise_rate() {
  local mode metric
  printf '\nAt a fixed rate of %s req/s (half the log-off throughput), %s workers carrying it,\n' \
    "$RATE" "$RATE_WORKERS"
  printf 'latency from when each request was due, medians of %s rounds:\n' "$ROUNDS"
  printf '  %-4s %9s %9s %9s %9s %7s %6s\n' log "req/s" "p50 ms" "p90 ms" "p99 ms" "busy %" \
    "load"
  for mode in on off; do
    printf '  %-4s' "$mode"
    for metric in throughput p50_ms p90_ms p99_ms machine_busy_pct loadavg_end; do
      printf ' %9s' "$(grep "label=$mode@rate " "$RESULTS" | field "$metric" | median)"
    done
    printf '\n'
  done
  grep 'label=on@rate ' "$RESULTS" | field p99_ms | median | awk -v rate="$RATE" '{
    printf "  target (p99 on < 50 ms at %s req/s): %s\n", rate, ($1 < 50) ? "holds" : "missed" }'
}

mkdir -p "$OUT"
rm -f "$RESULTS" "$OUT"/service-*.log
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building the service once"
  ./mvnw -B -q -DskipTests package
fi
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/load-run.XXXXXX")
"${JAVA}c" -d "$SCRATCH/load-run" benchmarks/LoadRun.java

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_service on
start_service off

for mode in on off; do
  settle "$mode" "${WORKERS%% *}"
done

for workers in $WORKERS; do
  for round in $(seq "$ROUNDS"); do
    for mode in on off; do
      load "$mode" "$workers" "$round" "$WARMUP_SECONDS"
    done
  done
done

# The target speaks of p99 "at that throughput": the same services again, on a fixed
# schedule of half the log-off throughput (the first worker count's median), which is the
# least the log-on service must sustain.
RATE=""
if [ "$RATE_CHECK" = 1 ]; then
  RATE=$(grep " workers=${WORKERS%% *} " "$RESULTS" | grep 'label=off ' | field throughput \
    | median | awk '{ printf "%d", $1 / 2 }')
  for round in $(seq "$ROUNDS"); do
    for mode in on off; do
      load "$mode" "$RATE_WORKERS" "$round" "$WARMUP_SECONDS" --rate "$RATE"
    done
  done
fi

{
  printf 'Warm-up until the JIT was quiet (under %ss of compiling in %ss of load):\n' \
    "$JIT_QUIET_SECONDS" "$SETTLE_STEP_SECONDS"
  grep '^SETTLED ' "$RESULTS" | awk '{ print "  log " substr($2, 7) ": " $4 " of load, " \
    (($3 == "warm=yes") ? "warm" : "NOT warm, measured anyway") ", " $5 }'
  for workers in $WORKERS; do
    summarise "$workers"
  done
  if [ -n "$RATE" ]; then
    summarise_rate
  fi
} | tee "$OUT/summary.txt"
log "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
