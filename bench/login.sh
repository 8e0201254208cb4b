#!/usr/bin/env bash
# Password guessing against the packaged jar with the demo on H2, and what it costs everyone else.
#   idle     - one legitimate client (manager, HTTP Basic, from an address it has logged in from) calls GET /api/teams
#              back to back: the baseline latency
#   attacked - the same client while N guessers (curl loops, wrong passwords for rep4) hammer HTTP Basic
# Prints guesses answered per second, how many of them reached the password check (401; a throttled one is 429),
# and the legitimate client's median and p90 latency idle and under attack.
# Each guesser offers at most BENCH_GUESS_RATE guesses a second (default 3: 8 guessers offer 24/s, about what the issue
# measured against the unthrottled app), so both jars face the same load and the curl processes do not themselves
# take the 2 cores; BENCH_GUESS_RATE=0 guesses flat out.
# Usage: bench/login.sh [seconds] [guessers]   (builds the jar unless FAIRDESK_JAR names one; port 18081)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
bench_lock
seconds=${1:-20}
guessers=${2:-8}
rate=${BENCH_GUESS_RATE:-3}
pause=$(awk -v r="$rate" 'BEGIN {print (r > 0 ? 1 / r : 0)}')
if [ -z "${FAIRDESK_JAR:-}" ]; then
  ./mvnw -q -B -ntp package -DskipTests
  FAIRDESK_JAR=$PWD/$(ls target/fairdesk-*.jar | head -1)
fi
work=$(mktemp -d)
base=http://127.0.0.1:18081
trap 'pkill -f "server.port=18081" || true; rm -rf "$work"' EXIT

(cd "$work" && exec java -jar "$FAIRDESK_JAR" --server.port=18081 > app.log 2>&1 9>&-) & # the lock stays with this script
until grep -q "Fairdesk is ready" "$work/app.log" 2>/dev/null; do sleep 0.2; done

legit() { # $1 output file: one latency in ms per line, for $seconds
  local end=$((SECONDS + seconds))
  while [ $SECONDS -lt $end ]; do
    # From an address of its own (the guessers call from 127.0.0.1), as a real user is not behind the attacker's.
    curl -s -o /dev/null --interface 127.0.0.2 -u manager:demo -w '%{http_code} %{time_total}\n' "$base/api/teams"
  done > "$1"
}
guess() { # $1 output file: one HTTP status per line
  local end=$((SECONDS + seconds)) n=0
  while [ $SECONDS -lt $end ]; do
    n=$((n + 1))
    curl -s -o /dev/null -u "rep4:guess-$BASHPID-$n" -w '%{http_code}\n' "$base/api/tokens"
    sleep "$pause"
  done > "$1"
}
percentile() { awk '{printf "%.1f\n", $2 * 1000}' | sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((NR-1)*p)+1; print a[i]}'; }
refused() { grep -vc '^200 ' "$1" || true; }

legit "$work/idle.txt"
pids=()
for g in $(seq 1 "$guessers"); do guess "$work/guess$g.txt" & pids+=($!); done
legit "$work/attacked.txt"
wait "${pids[@]}"

all=$(cat "$work"/guess*.txt | wc -l)
checked=$(cat "$work"/guess*.txt | grep -c '^401$' || true)
throttled=$(cat "$work"/guess*.txt | grep -c '^429$' || true)
i50=$(percentile 0.5 < "$work/idle.txt"); i90=$(percentile 0.9 < "$work/idle.txt")
a50=$(percentile 0.5 < "$work/attacked.txt"); a90=$(percentile 0.9 < "$work/attacked.txt")
echo "jar: $FAIRDESK_JAR; $guessers guessers for ${seconds} s, each offering at most $rate/s (0: no limit)"
awk -v a="$all" -v c="$checked" -v t="$throttled" -v s="$seconds" \
  'BEGIN {printf "guesses answered: %.1f/s; password checked (401): %d = %.2f/s; throttled (429): %d\n", a / s, c, c / s, t}'
echo "legitimate GET /api/teams, idle:     median ${i50} ms, p90 ${i90} ms ($(wc -l < "$work/idle.txt") calls, $(refused "$work/idle.txt") not 200)"
echo "legitimate GET /api/teams, attacked: median ${a50} ms, p90 ${a90} ms ($(wc -l < "$work/attacked.txt") calls, $(refused "$work/attacked.txt") not 200)"
awk -v i="$i50" -v a="$a50" 'BEGIN {printf "slow-down under attack (median): %.2f x\n", a / i}'
