#!/usr/bin/env bash
# The result cache under memory pressure (issue 11, item 1): serve the seeds with -Xmx512m, send 900 distinct
# queries of about 1 MB of JSON each from 4 clients at once, then time the landing page.
# Promise checked: no OutOfMemoryError, no 5xx other than 503, and / answers within 1 s right after.
# Usage: bench/cache-pressure.sh [QUERIES] [CLIENTS] [PORT]   (defaults 900 4 3095). Needs curl, Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."
QUERIES=${1:-900}
CLIENTS=${2:-4}
PORT=${3:-3095}
WORK=target/bench-cache
mkdir -p "$WORK"
JAR=target/r2p-kg.jar
[ -f "$JAR" ] || mvn -q -o -DskipTests package

java -Xmx512m -jar "$JAR" serve --port "$PORT" --quiet > "$WORK/serve.log" 2>&1 & server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
endpoint="http://127.0.0.1:$PORT/r2p/sparql"
for _ in $(seq 1 120); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break
  sleep 1
done

# One query per OFFSET: 3,000 rows of the whole graph, about 1 MB of JSON each, none the same.
seq 0 $((QUERIES - 1)) | xargs -P "$CLIENTS" -I{} curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' \
    -H 'Accept: application/sparql-results+json' \
    --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3000 OFFSET {}' -G "$endpoint" > "$WORK/answers.txt"
landing=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "http://127.0.0.1:$PORT/")
rss_kb=$(ps -o rss= -p "$server" | tr -d ' ')

echo "queries: $QUERIES from $CLIENTS clients, -Xmx512m"
echo "status count:"
awk '{print "  " $1}' "$WORK/answers.txt" | sort | uniq -c
awk '{bytes += $2; if ($3 > max) max = $3} END {printf "mean answer: %.0f bytes; slowest: %.2f s\n", bytes / NR, max}' "$WORK/answers.txt"
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$WORK/serve.log" || true)"
echo "server RSS after: $((rss_kb / 1024)) MB"
echo "landing page right after: $landing s"
bad=$(awk '$1 >= 500 && $1 != 503' "$WORK/answers.txt" | wc -l)
ok=$(awk -v t="${landing#* }" 'BEGIN {print (t < 1.0) ? 1 : 0}')
if [ "$bad" -eq 0 ] && [ "$ok" -eq 1 ] && ! grep -q OutOfMemoryError "$WORK/serve.log"; then
  echo "PASS"
else
  echo "FAIL: $bad answers were 5xx other than 503"
  exit 1
fi
