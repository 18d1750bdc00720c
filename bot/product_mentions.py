"""Where a normalised message names a product (bot.product_names) as a loan of the borrower's.

A name is a loan's only where it stands as the name: not a workplace or a shop ("我在美团送外卖"),
not part of everyday words ("本来分期", "日子太安逸花钱"), not one denied in favour of another
("不是花呗是借呗"). bot.product_owed and bot.product_asked read the names found here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import regex
from .product_names import PRODUCTS
from .product_unknown import OTHER_LENDER, UNKNOWN_LENDER
from .text import normalize


def find_product(folded: str) -> tuple[str, str] | None:
    """The product a normalised message names first, and the way it was written (as listed in
    PRODUCTS); where several names start at one place, the first listed. A lender named as a
    workplace or a shop ("我在美团送外卖") names no loan."""
    found = _first_product(folded)
    return PRODUCT_OF[found.group(0)] if found else None


def _first_product(folded: str, start: int = 0) -> re.Match[str] | None:
    at = start
    while (match := PRODUCT_RE.search(folded, at)) is not None:
        if is_a_loan(folded, match):
            return match
        # (a name read from a loan word that gave way may hold a listed one: "京东银行贷款逾期" names 银行贷款)
        at = match.start() + 1 if PRODUCT_OF[match.group(0)][0] in _YIELDING else match.end()
    return None


def is_a_loan(folded: str, match: re.Match[str]) -> bool:
    """Whether a product's name names the loan, not a workplace or a shop ("我在美团送外卖", "I
    work at meituan")."""
    if match.group(0) in OTHER_LENDERS:
        # "其他几家" names a loan only where no lender is named (the follow-up "其他几家呢"): in
        # "其他几家都同意延期了，借呗能延期吗" the question is 借呗's, those lenders beside it (review26)
        return all(other.group(0) in OTHER_LENDERS or not _a_name_here(folded, other) or _kind_not_owed(folded, other)
                   for other in PRODUCT_RE.finditer(folded))
    product = PRODUCT_OF[match.group(0)][0]
    if _kind_not_owed(folded, match):
        return False  # "以后办房贷", "will it affect my mortgage": a loan wanted or feared for, not owed
    if product in _YIELDING and any(PRODUCT_OF[other.group(0)][0] not in _YIELDING and is_a_loan(folded, other)
                                    for other in _LISTED_RE.finditer(folded)):
        return False  # "房贷逾期已经还上了 多久花呗能开通": the lender named by name is the one asked about
    return _a_name_here(folded, match) and not (_NOT_A_LOAN_AFTER.match(folded, match.end())
                or _WORKPLACE_BEFORE.search(folded, max(0, match.start() - 24), match.start())
                or is_denied(folded, match))


def is_denied(folded: str, match: re.Match[str]) -> bool:
    """Whether a name is denied in favour of another ("不是花呗是借呗，会上门吗", "我说的不是花呗，是借呗",
    "not huabei but jiebei"): the borrower means the other one, so this one names no loan of theirs
    (the lead, s15: the answer had opened "you asked about 花呗"). A denial with no other name after
    it ("花呗不是借呗") compares the two and names both."""
    return bool(_DENIED_BEFORE.search(folded, max(0, match.start() - 12), match.start())
                and _CORRECTED_TO.match(folded, match.end()))


def _a_name_here(folded: str, match: re.Match[str]) -> bool:
    """Whether a lender's name that is also part of everyday words stands here as the name."""
    name = match.group(0)
    if name == "来分期":  # "我本来分期了花呗", "我想来分期还借呗": 来 + 分期, not the lender (review31)
        return _LAI_LENDER_BEFORE.search(folded, max(0, match.start() - 3), match.start()) is not None
    if name == "你我贷":  # "你我贷款": 你我 + 贷款
        return not folded.startswith("款", match.end())
    if name == "任性付":  # "一时任性付款买了手机", "任性付了房租": 任性 + 付 (review31, review33); "我欠任性付钱" is the lender
        return not (folded.startswith(("款", "了"), match.end())
                    or _RENXING_WORD_BEFORE.search(folded, max(0, match.start() - 2), match.start()))
    if name == "安逸花":  # "日子太安逸花钱没数": 安逸 said of a life (review31); "欠了安逸花钱" is the lender (review32)
        return _ANYI_WORD_BEFORE.search(folded, max(0, match.start() - 2), match.start()) is None
    return True


