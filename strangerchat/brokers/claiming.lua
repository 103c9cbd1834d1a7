-- The claim (prepended after lib.lua and blocking.lua to claim.lua and search.lua): pair a
-- waiting session with the best waiting partner, in one script so that two processes can never
-- take the same stranger.
--
-- The rules are MemoryBroker._find_partner's: the heads of the seeker's interest queues (in its
-- language), merged by order, then its language's queue (if it has no interests or is open to
-- anyone), then (if it is open to anyone) the open queue; never the seeker itself, never a
-- stranger blocked either way round (blocking.lua); a last partner (either way round) only
-- when nobody else comes up. Only queue heads are read, in small batches, so a claim does not
-- slow down as the pool grows.
local BATCH = 16
local TICKET = {'order', 'tags', 'lang', 'shun'}

local function ticket(sid)
  local found = redis.call('HMGET', session_key(sid), unpack(TICKET))
  for i = 1, #TICKET do
    found[i] = found[i] or ''
  end
  return found
end

local function queue(key)
  return {key = key, items = {}, pos = 1, start = 0, done = false}
end

-- The queue's first unread member and its score, reading the next batch when needed.
local function head(q)
  if q.pos > #q.items then
    if q.done then
      return nil
    end
    q.items = redis.call('ZRANGE', q.key, q.start, q.start + BATCH - 1, 'WITHSCORES')
    q.start, q.pos = q.start + BATCH, 1
    q.done = #q.items < 2 * BATCH
  end
  if q.pos > #q.items then
    return nil
  end
  return q.items[q.pos], tonumber(q.items[q.pos + 1])
end

-- The longest waiter at the heads of `queues`, taken off its queue; nil when all are read.
local function next_waiter(queues)
  local best, best_score
  for _, q in ipairs(queues) do
    local _, score = head(q)
    if score and (not best_score or score < best_score) then
      best, best_score = q, score
    end
  end
  if not best then
    return nil
  end
  best.pos = best.pos + 2
  return best.items[best.pos - 2]
end

-- Pair `seeker` if anyone fits: nil when nobody does, else the partner, then order, tags, lang
-- and shun of the seeker and of the partner.
local function claim(seeker)
  local seeker_ticket = ticket(seeker)
  if field(seeker, 'state') ~= 'waiting' then
    return nil
  end
  local shun = seeker_ticket[4]
  local fallback
  local barred = barred_by(marks(seeker, field(seeker, 'ip')), now_ms())

  -- The first acceptable waiter in `queues`; a shunned one is kept as the fallback.
  local function pick(queues)
    local candidate = next_waiter(queues)
    while candidate do
      local state, their_shun, ip = unpack(redis.call('HMGET', session_key(candidate), 'state', 'shun', 'ip'))
      local blocked = #barred > 0 and bars(barred, marks(candidate, ip))
      if candidate ~= seeker and state == 'waiting' and not blocked then
        if candidate ~= shun and their_shun ~= seeker then
          return candidate
        end
        fallback = fallback or candidate
      end
      candidate = next_waiter(queues)
    end
    return nil
  end

  local tags, lang = split(seeker_ticket[2]), seeker_ticket[3]
  local open = field(seeker, 'open') == '1'
  local interest_queues = {}
  for _, tag in ipairs(tags) do
    table.insert(interest_queues, queue(tag_key(lang, tag)))
  end
  local partner = pick(interest_queues)
  if not partner and lang ~= '' and (open or #tags == 0) then
    partner = pick({queue(lang_key(lang))})
  end
  if not partner and open then
    partner = pick({queue(P .. 'open')})
  end
  partner = partner or fallback
  if not partner then
    return nil
  end

  local partner_ticket = ticket(partner)
  remove_ticket(seeker)
  remove_ticket(partner)
  set_state(seeker, 'chatting', 'partner', partner)
  set_state(partner, 'chatting', 'partner', seeker)
  local found = {partner}
  for _, value in ipairs(seeker_ticket) do
    table.insert(found, value)
  end
  for _, value in ipairs(partner_ticket) do
    table.insert(found, value)
  end
  return found
end
