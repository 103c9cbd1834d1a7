-- Put an idle session in the waiting pool. ARGV[4] session, ARGV[5] tags, ARGV[6] language,
-- ARGV[7] last partner. The order counter makes "longest waiter first" a sorted-set score.
local sid, tags, lang, shun = ARGV[4], ARGV[5], ARGV[6], ARGV[7]
local state = field(sid, 'state')
if state ~= 'idle' then
  return redis.error_reply('cannot join the pool: session is ' .. tostring(state or 'unknown'))
end
local order = redis.call('INCR', P .. 'order')
-- A search that asked for nothing (no interests, no language) has nothing to wait for.
local open = (tags == '' and lang == '') and '1' or '0'
set_state(sid, 'waiting', 'order', order, 'tags', tags, 'lang', lang, 'shun', shun, 'open', open)
for _, tag in ipairs(split(tags)) do
  redis.call('ZADD', tag_key(lang, tag), order, sid)
end
if tags == '' and lang ~= '' then
  redis.call('ZADD', lang_key(lang), order, sid)
end
if open == '1' then
  redis.call('ZADD', P .. 'open', order, sid)
end
return {publish(''), order}
