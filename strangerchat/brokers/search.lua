-- One search, in one round trip (local_first.py sends here the searches that found nobody on
-- their own process): register the session if Redis does not have it yet, put it in the pool
-- (as join.lua) and claim a partner (claiming.lua). ARGV[4] session, ARGV[5] its address hash,
-- ARGV[6] the gen its process last applied (Redis's gen goes on from there), ARGV[7] tags,
-- ARGV[8] language, ARGV[9] last partner, ARGV[10] '1' when the search was already opened to
-- anyone. Returns {mine, order} when nobody fits, else {mine, order, then as claim.lua}.
local sid, ip, gen, tags, lang, shun, widened = ARGV[4], ARGV[5], tonumber(ARGV[6]), ARGV[7], ARGV[8], ARGV[9], ARGV[10]
local key = session_key(sid)
local state, owner, kept_gen = unpack(redis.call('HMGET', key, 'state', 'proc', 'gen'))
if not state then
  redis.call('HSET', key, 'proc', ME, 'gen', gen, 'state', 'idle', 'ip', ip)
  redis.call('SADD', P .. 'members:' .. ME, sid)
elseif owner ~= ME or state ~= 'idle' then
  return redis.error_reply('cannot search: session is ' .. tostring(state) .. ' on ' .. tostring(owner))
elseif tonumber(kept_gen) < gen then
  redis.call('HSET', key, 'gen', gen)
end
local order = join(sid, tags, lang, shun)
if widened == '1' then
  widen(sid)
end
local found = claim(sid)
local result = {publish(''), order}
for _, value in ipairs(found or {}) do
  table.insert(result, value)
end
return result
