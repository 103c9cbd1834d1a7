-- Take a waiting session out of the pool. ARGV[4] session. Returns {mine, 1 if it was waiting}.
local sid = ARGV[4]
if field(sid, 'state') ~= 'waiting' then
  return {0, 0}
end
remove_ticket(sid)
set_state(sid, 'idle')
return {publish(''), 1}
