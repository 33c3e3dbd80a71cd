-- wrk script: sends the example queries given in the file named by the QUERIES environment variable (one
-- URL-encoded query per line) to the path in ENDPOINT, in file order, round after round, and ends the run after
-- ROUNDS rounds' worth of answers; run it with one wrk thread (-t1), so that every server is sent the same
-- requests in the same order, whatever its speed: a run timed by duration instead asks a fast server more
-- rounds than a slow one and cuts each off at a different query.
--   ROUNDS=n     how many times every query is answered (the run's number of requests is ROUNDS x queries)
--   WRK_PID=pid  wrk's own process, sent SIGINT when the last answer is in: wrk's main thread sleeps for the
--                whole -d duration whatever its threads do, and reports (with the time so far) on SIGINT;
--                without it, ROUNDS is not counted and the run lasts the -d duration
--   METHOD=POST  sends each query as a form (application/x-www-form-urlencoded) instead of GET ?query=
--   VARY=1       makes every request a new query, so that no result cache can answer it: each ends with
--                VALUES ?r2pBenchNonce {"<NONCE>r<n>"}, a variable no pattern uses, which changes no result; n
--                counts the requests of the run, so the nonces too are the same for every server, and NONCE
--                tells the runs against one server apart (a warm-up's answers must not be cached for the run)
local queries = {}
local endpoint = os.getenv("ENDPOINT") or "/r2p/sparql"
local method = os.getenv("METHOD") or "GET"
local vary = os.getenv("VARY") == "1"
local nonce = os.getenv("NONCE") or ""
local rounds = tonumber(os.getenv("ROUNDS") or "10")
for line in io.lines(os.getenv("QUERIES")) do
  if #line > 0 then table.insert(queries, line) end
end
local sent = 0
local answered = 0
request = function()
  local query = queries[(sent % #queries) + 1]
  sent = sent + 1
  if vary then
    query = query .. "%0AVALUES%20%3Fr2pBenchNonce%20%7B%22" .. nonce .. "r" .. sent .. "%22%7D"
  end
  local headers = { ["Accept"] = "application/sparql-results+json" }
  if method == "POST" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", endpoint, headers, "query=" .. query)
  end
  return wrk.format("GET", endpoint .. "?query=" .. query, headers)
end
local pid = os.getenv("WRK_PID")
response = function(status, headers, body)
  answered = answered + 1
  -- Without WRK_PID the run is timed by wrk's -d duration alone (bench/run.sh's load on the seeds).
  if pid and answered == rounds * #queries then
    wrk.thread:stop()
    -- Sent from the background, again and again until wrk has gone: while os.execute runs, the C library
    -- ignores SIGINT in wrk, and on a busy machine one signal sent after a fixed pause came too early and left
    -- wrk waiting out its whole -d duration (an hour).
    os.execute("(sleep 0.01; while kill -INT " .. pid .. " 2>/dev/null; do sleep 0.02; done) &")
  end
end
