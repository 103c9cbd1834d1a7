-- End a session's chat (and, for a watched stranger, the spy's watch). ARGV[4] session. Returns {mine, the former partner or ''}.
local sid = ARGV[4]
local partner = field(sid, 'partner')
if not partner then
  return {0, ''}
end
end_watch(sid)
end_side(sid, partner)
if field(partner, 'partner') == sid then
  end_side(partner, sid)
end
return {publish(''), partner}
