-- wrk script for one page: counts non-2xx/3xx answers and prints the latency percentiles as one JSON line.
-- POST forms: set WRK_BODY (with %KEY% replaced by a fresh idempotency key per request) and WRK_CSRF.
local body = os.getenv("WRK_BODY")
local counter = 0
local threads = 0
-- a fresh key per request, also across wrk runs (the warm-up's keys again would be harmless repeats, not new contacts)
local run_id = os.time() % 65536

-- thread:set makes a global of each thread's own script state (a local here would be 0 in every thread)
setup = function(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

request = function()
  if body == nil or body == "" then
    return wrk.format("GET")
  end
  counter = counter + 1
  local key = string.format("%08x-%04x-4000-8000-%012x", thread_number or 0, run_id, counter)
  local form = body:gsub("%%KEY%%", key)
  -- wrk.format uses the headers given instead of wrk.headers (the -H session cookie), so they are merged here
  local headers = {["Content-Type"] = "application/x-www-form-urlencoded", ["X-CSRF-TOKEN"] = os.getenv("WRK_CSRF")}
  for name, value in pairs(wrk.headers) do
    headers[name] = headers[name] or value
  end
  return wrk.format("POST", nil, headers, form)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests": %d, "rps": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "errors": %d, "non_2xx_3xx": %d}\n',
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout, summary.errors.status))
end
