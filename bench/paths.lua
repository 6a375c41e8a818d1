-- wrk script: cycles through the request paths listed (one a line) in the file BENCH_PATHS,
-- keeping the headers given with -H.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
