-- Shared by every script (prepended to each). ARGV[1] is the key prefix, ARGV[2] the calling
-- process, ARGV[3] a token the caller waits to see on its own channel; each script's own
-- arguments follow.
--
-- A session hash holds: proc (the process holding it), ip (its address hash, or ''), gen
-- (raised on every change of state), state (idle, waiting or chatting), partner, last (the last
-- partner) with lastip (its address hash) and ended (when that chat ended) and, while waiting, its
-- ticket: order, tags (joined by newlines: a tag never holds one), lang, shun (the last partner
-- when the search began) and open ('1' once it takes anyone).
--
-- Question mode: a waiting spy's ticket is order and question (in the `spies` queue); a waiting
-- stranger's is order and an empty question (in the `spyees` queue). In a question chat the spy
-- holds strangers (the two, stranger 1 first) and each stranger holds partner, spy and who
-- (1 or 2).
local P, ME, TOKEN = ARGV[1], ARGV[2], ARGV[3]
local touched, told = {}, {}
local spies_told, quits = {}, {}

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
  redis.call('ZREM', P .. 'spies', sid)
  redis.call('ZREM', P .. 'spyees', sid)
  redis.call('HDEL', session_key(sid), 'order', 'tags', 'lang', 'shun', 'open', 'question')
end

-- Put an idle session in the waiting pool; its ticket's order. The order counter makes
-- "longest waiter first" a sorted-set score.
local function join(sid, tags, lang, shun)
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
  return order
end

-- Open a waiting search to anyone who chose its language, and to anyone at all.
local function widen(sid)
  local order, lang = unpack(redis.call('HMGET', session_key(sid), 'order', 'lang'))
  redis.call('HSET', session_key(sid), 'open', '1')
  redis.call('ZADD', P .. 'open', order, sid)
  if lang and lang ~= '' then
    redis.call('ZADD', lang_key(lang), order, sid)
  end
end

-- Milliseconds since the epoch, by Redis's clock.
local function now_ms()
  local time = redis.call('TIME')
  return tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end

-- The chat's end and the partner's address hash stay for a block that may follow (block.lua).
local function end_side(sid, partner)
  redis.call('HDEL', session_key(sid), 'partner', 'spy', 'who')
  local partner_ip = field(partner, 'ip') or ''
  set_state(sid, 'idle', 'last', partner, 'lastip', partner_ip, 'ended', now_ms())
end

local function watches(spy, sid)
  for _, stranger in ipairs(split(field(spy, 'strangers'))) do
    if stranger == sid then
      return true
    end
  end
  return false
end

-- A stranger's question chat ends: so does its spy's watch, and the spy hears who left.
local function end_watch(sid)
  local spy, who = unpack(redis.call('HMGET', session_key(sid), 'spy', 'who'))
  if spy and watches(spy, sid) then
    redis.call('HDEL', session_key(spy), 'strangers')
    set_state(spy, 'idle')
    spies_told[#spies_told + 1] = {spy, who}
  end
end

-- A spy leaves: its strangers chat on. Their gens stay as they are, so that nothing on its way
-- between them is dropped; their owners hear (a Q message) that nobody watches any more.
local function quit_watching(spy)
  for _, stranger in ipairs(split(field(spy, 'strangers'))) do
    if field(stranger, 'spy') == spy then
      redis.call('HDEL', session_key(stranger), 'spy', 'who')
      quits[#quits + 1] = stranger
    end
  end
  redis.call('HDEL', session_key(spy), 'strangers')
  set_state(spy, 'idle')
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
  end_watch(sid)
  if field(sid, 'strangers') then
    quit_watching(sid)
  end
  if partner and field(partner, 'partner') == sid then
    end_side(partner, sid)
    told[#told + 1] = partner
  end
  redis.call('DEL', session_key(sid))
  redis.call('SREM', P .. 'members:' .. owner, sid)
end

-- A Link (changes.py): a session tied to this one, as {id, process holding it, gen}.
local function link(sid)
  local found = redis.call('HMGET', session_key(sid), 'proc', 'gen')
  return {sid, found[1] or '', tonumber(found[2]) or 0}
end

-- A Change (changes.py), the fields in its order: id, gen, state, partner, last partner, the
-- peer (the partner, else the last partner) as a link, which stamps the events sent to it,
-- who (a watched stranger's number, else 0) and the links: the stranger's spy or the spy's
-- two strangers. Its owner decodes it with msgspec.
local function change(sid)
  local gen, state, partner, last, who, spy, strangers = unpack(redis.call('HMGET', session_key(sid), 'gen', 'state', 'partner', 'last', 'who', 'spy', 'strangers'))
  partner, last = partner or '', last or ''
  local peer = partner ~= '' and partner or last
  local links = {}
  for _, tied in ipairs(spy and {spy} or split(strangers)) do
    links[#links + 1] = link(tied)
  end
  return {sid, tonumber(gen), state, partner, last, peer ~= '' and link(peer) or {}, tonumber(who) or 0, links}
end

-- Tell each owner about its touched sessions (one message per owner, so it applies a pair at
-- once), then send `notice` to every partner left behind. Returns 1 when the caller's own
-- channel got the token, so that the caller knows to wait for it.
local function publish(notice)
  local changes, seen, mine = {}, {}, 0
  for _, sid in ipairs(touched) do
    local owner = field(sid, 'proc')
    if owner and not seen[sid] then
      seen[sid] = true
      changes[owner] = changes[owner] or {}
      table.insert(changes[owner], change(sid))
    end
  end
  for owner, list in pairs(changes) do
    local token = ''
    if owner == ME then
      token, mine = TOKEN, 1
    end
    -- A StateMessage (changes.py): the token, then the changes.
    redis.call('PUBLISH', P .. 'events:' .. owner, 'S\t' .. cmsgpack.pack({token, list}))
  end
  for _, sid in ipairs(told) do
    local owner, gen = unpack(redis.call('HMGET', session_key(sid), 'proc', 'gen'))
    if owner then
      redis.call('PUBLISH', P .. 'events:' .. owner, 'D\t' .. sid .. '\t' .. gen .. '\t' .. notice)
    end
  end
  -- Question mode: W tells a spy which stranger left; Q tells a stranger nobody watches now.
  for _, told_spy in ipairs(spies_told) do
    local spy, who = told_spy[1], told_spy[2]
    local owner, gen = unpack(redis.call('HMGET', session_key(spy), 'proc', 'gen'))
    if owner then
      redis.call('PUBLISH', P .. 'events:' .. owner, 'W\t' .. spy .. '\t' .. gen .. '\t' .. who)
    end
  end
  for _, sid in ipairs(quits) do
    local owner, gen = unpack(redis.call('HMGET', session_key(sid), 'proc', 'gen'))
    if owner then
      redis.call('PUBLISH', P .. 'events:' .. owner, 'Q\t' .. sid .. '\t' .. gen)
    end
  end
  return mine
end
