-- Processes whose heartbeat expired are dead: drop their sessions, and their partners get
-- ARGV[4]. Returns how many processes were reaped.
local reaped = 0
for _, pid in ipairs(redis.call('SMEMBERS', P .. 'procs')) do
  if pid ~= ME and redis.call('EXISTS', P .. 'alive:' .. pid) == 0 then
    for _, sid in ipairs(redis.call('SMEMBERS', P .. 'members:' .. pid)) do
      drop(sid)
    end
    redis.call('SREM', P .. 'procs', pid)
    reaped = reaped + 1
  end
end
publish(ARGV[4])
return reaped