def _kind_not_owed(folded: str, match: re.Match[str]) -> bool:
    product = PRODUCT_OF[match.group(0)][0]
    if product == _OTHER_APP:  # another app, not named: a loan of theirs only where its clause tells it owed or late
        return not other_app_owed(folded, match.start(), match.end())
    return product in _OWED_ONLY and not kind_owed(folded, match.start(), match.end())


def other_app_owed(text: str, start: int, end: int) -> bool:
    """Whether another app or platform, not named, written at ``text[start:end]`` is told owed or late in its own clause
    ("我在别的app借的钱逾期了", "欠了别的平台三千", "I'm late on another app"; cls252)."""
    return bool(_CLAUSE_OWED_AFTER.match(text, end) or _CLAUSE_OWED_BEFORE.search(text, max(0, start - 16), start))


def kind_owed(text: str, start: int, end: int) -> bool:
    """Whether the kind of loan written at ``text[start:end]`` (房贷, "car loan") is told owed or late
    there ("房贷逾期了", "欠车贷", "my car loan is overdue"): a loan of the borrower's now, not one
    wanted later (bot.concerns' "mortgage" fear; eng64)."""
    return bool(_KIND_OWED.match(text, end) or _KIND_OWED_BEFORE.search(text, max(0, start - 16), start))


def products_named(folded: str) -> list[str]:
    """Every product a normalised message names, once each, in the order it names them
    ("I also owe Weilidai and a credit card": both, so that an answer drops neither; probe16)."""
    return list(_products_named(folded))  # a fresh list: the caller may change it


# One ask reads the same normalised message's products ~5 times (claims, lenders, products, routing): remembered
# for the last few texts (a function of the text and this module's constants alone; speed only, PERF_LOG part 30).
@lru_cache(maxsize=16)
def _products_named(folded: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(PRODUCT_OF[m.group(0)][0] for m in PRODUCT_RE.finditer(folded) if is_a_loan(folded, m)))


def _spellings() -> dict[str, tuple[str, str]]:
    """Each normalised way of writing a product: its id and the way as PRODUCTS lists it."""
    spellings: dict[str, tuple[str, str]] = {}
    for product, names in PRODUCTS:
        for name in names:
            spellings.setdefault(normalize(name), (product, name))
    return spellings


class _Spellings(dict[str, tuple[str, str]]):
    """PRODUCT_OF: a name PRODUCT_RE found that is not listed is a lender not known by name
    (bot.product_unknown: "小米贷款逾期"), named as written."""

    def __missing__(self, key: str) -> tuple[str, str]:
        return OTHER_LENDER, key


# Names are compared as normalised, as messages are ("360借条" -> "#借条"). One search over all of
# them finds what a loop over every name would (the earliest; at one place, the first listed); a
# name not listed, before a loan word, is found after every listed name has been tried there.
PRODUCT_OF = _Spellings(_spellings())
NAMES_PATTERN = "|".join(map(re.escape, PRODUCT_OF))
PRODUCT_RE = regex(f"{NAMES_PATTERN}|{UNKNOWN_LENDER}")
_LISTED_RE = regex(NAMES_PATTERN)  # the listed names alone (is_a_loan: does one stand beside a kind or a read name?)
# Kinds of loan that are also what a borrower may apply for later ("以后办房贷", "apply for a car loan"):
# a loan owed only where the debt is told beside it ("房贷逾期了", "欠车贷", "my mortgage is overdue").
_OWED_ONLY = frozenset({"mortgage", "car_loan"})
# A kind of loan, or a name read from its loan word, counts only where no lender is named by a listed name.
_YIELDING = _OWED_ONLY | {"loan_shark", OTHER_LENDER, "other_app"}
# Another app or platform, not named (bot.product_names; cls252): owed where its own clause tells a debt or lateness after it
# ("我在别的app借的钱逾期了", "another app is overdue") or before it ("欠了别的平台三千", "I'm late on another app"); not
# "逾期了，别的平台还能借吗" (the writer's other borrowing asked about, no loan of theirs there).
_OTHER_APP = "other_app"
_CLAUSE_OWED_AFTER = regex(r"[^\s，,。！!？?；;]{0,12}?(?:逾期|逾其|欠|还不上|还不起|还不了|没还|未还|催收|被催)"
                           r"|(?: [a-z#]+){0,4}? (?:overdue|late|behind|unpaid|past due|in arrears|default\w*)\b")
