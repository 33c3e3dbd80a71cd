-- wrk script: cycles through the example queries given in the file named by the QUERIES environment
-- variable (one URL-encoded query per line), as GET requests to the path in ENDPOINT.
local queries = {}
local endpoint = os.getenv("ENDPOINT") or "/r2p/sparql"
for line in io.lines(os.getenv("QUERIES")) do
  if #line > 0 then table.insert(queries, line) end
end
local i = 0
request = function()
  i = (i % #queries) + 1
  return wrk.format("GET", endpoint .. "?query=" .. queries[i], { ["Accept"] = "application/sparql-results+json" })
end
