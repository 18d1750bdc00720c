"""The rules' reading of a message (split out of bot/safety/__init__.py, split159): every crisis rule kind over every
window, the stages that agree, and the abuse cues with their clauses, unless the abuse is hearsay or someone else's.

``read_rules`` is remembered per message: one ask reads the same message again without the learned readers. ``scan``
and ``window_context`` are how a rule reads windows: a cue seen only when two clauses are read together marks both,
and each window is read beside the clause before it (where the speaker is often named).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from .abuse import about_someone_else, abuse_cues, continues, hearsay_only
from .affairs import affairs_signs
from .premise import death_premise  # death135
from .clauses import Clause, Window, fold_clause, led_windows, split_clauses, windows
from .crisis import crisis_cues
from .idioms import masked, masked_whole, played
from .followed import followed
from .others import FEARED, KIN_WORDS, at_risk_elsewhere
from .outlast import not_lasting
from .glyphs import glyph_crisis  # emoji114
from .perched import perched  # emoji114
from .drawn import drawn  # perch136
from .preparing import quiet_signs  # safe47
from .quoted import menacing_quotes, quoted_clauses, unquoted  # safe38
from .scale import scale_crisis
from .relayed import adopted_death, relayed, relayed_abuse  # safe48
from .retracted import retracted  # mend78


# The rules' reading of a message, remembered: one ask reads the same message again without the learned
# readers (someone_at_risk, mentions_crisis, answer_asks, the question splitter's clauses), each a full pass
# of every rule over every window (PERF_LOG part 21). The rules are a function of the text alone.
@lru_cache(maxsize=64)
def read_rules(message: str) -> tuple[tuple[str, ...], frozenset[int], int, tuple[str, ...], frozenset[int], bool]:
    """(crisis cues, their clauses, stages agreeing, abuse cues, their clauses, whether the abuse is hearsay or
    someone else's: the learned reader may not add any) by the rules alone."""
    clauses = split_clauses(message)
    whole = fold_clause(message)
    whole_masked = masked_whole(message)
    # (a collector's words relayed without quotes are read by every crisis reader too: blanking them hid the
    # writer's own overdose told right after them, review69; relayed.py only ADDS the abuse and "adopted" cues)
    relays = _relayed(message)
    crisis, crisis_at = scan(clauses, lambda text, _: crisis_cues(masked(played(text, whole)), whole_masked), led_windows(clauses))
    stages = int(len(set(crisis)) >= 2)  # two rule kinds agree (the first stage counted twice)
    scaled = scale_crisis(clauses, whole_masked)  # axes that co-occur (scale.py)
    stages += bool(crisis_at) + bool(scaled)
    more = scaled - crisis_at
    crisis += ["scale"] * bool(more)
    crisis_at |= more
    elsewhere, elsewhere_at = at_risk_elsewhere(message, clauses)  # someone else in danger now (others.py)
    stages += bool(elsewhere)  # a rule kind of its own: with another rule kind, two agree
    crisis += ["someone_else"] * bool(elsewhere)
    crisis += ["feared"] * bool(set(elsewhere) & set(FEARED))  # told as the writer's fear or hearsay (safe39)
    crisis += ["kin_words"] * bool(set(elsewhere) & set(KIN_WORDS))  # a writer's crisis words said of a relative (rel55)
    crisis += ["kin_affairs"] * ("kin_affairs" in elsewhere)  # someone else's affairs put in order (kin_affairs.py)
    lasting = not_lasting(message, clauses) - crisis_at  # not lasting until a day named (outlast.py, safe39)
    stages += bool(lasting)
    crisis += ["not_lasting"] * bool(lasting)
    crisis_at |= lasting
    crisis_at |= elsewhere_at
    quiet, quiet_at = quiet_signs(message, clauses)  # quiet preparation, a relative's veiled signs (preparing.py, safe47)
    stages += bool(quiet)
    crisis += quiet
    crisis_at |= quiet_at
    untrue = retracted(message, clauses, whole_masked) - crisis_at  # a denial owned as a lie (retracted.py, mend78)
    stages += bool(untrue)
    crisis += ["retracted"] * bool(untrue)
    crisis_at |= untrue
    ordered = affairs_signs(message, clauses) - crisis_at  # affairs put in order, no death word (affairs.py, Round 71)
    stages += bool(ordered)
    crisis += ["affairs"] * bool(ordered)
    crisis_at |= ordered
    # the writer's death as a present premise, farewell tokens (premise.py): named even where another reader marked the
    # same clauses, so that a doubt of acts alone (affairs.ordinary_disposal) does not set it aside
    premised = death_premise(message, clauses)
    stages += bool(premised)
    crisis += ["premise"] * bool(premised)
    crisis_at |= premised
    joined = followed(message, clauses) - crisis_at  # understanding someone's suicide over debt now (followed.py, Round 79)
    stages += bool(joined)
    crisis += ["followed"] * bool(joined)
    crisis_at |= joined
    in_emoji = glyph_crisis(message, clauses)  # a crisis told in emoji (glyphs.py, Round 84)
    scene = perched(message, clauses) - crisis_at  # at an edge or water, with the writer's state (perched.py, Round 84)
    stages += (in_emoji is not None) + bool(scene)
    crisis += ["glyphs"] * (in_emoji is not None) + ["perched"] * bool(scene)
    crisis_at |= (in_emoji or set()) | scene
    pulled = drawn(whole, clauses) - crisis_at  # the writer at or drawn to an edge or water, a life weighed (drawn.py, Round 91)
    stages += bool(pulled)
    crisis += ["drawn"] * bool(pulled)
    crisis_at |= pulled
    taken_up = adopted_death(clauses, relays) - crisis_at  # a collector's death wish the writer takes up (relayed.py)
    stages += bool(taken_up)
    crisis += ["adopted"] * bool(taken_up)
    crisis_at |= taken_up
    abuse: list[str] = []
    abuse_at: set[int] = set()
    quotes = menacing_quotes(message)  # a collector's menacing words pasted in: theirs, not the borrower's (quoted.py)
    told = fold_clause(unquoted(message, quotes)) if quotes else whole
    hearsay, someone_else = hearsay_only(told), about_someone_else(told)
    if not hearsay:
        marked = _question_marked(message, clauses)
        abuse, abuse_at = scan(clauses, lambda text, context: abuse_cues(text, context, someone_else, text in marked, told))
        if not someone_else and (more := quoted_clauses(quotes, clauses) - abuse_at):
            abuse, abuse_at = [*abuse, "quoted"], abuse_at | more  # a collector's menacing words pasted in (quoted.py)
        if not someone_else and (more := relayed_abuse(clauses, relays) - abuse_at):
            abuse, abuse_at = [*abuse, "relayed"], abuse_at | more  # death or menace in a collector's relayed words (relayed.py)
    return tuple(crisis), frozenset(crisis_at), stages, tuple(abuse), frozenset(abuse_at), bool(hearsay or someone_else)


@lru_cache(maxsize=64)
def _relayed(message: str) -> dict[int, tuple[int, int]]:
    """The clauses holding a collector's relayed words and their spans (relayed.py), remembered per message."""
    return relayed(split_clauses(message), fold_clause(message))


def scan(clauses: list[Clause], find: Callable[[str, str], list[str]],
          more: list[Window] | None = None) -> tuple[list[str], set[int]]:
    """Cue names found over every window (and ``more``: clauses.led_windows), and the indices of
    the clauses that carry them. A cue seen only when two clauses are read together marks both
    ("催收给我妈打电话，说我是老赖")."""
    names: list[str] = []
    marked: set[int] = set()
    alone: dict[int, set[str]] = {}
    for window in (*windows(clauses), *(more or ())):
        found = set(find(window.text, window_context(clauses, window.first, window.text)))
        if window.first == window.last:
            alone[window.first] = found
        if not found:
            continue
        names.extend(sorted(found))
        if window.first == window.last or not any(found <= alone[index] for index in (window.first, window.last)):
            marked |= set(range(window.first, window.last + 1))
    return names, marked


def _question_marked(message: str, clauses: list[Clause]) -> set[str]:
    """The texts of the windows whose last clause is followed by a question mark in the message."""
    asks = [("?" in message[c.end:c.end + 3] or "？" in message[c.end:c.end + 3]) for c in clauses]
    return {w.text for w in windows(clauses) if asks[w.last]}


def window_context(clauses: list[Clause], first: int, text: str) -> str:
    """A window's text with the clause before it (where the speaker is often named), and the
    ones before that while each goes on with its own predecessor (a list of things asked after
    one "will they": at most MAX_CHAIN clauses back)."""
    start = max(first - 1, 0)
    while start > 0 and first - start < MAX_CHAIN and continues(clauses[start].text):
        start -= 1
    return " ".join([*(clause.text for clause in clauses[start:first]), text])


MAX_CHAIN = 4


__all__ = ["MAX_CHAIN", "read_rules", "scan", "window_context"]
