#!/usr/bin/env bash
# Serving: r2p-kg serve against standalone Fuseki 5.6.0 on the same 1,000-document graph, on this machine and in
# the same minutes. r2p-kg builds the graph from the corpus in memory; Fuseki loads the N-Triples dump of it (every
# triple in its default graph, as r2p-kg's default graph is the union of the documents' graphs).
# Usage: bench/serving.sh   (called by bench/run.sh; needs wrk, curl, python3 and the jars run.sh builds/fetches)
#        ROUNDS=20 CONNECTIONS=8 HEAP=2g JAR=other.jar R2P_PORT=3190 FUSEKI_PORT=3191 OUT=dir WORK=dir bench/serving.sh
# Every run sends the same requests in the same order (bench/mix.lua: the examples in file order, ROUNDS times,
# one wrk thread), so runs and servers compare: a run timed by duration asked each server a different slice of
# the mix, which moved Fuseki's rate by a third from run to run. Each run follows a warm-up of WARMUP rounds;
# cached runs ask CACHED_ROUNDS rounds, as a cached answer takes milliseconds.
# The mix is every example but those with nothing to compare: 16 and 21 call the Wikidata Query Service (the
# network, not the server), 17 asks for named graphs (the dump Fuseki loads has none), 25 uses text:query (a
# standalone Fuseki has no text index).
# Uncached requests end in a one-row VALUES of a nonce, so that r2p-kg's result cache cannot answer them; r2p-kg
# runs that VALUES as a BIND, Fuseki as a hash join that holds the whole answer first. Fuseki has no result cache,
# so it is also measured without the nonce (fuseki-plain-*): the fair comparison is against the faster of the two.
# r2p-kg is measured twice per method too (r2p-kg-uncached-*-2, after Fuseki's runs), and the last lines compare
# each server at its best.
# Writes bench/results/serving.txt (q/s, the server's CPU microseconds per request, which a busy machine blurs
# less than q/s, counted until the server is idle again, and latency, per server and mode) and serving-examples.txt (each example
# alone, uncached: HTTP status and best of three wall milliseconds).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-bench/results}
WORK=${WORK:-target/bench}
JAR=${JAR:-target/r2p-kg.jar}
FUSEKI=target/test-tools/jena-fuseki-server-5.6.0.jar
ROUNDS=${ROUNDS:-20}
WARMUP=${WARMUP:-3}
CACHED_ROUNDS=${CACHED_ROUNDS:-1000}
CONNECTIONS=${CONNECTIONS:-8}
HEAP=${HEAP:-2g}
mkdir -p "$OUT" "$WORK"
corpus="$WORK/corpus-1000"
[ -d "$corpus" ] || java bench/CorpusGenerator.java 1000 "$corpus"
java -jar "$JAR" export --corpus "$corpus" --format ntriples --quiet --output "$WORK/serving.nt"

