-- Shared by every script (prepended to each). ARGV[1] is the key prefix, ARGV[2] the calling
-- process, ARGV[3] a token the caller waits to see on its own channel; each script's own
-- arguments follow.
--
-- A session hash holds: proc (the process holding it), ip (its address hash, or ''), gen
-- (raised on every change of state), state (idle, waiting or chatting), partner, last (the last
-- partner) with lastip (its address hash) and ended (when that chat ended) and, while waiting, its
-- ticket: order, tags (joined by newlines: a tag never holds one), lang, shun (the last partner
-- when the search began) and open ('1' once it takes anyone).
local P, ME, TOKEN = ARGV[1], ARGV[2], ARGV[3]
local touched, told = {}, {}

local function session_key(sid)
  return P .. 'session:' .. sid
end

local function field(sid, name)
  return redis.call('HGET', session_key(sid), name)
end

local function split(text)
  local items = {}
  for item in string.gmatch(text or '', '[^\n]+') do
    items[#items + 1] = item
  end
  return items
end

local function set_state(sid, state, ...)
  redis.call('HSET', session_key(sid), 'state', state, ...)
  redis.call('HINCRBY', session_key(sid), 'gen', 1)
  touched[#touched + 1] = sid
end

-- The waiting queues, as MemoryBroker's: `open` (willing to meet anyone), `lang:<code>`
-- (willing to meet anyone who chose it) and the interest queues, one set per language. A
-- language code holds no ':' (protocol.Language), so `lang:<code>` never names an interest queue.
local function tag_key(lang, tag)
  if lang == '' then
    return P .. 'tag:' .. tag
  end
  return P .. 'lang:' .. lang .. ':tag:' .. tag
end

local function lang_key(lang)
  return P .. 'lang:' .. lang
end

local function remove_ticket(sid)
  local tags, lang = unpack(redis.call('HMGET', session_key(sid), 'tags', 'lang'))
  lang = lang or ''
  for _, tag in ipairs(split(tags)) do
    redis.call('ZREM', tag_key(lang, tag), sid)
  end
  redis.call('ZREM', P .. 'open', sid)
  if lang ~= '' then
    redis.call('ZREM', lang_key(lang), sid)
  end
  redis.call('HDEL', session_key(sid), 'order', 'tags', 'lang', 'shun', 'open')
end

-- Milliseconds since the epoch, by Redis's clock.
local function now_ms()
  local time = redis.call('TIME')
  return tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end

-- The chat's end and the partner's address hash stay for a block that may follow (block.lua).
local function end_side(sid, partner)
  redis.call('HDEL', session_key(sid), 'partner')
  local partner_ip = field(partner, 'ip') or ''
  set_state(sid, 'idle', 'last', partner, 'lastip', partner_ip, 'ended', now_ms())
end

-- A session leaves for good: out of the pool, out of its pair (the partner will be told), gone.
local function drop(sid)
  local state, partner, owner = unpack(redis.call('HMGET', session_key(sid), 'state', 'partner', 'proc'))
  if not state then
    return
  end
  if state == 'waiting' then
    remove_ticket(sid)
  end
  if partner and field(partner, 'partner') == sid then
    end_side(partner, sid)
    told[#told + 1] = partner
  end
  redis.call('DEL', session_key(sid))
  redis.call('SREM', P .. 'members:' .. owner, sid)
end

-- What the owner mirrors: id, gen, state, partner, last, and the owner and gen of the peer (the
-- partner, else the last partner), which stamp the events it sends there.
local function line(sid)
  local gen, state, partner, last = unpack(redis.call('HMGET', session_key(sid), 'gen', 'state', 'partner', 'last'))
  partner, last = partner or '', last or ''
  local peer = partner ~= '' and partner or last
  local peer_owner, peer_gen = '', ''
  if peer ~= '' then
    local found = redis.call('HMGET', session_key(peer), 'proc', 'gen')
    peer_owner, peer_gen = found[1] or '', found[2] or ''
  end
  return table.concat({sid, gen, state, partner, last, peer_owner, peer_gen}, '\t')
end

-- Tell each owner about its touched sessions (one message per owner, so it applies a pair at
-- once), then send `notice` to every partner left behind. Returns 1 when the caller's own
-- channel got the token, so that the caller knows to wait for it.
local function publish(notice)
  local lines, seen, mine = {}, {}, 0
  for _, sid in ipairs(touched) do
    local owner = field(sid, 'proc')
    if owner and not seen[sid] then
      seen[sid] = true
      lines[owner] = lines[owner] or {}
      table.insert(lines[owner], line(sid))
    end
  end
  for owner, list in pairs(lines) do
    local token = ''
    if owner == ME then
      token, mine = TOKEN, 1
    end
    redis.call('PUBLISH', P .. 'events:' .. owner, 'S\t' .. token .. '\n' .. table.concat(list, '\n'))
  end
  for _, sid in ipairs(told) do
    local owner, gen = unpack(redis.call('HMGET', session_key(sid), 'proc', 'gen'))
    if owner then
      redis.call('PUBLISH', P .. 'events:' .. owner, 'D\t' .. sid .. '\t' .. gen .. '\t' .. notice)
    end
  end
  return mine
end
