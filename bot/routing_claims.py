"""Routing for messages that tell a collector's claim or ask whether a charge is lawful (bot.answer_claims
supplies their answer lines; truth3's audit items 1 and 4, review42's corrections; issue 13).

- A scam-like demand or a late charge asked lawful is never declined (``claims_route``): the penalty
  costs when a rate or charge is named, what collection looks like otherwise. A rate's legality asked
  with nobody late ("借呗年化利率是多少？合法吗", "花呗的分期利率合法吗", "我想投诉我的信用卡利息太高", "…但是我
  没有逾期") is billing: it stays declined, and the decline says where to complain (the lender, 12378).
- A complaint whose object is the collector ("借呗逾期了，利息太高了，我想投诉催收态度") is led by the abuse
  reply, which says where to complain about collectors, before the other questions
  (``collector_complaint_first``).

Matched on text.simplified() text (simplified characters, lower case).
"""

from __future__ import annotations

from . import knowledge as kb
from .answer_claims import COLLECTOR_COMPLAINT, RATE, WHOM_ASKED, other_lenders, rate_legal_asked, scam_told, sum_claim_doubted
from .patterns import regex
from .products import products_named
from .routing_vet import recourse_asked
from .safety import ABUSE, CRISIS
from .text import normalize, simplified

PENALTY = "penalty_costs"
COLLECTION = "collection_process"
NEGOTIATE = "negotiate"
MAX_TOPICS = 4  # as bot.routing answers at most

# Lateness told (a late charge, a collector, being late), not denied ("但是我没有逾期", "I'm never late"):
# a rate's legality asked without it is billing, the decline's (it points to the lender and 12378).
# (违约金 alone may be an early repayment's fee: "提前还款有违约金吗"; 利息 is every loan's.)
_NOT_LATE = regex(r"(?:没有|没|未|从来没|从没|从未|不曾|又没|不会)(?:有)?(?:过)?(?:逾期|逾其)|\bnever\b.{0,12}\b(?:late|overdue)\b"
                  r"|\bnot (?:been )?(?:late|overdue|behind)\b")
_LATE = regex(r"逾期|逾其|罚息|滞纳金|催收|催款|催债|还不上|还不起|没还|拖欠|欠着"
              r"|\b(?:overdue|late|behind|past due|in arrears|default\w*|penalty interest|collectors?|collection)\b")


# Another matter named beside a claimed sum ("催收说我欠了三万，要上门，是真的吗"): that one is asked too.
_OTHER_MATTER = regex(r"上门|来家|家访|起诉|告我|法院|坐牢|抓|报警|警察|征信|芝麻|记录|洗白|家人|家里|爸妈|父母|老婆|老公|单位|公司|同事|通讯录|减免|协商|分期|延期"
                      r"|\b(?:visit\w*|sue|sued|court|jail|prison|arrest\w*|police|credit|sesame|family|parents|wife|husband|employer|boss|work"
                      r"|contacts|negotiat\w*|instal+ments?|extension|reduc\w*)\b")


def late_told(question: str) -> bool:
    """Whether a message tells that the loan is late (or names a late charge or a collector), words
    that deny it set aside ("我没有逾期": not late)."""
    return _LATE.search(_NOT_LATE.sub(" ", simplified(question))) is not None


def claims_route(topics: list[str], question: str) -> list[str]:
    """A caller's claimed sum or charge doubted, nothing else named: the penalty costs, whatever the
    classifier read ("催收说我欠了三万…是真的吗" had read as home_visit). A declined reading of a message
    that tells a scam-like demand, or asks whether a late charge is lawful or where to complain about it, lateness told: the penalty costs (a rate or charge named)
    or what collection looks like; several lenders with whom to call asked: negotiate (whom to talk
    to). A rate asked of with nobody late stays declined (billing)."""
    text = simplified(question)
    if topics and PENALTY not in topics and not any(t in (ABUSE, CRISIS) for t in topics) \
            and sum_claim_doubted(question) and not _OTHER_MATTER.search(text):
        return [PENALTY]  # a claimed sum doubted, nothing else asked: what is owed is the matter (not home_visit)
    if topics != [kb.OUT_OF_SCOPE]:
        return topics
    if (rate_legal_asked(question) and late_told(question)) or (scam_told(question) and RATE.search(text)):
        return [PENALTY]
    if scam_told(question):
        return [COLLECTION]
    if len(products_named(normalize(question))) > 1 and other_lenders(question) and WHOM_ASKED.search(text):
        return [NEGOTIATE]
    return topics


def collector_complaint_first(topics: list[str], question: str) -> list[str]:
    """The abuse reply first for a message that asks to complain about the collectors themselves
    ("我想投诉催收态度", "can I complain about the collectors?") when another topic was read (a rate named
    beside it read as the penalty costs): its first line says where. Not when collection_process
    leads (its complaint line leads it), nor for a supposed case ("如果以后…", bot.routing_vet)."""
    if not topics or ABUSE in topics or CRISIS in topics or topics[0] == COLLECTION:
        return topics
    if not COLLECTOR_COMPLAINT.search(simplified(question)) or not recourse_asked(question):
        return topics
    return [ABUSE, *(t for t in topics if t != kb.OUT_OF_SCOPE)][:MAX_TOPICS]


# A collector's threat to tell the borrower's workplace or family, reported ("Collectors from an agency
# said they'd report me to my employer. Can they?", "催收说要通知我单位，可以吗"): whom they contact is
# contact_family's question (the article is silent on family and workplace alike), not a home visit
# (truth3 #9 had "hometown visits are rare"). A visit named too keeps the visit answer.
_CONTACT_THREATENED = regex(r"(?:催收|他们|对方|那边)\S{0,4}?(?:说|扬言|威胁|放话)\S{0,6}?(?:通知|告诉|打电话(?:给|到)|联系|找|曝光给|发给)"
                            r"(?:我的?)?(?:单位|公司|老板|领导|同事|家人|家里|爸妈|父母|通讯录)"
                            r"|\b(?:they|he|she|collectors?|the agency|the collector)(?:\s+\w+){0,3}?\s+(?:said|say|says|threaten\w*|told me)\b.{0,20}?"
                            r"\b(?:report|tell|call|contact|inform|notify|email)\w*\s+(?:me\s+to\s+|to\s+)?(?:my|our)\s+"
                            r"(?:employer|boss|company|workplace|work|office|hr|colleagues?|family|parents|relatives)\b")
_VISIT = regex(r"上门|来我家|到我家|家访|走访|老家|\b(?:visit\w*|come to my|show up|door|hometown)\b")
CONTACT = "contact_family"
HOME_VISIT = "home_visit"


def contact_threatened(topics: list[str], question: str) -> list[str]:
    """contact_family for a home-visit reading of a collector's reported threat to tell the
    workplace or family, no visit named."""
    if topics[:1] != [HOME_VISIT] or CONTACT in topics:
        return topics
    text = simplified(question)
    if not _CONTACT_THREATENED.search(text) or _VISIT.search(text):
        return topics
    return [CONTACT, *(t for t in topics if t != HOME_VISIT)]


__all__ = ["claims_route", "collector_complaint_first", "contact_threatened", "late_told"]
