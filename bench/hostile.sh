#!/usr/bin/env bash
# The hostile-but-honest client probes of issue 11, against a local server (java -Xmx512m ... serve) and the
# build/export commands. Prints a table: probe | expected | observed.
# Usage: bench/hostile.sh            (needs target/r2p-kg.jar: mvn -o -q -DskipTests package)
# Needs curl; strace for the killed-build probe; root (mount) for the full-disk and read-only probes, else they
# are reported as skipped. TIMEOUT sets the server's query timeout in seconds (default 10).
set -uo pipefail
cd "$(dirname "$0")/.."
JAR=target/r2p-kg.jar
TIMEOUT=${TIMEOUT:-10}
SMALL=src/test/resources/cases/press-release/corpus
WORK=$(mktemp -d)
SERVER=
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null
  for m in "$WORK/full" "$WORK/ro"; do mountpoint -q "$m" 2>/dev/null && umount "$m"; done
  rm -rf "$WORK"
}
trap cleanup EXIT

row() { printf '| %s | %s | %s |\n' "$1" "$2" "$3"; }
# status and seconds of a curl request: "STATUS in S s"
timed() { curl -s -o "$WORK/body" -w '%{http_code} in %{time_total} s' "$@"; }

java -Xmx512m -jar "$JAR" serve --corpus seeds --port 0 --timeout "$TIMEOUT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 180); do grep -q "SPARQL endpoint" "$WORK/serve.log" && break; sleep 1; done
E=$(sed -n 's/^SPARQL endpoint: //p' "$WORK/serve.log")
ROOT=${E%/r2p/sparql}
[ -n "$E" ] || { cat "$WORK/serve.log"; exit 1; }

echo "| probe | expected | observed |"
echo "| --- | --- | --- |"

Q='SELECT * WHERE { BIND("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab" AS ?x) FILTER(regex(?x, "(.*a){50}")) }'
row 'regex `(.*a){50}` on 46 characters' "503 within ${TIMEOUT}+2 s" "$(timed -m 120 --data-urlencode "query=$Q" "$E")"
Q='SELECT (REPLACE("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(.*a){50}", "x") AS ?y) WHERE { }'
row 'REPLACE with the same pattern, constant arguments' "503 within ${TIMEOUT}+2 s" "$(timed -m 120 --data-urlencode "query=$Q" "$E")"
Q='SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } VALUES ?x { 1 2 }'
row 'a count over a heavy join, ending in a VALUES block of two rows' "503 within ${TIMEOUT}+2 s" "$(timed -m 120 --data-urlencode "query=$Q" "$E")"
Q='SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d MINUS { ?a ?r ?f . ?g ?s ?h . FILTER(STR(?h) = "none") } }'
row 'MINUS of a heavy pattern with no row' "503 within ${TIMEOUT}+2 s" "$(timed -m 120 --data-urlencode "query=$Q" "$E")"

for mb in 1 10 50; do
  { printf 'SELECT * WHERE { ?s ?p "'; head -c $((mb * 1048576)) /dev/zero | tr '\0' x; printf '" }'; } > "$WORK/q$mb.rq"
done
{ printf 'SELECT * WHERE { ?s ?p "'; head -c 1000000 /dev/zero | tr '\0' x; printf '" }'; } > "$WORK/q-under.rq"
row "query just under 1 MiB (a 1,000,000-character literal)" "parsed and answered within the timeout" "$(timed -m 120 -H 'Content-Type: application/sparql-query' --data-binary @"$WORK/q-under.rq" "$E")"
row "1 MiB + 25 bytes POSTed query (application/sparql-query)" "413 at once" "$(timed -m 120 -H 'Content-Type: application/sparql-query' --data-binary @"$WORK/q1.rq" "$E")"
row "10 MB POSTed query" "413 at once" "$(timed -m 120 -H 'Content-Type: application/sparql-query' --data-binary @"$WORK/q10.rq" "$E")"
row "50 MB POSTed query" "413 at once" "$(timed -m 120 -H 'Content-Type: application/sparql-query' --data-binary @"$WORK/q50.rq" "$E")"
row "10 MB query sent chunked (no length)" "413" "$(timed -m 120 -H 'Content-Type: application/sparql-query' -H 'Transfer-Encoding: chunked' --data-binary @"$WORK/q10.rq" "$E")"
row "10 MB query as a form field" "413" "$(timed -m 120 --data-urlencode query@"$WORK/q10.rq" "$E")"
row "10 MB update to /r2p/update" "413" "$(timed -m 120 -H 'Content-Type: application/sparql-update' --data-binary @"$WORK/q10.rq" "$ROOT/r2p/update")"
row "small update to the endpoint" "4xx, nothing written" "$(timed -H 'Content-Type: application/sparql-update' --data-binary 'INSERT DATA { <urn:a> <urn:b> <urn:c> }' "$E")"

Q='SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }'
row "SERVICE to a host not allowed" "400 naming the allowed endpoints" "$(timed --data-urlencode "query=$Q" "$E"): $(head -c 120 "$WORK/body")"
Q='SELECT * WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }'
row "SERVICE SILENT to a host not allowed" "400" "$(timed --data-urlencode "query=$Q" "$E")"

H=$(curl -s -D - -o /dev/null -X OPTIONS -H 'Origin: https://evil.example' -H 'Access-Control-Request-Method: POST' "$E" | tr -d '\r')
row "CORS preflight for POST from any origin" "origin allowed, no credentials, GET/POST/HEAD/OPTIONS" \
  "$(echo "$H" | grep -i '^access-control-allow-\(origin\|credentials\|methods\)' | tr '\n' ' ')"
