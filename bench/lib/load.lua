-- wrk script of bench/load. Arguments after "--": MODE THREADS ...
--   page   THREADS TOKENS            GET /r/<token>, cycling over the invitation tokens in file TOKENS
--   submit THREADS TOKENS BODY       POST /api/v1/responses/<token>/submit with the JSON in file BODY,
--                                    each token once (a response can be submitted once); a thread
--                                    whose tokens are used up stops
--   get    THREADS PATH BEARER       GET PATH with Authorization: Bearer BEARER
--   invite THREADS ASSESSMENT BEARER COUNT OUT
--                                    invites COUNT respondents, alternating customer and provider,
--                                    and writes their tokens to OUT.<thread>
-- done() prints one line: RESULT requests requests/s p50-ms p99-ms non-2xx socket-errors threads-out-of-tokens

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local requests, i, mode = {}, 0, nil

local function slurp(path)
  local f = assert(io.open(path, "r"))
  local s = f:read("*a")
  f:close()
  return s
end

function init(args)
  mode = args[1]
  local nthreads = tonumber(args[2])
  if mode == "page" or mode == "submit" then
    local body = mode == "submit" and slurp(args[4]) or nil
    local k = 0
    for t in io.lines(args[3]) do
      if k % nthreads == id then
        if mode == "page" then
          requests[#requests + 1] = wrk.format("GET", "/r/" .. t)
        else
          requests[#requests + 1] = wrk.format("POST", "/api/v1/responses/" .. t .. "/submit",
            { ["Content-Type"] = "application/json" }, body)
        end
      end
      k = k + 1
    end
  elseif mode == "get" then
    requests[1] = wrk.format("GET", args[3], { Authorization = "Bearer " .. args[4] })
  elseif mode == "invite" then
    local headers = { Authorization = "Bearer " .. args[4], ["Content-Type"] = "application/json" }
    local path = "/api/v1/assessments/" .. args[3] .. "/respondents"
    for _, side in ipairs({ "customer", "provider" }) do
      requests[#requests + 1] = wrk.format("POST", path, headers,
        '{"perspective": "' .. side .. '", "name": "Load ' .. side .. '"}')
    end
    local quota = math.ceil(tonumber(args[5]) / nthreads)
    local out, written = assert(io.open(args[6] .. "." .. id, "w")), 0
    response = function(status, headers, body)
      local t = status == 201 and body:match('"token":%s*"([^"]+)"')
      if t and written < quota then
        out:write(t, "\n")
        written = written + 1
        if written == quota then
          out:close()
          wrk.thread:stop()
        end
      end
    end
  end
  assert(#requests > 0, "nothing to send")
end

function request()
  i = i + 1
  if mode == "submit" and i > #requests then
    exhausted = true
    wrk.thread:stop()
    i = 1
  end
  return requests[(i - 1) % #requests + 1]
end

function done(summary, latency)
  local out = 0
  for _, t in ipairs(threads) do
    if t:get("exhausted") then out = out + 1 end
  end
  local e = summary.errors
  io.write(string.format("RESULT %d %.0f %.2f %.2f %d %d %d\n", summary.requests,
    summary.requests / summary.duration * 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, out))
end
