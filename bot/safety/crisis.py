"""Signs that a borrower may be in danger: despair, farewells, self-harm done or under way, a
method with a time or a place, wishes to be gone, and reasoning about whether dying would
cancel the debt.

This module reads a window with the cues: the general ones in despair.py and despair_en.py (the words of crisis)
and acts.py (what a person in danger does). The cues are patterns of meaning rather than
ever-longer lists of sentences, written for the folded text of one clause or two neighbouring
clauses (see clauses.py). Everyday hyperbole is masked out first (idioms.py), and
a few cues are cancelled by a negation right in front of them or by a benign reading stated
elsewhere in the message. When in doubt the rules lean to a warm crisis reply: missing a person
in danger is far worse than a gentle word to someone who did not need it.
"""

from __future__ import annotations

from functools import lru_cache

from ..patterns import Prefilter, needs, regex
from .acts import ACTS, EXTRA
from .arranged import ARRANGED
from .cue import Cue
from .despair import ZH
from .despair_en import EN
from .endings import ENDINGS
from .clauses import NEGATING_BIE
from .english import CRISIS_EN  # safe41
from .farewells import FAREWELLS
from .indirect import INDIRECT
from .readings import fiction, told_as_over
from .veiled import VEILED
from .ways import WAYS
from .means import MEANS  # safe43
from .partings import PARTINGS  # safe43
from .cries import CRIES  # safe63
from .settled import SETTLED  # safe63
from .places import PLACES  # safe43
from .horizons import HORIZONS  # safe51
from .together import TOGETHER  # safe58
from .deeds import DEEDS  # safe68
from .traces import TRACES  # safe68
from .aftermath import AFTERMATH  # fix71
from .edges import EDGES  # edge107
from .cutoffs import CUTOFFS  # edge107
from .own_ends import OWN_ENDS  # veiled115
from .follow_dead import FOLLOW_DEAD  # third169
from .last_question import LAST_QUESTION  # third169
from .finality import FINALITY  # final206
from .readied import READIED  # safe253

_NEGATION_ZH = regex(r"((?<!是)不是|并不是|并没有|没有|没|不会|不至于|不要|" + NEGATING_BIE + r"|从没|从来没|绝不会|才不会)(说)?(我|自己)?(有|说|想|要|会|打算|去|再|真的|过)*$")
_NEGATION_EN = regex(
    r"\b(not|never|no|dont|didnt|wont|wouldnt|isnt|aint|nothing like)\s+"
    r"((really|actually|even|going to|gonna|planning to|trying to|about to|thinking (of|about)|want to|wanna|ever)\s+)*$")


# Each cue with the characters one of which its every match contains (bot.patterns_needs): a
# window with none of them is not searched, which skips most of the searches.
_CUES = Prefilter([(cue, needs(cue.pattern)) for cue in (*ZH, *EN, *ACTS, *EXTRA, *FAREWELLS, *INDIRECT, *WAYS, *ENDINGS, *VEILED, *ARRANGED, *CRISIS_EN, *PLACES, *MEANS, *PARTINGS, *HORIZONS, *TOGETHER, *SETTLED, *CRIES, *DEEDS, *TRACES, *AFTERMATH, *EDGES, *CUTOFFS, *OWN_ENDS, *FOLLOW_DEAD, *LAST_QUESTION, *FINALITY, *READIED)])


def _possible(window_text: str) -> list[Cue]:
    """The cues a window may hold; the others cannot match it."""
    return _CUES.possible(window_text)


def crisis_cues(window_text: str, message: str) -> list[str]:
    """The names of the crisis cues in one window of masked, folded text. ``message`` is the whole
    folded message, where a benign reading (a repaid loan, a relative who died) may be stated."""
    return list(_reading(window_text, message)[0])


def set_aside(window_text: str, message: str) -> bool:
    """Whether a crisis cue is present in the window but was cancelled by a negation right before
    it or by a benign reading (a joke, a repaid loan, a relative's death) in the message, or whether
    the window is framed as fiction or the message as a hard time that is over (readings.py)."""
    return _reading(window_text, message)[1]


# The rules, the learned reader's agreement and the check-in all ask about the same windows (up to
# four times each per message): one pass answers all three questions, and is remembered.
@lru_cache(maxsize=512)  # a long message has a few hundred windows; no need to keep more (1,024: +~120 KiB, PERF_LOG part 18)
def _reading(window_text: str, message: str) -> tuple[tuple[str, ...], bool, bool]:
    """(the cues found, whether crisis wording was set aside, whether any cue's wording is there
    at all) for one window: a cue counts at its first match that is neither negated nor cancelled;
    any match that is, sets the window aside."""
    if _framed(window_text, message):
        return (), True, any(cue.wanted(message) for cue, _ in _matched(window_text))
    found: list[str] = []
    aside = matched = False
    for cue, starts in _matched(window_text):
        if cue.requires is not None and cue.requires.search(message) is None:  # (cue.wanted, inline: most require nothing)
            continue  # a clause read only beside what the message lacks: not a cue, nothing set aside
        cancelled: bool | None = None
        counted = False
        for start in starts:
            matched = True
            if cue.negatable and negated(window_text[:start]):
                aside = True
            else:
                if cancelled is None:
                    cancelled = cue.cancelled(window_text, message)
                if cancelled:
                    aside = aside or (cue.hides and (not cue.aside_nearby or cue.cancelled(window_text, window_text)))
                elif not counted:
                    found.append(cue.name)
                    counted = True
            if aside and counted:
                break
    return tuple(found), aside, matched


# The cues whose wording is in a window, each with where its matches start, remembered by the window's text
# alone: the same window is read again beside another message within one ask (the question splitter reads a
# clause on its own, the remainder is read again), where only the message's part of the reading (``requires``,
# ``unless``) differs (speed only: the same matches, in the same order; PERF_LOG part 31).
@lru_cache(maxsize=512)
def _matched(window_text: str) -> tuple[tuple[Cue, tuple[int, ...]], ...]:
    found = []
    for cue in _possible(window_text):
        starts = tuple(match.start() for match in cue.pattern.finditer(window_text))
        if starts:
            found.append((cue, starts))
    return tuple(found)


def named(window_text: str, message: str) -> bool:
    """Whether any crisis cue's wording is in the window, whatever cancels it (a negation, a joke,
    a story, a past that is over): not a crisis, but words a check-in line may follow."""
    return _reading(window_text, message)[2]


def negated(before: str) -> bool:
    """A negation right before a cue: "我不会自杀", "i'm not going to kill myself"."""
    return bool(_NEGATION_ZH.search(before[-8:]) or _NEGATION_EN.search(before))


def _framed(window_text: str, message: str) -> bool:
    """A story or a game in the window, or a crisis told as over in the message (readings.py)."""
    return fiction(window_text, message) or told_as_over(message)


def denied(window_text: str, message: str) -> bool:
    """Whether crisis wording in the window is cancelled by a negation right before it ("我不会再想死了",
    "i'm not suicidal"): the denial a later "骗你们的" / "I lied" takes back (retracted.py, mend78)."""
    return any(negated(window_text[:start]) for cue, starts in _matched(window_text)
               if cue.negatable and cue.wanted(message) for start in starts)  # (the window's remembered matches)
