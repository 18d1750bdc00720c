"""What a normalised message says the borrower owes, and what it says is paid.

Read clause by clause (normalising turned commas into spaces): a product owed sits beside a debt
("欠", "逾期") or another loan in a list; one named as what a late payment may hurt, applied for or
said to be paid is not owed. bot.product_asked and bot.products read these.
"""

from __future__ import annotations

from functools import lru_cache

from .patterns import regex
from .product_mentions import NAMES_PATTERN, OTHER_LENDERS, PRODUCT_OF, PRODUCT_RE, is_a_loan, is_denied
from .text import normalize


def products_owed(question: str) -> list[str]:
    """The products a message says the borrower owes or asks about ("借呗和网贷都逾期了",
    "信用卡也逾期了", "I also owe Weilidai and a credit card"), not a product named as what a
    late payment may cost ("会影响我办信用卡吗", "会不会连累我的花呗和信用卡", "stop me getting a
    credit card"), as what Jiebei is ("借呗算不算网贷", "借呗这个贷款app") or as still usable
    ("借呗逾期了，花呗还能用吗"): the article speaks to those (its score affects other credit
    services; review19, review22). Read clause by clause: normalising turns commas into spaces,
    and "借呗算不算网贷，逾期会上门吗" says nothing of 网贷 being late."""
    owed: list[str] = []
    waiting = ""  # a clause that only names a product lists it with the next ("蚂蚁借呗，蚂蚁花呗，如何延期")
    for clause in _CLAUSE_END.split(question):
        folded = normalize(waiting + clause)
        if _ONLY_A_NAME.fullmatch(folded):
            waiting = folded + "、"
            continue
        waiting = ""
        owed.extend(owed_in(folded))
    # (a denial reaches across the clauses: "我不是花呗逾期，是借呗逾期" owes 借呗 alone)
    whole = normalize(question) if owed else ""
    denied = {PRODUCT_OF[m.group(0)][0] for m in PRODUCT_RE.finditer(whole) if is_denied(whole, m)}
    return [product for product in dict.fromkeys(owed) if product not in denied]


def owed_in(folded: str) -> list[str]:
    """The products one normalised clause says are owed, in order (products_owed reads each clause)."""
    return list(_owed_in(folded))  # a fresh list: the caller may change it


# The same clause is read by products_owed, jiebei_owed and product_asked in one ask: remembered for the last few
# (a function of the text and module constants alone; speed only, PERF_LOG part 30).
@lru_cache(maxsize=16)
def _owed_in(folded: str) -> tuple[str, ...]:
    owed: list[str] = []
    listed_owed = False  # (read from the last: "京东白条和借呗一起逾期了" owes both)
    for match in reversed(list(PRODUCT_RE.finditer(folded))):
        before, after = folded[max(0, match.start() - 24):match.start()], folded[match.end():match.end() + 12]
        if (match.group(0) in OTHER_LENDERS or not is_a_loan(folded, match) or _APPLIED_FOR.search(before[-8:])
                or AFFECTED_BEFORE.search(before)):  # ("其它几家都还清了": no 网贷 told; review26)
            listed_owed = False
            continue
        is_owed = bool(_OWED_BEFORE.search(before[-10:]) or _LISTED_BEFORE.search(before) or _OWED_EN_BEFORE.search(before)
                       or _OWED_AFTER.match(after) or (listed_owed and _LISTED_AFTER.match(after)))
        if is_owed:
            owed.append(PRODUCT_OF[match.group(0)][0])
        listed_owed = is_owed
    return tuple(owed[::-1])


def said_paid(folded: str, product: str) -> bool:
    """Whether a normalised message says every mention of ``product`` is paid, fine or not late
    ("花呗已经还清了", "I paid off my credit card"): the borrower does not owe it (review28)."""
    mentions = [m for m in PRODUCT_RE.finditer(folded) if PRODUCT_OF[m.group(0)][0] == product]
    return bool(mentions) and all(PAID_AFTER.match(folded, m.end()) or _PAID_EN_BEFORE.search(folded, max(0, m.start() - 24), m.start())
                                  for m in mentions)


def jiebei_owed(folded: str) -> bool:
    """Whether a normalised message says 借呗 is owed, clause by clause (normalising turned a
    Chinese comma into a space between Chinese words): not when it says 借呗 is paid or not late
    ("我欠微粒贷2万，借呗已经还清了，微粒贷会起诉吗": the question is the other lender's; review23),
    nor when the asking clause, the last, names the other lender and not 借呗 ("我在京东白条和借呗都
    逾期了，白条会上门吗")."""
    asking = asking_clause(folded)
    if JIEBEI_PAID.search(folded) or (asking is not None and not JIEBEI_NAMED.search(asking) and PRODUCT_RE.search(asking)):
        return False
    return any("jiebei" in owed_in(clause) for clause in CJK_CLAUSE.split(folded))


