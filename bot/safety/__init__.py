"""Safety rules that run before the classifier's choice: signs of crisis (despair, farewells,
self-harm, a method or place, wishes to be gone, dying to cancel the debt) and reports of abusive
collection, found clause by clause inside long messages in Chinese and English.

Two readers decide together. The rules (crisis.py, abuse.py) are reviewed and precise: they read
patterns of meaning, not whole sentences. Hand-written patterns do not reach wording nobody
wrote them for, so learned detectors (learned.py) read the same windows, and count where the
wording agrees (agreement.py): either reader raising a signal raises it. ``assess`` also returns
the message without the clauses that carried a signal, so that the loan question is still answered.
"""

from __future__ import annotations

from ..records import replace
from functools import lru_cache
from typing import Callable

from ..patterns import regex
from .abuse import about_someone_else, abuse_cues, abuse_talk, continues, hearsay_only
from .agreement import learned_abuse, learned_crisis
from .affairs import act_clauses, affairs_signs
from .premise import death_premise, writers_death  # death135
from .clauses import Clause, Window, fold_clause, led_windows, split_clauses, windows, without
from .crisis import crisis_cues
from .english import english_whose
from .governs import governed
from .doubting import WHOSE, abuse_doubtful, abuse_joked, doubtful, fear_asked
from .idioms import masked, masked_whole, played
from .leaning import leaning, life_decisions
from .net import paid_then_done
from .followed import followed
from .kin_affairs import kin_affairs, writer_too
from .own_ends import writers_own  # veiled115
from .others import FEARED, KIN_WORDS, at_risk_elsewhere, helper_asking, who_acts
from .outlast import not_lasting
from .glyphs import glyph_crisis  # emoji114
from .perched import perched  # emoji114
from .drawn import drawn, own_body  # perch136, mend144
from .preparing import quiet_signs  # safe47
from .quoted import menacing_quotes, quoted_clauses, quoted_spans, unquoted  # safe38
from .learned import Detectors
from .signal import ABUSE, CRISIS, Signal
from .scale import scale_crisis
from .wording import CRISIS_WORDING as _CRISIS_WORDING  # the words a classifier crisis guess needs (wording.py)
from .relayed import adopted_death, relayed, relayed_abuse  # safe48
from .retracted import retracted  # mend78
from .presence import presence_only  # mend146

# An abuse clause that ends by introducing what they said or wrote: the next clause is their words.
_QUOTING = regex(r"(说|写着|写的是|留言|原话是?|短信|消息)\s*$|\b(saying|says|said|wrote|writing|message|text|note|voicemail)\s*$")

def assess(message: str, detectors: Detectors | None = None, abuse_beside: bool = False) -> Signal:
    """Read a message clause by clause for signs of crisis and of abusive collection, by the
    rules and, when ``detectors`` are given, by the learned detectors too (cue name "learned").
    ``abuse_beside``: the message is the rest of one whose other clauses report abuse (beside.py)."""
    crisis_rules, crisis_at_rules, stages, abuse_rules, abuse_at_rules, story = _rules(message)
    crisis, crisis_at, abuse, abuse_at = list(crisis_rules), set(crisis_at_rules), list(abuse_rules), set(abuse_at_rules)
    clauses = split_clauses(message)
    if detectors is not None:
        # The learned crisis reader's concept gate opens (Round 64, agreement.learned_crisis; a word of distress stays
        # required, gate91) only where no rule reads
        # abuse, here or beside (the abuse report told with despair stays abuse-led), no paying off is told with
        # nothing left after it (net.paid_then_done: relief), and never on a clause deciding something everyday.
        # (An abuse read by presence.py alone does not close it, mend146: "借了三千，催收要还一万二。想从这个世界下线了".)
        ruled = bool(abuse_rules) and not presence_only(abuse_rules)
        closed = None if abuse_beside or ruled or paid_then_done(masked(fold_clause(message))) \
            else life_decisions(clauses)
        read = learned_crisis(message, clauses, detectors, masked_whole(message), closed)
        stages += bool(read)
        more = read - crisis_at
        crisis += ["learned"] * bool(more)
        crisis_at |= more
        if not story:  # whose story it is, the model cannot tell; the rules can
            more = learned_abuse(message, clauses, detectors) - abuse_at
            abuse += ["learned"] * bool(more)
            abuse_at |= more
    remainder = without(message, clauses, crisis_at | abuse_at) if crisis or abuse else message
    return Signal(tuple(dict.fromkeys(crisis)), tuple(dict.fromkeys(abuse)), remainder, frozenset(crisis_at), stages >= 2,
                  frozenset(abuse_at))




