-- Make a question chat that includes the waiting seeker, in one script so that two processes can
-- never take the same stranger or spy. ARGV[4] the seeker. Returns {mine} when none can be made
-- yet, else {mine, spy, question, stranger 1, stranger 2}.
--
-- The rules are QuestionPool.take's: a spy takes the two strangers who waited longest; a
-- stranger takes the spy who waited longest and the longest waiting stranger but itself.
-- Stranger 1 is the one of the two who waited longer.
local seeker = ARGV[4]
if field(seeker, 'state') ~= 'waiting' then
  return {0}
end
local spy, strangers
if redis.call('ZSCORE', P .. 'spies', seeker) then
  spy = seeker
  strangers = redis.call('ZRANGE', P .. 'spyees', 0, 1)
elseif redis.call('ZSCORE', P .. 'spyees', seeker) then
  spy = redis.call('ZRANGE', P .. 'spies', 0, 0)[1]
  local heads = redis.call('ZRANGE', P .. 'spyees', 0, 1)
  if heads[1] == seeker then
    strangers = {seeker, heads[2]}
  else
    strangers = {heads[1], seeker}
  end
else
  return {0}
end
local one, two = strangers[1], strangers[2]
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
