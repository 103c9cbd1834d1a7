"""strangerchat's benchmark: the reference relay, the runner and the load generator's driver."""