# The rules' reading of a message, remembered: one ask reads the same message again without the learned
# readers (someone_at_risk, mentions_crisis, answer_asks, the question splitter's clauses), each a full pass
# of every rule over every window (PERF_LOG part 21). The rules are a function of the text alone.
@lru_cache(maxsize=64)
def _rules(message: str) -> tuple[tuple[str, ...], frozenset[int], int, tuple[str, ...], frozenset[int], bool]:
    """(crisis cues, their clauses, stages agreeing, abuse cues, their clauses, whether the abuse is hearsay or
    someone else's: the learned reader may not add any) by the rules alone."""
    clauses = split_clauses(message)
    whole = fold_clause(message)
    whole_masked = masked_whole(message)
    # (a collector's words relayed without quotes are read by every crisis reader too: blanking them hid the
    # writer's own overdose told right after them, review69; relayed.py only ADDS the abuse and "adopted" cues)
    relays = _relayed(message)
    crisis, crisis_at = _scan(clauses, lambda text, _: crisis_cues(masked(played(text, whole)), whole_masked), led_windows(clauses))
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
        abuse, abuse_at = _scan(clauses, lambda text, context: abuse_cues(text, context, someone_else, text in marked, told))
        if not someone_else and (more := quoted_clauses(quotes, clauses) - abuse_at):
            abuse, abuse_at = [*abuse, "quoted"], abuse_at | more  # a collector's menacing words pasted in (quoted.py)
        if not someone_else and (more := relayed_abuse(clauses, relays) - abuse_at):
            abuse, abuse_at = [*abuse, "relayed"], abuse_at | more  # death or menace in a collector's relayed words (relayed.py)
    return tuple(crisis), frozenset(crisis_at), stages, tuple(abuse), frozenset(abuse_at), bool(hearsay or someone_else)


@lru_cache(maxsize=64)
def _relayed(message: str) -> dict[int, tuple[int, int]]:
    """The clauses holding a collector's relayed words and their spans (relayed.py), remembered per message."""
    return relayed(split_clauses(message), fold_clause(message))


def with_leaning(message: str, signal: Signal, detectors: Detectors | None, classifier_crisis: float,
                 crisis_of_text: Callable[[str], float] | None = None) -> Signal:
    """``signal`` with a crisis carried by the learned reader and the classifier leaning together
    (leaning.py, cue "leaning"), when no rule found one; beside abuse, in every clause but a collector's
    words pasted in and the clause introducing them. One stage: the message's doubts apply to it (``doubtful``)."""
    if signal.crisis:
        return signal
    folded = fold_clause(message)
    if (whole_masked := masked(folded)) != folded and not _CRISIS_WORDING.search(whole_masked):
        # Words of death masked as an idiom, and none left ("心死了就不会痛", a lyric: the heart
        # dead): the classifier read the idiom's 死 (safe12). The agreement its crisis guess needs.
        return signal
    crisis_at = leaning(message, detectors, classifier_crisis, crisis_of_text)
    if signal.abuse:
        # Beside abuse, a collector's words pasted in are theirs, not the writer's crisis ("…sent my wife a
        # message saying 'your husband won't be coming home tonight'"); every other clause may lean, the
        # abuse clause too (review63/review66: a crisis only leaning carries, in a run-on after a fake order
        # or hell money, got the abuse reply alone).
        clauses = split_clauses(message)
        quoted = quoted_clauses(quoted_spans(message), clauses)
        quoted |= {index + 1 for index in signal.abuse_at if _QUOTING.search(clauses[index].text)}
        # (and the abuse clause that introduces them: two clauses lean together)
        crisis_at = crisis_at - quoted - {index - 1 for index in quoted if index - 1 in signal.abuse_at}
    if not crisis_at:
        return signal
    return replace(signal, crisis=("leaning",), crisis_at=crisis_at, agreed=False,
                   remainder=without(message, split_clauses(message), set(crisis_at)))