_CLAUSE_OWED_BEFORE = regex(r"(?:(?:欠了?|欠着|逾期了?|还不上)[^\s，,。！!？?；;]{0,8}"
                            r"|\b(?:late on|behind on|overdue on|owe|owe money to|defaulted on|missed payments on|missed a payment on)"
                            r" (?:(?:my|the|an?|one) )?)$")
_KIND_OWED = regex(r"(?:\s*(?:我|的|已经|都|也|又|还|一直|is|was|are|been|payments?|repayments?|(?:\d+|#) (?:months?|weeks?|days?)))*\s*(?:逾期|逾其|欠|还不上|还不起|还不了|没还|断供|催收|被催"
                   r"|overdue|late|behind|unpaid|past due|in arrears|default\w*)")
_KIND_OWED_BEFORE = regex(r"(?:欠|欠了|欠着|还不上|还不起)\s*(?:的|我的)?\s*$|\b(?:behind on|late on|overdue on|owe on|defaulted on|missed|miss|missing|stop paying|stopped paying|can ?t pay|cannot pay)\s+(?:my\s+|the\s+)?$")
# The other lenders of one who owes several, named by no name of their own (see is_a_loan).
OTHER_LENDERS = frozenset(normalize(name) for name in ("其他几家", "其它几家", "另外几家", "别的几家", "other lenders", "the other lenders"))

# A lender named as a workplace or a shop: 我在美团送外卖, 美团外卖, 在抖音上直播.
_NOT_A_LOAN_AFTER = regex(r"\s*(?:上)?(?:送外卖|外卖|骑手|跑单|送餐|上班|工作|打工|买菜|点餐|团购|直播|刷视频|视频|app上班)")
_WORKPLACE_BEFORE = regex(r"\b(?:i|i m|im|i am|i ve|we)\s+(?:work|working|worked|been working|am employed|m employed|job)\s+(?:at|for|in|with)\s+$"
                          r"|\bmy job (?:at|with)\s+$")
# 来分期 is the lender only where a name can stand: at the start of a clause, in a list, or owed
# ("来分期逾期了", "借呗和来分期", "欠了来分期三千"); after any other word 来 is a verb or part of one
# ("本来分期", "看来分期是唯一的办法", "我想来分期还借呗", "让我来分期"; review31).
# (and after 在, 的, 了: "我在来分期借了3000", "我的来分期逾期了", "借了来分期的钱"; not 现在/正在/实在/还在: review32)
_LAI_LENDER_BEFORE = regex(r"(?:^|[\s，,。.！!？?；;、/]|和|跟|与|及|还有|欠|欠了|(?<![现正还实存好])在|的|了)$")
# 安逸 said of a life ("日子太安逸花钱没数"): an adverb before it makes it the adjective, not the lender.
# (not 很, 好, 多: "我欠了很多安逸花", "欠了好多安逸花的钱" owe the lender; review33)
_ANYI_WORD_BEFORE = regex(r"(?:太|挺|真|更|那么|这么|过得|过的)$")
# 任性 said of a person ("一时任性付钱买了手机", "太任性付了钱"): an adverb before it makes it the word.
_RENXING_WORD_BEFORE = regex(r"(?:一时|太|很|真|就|比较|有点|挺)$")
# A name denied, then the one meant ("不是花呗是借呗", "我不是花呗逾期 是借呗逾期", "not huabei but jiebei").
_DENIED_BEFORE = regex(r"(?:不是|并非|并不是|\b(?:not|isn t|isnt|wasn t|wasnt))\s*(?:我的|说|\bmy\b|\bthe\b)?\s*(?:蚂蚁)?\s*$")
_CORRECTED_TO = regex(rf"\s*(?:逾期|欠款|的)?\s*(?:而是|是|\bbut\b|\bit s\b|\bits\b|\bi mean\b)?\s*(?:我的|\bmy\b|\bthe\b)?\s*(?:蚂蚁)?\s*(?:{NAMES_PATTERN})")

__all__ = ["NAMES_PATTERN", "OTHER_LENDERS", "PRODUCT_OF", "PRODUCT_RE", "find_product", "is_a_loan", "kind_owed", "is_denied", "other_app_owed",
           "products_named"]
