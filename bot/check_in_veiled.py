"""The check-in line (12356) on the answers a veiled farewell asks for: vanishing and what the debt does after the
writer is gone (checkin94, issue 12, docs/safety.md Round 70).

A crisis told softly beside a loan question ("…the cat is with a friend now, the memberships cancelled; last question,
will my parents have to repay Jiebei?", "I'll go before they sue, then I won't have to pay, right?") was answered as
going_dark or uncovered_consequences with no 12356 anywhere: the crisis readers stirred on it, but under the net's
floors, or the net's exemptions took the line away (a loan matter named: ``check_in.only_a_loan_matter``; a reading
of the words as an everyday scene: ``safety.net.explained``). Those exemptions were measured on billing questions
(safe16, safe11), where a stray line reads as not listening. These two answers are different: disappearing and debts
after death are what a person who plans not to be here asks about, so on them a reader stirring at all is enough
(the topic classifier's crisis probability or the gated learned reader at STIR_FLOOR) when the message tells a
story beside its question (check_in.tells_a_story: things given away, money handed over, a plan before the
lawsuit). The question asked plainly ("Will all of them sue me?", "会不会去乡下找我爸妈", "Will my kids be affected?")
keeps no line: the classifier leans 0.05-0.1 on kids, parents and lawsuits (safe11, truth2 E). Measured on every team set, the
pool and blind17/18 (Round 70): the pool gains the line on 4 of 10,669 questions, the team's benign rows on 26 of
4,334 (moving house, a relative's death, a film), blind18 loses 3 of its 4 crisis rows without 12356.

Not every going_dark answer (its plain questions, "不接电话会怎样", "换了号还能找到我吗", are 171 of the pool's), and
not a wider floor for every loan answer: the learned reader at 0.2 beside a loan answer gave the line to 113 of the
team's benign look-alikes (fireworks on a roof, a farewell party, a kite by the river)."""

from __future__ import annotations

from typing import Sequence

from . import knowledge as kb
from .check_in import tells_a_story
from .safety import ABUSE
from .safety.agreement import crisis_score
from .safety.clauses import fold_clause
from .safety.idioms import masked
from .safety.net import paid_then_done
from .safety.learned import Detectors

# The answers about vanishing and about what the debt does when the borrower is gone. (contact_family and lawsuit were
# tried too, where the same veiled message is sometimes routed: they gained no crisis row of any set and gave the line
# to 29 more benign rows of the team's sets, a court date prepared for, a trip abroad; Round 70.)
VEILED_TOPICS = ("going_dark", kb.UNCOVERED)
# A reader stirring at all: the classifier's crisis probability, or the gated learned reader, at this floor
# (under the net's own: CLASSIFIER_FLOOR beside a weak cue, GATED_FLOOR for the learned reader).
STIR_FLOOR = 0.05


def stirred_on_veiled_answer(topics: Sequence[str], question: str, detectors: Detectors | None,
                             crisis_probability: float) -> bool:
    """Whether the reply answers one of VEILED_TOPICS and a crisis reader stirred on the message at
    STIR_FLOOR (the classifier's ``crisis_probability``, or the learned reader's gated score): the check-in line."""
    if not any(topic in VEILED_TOPICS for topic in topics) or topics[:1] == (ABUSE,):
        return False  # (a harassment report the abuse reply leads has its own line rules: routing._checked_in)
    if not tells_a_story(question) or paid_then_done(masked(fold_clause(question))):
        return False  # the plain question ("Will all of them sue me?"), or the debt paid off and nothing after it
    if crisis_probability >= STIR_FLOOR:
        return True
    return detectors is not None and crisis_score(question, detectors) >= STIR_FLOOR
