-- A process (re)joins with no sessions: whatever Redis still lists as its sessions is left over
-- from before it lost track of Redis, so it is dropped (partners get ARGV[4]). ARGV[5] is how
-- many milliseconds the process counts as alive without another heartbeat.
for _, sid in ipairs(redis.call('SMEMBERS', P .. 'members:' .. ME)) do
  drop(sid)
end
redis.call('SET', P .. 'alive:' .. ME, '1', 'PX', ARGV[5])
redis.call('SADD', P .. 'procs', ME)
return publish(ARGV[4])
