"""Round 81's message-level stacker features (issue 12, docs/safety.md Round 81), shipped since Round 82 as
bot.safety_stack: the same functions, kept here under their old names for benchmarks/safety_stack.py's readers."""

from __future__ import annotations

from bot.safety_stack import Stacker, features, window_scores

__all__ = ["Stacker", "features", "window_scores"]
