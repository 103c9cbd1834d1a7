-- Open a waiting search to anyone. ARGV[4] session, ARGV[5] the ticket's order or '' for any.
local sid, wanted = ARGV[4], ARGV[5]
local state, order, question = unpack(redis.call('HMGET', session_key(sid), 'state', 'order', 'question'))
-- A question-mode search waits apart from the pool: never widened into it.
if state ~= 'waiting' or question or (wanted ~= '' and wanted ~= order) then
  return 0
end
widen(sid)
return 1
