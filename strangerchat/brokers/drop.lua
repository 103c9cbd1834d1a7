-- Forget sessions for good; partners left behind get ARGV[4]. ARGV[5..] the sessions.
for i = 5, #ARGV do
  drop(ARGV[i])
end
return publish(ARGV[4])
