"""A collector's act told inside a question of legitimacy (legit104, issue 12, docs/safety.md Round 77).

"Is it normal that they call my aunt 30 times a day and curse at her?" asks whether the act is allowed, not whether it
will happen: the act is told, the question is about its legitimacy. abuse.py's asked-gate read the leading "is it"
as a "will it happen" question (_ASKS_EN's ``^(is|are|can...)``) and dropped every cue and the learned reader's
agreement with it (blind19: 8 of 13 missed abuse rows were asked so).

The frame is read at the start of a clause (folded text) and removed; what is left is judged as any clause is:

- a finite clause ("is it normal **that** they call...", "**when** they call...") tells the act unless it asks itself
  ("that they would...", "if they...": abuse.py's own asked-reading of the rest);
- an infinitive ("is it legal **for them to** call...", "are they allowed to...", "can they legally...") names a
  practice, which a worried borrower also asks about before anything happened ("is it normal for collectors to call
  my parents?"): it tells the act only with a habit, a count or a time said beside it (``told`` below).

Chinese puts the frame after the act, in its own clause ("催收天天打给我妈，这合法吗"), which the asked-gate never
read as a question of what may happen; no Chinese frame is needed here.
"""

from __future__ import annotations

from ..patterns import regex
from .collectors import AGGRAVATION_BEYOND_DEBT_EN, CUES_EN

_WHO_EN = (r"(?:they|he|she|collectors?|the collectors?|debt collectors?|a collector|the agents?|agents?|the agency"
           r"|jiebei|the company|the lender|them|him|her)")
_FAIR_EN = (r"(?:normal|legal|lawful|ok|okay|allowed|acceptable|standard|usual|common|legit|legitimate|right|fine"
            r"|permitted|reasonable|proper)")
_OPEN_EN = r"^(?:and |but |so |also |like )?"
_FINITE_EN = regex(rf"{_OPEN_EN}(?:is|isnt|was) (?:it|this|that) (?:even |really |actually |just |still |at all )?{_FAIR_EN}"
                   r" (?:that|when|how) ")
_INFINITIVE_EN = regex(
    rf"{_OPEN_EN}(?:is|isnt|was) (?:it|this|that) (?:even |really |actually |just |still )?{_FAIR_EN} for {_WHO_EN} to "
    rf"|{_OPEN_EN}(?:are|is|were) {_WHO_EN} (?:even |really |actually |legally )?(?:allowed|permitted|supposed|entitled) to "
    rf"|{_OPEN_EN}(?:can|could|may) {_WHO_EN} (?:legally|lawfully|really|actually|just) ")
# A habit, a count, a time or a telling beside an infinitive act: it happened ("…for them to call my mum 20 times a
# day", "…to tell my kids I'm a criminal every time"). Without one the practice is asked about, as a loan question.
_TOLD_EN = regex(r"\b(?:every ?(?:day|night|morning|hour|time|week)|daily|nightly|all (?:day|night|the time)|non ?stop"
                 r"|again|keep|keeps|kept|already|\d+ times|dozens of times|times a (?:day|week)|a day\b|each day"
                 r"|said|told|called|texted|sent|posted|threatened|cursed|started)\b"
                 r"|# times\b")  # a number as text.normalize() leaves it (mend85)


# A finite rest that supposes or foresees ("that they would call my boss", "if they ever come"): asked, not told.
_SUPPOSED_EN = regex(r"\b(?:will|would|might|could|may|gonna|going to|if|ever|someday)\b|\b(?:they|he|she)(?:ll|d)\b")


# What makes a contact with the writer's people more than its lawful reason: an insult, a telling, a rate, the
# writer's workplace... (collectors.py's list without the debt's own words: mend85).
# (Telling the relative something is more than a call for the debt too.)
_BEYOND_DEBT_EN = regex(rf"\b(?:{AGGRAVATION_BEYOND_DEBT_EN}|tells? (?:her|him|them)\b)")
_CONTACT_CUES_EN = tuple(pattern for name, pattern in CUES_EN if name == "contact")
_OTHER_CUES_EN = tuple(pattern for name, pattern in CUES_EN if name != "contact")


def _lawful_contact(rest: str) -> bool:
    """Whether a finite rest tells only a contact with the writer's people for the debt ("that they contacted my wife
    because I owe money", "when they call my brother as I missed a payment"): the question is whether such a call is
    allowed, which is contact_family's, not a report of abuse (review103 F2, mend85). Any other cue, or an aggravation
    beyond the debt's own words (owe, debt, amount), keeps the act told."""
    return (any(pattern.search(rest) for pattern in _CONTACT_CUES_EN) and _BEYOND_DEBT_EN.search(rest) is None
            and not any(pattern.search(rest) for pattern in _OTHER_CUES_EN))


def framed(text: str) -> tuple[str, bool] | None:
    """The clause with its legitimacy frame removed, and whether what is left tells an act of its own (a finite clause
    that neither supposes nor foresees, nor tells only a contact for the debt), or None when the clause opens with no
    such frame."""
    for pattern, finite in ((_FINITE_EN, True), (_INFINITIVE_EN, False)):
        if (found := pattern.match(text)) is not None:
            rest = text[found.end():]
            return rest, finite and _SUPPOSED_EN.search(rest) is None and not _lawful_contact(rest)
    return None


def told_infinitive(rest: str) -> bool:
    """Whether an infinitive act under a legitimacy frame is told as happening: a habit, count or telling beside it."""
    return _TOLD_EN.search(rest) is not None


__all__ = ["framed", "told_infinitive"]
