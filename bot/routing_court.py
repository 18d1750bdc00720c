"""The court's own steps asked about (answer171, round 45; blind22's lawsuit misses): a judgment and what
follows it (强制执行, "enforce the judgment", "if I lose the case"), papers a court sends (支付令, 诉前调解,
财产保全, "payment order", "summons") read as something else. The topic list the team labels by says
lawsuit covers "being sued, court, legal liability, judgments, enforcement", while blacklists, travel bans
and frozen wages asked alone are uncovered_consequences (knowledge examples "会不会成失信被执行人" stay so).

So a message that names such a step gets the lawsuit answer first, and the reading it had stays after it
as its own section (an uncovered fear such as wages is still said to be outside the article; "what if I
can't pay" still gets negotiate). A step after a judgment beside jail or arrest keeps its uncovered lead:
the jail question is the one asked. "起诉后/被起诉了" (sued, no more) only turns a decline, the collection
steps, after_repayment or going_dark: "被起诉后会坐牢吗" asks about jail. On normalize()d text.
"""

from __future__ import annotations

from . import knowledge as kb
from .patterns import regex

LAWSUIT = "lawsuit"
UNCOVERED = "uncovered_consequences"
NEGOTIATE = "negotiate"
_COURT_STEP = regex(
    r"判决|判了|判下来|判完|宣判|败诉|(?:官司|案子)\S{0,2}(?:输了|判)|强制执行|申请执行|法院\S{0,4}执行|支付令|诉前调解|财产保全|诉讼保全"
    r"|\b(?:judge?ments?|(?:lose|lost|losing) (?:the |my )?(?:case|lawsuit)|(?:win|wins|won) (?:the case|in court|the lawsuit)"
    r"|rules? against me|ruled against me|enforce (?:the |a |its )?(?:judge?ment|ruling|order)|payment order|zhifuling|pre-?litigation mediation|court order)\b")
_SUED = regex(r"起诉(?:了|后|以后|之后)|被(?:起诉|告)了?(?:以后|之后|后)?|\b(?:after|once) (?:they|jiebei|alipay) sued? me\b|\b(?:i ?['’]?ve|i have|i was|i got) (?:been )?sued\b")
_JAIL = regex(r"坐牢|拘留|被抓|抓(?:我|人)|判刑|刑事|缓刑|判了?\S{0,2}年|\b(?:jail|prison|arrest\w*|criminal)\b")
# Not the writer's own debt: a witness, a divorce, a landlord, money owed to the writer (as routing_wording).
_NOT_MINE = regex(r"作证|证人|离婚|房东|欠我|借我的钱|\b(?:witness|divorce|landlord|owes? me)\b"
                  # someone else's case (review174 F5): "他被判了缓刑", "我老板被法院强制执行了"
                  r"|(?:^|\s|他|她)(?:他|她|我?(?:哥|弟|姐|妹|爸|妈|老公|老婆|老板|朋友|同事|亲戚|舅舅|叔叔)\S{0,2})(?:被|让)\S{0,4}(?:判|执行)")
# Negotiation asked in words ("判决以后还能协商吗"): that leads, the court's section after it (review174 F5);
# "败诉了拿不出钱怎么办" (read as negotiate by meaning) still gets the court's section first.
_NEGOTIATION_ASKED = regex(r"协商|分期|延期|减免|停息|\b(?:negotiat\w*|instal\w*|payment plan|in parts)\b")
_STEP_MISREAD = (kb.OUT_OF_SCOPE, "collection_process", "after_repayment", "going_dark", NEGOTIATE, UNCOVERED)
_SUED_MISREAD = (kb.OUT_OF_SCOPE, "collection_process", "after_repayment", "going_dark")


def court_stage_asked(topics: list[str], folded: str) -> list[str]:
    """[lawsuit, the earlier reading...] for a message that asks about a court's step read as another topic."""
    if not topics or topics[0] not in _STEP_MISREAD or LAWSUIT in topics[:1] or _NOT_MINE.search(folded):
        return topics
    step = _COURT_STEP.search(folded) is not None
    if not step and not (topics[0] in _SUED_MISREAD and _SUED.search(folded)):
        return topics
    if topics[0] == UNCOVERED and _JAIL.search(folded):
        return topics  # jail asked: that is the question; the lawsuit section may follow as it did
    if topics[0] == NEGOTIATE and _NEGOTIATION_ASKED.search(folded):
        return [NEGOTIATE, LAWSUIT, *(t for t in topics[1:] if t != LAWSUIT)]  # "判决以后还能协商吗": asked, so it leads (review174 F5)
    return [LAWSUIT, *(t for t in topics if t not in (LAWSUIT, kb.OUT_OF_SCOPE))]


def court_step_named(words: str) -> bool:
    """Whether ``words`` (a fear's words as the slots found them, simplified) name one of the court's own steps
    (_COURT_STEP: 强制执行, a judgment, a payment order...): the lawsuit answer covers it (answer197, round 48)."""
    return _COURT_STEP.search(words.lower()) is not None


__all__ = ["court_stage_asked", "court_step_named"]
