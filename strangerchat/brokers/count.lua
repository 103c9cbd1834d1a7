-- How many sessions the other live processes hold (the caller counts its own). ARGV[4] is how
-- many the caller holds, kept for the others for ARGV[5] ms: its sessions on their own process
-- (local_first.py) are not all in Redis.
redis.call('SET', P .. 'count:' .. ME, ARGV[4], 'PX', ARGV[5])
local total = 0
for _, pid in ipairs(redis.call('SMEMBERS', P .. 'procs')) do
  if pid ~= ME and redis.call('EXISTS', P .. 'alive:' .. pid) == 1 then
    total = total + (tonumber(redis.call('GET', P .. 'count:' .. pid)) or 0)
  end
end
return total
