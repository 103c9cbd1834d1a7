-- Block a session's partner, or the last partner of a chat that ended at most ARGV[6] ms ago,
-- for ARGV[5] ms. ARGV[4] the blocker. Returns the blocked session's id, or '' for nobody.
-- Every process hears of it (tell_block), for its own matching (local_first.py).
local blocker, ttl, window = ARGV[4], tonumber(ARGV[5]), tonumber(ARGV[6])
local ip, partner, last, last_ip, ended =
  unpack(redis.call('HMGET', session_key(blocker), 'ip', 'partner', 'last', 'lastip', 'ended'))
local now = now_ms()
local blocked, blocked_ip
if partner then
  blocked, blocked_ip = partner, field(partner, 'ip')
elseif last and ended and now - tonumber(ended) <= window then
  blocked, blocked_ip = last, last_ip
else
  return ''
end
local own, theirs = marks(blocker, ip), marks(blocked, blocked_ip)
add_block(own, theirs, now, ttl)
tell_block(own, theirs, ttl)
return blocked
