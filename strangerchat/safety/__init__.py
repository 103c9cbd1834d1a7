"""Protections applied at the edges: before a socket opens and on every frame."""
