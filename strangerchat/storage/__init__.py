"""What the server keeps beyond a chat: reports (files in the default mode, Redis otherwise)."""