H=$(curl -s -D - -o /dev/null -X OPTIONS -H 'Origin: https://evil.example' -H 'Access-Control-Request-Method: PUT' "$E" | tr -d '\r')
row "CORS preflight for PUT" "not allowed (no Allow-Origin)" "$(echo "$H" | grep -ci '^access-control-allow-origin') Allow-Origin headers"
row "TRACE /" "405, headers not echoed" "$(timed -X TRACE -H 'X-Probe: echo-me' "$ROOT/")$(grep -q echo-me "$WORK/body" && echo ', echoed')"

Q='SELECT ?iri WHERE { VALUES ?iri { <javascript:alert(1)> } }'
curl -s -G --data-urlencode "query=$Q" "$ROOT/query" > "$WORK/page.html"
row 'query page showing a `javascript:` IRI' "text, not a link" "$(grep -c 'href="javascript' "$WORK/page.html") links, $(grep -c 'javascript:alert' "$WORK/page.html") mentions"
row "landing page right after all this" "200 within 1 s" "$(timed "$ROOT/")"
kill "$SERVER"; wait "$SERVER" 2>/dev/null; SERVER=

# --- export: the umask's mode, and partial files of killed exports removed
umask 022
touch "$WORK/.out.ttl.999999999.part"
java -jar "$JAR" export --corpus "$SMALL" -o "$WORK/out.ttl" > /dev/null 2>&1
row "export -o under umask 022" "mode 644, stale .part removed" "mode $(stat -c %a "$WORK/out.ttl"), $(ls -a "$WORK" | grep -c '\.part$') .part files left"

# --- build killed at every rename (the store swap is the last two) and at moments while it writes: each kill
# must leave a store that serve --tdb opens (recovering a half-done swap) and answers from, the old or the new.
servable() { # -> number of triples serve --tdb answers with, or "nothing"
  (java -Xmx512m -jar "$JAR" serve --tdb "$WORK/store" --port 0 > "$WORK/serve2.log" 2>&1 & echo $! > "$WORK/serve2.pid")
  for _ in $(seq 120); do grep -q "SPARQL endpoint\|r2p-kg:" "$WORK/serve2.log" && break; sleep 0.5; done
  local e2 count
  e2=$(sed -n 's/^SPARQL endpoint: //p' "$WORK/serve2.log")
  count=$([ -n "$e2" ] && curl -s -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' "$e2" | tail -1 | tr -d '\r')
  kill "$(cat "$WORK/serve2.pid")" 2>/dev/null; wait "$(cat "$WORK/serve2.pid")" 2>/dev/null
  echo "${count:-nothing}"
}
java -jar "$JAR" build --corpus "$SMALL" --tdb "$WORK/store" > /dev/null 2>&1
if command -v strace > /dev/null; then
  strace -f -qq -e trace=rename,renameat,renameat2 -o "$WORK/renames" java -jar "$JAR" build --corpus "$SMALL" --tdb "$WORK/store" > /dev/null 2>&1
  n=$(grep -c 'rename' "$WORK/renames")
  for k in $(seq 1 "$n"); do
    strace -f -qq -o /dev/null -e trace=rename,renameat,renameat2 -e inject=rename,renameat,renameat2:signal=KILL:when=$k \
      java -jar "$JAR" build --corpus "$SMALL" --tdb "$WORK/store" > /dev/null 2>&1
    left=$(ls "$WORK" | grep '^store' | tr '\n' ' ')
    row "build killed at rename $k of $n (strace)" "a servable store, old or new" "left: ${left}; serve --tdb answers $(servable) triples"
  done
else
  row "build killed between its renames" "a servable store" "skipped: no strace"
fi
for delay in 2 4 6 8; do
  java -jar "$JAR" build --corpus "$SMALL" --tdb "$WORK/store" > /dev/null 2>&1 & pid=$!
  sleep "$delay"; kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  left=$(ls "$WORK" | grep '^store' | tr '\n' ' ')
  row "build killed ${delay} s after it started" "a servable store, old or new" "left: ${left}; serve --tdb answers $(servable) triples"
done

# --- build on a full disk and in a read-only folder (tmpfs mounts; root only)
mkdir -p "$WORK/full" "$WORK/ro"
if mount -t tmpfs -o size=256k tmpfs "$WORK/full" 2>/dev/null; then
  java -jar "$JAR" build --corpus seeds --tdb "$WORK/full/store" > "$WORK/full.out" 2> "$WORK/full.err"
  code=$?
  row "build on a full disk (256 KB tmpfs)" "exit 1, one line, nothing left" "exit $code, $(grep -c . "$WORK/full.err") stderr lines: $(head -1 "$WORK/full.err" | cut -c1-220); left: $(ls "$WORK/full" | tr '\n' ' ')"
else
  row "build on a full disk" "exit 1, one line" "skipped: cannot mount (not root)"
fi
if mount -t tmpfs -o size=1m,ro tmpfs "$WORK/ro" 2>/dev/null; then
  java -jar "$JAR" build --corpus "$SMALL" --tdb "$WORK/ro/store" > /dev/null 2> "$WORK/ro.err"
  code=$?
  row "build into a read-only folder" "exit 1, one line naming the reason" "exit $code, $(grep -c . "$WORK/ro.err") stderr lines: $(head -1 "$WORK/ro.err" | cut -c1-220)"
else
  row "build into a read-only folder" "exit 1, one line" "skipped: cannot mount (not root)"
fi
