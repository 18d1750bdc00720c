"""A fear in words: its name in the answer's language, narrowed to the part the borrower asked
about when their words name one ("会不会被限制高消费" is not "坐飞机、高铁、出国等出行受限": truth1 #12,
#15). bot.concerns finds the fears; bot.answer names them in the lead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .concerns import CONCERN_NAMES
from .patterns import regex
from .text import simplified

if TYPE_CHECKING:
    from .slots import Slot


def concern_name(concern_id: str, lang: str, words: str = "") -> str:
    """The fear's name in ``lang`` (KeyError for an unknown id); with the borrower's ``words`` for
    it, the narrower name of the part they asked about when there is one (_NARROW)."""
    for narrow_id, pattern, names in _NARROW:
        if narrow_id == concern_id and words and pattern.search(words):
            return names[lang]
    return CONCERN_NAMES[concern_id][lang]


# A fear named by its part ("会不会被限制高消费", "签证会受影响吗", "会不会被公司开除"): the lead names
# that part, not the whole category (truth1 #12, #15: "你担心的是坐飞机、高铁、出国等出行受限" for a
# question about 限高 lists fears the borrower never stated).
_SCHOOLING = r"上学|读书|入学|升学|大学|学校|school|universit|college|education"
_VETTING = r"政审|考公|考编|公务员|事业编|参军|当兵|入伍|civil|government|vetting|clearance|army|military"
_NARROW: tuple[tuple[str, re.Pattern[str], dict[str, str]], ...] = (
    ("travel_ban", regex(r"限高|高消费|限制消费"), {"zh": "被限制高消费", "en": "restrictions on high spending"}),
    ("travel_ban", regex(r"签证|护照|拒签|visa|passport", re.IGNORECASE),
     {"zh": "办签证、护照或出国", "en": "getting a visa or passport, or going abroad"}),
    ("travel_ban", regex(r"高铁|动车|火车|high[- ]speed|bullet|trains?\b", re.IGNORECASE),
     {"zh": "坐高铁、火车或买票", "en": "taking trains or buying train tickets"}),
    ("wages_employer", regex(r"开除|辞退|丢(?:掉)?工作|工作(?:会)?(?:保不住|不保)|fired|lose my job", re.IGNORECASE),
     {"zh": "被单位开除或丢工作", "en": "losing your job"}),
    # the workplace alone, or wages alone: not the other named (truth4 Minor: "会通知我单位吗" named wages)
    ("wages_employer", regex(r"^(?!.*(?:工资|薪水|薪资|扣钱|wage|salary|paycheck|\bpay\b)).*(?:单位|公司|老板|领导|上班|employer|boss|company|office|workplace|work)",
                             re.IGNORECASE), {"zh": "单位知道或工作受影响", "en": "your employer finding out, or your job"}),
    ("wages_employer", regex(r"^(?!.*(?:单位|公司|老板|领导|employer|boss|company|office|workplace)).*(?:工资|薪水|薪资|wage|salary|paycheck)",
                             re.IGNORECASE), {"zh": "工资被扣", "en": "your wages"}),
    # money taken from a card or account on its own, not a freeze ("take money from my bank card automatically",
    # "从我银行卡里直接扣钱"; newuser161 #7, answer171: it had been named "a frozen bank card")
    ("frozen_account", regex(r"^(?!.*(?:冻结|冻住|查封|freez|frozen|seiz)).*(?:扣钱|扣款|扣走|划扣|划走|扣光|take|deduct|debit|pull|grab)",
                             re.IGNORECASE), {"zh": "钱被直接从银行卡或账户里扣走", "en": "money taken straight from your bank card or account"}),
    ("credit_use", regex(r"信用卡|降额|降低额度|credit card", re.IGNORECASE), {"zh": "信用卡额度或银行审批", "en": "your credit cards or bank limits"}),
    ("credit_use", regex(r"租房|rent", re.IGNORECASE), {"zh": "租房", "en": "renting a home"}),
    ("credit_use", regex(r"找工作|求职|应聘|job|work", re.IGNORECASE), {"zh": "找工作", "en": "your job search"}),
    ("credit_use", regex(r"流水|statement", re.IGNORECASE), {"zh": "银行流水被查", "en": "your bank statements being checked"}),
    ("school_or_vetting", regex(rf"^(?!.*(?:{_VETTING})).*(?:{_SCHOOLING})", re.IGNORECASE),
     {"zh": "子女上学", "en": "your children's schooling"}),
    ("school_or_vetting", regex(rf"^(?!.*(?:{_SCHOOLING})).*(?:{_VETTING})", re.IGNORECASE),
     {"zh": "子女政审或考公", "en": "a civil-service check on your children"}),
)


def concern_names(concerns: tuple[str, ...], lang: str, first_words: str = "") -> str:
    """Every fear named, the first by the part its words name (_NARROW)."""
    joiner = "，以及" if lang == "zh" else ", and "
    return joiner.join(concern_name(concern_id, lang, first_words if at == 0 else "") for at, concern_id in enumerate(concerns))


def words_of_first(concern: Slot | None, question: str) -> str:
    """The words that name the first fear, for its narrower name: the question's own clause
    ("会影响子女上大学吗" names schooling, though the slot holds only 影响子女), else the slot's."""
    if concern is None:
        return ""
    text = simplified(question)
    return next((clause for clause in _CLAUSE_MARK.split(text) if concern.text in clause), concern.text)


_CLAUSE_MARK = regex(r"[，,。.！!？?；;\n]")


__all__ = ["concern_name", "concern_names", "words_of_first"]
