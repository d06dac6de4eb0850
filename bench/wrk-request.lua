-- wrk script of bench/run: builds the request from environment variables and prints one
-- summary line of key=value pairs when the run is done.
--
--   BENCH_METHOD    HTTP method (default GET)
--   BENCH_HEADERS   request headers, one "Name: value" per line
--   BENCH_BODY      request body; "{id}" in it is replaced by a random line of BENCH_IDS_FILE
--   BENCH_IDS_FILE  file of values for "{id}", one per line

wrk.method = os.getenv("BENCH_METHOD") or "GET"

for line in string.gmatch(os.getenv("BENCH_HEADERS") or "", "[^\n]+") do
  local name, value = string.match(line, "^([^:]+):%s*(.*)$")
  if name then
    wrk.headers[name] = value
  end
end

local body = os.getenv("BENCH_BODY")
local ids_file = os.getenv("BENCH_IDS_FILE")
local ids = {}

if body then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

if body and ids_file then
  for id in io.lines(ids_file) do
    ids[#ids + 1] = id
  end
  math.randomseed(os.time())
  -- Only bodies with a random id need a request function, because wrk builds a static request once.
  request = function()
    local id = ids[math.random(#ids)]
    return wrk.format(nil, nil, nil, (string.gsub(body, "{id}", id)))
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "requests=%d duration_us=%d status_errors=%d socket_errors=%d mean_us=%.0f p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency.mean, latency:percentile(50), latency:percentile(99)))
end
