-- Mixed workload for scripts/bench-cluster: 60 % list, 15 % get one, 15 % create, 10 % cached job search.
-- TOKEN and APP_ID come from the environment; p50/p95/p99 are printed at the end.
local token = os.getenv("TOKEN")
local app_id = os.getenv("APP_ID")
local counter = 0

request = function()
  counter = counter + 1
  local pick = counter % 20
  local headers = { ["Authorization"] = "Bearer " .. token }
  if pick < 12 then
    return wrk.format("GET", "/api/v1/applications?limit=20", headers)
  elseif pick < 15 then
    return wrk.format("GET", "/api/v1/applications/" .. app_id, headers)
  elseif pick < 18 then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", "/api/v1/applications", headers,
      '{"company_name":"Load ' .. counter .. '","role_title":"Engineer","applied_date":"2026-11-20"}')
  else
    return wrk.format("GET", "/api/v1/jobs/external/aggregate?query=engineer", headers)
  end
end

local statuses = {}
response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  io.write(string.format("requests/s %.0f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  errors %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status))
end
