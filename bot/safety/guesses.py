"""The agreement a classifier's crisis or abuse guess needs from the message (split out of bot/safety/__init__.py,
split159): words of life, death or despair not set aside as negated or joking, and abuse told as something that
happened, not hearsay, a negation or a question of what may happen.
"""

from __future__ import annotations

from .abuse import abuse_talk, hearsay_only
from .clauses import fold_clause, split_clauses, windows
from .governs import governed
from .idioms import masked, masked_whole
from .rules import window_context
from .wording import CRISIS_WORDING as _CRISIS_WORDING  # the words a classifier crisis guess needs (wording.py)


def crisis_wording(message: str) -> bool:
    """Whether the message speaks of life, death, despair or self-harm at all (idioms such as
    笑死 and "dying to know" excluded), and the rules did not set such words aside as negated or
    joking ("i'm not suicidal", "a dark joke... she knows I'm fine"): the agreement a
    classifier's crisis guess needs."""
    whole = masked_whole(message)
    if not _CRISIS_WORDING.search(whole):
        return False
    # Set aside only where the set-aside reaches (its own sentence, or the whole message where it spans it:
    # governs.py, win77): crisis wording in another sentence still agrees with the guess.
    clauses = split_clauses(message)
    off = governed(message, clauses, whole)
    if not off:
        return True
    rest = [clause.text for index, clause in enumerate(clauses) if index not in off]
    return bool(rest) and _CRISIS_WORDING.search(masked(" ".join(rest))) is not None


def abuse_wording(message: str) -> bool:
    """Whether the message speaks of abusive collection, violence or complaints about them as
    something that happened or is happening: the agreement a classifier's abusive_collection
    guess needs. Hearsay, negations ("no threats", "没骂我") and "will it happen" questions
    ("会不会爆通讯录", "will they call my boss?") are loan questions, not reports of abuse."""
    clauses = split_clauses(message)
    if hearsay_only(fold_clause(message)):
        return False
    return any(abuse_talk(w.text, window_context(clauses, w.first, w.text)) for w in windows(clauses))


__all__ = ["abuse_wording", "crisis_wording"]
