#!/usr/bin/env bash
# Benchmarks of r2p-kg, side by side with Apache Jena's riot and standalone Fuseki 5.6.0, on this machine.
# Usage: bench/run.sh [SIZES...]   (default sizes: 100 1000 10000). Writes bench/results/*.txt; see RESULTS.md.
# Needs: Java 17, Maven, wrk and GNU time (Debian packages wrk and time). Takes about 15 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-100 1000 10000}")
read -r -a SIZES <<< "${SIZES[*]}"
OUT=bench/results
WORK=target/bench
mkdir -p "$OUT" "$WORK"
CORES=$(nproc)
FUSEKI=target/test-tools/jena-fuseki-server-5.6.0.jar

mvn -q -DskipTests package
[ -f "$FUSEKI" ] || mvn -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=target/test-tools
JAR=target/r2p-kg.jar

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $CORES cores"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "java: $(java -version 2>&1 | head -1)"
} > "$OUT/machine.txt"

# --- 1. Extraction + writing N-Triples, one thread and all cores; riot re-writing the same N-Triples.
echo "size documents bytes threads seconds peak_rss_kb" > "$OUT/extraction.txt"
echo "size triples r2p_export_seconds riot_seconds ratio" > "$OUT/riot.txt"
for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus-$n"
  [ -d "$corpus" ] || java bench/CorpusGenerator.java "$n" "$corpus"
  bytes=$(du -sb "$corpus" | cut -f1)
  for threads in 1 "$CORES"; do
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" java -jar "$JAR" export --corpus "$corpus" --format ntriples \
        --no-validate --quiet --threads "$threads" --output "$WORK/out-$n.nt" 2> "$WORK/export-$n.log" || true
    echo "$n $n $bytes $threads $(cat "$WORK/time.txt")" >> "$OUT/extraction.txt"
  done
  export_seconds=$(tail -1 "$OUT/extraction.txt" | awk '{print $5}')
  /usr/bin/time -f "%e" -o "$WORK/riot.txt" java -cp "$FUSEKI" riotcmd.riot --output=ntriples "$WORK/out-$n.nt" > /dev/null
  riot_seconds=$(cat "$WORK/riot.txt")
  echo "$n $(wc -l < "$WORK/out-$n.nt") $export_seconds $riot_seconds $(echo "$export_seconds / $riot_seconds" | bc -l | cut -c1-5)" >> "$OUT/riot.txt"
done

# --- 2. Cold start to the first answered query: r2p-kg serve on the seeds vs standalone Fuseki on the dump.
java -jar "$JAR" export --format turtle --quiet --output "$WORK/seeds.ttl"
first_answer() { # url -> milliseconds until it answers
  local start=$1 url=$2
  until curl -sf -o /dev/null "$url"; do sleep 0.02; done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
ask=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("ASK { ?s ?p ?o }"))')
echo "server milliseconds" > "$OUT/cold-start.txt"
for run in 1 2 3; do
  start=$(date +%s%N); java -jar "$JAR" serve --port 3090 --quiet > "$WORK/serve.log" 2>&1 & pid=$!
  echo "r2p-kg $(first_answer "$start" "http://127.0.0.1:3090/r2p/sparql?query=$ask")" >> "$OUT/cold-start.txt"; kill $pid; wait $pid 2>/dev/null || true
  start=$(date +%s%N); java -jar "$FUSEKI" --file "$WORK/seeds.ttl" --port 3091 --localhost /ds > "$WORK/fuseki.log" 2>&1 & pid=$!
  echo "fuseki $(first_answer "$start" "http://127.0.0.1:3091/ds/sparql?query=$ask")" >> "$OUT/cold-start.txt"; kill $pid; wait $pid 2>/dev/null || true
done

# --- 3. Query throughput and latency on the example mix (all but the federated and named-graph ones).
for f in sparql-examples/*.rq; do
  case "$f" in *16-*|*17-*) continue ;; esac
  python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(open(sys.argv[1]).read()))' "$f"
done > "$WORK/mix.txt"
load() { # name endpoint-url connections
  ENDPOINT="$2" QUERIES="$WORK/mix.txt" wrk -t2 -c"$3" -d5s -s bench/mix.lua "$4" > /dev/null   # warm-up
  ENDPOINT="$2" QUERIES="$WORK/mix.txt" wrk -t2 -c"$3" -d20s --latency -s bench/mix.lua "$4" > "$WORK/wrk-$1-$3.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$1-$3.txt")
  p50=$(awk '/^ +50%/ {print $2}' "$WORK/wrk-$1-$3.txt")
  p99=$(awk '/^ +99%/ {print $2}' "$WORK/wrk-$1-$3.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$WORK/wrk-$1-$3.txt" | tr '\n' ' ')
  echo "$1 $3 $rps $p50 $p99 ${errors:-0}" >> "$OUT/throughput.txt"
}
echo "server connections requests_per_second p50 p99 errors" > "$OUT/throughput.txt"
echo "server peak_rss_kb" > "$OUT/rss.txt"
for variant in cached uncached; do
  cache=1000; [ "$variant" = uncached ] && cache=0
  java -jar "$JAR" serve --port 3090 --quiet --cache "$cache" > "$WORK/serve.log" 2>&1 & pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:3090/r2p/sparql?query=$ask"; do sleep 0.1; done
  for c in 8 32; do load "r2p-kg-$variant" /r2p/sparql "$c" http://127.0.0.1:3090; done
  echo "r2p-kg-$variant $(awk '/VmHWM/ {print $2}' /proc/$pid/status)" >> "$OUT/rss.txt"
  kill $pid; wait $pid 2>/dev/null || true
done
java -jar "$FUSEKI" --file "$WORK/seeds.ttl" --port 3091 --localhost /ds > "$WORK/fuseki.log" 2>&1 & pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:3091/ds/sparql?query=$ask"; do sleep 0.1; done
for c in 8 32; do load fuseki /ds/sparql "$c" http://127.0.0.1:3091; done
echo "fuseki $(awk '/VmHWM/ {print $2}' /proc/$pid/status)" >> "$OUT/rss.txt"
kill $pid; wait $pid 2>/dev/null || true

# --- 4. Load while a heavy query runs: over 20,000 queries on 32 connections, serve limited to 512 MB of heap.
java -Xmx512m -jar "$JAR" serve --port 3092 --quiet > "$WORK/serve-512.log" 2>&1 & pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:3092/r2p/sparql?query=$ask"; do sleep 0.1; done
heavy=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"))')
( for i in 1 2 3; do curl -s -o /dev/null -w "heavy query: %{http_code} after %{time_total}s\n" "http://127.0.0.1:3092/r2p/sparql?query=$heavy"; done ) > "$OUT/heavy.txt" &
ENDPOINT=/r2p/sparql QUERIES="$WORK/mix.txt" wrk -t2 -c32 -d30s --latency -s bench/mix.lua http://127.0.0.1:3092 > "$OUT/load-512m.txt"
wait %2 2>/dev/null || true
alive=$(curl -sf -o /dev/null -w "%{http_code}" "http://127.0.0.1:3092/r2p/sparql?query=$ask" || echo dead)
echo "after the load the server answers: $alive; peak RSS $(awk '/VmHWM/ {print $2}' /proc/$pid/status) kB" >> "$OUT/load-512m.txt"
kill $pid; wait $pid 2>/dev/null || true
echo "Done: see $OUT/"
