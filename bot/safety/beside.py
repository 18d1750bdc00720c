"""A crisis said beside abusive collection, found as if the rest were said alone (safe44, issue 12).

The classifier's crisis guess (vetted by the wording) and the two readers leaning together (leaning.py) read a
message only when the rules found nothing: a collector's threats make both readers lean, so where abuse is
reported neither is consulted. Then a crisis the rules do not read, but that the same words would get alone,
is lost behind the abuse reply: 「催收骂我全家，然后我实在受不了了，我准备今晚吃药走了」 got the abuse reply only, while
「我实在受不了了，我准备今晚吃药走了」 alone gets the crisis reply. So the message without the clauses that carried
the abuse (``Signal.remainder``) is read as its own message by the same two gates; a crisis found there comes
first, the abuse after it (crisis > abuse). The abuse clauses themselves are never read for it: a collector's
death wish (骂我全家不得好死) is theirs, and the abuse reply answers it.

One stage alone (``agreed`` False): every doubt the message as a whole casts (a joke, a past told as over, someone
else's words: doubt.py) still demotes it to the loan answer with the check-in line.
"""

from __future__ import annotations

from typing import Callable

from ..records import replace
from . import _CRISIS_WORDING, Signal, with_leaning
from .clauses import split_clauses, without
from .idioms import masked
from .learned import Detectors

BESIDE_ABUSE = "beside_abuse"  # the cue name of such a crisis


def crisis_beside_abuse(message: str, signal: Signal, crisis_alone: Callable[[str], tuple[bool, float]],
                        detectors: Detectors | None) -> Signal:
    """``signal`` with a crisis found in its remainder read alone, when the rules found abuse and no crisis.

    ``crisis_alone(text)``: whether the topic classifier alone gives ``text`` the crisis reply (its guess, vetted
    by the wording: routing_vet.vetted), and its crisis probability for ``text``."""
    if not signal.abuse or signal.crisis or not signal.abuse_at:
        return signal
    clauses = split_clauses(message)
    rest = [i for i in range(len(clauses)) if i not in signal.abuse_at]
    if not rest:
        return signal
    remainder = without(message, clauses, set(signal.abuse_at))
    guessed, lean = crisis_alone(remainder)
    if not guessed and not with_leaning(remainder, Signal((), (), remainder), detectors, lean).crisis:
        return signal
    worded = {i for i in rest if _CRISIS_WORDING.search(masked(clauses[i].text))}
    crisis_at = frozenset(worded or rest)
    return replace(signal, crisis=(BESIDE_ABUSE,), crisis_at=crisis_at, agreed=False,
                   remainder=without(message, clauses, set(crisis_at | signal.abuse_at)))


__all__ = ["BESIDE_ABUSE", "crisis_beside_abuse"]
