"""A story told before a loan question (safe27, issue 12 round 20).

A long message with the intent in its middle and a plain loan question at its end ("…我昨晚站在窗户
边上想了很久要不要跳，最后没跳，想问一下借呗可以申请延期还款吗？") lost its crisis: the two readers
leaning together (bot.safety.leaning) need the topic classifier's crisis probability, and the classifier
reads the whole message, whose closing question takes its mass (0.77 for the story alone, 0.02 with the
question). The per-clause reader had found the window; the question's confidence outvoted it.

So the classifier is read once more on the story alone (the clauses that ask nothing), where the story
holds a weak distress cue (bot.safety.lexicon) and the whole message leaned under the floor: the
higher of the two readings is the classifier's lean. Nothing else changes: the learned reader must still
lean on a window, and every gate and doubt of leaning.py and doubt.py still applies.
"""

from __future__ import annotations

from typing import Callable

from .questions import is_question
from .safety.clauses import fold_clause, split_clauses
from .safety.idioms import masked
from .safety.leaning import CLASSIFIER_LEAN
from .safety.lexicon import distress


def story_told(message: str) -> str | None:
    """The clauses of ``message`` before the question that closes it, joined, when they hold a weak
    distress cue; otherwise None (nothing to read again)."""
    clauses = split_clauses(message)
    if len(clauses) < 2 or not is_question(clauses[-1].text):
        return None  # no question closes the message: its lead is its own
    # Only the closing clause is set aside: a clause inside the story with a question word ("要不要跳",
    # "什么都没攒下") is the story's, not a loan question.
    told = [clause.text for clause in clauses[:-1]]
    story = "，".join(told)
    return story if distress(masked(fold_clause(story))) else None


def story_lean(message: str, whole: float, crisis_of: Callable[[str], float]) -> float:
    """The classifier's crisis probability for ``message``: ``whole`` (its reading of the whole), or,
    when that is under the leaning floor and a story with a distress cue comes before a question, the
    higher of it and ``crisis_of`` the story alone (the closing question takes the whole's mass)."""
    if whole >= CLASSIFIER_LEAN or (story := story_told(message)) is None:
        return whole
    return max(whole, crisis_of(story))


__all__ = ["story_lean", "story_told"]
