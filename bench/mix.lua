-- wrk script: cycles through the example queries given in the file named by the QUERIES environment
-- variable (one URL-encoded query per line), sent to the path in ENDPOINT.
--   METHOD=POST  sends each query as a form (application/x-www-form-urlencoded) instead of GET ?query=
--   VARY=1       makes every request a new query, so that no result cache can answer it: each ends with
--                VALUES ?r2pBenchNonce {"t<thread>r<n>"}, a variable no pattern uses, which changes no result
local queries = {}
local endpoint = os.getenv("ENDPOINT") or "/r2p/sparql"
local method = os.getenv("METHOD") or "GET"
local vary = os.getenv("VARY") == "1"
for line in io.lines(os.getenv("QUERIES")) do
  if #line > 0 then table.insert(queries, line) end
end
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local i = 0
local n = 0
request = function()
  i = (i % #queries) + 1
  local query = queries[i]
  if vary then
    n = n + 1
    query = query .. "%0AVALUES%20%3Fr2pBenchNonce%20%7B%22t" .. tostring(id) .. "r" .. n .. "%22%7D"
  end
  local headers = { ["Accept"] = "application/sparql-results+json" }
  if method == "POST" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", endpoint, headers, "query=" .. query)
  end
  return wrk.format("GET", endpoint .. "?query=" .. query, headers)
end
