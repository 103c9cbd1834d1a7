-- Make a question chat that includes the waiting seeker, in one script so that two processes can
-- never take the same stranger or spy. ARGV[4] the seeker. Returns {mine} when none can be made
-- yet, else {mine, spy, question, stranger 1, stranger 2}.
--
-- The rules are QuestionPool.take's: a spy takes the two strangers who waited longest; a
-- stranger takes the spy who waited longest and the longest waiting stranger but itself; no two
-- of the three kept apart by a block. Stranger 1 is the one of the two who waited longer. Only
-- the first LIMIT of each queue are read, so that a claim's work stays bounded.
local LIMIT = 64
local seeker = ARGV[4]
if field(seeker, 'state') ~= 'waiting' then
  return {0}
end
local now = now_ms()
local known_marks = {}

local function marks_of(sid)
  known_marks[sid] = known_marks[sid] or marks(sid, field(sid, 'ip'))
  return known_marks[sid]
end

-- Blocks bar both ways round, so one direction tells.
local function apart(a, b)
  local found = barred_by(marks_of(a), now)
  return #found > 0 and bars(found, marks_of(b))
end

local function heads(queue)
  return redis.call('ZRANGE', P .. queue, 0, LIMIT - 1)
end

-- A spy seeker: the first two strangers it may watch together.
local function strangers_for(spy)
  local strangers = heads('spyees')
  for i, one in ipairs(strangers) do
    if not apart(spy, one) then
      for j = i + 1, #strangers do
        local two = strangers[j]
        if not apart(spy, two) and not apart(one, two) then
          return one, two
        end
      end
    end
  end
  return nil
end

-- A stranger seeker: the first spy and other stranger it may join, the two in waiting order.
local function spy_and_other_for(stranger)
  local strangers = heads('spyees')
  local order = tonumber(field(stranger, 'order'))
  for _, spy in ipairs(heads('spies')) do
    if not apart(spy, stranger) then
      for _, other in ipairs(strangers) do
        if other ~= stranger and not apart(other, stranger) and not apart(other, spy) then
          if tonumber(field(other, 'order')) < order then
            return spy, other, stranger
          end
          return spy, stranger, other
        end
      end
    end
  end
  return nil
end

local spy, one, two
if redis.call('ZSCORE', P .. 'spies', seeker) then
  spy = seeker
  one, two = strangers_for(seeker)
elseif redis.call('ZSCORE', P .. 'spyees', seeker) then
  spy, one, two = spy_and_other_for(seeker)
end
if not spy or not one or not two then
  return {0}
end

local question = field(spy, 'question') or ''
for _, sid in ipairs({spy, one, two}) do
  remove_ticket(sid)
end
set_state(spy, 'chatting', 'strangers', one .. '\n' .. two)
set_state(one, 'chatting', 'partner', two, 'spy', spy, 'who', '1')
set_state(two, 'chatting', 'partner', one, 'spy', spy, 'who', '2')
return {publish(''), spy, question, one, two}
