-- Blocks (strangerchat/safety/blocks.py), prepended after lib.lua to the scripts that use them.
-- A block bars marks from marks: a session's id, hashed ('s:<sha1 of id>': ids are credentials,
-- and blocks outlive sessions by a day), and its address hash ('ip:<hash>').
-- P .. 'blocks:' .. mark is a sorted set of the marks it is barred from, each scored with its
-- expiry (milliseconds, Redis's clock); the key itself expires with its longest block.

local function marks(sid, ip)
  local own = 's:' .. redis.sha1hex(sid)
  if ip and ip ~= '' then
    return {own, 'ip:' .. ip}
  end
  return {own}
end

local function blocks_key(mark)
  return P .. 'blocks:' .. mark
end

-- The block keys of the marks `own` that still bar anyone, expired entries dropped first. With
-- no blocks (the common case) this costs one EXISTS a mark, whatever the size of the pool.
local function barred_by(own, now)
  local found = {}
  for _, mark in ipairs(own) do
    local key = blocks_key(mark)
    if redis.call('EXISTS', key) == 1 then
      redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
      if redis.call('EXISTS', key) == 1 then
        table.insert(found, key)
      end
    end
  end
  return found
end

-- Whether any of the marks `other` is in the block keys `found` (from barred_by, so all live).
local function bars(found, other)
  for _, key in ipairs(found) do
    for _, mark in ipairs(other) do
      if redis.call('ZSCORE', key, mark) then
        return true
      end
    end
  end
  return false
end

local function bar(one, other, expiry, ttl)
  local key = blocks_key(one)
  if tonumber(redis.call('ZSCORE', key, other) or 0) < expiry then
    redis.call('ZADD', key, expiry, other)
  end
  if redis.call('PTTL', key) < ttl then
    redis.call('PEXPIRE', key, ttl)
  end
end

-- Bar every mark of the blocker from every mark of the blocked and back, for `ttl` ms. A mark
-- both share (one address) is left out: an address is never barred from itself.
local function add_block(blocker, blocked, now, ttl)
  local shared = {}
  for _, one in ipairs(blocker) do
    for _, other in ipairs(blocked) do
      if one == other then
        shared[one] = true
      end
    end
  end
  for _, one in ipairs(blocker) do
    for _, other in ipairs(blocked) do
      if not shared[one] and not shared[other] then
        bar(one, other, now + ttl, ttl)
        bar(other, one, now + ttl, ttl)
      end
    end
  end
end

-- Every process hears of a block on the broadcast channel, as a msgpack array: the blocker's
-- marks, the blocked one's and the milliseconds it lasts.
local function tell_block(own, theirs, ttl)
  redis.call('PUBLISH', P .. 'broadcast', 'B\t' .. cmsgpack.pack({own, theirs, ttl}))
end