# Readings of someone else's danger: where one is read, the writer's own wording beside it does not decide the reply.
_THEIRS_READ = frozenset({"someone_else", "feared", "kin_words", "kin_signs", "kin_affairs"})


def someone_at_risk(message: str) -> bool:
    """Whether a crisis message is about someone else at risk, told by the writer who would help them, and the
    writer says nothing of their own danger (others.py): the crisis reply then speaks to the helper. The crisis
    clauses are the rules'; where only a reader or the classifier found the crisis, the clauses with crisis wording."""
    clauses = split_clauses(message)
    signal = assess(message)
    at = signal.crisis_at or {i for i, c in enumerate(clauses) if _CRISIS_WORDING.search(masked(c.text))}
    if "affairs" in signal.crisis and not {"someone_else", "feared", "kin_words", "kin_signs", "kin_affairs"} & set(signal.crisis):
        # Affairs put in order are the writer's own acts, the kin in them recipients (affairs.py; review99 §2: 留给爸妈,
        # 过户给我弟 gave a writer at risk the helper's reply): the writer's reply unless a third person does the acts.
        acts = act_clauses(message, clauses)
        if not (acts and helper_asking(message, clauses, acts)):
            return False
    if "followed" in signal.crisis:  # the writer taking up someone's suicide over debt: the writer's own (followed.py)
        return False
    if "drawn" in signal.crisis and not _THEIRS_READ & set(signal.crisis) and own_body(fold_clause(message)):
        return False  # the writer's own body at the edge (我/I, a child held: drawn.own_body; mend144): "抱着孩子在窗户前坐了很久" is no helper's
    if not _THEIRS_READ & set(signal.crisis) and writers_own([c.text for c in clauses]):
        return False  # the writer's cards handed over in case, the writer following a dying relative (own_ends.py)
    if not {"feared", "kin_words", "kin_signs"} & set(signal.crisis) and writers_death(message):
        return False  # the writer's own death asked after, made present: the kin named would pay (premise.py)
    if "kin_affairs" in signal.crisis:  # someone else's acts, read as theirs (kin_affairs.py, Round 79)
        theirs = kin_affairs(message, clauses, who_acts)  # (the writer's own wish beside them: review104 F2, mend86)
        return not writer_too(message, clauses, theirs) and helper_asking(message, clauses, at, theirs)
    whose = english_whose(message, clauses, at)  # a writer's or a quoted relative's English farewell (review53 #5)
    return whose == "other" if whose is not None else helper_asking(message, clauses, at)


def mentions_crisis(message: str) -> bool:
    """True when the message shows despair or thoughts of self-harm (hyperbole excluded)."""
    return bool(assess(message).crisis)


def mentions_abuse(message: str) -> bool:
    """True when the message reports threats, insults, shaming or harassment by collectors."""
    return bool(assess(message).abuse)


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
    return any(abuse_talk(w.text, _context(clauses, w.first, w.text)) for w in windows(clauses))


def _scan(clauses: list[Clause], find: Callable[[str, str], list[str]],
          more: list[Window] | None = None) -> tuple[list[str], set[int]]:
    """Cue names found over every window (and ``more``: clauses.led_windows), and the indices of
    the clauses that carry them. A cue seen only when two clauses are read together marks both
    ("催收给我妈打电话，说我是老赖")."""
    names: list[str] = []
    marked: set[int] = set()
    alone: dict[int, set[str]] = {}
    for window in (*windows(clauses), *(more or ())):
        found = set(find(window.text, _context(clauses, window.first, window.text)))
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


def _context(clauses: list[Clause], first: int, text: str) -> str:
    """A window's text with the clause before it (where the speaker is often named), and the
    ones before that while each goes on with its own predecessor (a list of things asked after
    one "will they": at most MAX_CHAIN clauses back)."""
    start = max(first - 1, 0)
    while start > 0 and first - start < MAX_CHAIN and continues(clauses[start].text):
        start -= 1
    return " ".join([*(clause.text for clause in clauses[start:first]), text])


MAX_CHAIN = 4


__all__ = ["WHOSE", "Signal", "assess", "someone_at_risk", "with_leaning", "doubtful", "fear_asked", "abuse_doubtful", "abuse_joked", "mentions_crisis", "mentions_abuse", "crisis_wording", "abuse_wording",
           "CRISIS", "ABUSE"]
