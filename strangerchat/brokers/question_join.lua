-- Put an idle session in the question-mode queues. ARGV[4] session, ARGV[5] 'spy' for a spy
-- asking ARGV[6], '' for a stranger who will discuss a question.
local sid, role, question = ARGV[4], ARGV[5], ARGV[6]
local state = field(sid, 'state')
if state ~= 'idle' then
  return redis.error_reply('cannot join the question pool: session is ' .. tostring(state or 'unknown'))
end
local order = redis.call('INCR', P .. 'order')
if role ~= 'spy' then
  question = ''
end
set_state(sid, 'waiting', 'order', order, 'question', question)
redis.call('ZADD', P .. (role == 'spy' and 'spies' or 'spyees'), order, sid)
return {publish(''), order}
