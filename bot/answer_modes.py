"""Which mode a conversation's next answer takes, so that it never repeats the last one word for word.

A borrower who asks the same thing three times ("借呗会起诉我吗", "那会不会真的起诉", "真的会起诉吗")
is not helped by the same text again: each reply on the same topics moves on from the last one
("answer" -> "rest": the lead and the points the short answer left out; "rest" or "more" -> "why":
the reasoning behind it; "why" -> the short answer again). Only loan topics: safety replies keep
their own rules (bot.session, bot.continuity).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .knowledge_types import Topic
from .session_state import ConversationState

# The mode after the last one on the same topics.
NEXT_MODE = {"answer": "rest", "rest": "why", "more": "why", "why": "answer", "product": "rest"}


def not_again(state: ConversationState, mode: str, topics: Sequence[str], lang: str,
              topic_of: Callable[[str], Topic]) -> str:
    """The mode of a reply on ``topics``: when they are the last reply's loan topics, a plain answer
    (or a follow-up's "rest") moves on from the last mode, and an asked-for mode ("more", "why")
    moves on when it was the last one too ("product" names another product each time: new words). Remembered in ``state.last_mode`` for the next turn.
    ``topic_of``: a topic by its id."""
    chosen = [topic_of(t) for t in topics]
    if lang == state.lang and list(topics) == state.last_topics and chosen and all(t.kind == "domain" for t in chosen) and (
            mode in ("answer", "rest") or mode == state.last_mode != "product"):
        following = NEXT_MODE.get(state.last_mode if mode in ("answer", "rest") else mode, "answer")
        if following == "why" and any(t.why is None for t in chosen):
            following = "answer" if state.last_mode != "answer" else "rest"
        mode = following
    state.last_mode = mode
    return mode