def asking_clause(folded: str) -> str | None:
    """The last clause of a normalised message of several (the one that asks), or None."""
    clauses = CJK_CLAUSE.split(folded)
    return clauses[-1] if len(clauses) > 1 else None


JIEBEI_NAMED = regex(r"借呗|jiebei")
# A lender said to be paid, fine or not late ("白条没逾期", "白条已经还清了", "my baitiao is fine"):
# not the one a question about what it may do is asked of (review26).
PAID_AFTER = regex(r"\s*(?:我|都|也)?\s*(?:已经|已|早就|早|一直)?\s*(?:还清|还完|结清|还上了|没(?:有)?逾期|没欠|正常|按时还|不欠)"
                   r"|\s*(?:is|was|are)?\s*(?:all\s+)?(?:paid off|paid|fine|ok|okay|not late|never late|current)\b")
# ... or after "paid off" ("I paid off my credit card last week"; review28)
_PAID_EN_BEFORE = regex(r"\b(?:paid off|paid back|repaid|cleared|settled|paid)\s+(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+)?$")
JIEBEI_PAID = regex(r"(?<!以为)(?<!以为我)(?<!以为我的)(?:借呗|jiebei)\s*(?:我|都|也)?\s*(?:已经|已|早就|早|一直)?\s*(?:还清|还完|结清|还上了|没(?:有)?逾期|没欠|正常|按时还)"
                    r"|(?:jiebei|借呗)\s*(?:is|was)?\s*(?:paid off|paid|fine|not late|never late)")
# (a space is a joiner too: normalising turns "、" into one; "我有花呗、美团、信用卡都逾期了": review28)
_LISTED_AFTER = regex(rf"\s*(?:和|跟|与|及|还有|、|/|\band\b)?\s*(?:{NAMES_PATTERN})")
# (a list may open with "我有"/"我在"/"我欠": "我有花呗、美团、信用卡，都逾期了" lists them with the next clause)
_ONLY_A_NAME = regex(rf"(?:我有|我在|我欠|我)?(?:\s*(?:蚂蚁)?\s*(?:{NAMES_PATTERN})\s*、?)+\s*")
CJK_CLAUSE = regex(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
# What a product owed or asked about sits beside: a debt ("欠", "逾期", "还不上") or another loan
# in a list ("借呗和网贷", "花呗、白条"); not one applied for ("办信用卡", "申请银行的贷款").
_APPLIED_FOR = regex(r"(?:办|申请|开通|开|申|批|下)(?:个|张|一张|理)?$"
                     r"|\b(?:getting|get|apply for|applying for|open|opening)\s+(?:a |an |new |a new )?$")
_OWED_BEFORE = regex(r"(?:欠(?:着)?|逾期|还不上|还不起|没还|还有|也有|还欠|和|跟|与|以及|、|还是)\s*(?:了)?\s*$")
_OWED_EN_BEFORE = regex(r"\b(?:owe|owes|owed|owing|late on|behind on|overdue on|also have|and|or)\b[\w\s,]{0,20}$")
_OWED_AFTER = regex(r"\s*(?:我|现在|已经|已|都|也|还|又|就|一直|一起|同时)*\s*(?:逾期|欠|还不上|还不起|还不了|没还|未还|不还|还完|还清|催收|"
                    r"的欠款|的钱|的账|is overdue|overdue|late|payments?|debt)")
# Two products listed together are both asked about ("借呗花呗都还不了", "蚂蚁借呗，蚂蚁花呗，如何延期").
_LISTED_BEFORE = regex(r"(?:借呗|花呗|微粒贷|白条|金条|信用卡|网贷|jiebei|huabei|weilidai)\s*[,，、/]?\s*(?:和|跟|与|及|还有|and)?\s*(?:蚂蚁)?\s*$")
# A product named as what a late payment may hurt, alone or first in a list ("连累我的花呗和信用卡",
# "影响到信用卡吗", "hurt my credit card or bank loan applications"): the article says the score
# affects other credit services; no debt is told.
AFFECTED_BEFORE = regex(rf"(?:连累|拖累|牵连|波及|影响|耽误|\b(?:hurt|affect|impact|damage|ruin|harm)\w*)\s*(?:到)?\s*(?:我的|我|的|\bmy\b|\bthe\b)?\s*"
                        rf"(?:(?:{NAMES_PATTERN})\s*(?:的)?\s*(?:和|跟|与|及|还有|、|/|\band\b|\bor\b)?\s*(?:我的|\bmy\b)?\s*)*$")
_CLAUSE_END = regex(r"[,，。!！?？;；\n]|(?<!\d)\.(?!\d)")

__all__ = ["AFFECTED_BEFORE", "CJK_CLAUSE", "JIEBEI_NAMED", "JIEBEI_PAID", "PAID_AFTER", "asking_clause", "jiebei_owed", "owed_in",
           "products_owed", "said_paid"]
