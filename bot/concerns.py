"""The specific fear a borrower names: consequences the source article says nothing about.

Borrowers' biggest fears (their children's schooling, travel bans, frozen accounts, their
employer, jail, blacklists, family having to pay, a mortgage later, public shaming, property
being seized) are mostly ones the article never mentions. ``find_concern`` reads the first such
fear from a message, with a stable id and the words it came from, so that an answer can name it
and say plainly that the article does not cover it, rather than answer "yes" or "no".

Patterns run on simplified, lower-cased text (``text.simplified``). They look for the fear as a
consequence ("扣工资", "tell my boss"), not for the same words used as a reason ("发工资再还",
"I lost my job"). The words of each fear are in bot.concern_patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import has_latin, regex
from .patterns_branches import Alternatives
from .product_mentions import kind_owed
from .routing_collateral import secured_collateral
from .concern_clauses import account_frozen_told, clause_of as _clause_of
from .concern_patterns import PATTERNS
from .routing_deduction import lender_deducts
from .questions import is_question

# Names as the answer says them: "你担心的{name}" / "about {name}".
CONCERN_NAMES: dict[str, dict[str, str]] = {
    "school_or_vetting": {"zh": "子女上学、政审或考公", "en": "your children's schooling or a civil-service check"},
    "travel_ban": {"zh": "坐飞机、高铁、出国等出行受限", "en": "being stopped from flying, taking high-speed trains, going abroad or travelling"},
    "frozen_account": {"zh": "银行卡、支付宝或微信账户被冻结", "en": "a frozen bank card, Alipay or WeChat account"},
    "property": {"zh": "房子、车等财产被查封或拍卖", "en": "your home, car or other property being seized"},
    "wages_employer": {"zh": "工资被扣、单位知道或工作受影响", "en": "your wages, your employer finding out, or your job"},
    "jail": {"zh": "坐牢、被抓或刑事责任", "en": "arrest, jail or a criminal record"},
    "blacklist": {"zh": "黑名单、失信被执行人（“老赖”）", "en": "blacklists or the list of dishonest debtors"},
    # Said so that it reads right whoever asks: the borrower ("会让我爸妈替我还吗") or a relative
    # ("我妈借呗逾期了，我要替她还吗").
    "family_liability": {"zh": "家人或紧急联系人要不要替借款人还、会不会受牵连",
                         "en": "whether family or an emergency contact would have to pay the borrower's debt or be affected"},
    "mortgage": {"zh": "以后办房贷、车贷", "en": "getting a mortgage or car loan later"},
    "public_shaming": {"zh": "被公开曝光", "en": "being publicly shamed"},
    "pension": {"zh": "退休金、养老金、社保或医保", "en": "a pension, social security or medical insurance"},
    "studies": {"zh": "学校知道、学业或毕业受影响", "en": "your school or university finding out, or your studies"},
    # Other uses of one's credit the article never names (truth1 #9: "会影响信用卡吗", "租房", "job search",
    # "银行流水"): its credit answer alone read as if it covered them.
    "credit_use": {"zh": "信用卡、租房、找工作或银行流水这类影响", "en": "credit cards, renting, job hunting or bank statements"},
}

# The places in the article that the uncovered-consequences answer cites for each fear: what the
# article does say that bears on it (its line for that fear rests on these sections).
# The fears with no line of their own (studies, pension, none named) get the general one, which names reminders, a
# person stepping in, the Sesame score and a lawsuit: all three of its sections are cited (review174 F7).
_GENERAL_LINE = ("measures_online", "measures_credit", "measures_legal")
CONCERN_SOURCES: dict[str | None, tuple[str, ...]] = {
    "school_or_vetting": ("measures_credit", "overview_methods"),
    "travel_ban": ("measures_credit", "measures_legal"),
    "frozen_account": ("measures_legal",),
    "property": ("measures_legal",),
    "wages_employer": ("measures_online", "why_visits_rare"),
    "jail": ("measures_legal",),
    "blacklist": ("measures_credit", "overview_methods"),
    "family_liability": ("measures_legal",),
    "mortgage": ("measures_credit", "overview_methods"),
    "public_shaming": ("why_visits_rare", "trend_policy"),
    "pension": _GENERAL_LINE,
    "studies": _GENERAL_LINE,
    "credit_use": ("measures_credit", "overview_methods"),
    None: _GENERAL_LINE,
}

# Worry, rumour or threat around the words: "我怕坐牢", "听说会坐牢", "催收说要告诉我单位".
_WORRY = regex(r"怕|担心|担忧|害怕|恐怕|焦虑|万一|听说|据说|说我|说要|说会|威胁|吓|"
                    r"worr|afraid|scared|fear|terrified|anxious|heard|threat|said|says|told me", re.IGNORECASE)
_COMPILED = tuple((cid, regex(zh), regex(en, re.IGNORECASE)) for cid, zh, en in PATTERNS)
# Whether a message names any fear at all: most name none, and one search over all the patterns
# at once says so in a few microseconds instead of 22 searches.
_ANY_ZH = regex("|".join(f"(?:{zh})" for _, zh, _ in PATTERNS))
_ANY_EN = regex("|".join(f"(?:{en})" for _, _, en in PATTERNS), re.IGNORECASE)
# The same tests, skipped where they cannot match (speed only): the Chinese one by its branches'
# needs, the English one (every match needs a letter: tests/test_patterns_needs.py) on a text
# without Latin letters.
_ANY_ZH_EACH = Alternatives(_ANY_ZH)  # ...and the Chinese one fear by fear (bot.patterns_branches)
# Same words used as a reason or as something else, not as a fear ("发工资再还", "北京到上海坐高铁").
_NOT_A_FEAR = regex(r"(?:发|等|领|拿|结|到)工资|工资(?:还没|没|才|下|到账|发)|我失业|失业了|lost my job|salary (?:comes|is|arrives)")


# A borrower who works at the school: it is the workplace, not a school they study at.
_SCHOOL_IS_WORK = regex(r"我是(?:一名|一个|个)?(?:老师|教师|班主任|辅导员|校长|教授|讲师)|(?:在|于)(?:学校|大学|中学|小学|幼儿园)(?:里)?(?:上班|工作|教书|任教|当老师)|教书"
                        r"|\bi(?: a|'|’)?m an? (?:teacher|lecturer|professor|tutor)\b|\bi (?:work|teach)\w* (?:at|in|for) (?:a |an |the |my )?(?:school|university|college)\b",
                        re.IGNORECASE)


# An automatic repayment taking money is billing mechanics, not a fear of a frozen account (a
# freeze named beside it still is: "will they freeze my account if autopay fails?").
_FREEZE = regex(r"冻结|冻住|查封|freez|frozen|seiz")
_REPAYMENT_DEBIT = regex(r"自动(?:扣款|还款|划扣)|自动\S{0,8}扣|代扣|auto[- ]?(?:pay|debit|deduct\w*|repay\w*)|automatic(?:ally)? "
                         r"(?:pay\w*|debit\w*|deduct\w*|repay\w*)|direct debit")


# A mortgage or car loan is a fear of what the debt brings only beside a sign of the debt or its
# record ("逾期会影响房贷吗", "以后还能办房贷吗 我欠了借呗"); asked about in itself ("公积金贷款怎么申请",
# "房贷利率多少", "车贷可以提前结清吗") it is another product's business, which the decline answers (cls20).
DEBT_SIGN = regex(r"逾期|逾其|欠|还不上|还不起|没还|(?<!提前)(?:还清|结清|还完|还上)|拖|征信|信用|芝麻|影响|耽误|催|黑名单|记录|借呗|花呗|网贷|以后|将来|还能|"
                   r"\b(?:late|overdue|owe\w*|debts?|default\w*|behind|credit|affect\w*|record|collect\w*|jiebei|huabei|still|later|future)\b")


# ...asked about as its own business: applying, the process, rates, terms, sums, paying it early.
MORTGAGE_BUSINESS = regex(r"怎么申请|如何申请|流程|手续|利率|利息|月供|条件|额度|能贷多少|贷多少|区别|提前还|提前结清|怎么算|怎么办理|要什么材料|划算"
                          r"|\b(?:how (?:do|does|to|can) (?:i )?(?:apply|get|work)|how does .{0,30} work|rates?|interest|process|requirements?|monthly payment)\b")


def find_concern(simplified: str) -> tuple[str, str] | None:
    """The first fear named in a simplified, lower-cased message: (id, the words it came from)."""
    found = find_concerns(simplified)
    return found[0] if found else None


def find_concerns(simplified: str) -> list[tuple[str, str]]:
    """Every fear named in a message, once each, in the order the message names them. A fear is
    something asked about or worried over: "银行卡被冻结了，借呗怎么还" states a fact and asks
    something else, so it names no fear."""
    return list(_concerns(simplified))  # a fresh list: the caller may change it


# Read by the slots, the answer and the router within one ask: once, remembered (speed only, PERF_LOG part 31).
@lru_cache(maxsize=16)
def _concerns(simplified: str) -> tuple[tuple[str, str], ...]:
    if not _ANY_ZH_EACH.found(simplified) and not (has_latin(simplified) and _ANY_EN.search(simplified)):
        return ()
    first: dict[str, tuple[int, str]] = {}
    asks_elsewhere = is_question(simplified)
    for concern_id, zh, en in _COMPILED:
        for pattern in (zh, en):
            for match in pattern.finditer(simplified):
                if not match.group(0).strip() or _is_reason(simplified, match):
                    continue
                if asks_elsewhere and not _feared(_clause_of(simplified, match)):
                    continue
                clause = _clause_of(simplified, match) if concern_id == "frozen_account" else ""
                if (concern_id == "frozen_account" and (_REPAYMENT_DEBIT.search(clause) or lender_deducts(clause, simplified))
                        and not _FREEZE.search(match.group(0))):
                    continue  # "does autopay still take money from my card" asks about billing
                if concern_id == "frozen_account" and account_frozen_told(_clause_of(simplified, match), simplified[match.end():], simplified):
                    continue  # "支付宝账户被冻结了怎么解冻": the account's own business (ans69)
                if concern_id == "mortgage" and MORTGAGE_BUSINESS.search(simplified) and not DEBT_SIGN.search(simplified):
                    continue  # the mortgage's own business, no fear of the debt's effect on it
                if concern_id == "property" and secured_collateral(simplified):
                    continue  # "房贷逾期银行会收房吗": that lender's own collateral, declined (bot.routing_collateral)
                if concern_id == "mortgage" and kind_owed(simplified, match.start(), match.end()):
                    continue  # "房贷逾期了会上门吗": the mortgage owed now, not one wanted later (eng64)
                if concern_id not in first or match.start() < first[concern_id][0]:
                    first[concern_id] = (match.start(), match.group(0).strip())
                break
    if "studies" in first and _SCHOOL_IS_WORK.search(simplified):
        # the school is the employer ("我是老师，会被学校知道吗", "I work at a school": review26)
        place = first.pop("studies")
        first.setdefault("wages_employer", place)
    ordered = sorted(first.items(), key=lambda item: item[1][0])
    return tuple((concern_id, words) for concern_id, (_, words) in ordered)


def _feared(clause: str) -> bool:
    """Whether a clause asks about, or voices worry over, what it names."""
    return is_question(clause) or bool(_WORRY.search(clause))


def _is_reason(text: str, match: re.Match[str]) -> bool:
    """Whether the matched words are part of a reason ("下周发工资再还") rather than a fear."""
    window = text[max(0, match.start() - 4): match.end() + 4]
    return bool(_NOT_A_FEAR.search(window))


__all__ = ["CONCERN_NAMES", "CONCERN_SOURCES", "DEBT_SIGN", "MORTGAGE_BUSINESS", "find_concern", "find_concerns"]
