-- Put an idle session in the waiting pool. ARGV[4] session, ARGV[5] tags, ARGV[6] language,
-- ARGV[7] last partner. Returns {mine, the ticket's order}.
local sid, tags, lang, shun = ARGV[4], ARGV[5], ARGV[6], ARGV[7]
local state = field(sid, 'state')
if state ~= 'idle' then
  return redis.error_reply('cannot join the pool: session is ' .. tostring(state or 'unknown'))
end
local order = join(sid, tags, lang, shun)
return {publish(''), order}
