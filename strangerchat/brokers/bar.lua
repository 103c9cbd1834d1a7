-- Keep a block made on a process's own chat (local_first.py) for every process: bar the marks
-- ARGV[5] (joined by newlines) and ARGV[6] from each other for ARGV[4] ms, and tell them all.
local ttl, own, theirs = tonumber(ARGV[4]), split(ARGV[5]), split(ARGV[6])
add_block(own, theirs, now_ms(), ttl)
tell_block(own, theirs, ttl)
return 1