examples=()
for f in sparql-examples/*.rq; do
  case "$f" in *16-*|*17-*|*21-*|*25-*) continue ;; esac
  examples+=("$f")
done
for f in "${examples[@]}"; do
  python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(open(sys.argv[1]).read()))' "$f"
done > "$WORK/serving-mix.txt"

ask=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("ASK { ?s ?p ?o }"))')
up() { until curl -sf -o /dev/null "$1?query=$ask"; do sleep 0.2; done; }
R2P=http://127.0.0.1:${R2P_PORT:-3190}/r2p/sparql
FUS=http://127.0.0.1:${FUSEKI_PORT:-3191}/ds/sparql
java -Xmx"$HEAP" -jar "$JAR" serve --corpus "$corpus" --port "${R2P_PORT:-3190}" --quiet > "$WORK/serving-r2p.log" 2>&1 & r2p=$!
java -Xmx"$HEAP" -jar "$FUSEKI" --file "$WORK/serving.nt" --port "${FUSEKI_PORT:-3191}" --localhost /ds > "$WORK/serving-fuseki.log" 2>&1 & fuseki=$!
trap 'kill $r2p $fuseki 2>/dev/null || true' EXIT
up "$R2P"; up "$FUS"

# Each example alone, with a nonce so that no cache answers: status and best wall time of three.
echo "example r2p_status r2p_ms fuseki_status fuseki_ms" > "$OUT/serving-examples.txt"
one() { # url file n -> "status ms" of the best of n runs
  local best=999999 status
  for run in $(seq "$3"); do
    read -r status secs < <(curl -s -o /dev/null -w "%{http_code} %{time_total}\n" -G -H "Accept: application/sparql-results+json" \
        --data-urlencode "query=$(cat "$2")
VALUES ?r2pBenchNonce {\"single$run$RANDOM\"}" "$1")
    ms=$(python3 -c "print(round($secs * 1000))")
    [ "$ms" -lt "$best" ] && best=$ms
  done
  echo "$status $best"
}
for f in "${examples[@]}"; do
  one "$R2P" "$f" 1 > /dev/null; one "$FUS" "$f" 1 > /dev/null   # warm-up
  echo "$(basename "$f" .rq) $(one "$R2P" "$f" 3) $(one "$FUS" "$f" 3)" >> "$OUT/serving-examples.txt"
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # user + system CPU of a process, in 1/100 s
idle_ticks() { # pid -> CPU ticks once the process has used less than 0.02 s in half a second (abandoned requests done)
  local now last
  now=$(cpu_ticks "$1")
  while sleep 0.5; last=$now; now=$(cpu_ticks "$1"); [ $((now - last)) -ge 2 ]; do :; done
  echo "$now"
}
mix() { # nonce url method vary rounds [wrk options]
  local base=${2%/*/*} path=/${2#*://*/}
  # sh's $$ is wrk's process once exec'd; mix.lua ends the run with SIGINT when its rounds are answered.
  NONCE="$1" ENDPOINT="$path" QUERIES="$WORK/serving-mix.txt" METHOD="$3" VARY="$4" ROUNDS="$5" \
      sh -c 'export WRK_PID=$$; exec wrk "$@"' wrk -t1 -c"$CONNECTIONS" -d3600s --timeout 30s "${@:6}" -s bench/mix.lua "$base"
}
load() { # label url method vary pid rounds
  local before after rps p50 p99 errors requests
  mix "$3-warm-up-" "$2" "$3" "$4" "$WARMUP" > /dev/null   # the same nonces for both servers, new ones each run
  before=$(idle_ticks "$5")
  mix "$3-" "$2" "$3" "$4" "$6" --latency > "$WORK/serving-$1.txt"
  after=$(idle_ticks "$5")
  requests=$(awk '/requests in/ {print $1}' "$WORK/serving-$1.txt")
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/serving-$1.txt")
  p50=$(awk '/^ +50%/ {print $2}' "$WORK/serving-$1.txt")
  p99=$(awk '/^ +99%/ {print $2}' "$WORK/serving-$1.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$WORK/serving-$1.txt" | tr '\n' ' ')
  echo "$1 $CONNECTIONS $requests $rps $(( (after - before) * 10000 / requests )) $p50 $p99 ${errors:-0}" >> "$OUT/serving.txt"
}
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, -Xmx$HEAP each, wrk -t1 -c$CONNECTIONS --timeout 30s," \
       "$ROUNDS rounds of the mix in file order ($CACHED_ROUNDS cached) after $WARMUP rounds of warm-up"
  echo "mix: $(for f in "${examples[@]}"; do basename "$f" | cut -c1-2; done | tr '\n' ' ')"
  echo "run connections requests requests_per_second server_cpu_us_per_request p50 p99 errors"
} > "$OUT/serving.txt"
load r2p-kg-uncached-get "$R2P" GET 1 $r2p "$ROUNDS"
load fuseki-get "$FUS" GET 1 $fuseki "$ROUNDS"
load r2p-kg-uncached-post "$R2P" POST 1 $r2p "$ROUNDS"
load fuseki-post "$FUS" POST 1 $fuseki "$ROUNDS"
load fuseki-plain-get "$FUS" GET 0 $fuseki "$ROUNDS"
load fuseki-plain-post "$FUS" POST 0 $fuseki "$ROUNDS"
# A second uncached run of each method for r2p-kg, after Fuseki's: each server then has two runs per method, the
# later ones further warmed up, and each is compared at its best.
load r2p-kg-uncached-get-2 "$R2P" GET 1 $r2p "$ROUNDS"
load r2p-kg-uncached-post-2 "$R2P" POST 1 $r2p "$ROUNDS"
for f in "${examples[@]}"; do   # every example answered once, so that the cache holds it (GET and POST share a key)
  curl -s -o /dev/null -G -H "Accept: application/sparql-results+json" --data-urlencode "query@$f" "$R2P"
done
load r2p-kg-cached-get "$R2P" GET 0 $r2p "$CACHED_ROUNDS"
load r2p-kg-cached-post "$R2P" POST 0 $r2p "$CACHED_ROUNDS"
best() { # pattern -> the highest requests_per_second of the runs whose name matches
  awk -v pattern="$1" '$1 ~ pattern && $4 > best { best = $4 } END { print best }' "$OUT/serving.txt"
}
for method in get post; do
  r=$(best "^r2p-kg-uncached-$method(-2)?\$"); f=$(best "^fuseki-(plain-)?$method\$")
  echo "uncached-$method-at-best r2p-kg $r fuseki $f ratio $(python3 -c "print(round($r / $f, 2))")" >> "$OUT/serving.txt"
done
echo "peak_rss_kb r2p-kg $(awk '/VmHWM/ {print $2}' /proc/$r2p/status) fuseki $(awk '/VmHWM/ {print $2}' /proc/$fuseki/status)" >> "$OUT/serving.txt"
cat "$OUT/serving.txt"
