"""Transports move frames between a connection and a Session; they hold no chat logic."""
