"""Terminal front ends: the interactive REPL (prompt_toolkit), the piped mode, how replies are laid
out for a terminal, and the private, redacted history file.

- ``repl``: the REPL; ``pipe``: stdin that is not a terminal; ``chat``: what both share (the
  conversation and the slash commands).
- ``render`` and ``explain``: replies, /why and /topics as styled fragments; ``layout``: wrapping
  and sanitising; ``strings``: every fixed text, in Chinese and English.
- ``history`` and ``redact``: the history file (0600, identifiers removed before writing).

Only ``bot.cli`` imports this package; the core (engine, session) never does terminal I/O.
Submodules are imported directly (``from bot.terminal.pipe import run_pipe``) so that piped
mode and ``ask`` do not pay for loading the full prompt_toolkit application.
"""
