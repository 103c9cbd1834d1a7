"""What the server keeps beyond a chat: moderation records, in SQLite or PostgreSQL."""
