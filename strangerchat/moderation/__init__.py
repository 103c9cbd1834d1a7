"""Moderation: the retention purge and moderator accounts."""
