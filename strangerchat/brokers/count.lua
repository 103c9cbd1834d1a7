-- How many sessions the other live processes hold (the caller counts its own).
local total = 0
for _, pid in ipairs(redis.call('SMEMBERS', P .. 'procs')) do
  if pid ~= ME and redis.call('EXISTS', P .. 'alive:' .. pid) == 1 then
    total = total + redis.call('SCARD', P .. 'members:' .. pid)
  end
end
return total
