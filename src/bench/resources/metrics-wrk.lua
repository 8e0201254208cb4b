-- wrk script of the metrics bench (bench/metrics.sh). Arguments after "--":
--   kind     api        GET /api/metrics/teams/<team>?period=<month>
--            dashboard  GET /dashboard?team=<team>&period=<month>
--            fixed      the URL given to wrk, unchanged (the baselines)
--   teams    team ids, comma-separated
--   periods  months (YYYY-MM), comma-separated
--   seed     each wrk thread draws its teams and months from its own generator, seeded with seed * 100 + thread
-- Authentication comes from wrk's -H (Authorization: Basic …, Authorization: Bearer … or Cookie: JSESSIONID=…). At the end it prints one line
-- "WRK key=value …": requests, duration, requests/s, latency percentiles in ms, and the errors (non-2xx included).

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

local function split(text)
  local items = {}
  for item in string.gmatch(text or "", "[^,]+") do
    items[#items + 1] = item
  end
  return items
end

function init(args)
  kind = args[1] or "fixed"
  teams = split(args[2])
  periods = split(args[3])
  math.randomseed((tonumber(args[4]) or 42) * 100 + (number or 0))
  if kind ~= "fixed" and (#teams == 0 or #periods == 0) then
    error("kind " .. kind .. " needs teams and periods")
  end
end

function request()
  if kind == "fixed" then
    return wrk.format("GET")
  end
  local team = teams[math.random(#teams)]
  local period = periods[math.random(#periods)]
  if kind == "api" then
    return wrk.format("GET", "/api/metrics/teams/" .. team .. "?period=" .. period)
  end
  return wrk.format("GET", "/dashboard?team=" .. team .. "&period=" .. period)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f"
      .. " errors=%d non2xx=%d timeouts=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    e.connect + e.read + e.write + e.timeout, e.status, e.timeout))
end
