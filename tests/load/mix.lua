-- wrk script for the kgqa load test (tests/test_hardening_load.py).
-- Usage: wrk -t2 -c50 -d60s -s tests/load/mix.lua http://127.0.0.1:PORT -- PATHS_FILE
-- PATHS_FILE holds one request path per line (ask, SPARQL, entity pages, dump); each connection
-- cycles through them from its own offset. At the end one JSON line starting "KGQA-LOAD " is printed:
-- requests, non-2xx count (with the first statuses and bodies seen), socket errors, p50/p90/p99 in ms.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  local file = assert(io.open(args[1], "r"), "cannot open the paths file")
  for line in file:lines() do
    if #line > 0 then table.insert(paths, line) end
  end
  file:close()
  assert(#paths > 0, "no request paths")
  counter = (id * 7919) % #paths
  non2xx = 0
  bad = ""
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], {["Accept-Encoding"] = "identity"})
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if #bad < 2000 then
      bad = bad .. status .. " " .. string.sub(string.gsub(body or "", "[%c\"\\]", " "), 1, 200) .. " | "
    end
  end
end

local function ms(us) return string.format("%.1f", us / 1000) end

function done(summary, latency, requests)
  local non2xx_total, bad_all = 0, ""
  for _, t in ipairs(threads) do
    non2xx_total = non2xx_total + (t:get("non2xx") or 0)
    bad_all = bad_all .. (t:get("bad") or "")
  end
  local e = summary.errors
  io.write(string.format(
    'KGQA-LOAD {"requests": %d, "seconds": %.1f, "non2xx": %d, "connect": %d, "read": %d, "write": %d, ' ..
    '"timeout": %d, "p50_ms": %s, "p90_ms": %s, "p99_ms": %s, "max_ms": %s, "bad": "%s"}\n',
    summary.requests, summary.duration / 1e6, non2xx_total, e.connect, e.read, e.write, e.timeout,
    ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(99)), ms(latency.max),
    string.sub(bad_all, 1, 2000)))
end
