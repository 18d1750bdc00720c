"""Whose crisis a message tells (split out of bot/safety/__init__.py, split159): someone else at risk, told by the
writer who would help them (the crisis reply then speaks to the helper), or the writer's own. Where in doubt the
reply is the writer's: a writer at risk must never get the helper's reply.
"""

from __future__ import annotations

from .affairs import act_clauses
from .premise import writers_death  # death135
from .clauses import fold_clause, split_clauses
from .english import english_whose
from .idioms import masked
from .kin_affairs import kin_affairs, writer_too
from .own_ends import writers_own  # veiled115
from .others import helper_asking, who_acts
from .others_done import acted_at, bare_ask, writer_joins  # third169, mend180
from .others_read import THEIRS_READ, THEIRS_WITNESSED
from .drawn import own_body  # mend144
from .wording import CRISIS_WORDING as _CRISIS_WORDING
from .two_readers import assess


def someone_at_risk(message: str) -> bool:
    """Whether a crisis message is about someone else at risk, told by the writer who would help them, and the
    writer says nothing of their own danger (others.py): the crisis reply then speaks to the helper. The crisis
    clauses are the rules'; where only a reader or the classifier found the crisis, the clauses with crisis wording."""
    clauses = split_clauses(message)
    signal = assess(message)
    at = signal.crisis_at or {i for i, c in enumerate(clauses) if _CRISIS_WORDING.search(masked(c.text))}
    if "affairs" in signal.crisis and not THEIRS_READ & set(signal.crisis):
        # Affairs put in order are the writer's own acts, the kin in them recipients (affairs.py; review99 §2: 留给爸妈,
        # 过户给我弟 gave a writer at risk the helper's reply): the writer's reply unless a third person does the acts.
        acts = act_clauses(message, clauses)
        if not (acts and helper_asking(message, clauses, acts)):
            return False
    if "follow_dead" in signal.crisis and not THEIRS_READ & set(signal.crisis):
        return False  # the writer's wish to follow one who died, however the dead is named before it (follow_dead.py)
    if "followed" in signal.crisis:  # the writer taking up someone's suicide over debt: the writer's own (followed.py)
        return False
    if "drawn" in signal.crisis and not THEIRS_READ & set(signal.crisis) and own_body(fold_clause(message)):
        return False  # the writer's own body at the edge (我/I, a child held: drawn.own_body; mend144): "抱着孩子在窗户前坐了很久" is no helper's
    if not THEIRS_READ & set(signal.crisis) and writers_own([c.text for c in clauses]):
        return False  # the writer's cards handed over in case, the writer following a dying relative (own_ends.py)
    if not THEIRS_WITNESSED & set(signal.crisis) and writers_death(message):
        return False  # the writer's own death asked after, made present: the kin named would pay (premise.py)
    if (done := acted_at(message, clauses)) and "kin_words" in signal.crisis:  # someone else's act already done (third169)
        if writer_joins(message):
            return False  # the writer doing it too: the writer's reply
        # every clause the rules marked stays but a bare ask now: the writer's own danger there keeps the writer's reply
        return helper_asking(message, clauses, done | {i for i in at - done if not bare_ask(clauses[i].text)}, done)  # mend180 F1
    if "kin_affairs" in signal.crisis:  # someone else's acts, read as theirs (kin_affairs.py, Round 79)
        theirs = kin_affairs(message, clauses, who_acts)  # (the writer's own wish beside them: review104 F2, mend86)
        return not writer_too(message, clauses, theirs) and helper_asking(message, clauses, at, theirs)
    whose = english_whose(message, clauses, at)  # a writer's or a quoted relative's English farewell (review53 #5)
    return whose == "other" if whose is not None else helper_asking(message, clauses, at)


def act_done(message: str) -> bool:
    """Whether a message tells someone else's act of self-harm already done (others_done.py): the helper's crisis
    reply then leads with 120, an emergency, not a risk to watch (third169)."""
    return bool(acted_at(message, split_clauses(message)))


__all__ = ["act_done", "someone_at_risk"]
