"""strangerchat: a text-only anonymous stranger chat, in the spirit of Omegle's text mode."""

__version__ = "0.1.0"
