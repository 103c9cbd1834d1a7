-- A spy leaves its question chat; the strangers chat on. ARGV[4] the spy. Returns {mine, 1 if it
-- watched a chat}.
local spy = ARGV[4]
if not field(spy, 'strangers') then
  return {0, 0}
end
quit_watching(spy)
return {publish(''), 1}
