"""A crisis said beside abusive collection, found as if the rest were said alone (safe44, issue 12).

The classifier's crisis guess (vetted by the wording) reads a message only when the rules found nothing, and the
learned reader's windows beside a collector's threats are judged with them: so where abuse is reported, a crisis
the rules do not read is lost. Then a crisis the rules do not read, but that the same words would get alone,
is lost behind the abuse reply: 「催收骂我全家，然后我实在受不了了，我准备今晚吃药走了」 got the abuse reply only, while
「我实在受不了了，我准备今晚吃药走了」 alone gets the crisis reply. So the message without the clauses that carried
the abuse, and without what does not name the writer, is read as its own message (the rules, the learned
readers, the classifier's vetted guess); a crisis
found there comes first, the abuse after it (crisis > abuse). (The two readers leaning, read on such a remainder,
called fragments of the collector's story a crisis on the own sets: not read here.) The abuse clauses themselves are never read for it: a collector's
death wish (骂我全家不得好死) is theirs, and the abuse reply answers it.

One stage alone (``agreed`` False): every doubt the message as a whole casts (a joke, a past told as over, someone
else's words: doubt.py) still demotes it to the loan answer with the check-in line.
"""

from __future__ import annotations

from typing import Callable

from ..records import replace
from ..patterns import regex
from . import Signal
from .wording import CRISIS_WORDING as _CRISIS_WORDING
from .abuse import continues
from .clauses import KIN_EN, KIN_ZH, split_clauses, without
from .idioms import masked

BESIDE_ABUSE = "beside_abuse"  # the cue name of such a crisis
# The writer named, not only as a relative's ("我妈吓得血压都上来了", "my dad had a stroke" tell of someone else).
_WRITER = regex(rf"我(?!(?:{KIN_ZH}))|\b(?:i|im|ive|ill|id|me|myself)\b|\bmy\b(?! (?:{KIN_EN})\b)")
_SAYING = regex(r"\b(?:said|says|saying|told|tells|texted|wrote|threatened|warned)\b")
_OWN_SUBJECT = regex(r"^\s*(?:(?:and|but|so|then|also|or)\s+)?(?:i|im|ive|ill|id)\b|^\s*\S{0,4}我")


def crisis_beside_abuse(message: str, signal: Signal, crisis_alone: Callable[[str], bool]) -> Signal:
    """``signal`` with a crisis found in its remainder read alone, when the rules found abuse and no crisis.

    ``crisis_alone(text)``: whether ``text`` alone carries a crisis (the rules and learned readers, or the topic
    classifier's guess vetted by the wording: routing_vet.vetted)."""
    if not signal.abuse or signal.crisis or not signal.abuse_at:
        return signal
    clauses = split_clauses(message)
    # Only the writer's own statements: a clause that names the writer (我, I, my). The rest of the collector's
    # story told on ("…and said it would be born dead", "…your husband won't be coming home tonight") is theirs.
    # A clause going on with the collector's without a subject of its own ("…and put them all over my street") is
    # theirs too; one the writer opens ("…and i took all my pills", "然后我…") is the writer's, unless it goes on
    # with what they said ("the collector said they have eyes on me and I can't hide": their words).
    rest = [i for i in range(len(clauses)) if i not in signal.abuse_at and _WRITER.search(clauses[i].text)
            and (_OWN_SUBJECT.match(clauses[i].text) or not continues(clauses[i].text))
            and not (i - 1 in signal.abuse_at and continues(clauses[i].text) and _SAYING.search(clauses[i - 1].text))]
    if not rest:
        return signal
    remainder = without(message, clauses, set(range(len(clauses))) - set(rest))
    if not crisis_alone(remainder):
        return signal
    worded = {i for i in rest if _CRISIS_WORDING.search(masked(clauses[i].text))}
    crisis_at = frozenset(worded or rest)
    return replace(signal, crisis=(BESIDE_ABUSE,), crisis_at=crisis_at, agreed=False,
                   remainder=without(message, clauses, set(crisis_at | signal.abuse_at)))


__all__ = ["BESIDE_ABUSE", "crisis_beside_abuse"]
