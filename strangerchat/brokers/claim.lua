-- Pair a waiting session with the best waiting partner (claiming.lua). ARGV[4] the seeker.
-- Returns {mine} when nobody fits, else {mine, partner, then order, tags, lang and shun of the
-- seeker and of the partner}.
local found = claim(ARGV[4])
if not found then
  return {0}
end
local result = {publish('')}
for _, value in ipairs(found) do
  table.insert(result, value)
end
return result
