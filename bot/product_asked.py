"""Which product a message asks about, where it names several (product_in_question).

The one named first, unless the message says otherwise: borrowed to repay another, said to be
paid, named again as the subject of the question, or beside 借呗 (the article's subject), which
the answer is then on. bot.product_owed says what is owed and paid.
"""

from __future__ import annotations

from .patterns import regex
from .product_mentions import PRODUCT_OF, PRODUCT_RE, is_a_loan
from .product_names import ALIPAY_PRODUCTS
from .product_owed import (AFFECTED_BEFORE, CJK_CLAUSE, JIEBEI_NAMED, JIEBEI_PAID, PAID_AFTER, asking_clause, jiebei_owed, owed_in,
                           said_paid)
from .questions import is_question


def product_in_question(folded: str) -> tuple[str, str] | None:
    """The product a message asks about: the one named first (find_product), unless it was
    borrowed to repay another ("借网贷来还借呗", "我用信用卡还借呗", "borrow from another app to pay
    off jiebei": the loan in question is the one being repaid; probe14), and is not named again
    ("借呗借来还信用卡，借呗逾期了": the overdue one is; review15), nor named as what a late
    payment may hurt ("会不会连累我的花呗和信用卡": review22; 借呗 so named is still the one asked
    about: "逾期会影响借呗吗"). One search serves both."""
    found = next((m for m in PRODUCT_RE.finditer(folded) if is_a_loan(folded, m) and not (
        PRODUCT_OF[m.group(0)][0] != "jiebei" and not _ACCOUNT_AFTER.match(folded, m.end())
        and AFFECTED_BEFORE.search(folded, max(0, m.start() - 24), m.start()))), None)
    if found is None:
        return None
    again = _asked_again(folded)
    if again is not None:
        return again
    repaid = _REPAID_WITH.match(folded, found.end())
    if repaid is None and _USED_BEFORE.search(folded, 0, found.start()):
        repaid = _REPAY.match(folded, found.end())  # 用信用卡还借呗: the card pays, 借呗 is owed
    later = PRODUCT_RE.match(folded, repaid.end()) if repaid else None
    chosen = PRODUCT_OF[found.group(0) if later is None or folded.count(found.group(0)) > 1 else later.group(0)]
    if later is None and said_paid(folded, chosen[0]):
        # the first named said to be paid, another not ("花呗已经还清了，借呗逾期了会上征信吗", "I paid
        # off my credit card, but Jiebei is 30 days late"): the one still owed is asked about (review28)
        owed = next((m for m in PRODUCT_RE.finditer(folded) if is_a_loan(folded, m)
                     and not said_paid(folded, PRODUCT_OF[m.group(0)][0])), None)
        if owed is not None:
            return PRODUCT_OF[owed.group(0)]
    if chosen[0] == "jiebei" and later is None and not jiebei_owed(folded):
        # 借呗 named first but paid or not late, the other lender the one owed ("借呗已经还清了，网商贷
        # 逾期会怎样", "我欠了借呗和微粒贷，微粒贷逾期会起诉吗": the asking clause names it; review24)
        other = next((m for m in PRODUCT_RE.finditer(folded) if PRODUCT_OF[m.group(0)][0] != "jiebei"
                      and is_a_loan(folded, m)), None)
        asking = asking_clause(folded)
        asks_jiebei = asking is not None and JIEBEI_NAMED.search(asking) is not None
        if other is not None and not asks_jiebei and (JIEBEI_PAID.search(folded) or _asks_about_other(folded)):
            return PRODUCT_OF[other.group(0)]
    if chosen[0] != "jiebei" and later is None and jiebei_owed(folded) and _asks_jiebei_alone(folded):
        # another lender named first, 借呗 alone in the clause that asks ("我在花呗、信用卡都有欠款，借呗
        # 逾期会联系家人吗", "花呗和借呗都逾期了，借呗会起诉吗"): the answer is on 借呗 (ans12's left-over)
        return PRODUCT_OF["借呗"]
    if chosen[0] != "jiebei" and later is None and _asks_what_jiebei_does(folded):
        # 借呗 named as what may act in the phrase that asks, another lender told of before it ("我欠
        # 花呗和信用卡，借呗会起诉我吗", "I owe huabei and a credit card, will jiebei sue me?"): the
        # question is 借呗's, owed or not (cls15; the other lenders are named as "also")
        return PRODUCT_OF["借呗"]
    if chosen[0] == "huabei" and later is None and _BOTH_LATE.search(folded) and not _asks_about_other(folded):
        # 花呗 and 借呗 both late ("花呗借呗都逾期了，一共欠5万"): the answer is on 借呗, the article's
        # subject, and names 花呗 as also owed (truth2 F: 借呗 had been dropped from the reply)
        return PRODUCT_OF["借呗"]
    if chosen[0] not in ALIPAY_PRODUCTS and later is None and jiebei_owed(folded):
        # 借呗 owed beside another lender's loan ("京东白条和借呗一起逾期了", "我还欠着微粒贷，借呗逾期会
        # 被起诉吗"): the answer is on 借呗, the article's subject, and names the other (review22).
        # (花呗 first, as before: Alipay's too, and 95188 serves both.)
        return next(PRODUCT_OF[m.group(0)] for m in PRODUCT_RE.finditer(folded) if PRODUCT_OF[m.group(0)][0] == "jiebei")
    return chosen


def _asked_again(folded: str) -> tuple[str, str] | None:
    """Another lender named a second time as the subject of the question ("借呗和白条都逾期了，白条
    会上门吗", "I owe 白条 and 借呗, will 白条 come to my home?"): the product asked about, whatever
    was named first (ans9). Only a name said twice, the last time right before what it may do, in
    the last clause that asks, alone there (no 借呗 beside it); not when 借呗 is asked about in an
    earlier clause, nor when that lender is said to be paid, fine or not late ("白条没逾期，白条会
    起诉吗": the days and amount told are 借呗's; review26)."""
    matches = [m for m in PRODUCT_RE.finditer(folded) if is_a_loan(folded, m)]
    if len(matches) < 3:
        return None
    last = matches[-1]
    product = PRODUCT_OF[last.group(0)]
    same = [m for m in matches if PRODUCT_OF[m.group(0)][0] == product[0]]
    if product[0] == "jiebei" or len(same) < 2 or any(PAID_AFTER.match(folded, m.end()) for m in same):
        return None
    english = _ASKED_EN_BEFORE.search(folded, max(0, last.start() - 16), last.start())
    if not (_ASKED_AFTER.match(folded, last.end()) or (english and _ASKED_EN_AFTER.match(folded, last.end()))
            or _ASKED_EN_NAME_FIRST.match(folded, last.end())):
        return None
    # The phrase that asks: the Chinese clause holding the name, or from "will"/"can" on.
    start = english.start() if english else max((b.end() for b in CJK_CLAUSE.finditer(folded) if b.end() <= last.start()), default=0)
    end = next((b.start() for b in CJK_CLAUSE.finditer(folded, last.end())), len(folded))
    if JIEBEI_NAMED.search(folded, start, end) or _jiebei_asked(folded[:start]):
        return None
    # (as first written: "京东白条和借呗都逾期了，白条会上门吗" is about 京东白条)
    return PRODUCT_OF[same[0].group(0)]


def _jiebei_asked(before: str) -> bool:
    """Whether 借呗 is asked about in the text before the asking phrase: a clause naming it that
    asks ("借呗逾期会上门吗？我白条也逾期了，白条会打电话吗"), or "will jiebei …"."""
    return any(JIEBEI_NAMED.search(clause) and is_question(clause) for clause in CJK_CLAUSE.split(before)
               if _is_cjk_clause(clause)) or bool(_JIEBEI_ASKED_EN.search(before))


def _is_cjk_clause(clause: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in clause)


def _asks_jiebei_alone(folded: str) -> bool:
    """Whether the asking clause, the last of several, names 借呗 and no other lender."""
    asking = asking_clause(folded)
    return asking is not None and {PRODUCT_OF[m.group(0)][0] for m in PRODUCT_RE.finditer(asking)} == {"jiebei"}


def _asks_what_jiebei_does(folded: str) -> bool:
    """Whether the phrase that asks names 借呗 as what may act, and no other lender after it: the
    last Chinese clause ("…，借呗会起诉我吗") or, in English, from "will jiebei" on ("…, will jiebei
    sue me?", "…, jiebei will call me?")."""
    asking = asking_clause(folded)
    if asking is not None and _is_cjk_clause(asking):
        named = list(PRODUCT_RE.finditer(asking))
        return bool(named) and {PRODUCT_OF[m.group(0)][0] for m in named} == {"jiebei"} \
            and _ASKED_AFTER.match(asking, named[0].end()) is not None
    english = _JIEBEI_ASKED_EN.search(folded)
    if english is not None:
        start = english.end()
        return _ASKED_EN_AFTER.match(folded, start) is not None \
            and all(PRODUCT_OF[m.group(0)][0] == "jiebei" for m in PRODUCT_RE.finditer(folded, english.start()))
    return False


def _asks_about_other(folded: str) -> bool:
    """Whether the asking clause, the last of several, says another lender is owed and names no 借呗
    ("…，微粒贷逾期会起诉吗"; not "借呗逾期了，花呗还能用么": 花呗 there is what the late 借呗 affects)."""
    asking = asking_clause(folded)
    return asking is not None and not JIEBEI_NAMED.search(asking) and not _BOTH.search(asking) and any(
        product != "jiebei" for product in owed_in(asking))


# What a lender asked about may do: "白条会上门吗", "白条也会起诉吗", "will 白条 come to my home".
_ASKED_AFTER = regex(r"\s*(?:也|还|真的|到底)?\s*(?:会不会|会|要|能不能|可能|是不是)\s*(?:被)?\s*(?:我)?\s*"
                     r"(?:上门|走访|来|起诉|告|催收|打电话|打给|联系|上征信|找|判|立案|冻结|曝光)")
_ASKED_EN_BEFORE = regex(r"\b(?:will|would|can|could|does|do|might|may)\s+(?:the\s+)?$")
_ASKED_EN_AFTER = regex(r"\s+(?:(?:people|guys|collectors|folks|staff)\s+)?(?:also\s+)?(?:come|visit|sue|call|contact|report|send|take|go)\b")
# ... or the name before "will" ("借呗和白条都逾期了，白条 will come to my home?": review26)
_ASKED_EN_NAME_FIRST = regex(r"\s+(?:(?:people|guys|collectors|folks|staff)\s+)?(?:will|would|can|could|might|may)\s+(?:also\s+)?"
                             r"(?:come|visit|sue|call|contact|report|send|take|go)\b")
_JIEBEI_ASKED_EN = regex(r"\b(?:will|would|can|could|does|do|might|may|is|are)\s+(?:the\s+)?(?:jiebei|借呗)\b")
_BOTH = regex(r"都|也|一起|\b(both|also|too)\b")  # "借呗，花呗都逾期": 借呗 is owed too
# 花呗 and 借呗 listed, then late together ("花呗借呗都逾期了", "花呗和借呗一起逾期了", "花呗和借呗都还不上");
# not 借呗 affected ("花呗逾期借呗也被冻结") nor the two compared ("花呗跟借呗是一个体系吗").
_BOTH_LATE = regex(r"花呗\s*(?:和|跟|与|、|,|，)?\s*(?:蚂蚁)?借呗\s*(?:都|也|一起|同时)\s*(?:有)?\s*(?:逾期|没还|还不上|还不起|欠)"
                   # ... or owed as a list ("欠花呗和借呗，能不能只还一个": truth3 #10)
                   r"|(?:欠|欠了|欠着)\s*(?:蚂蚁)?花呗\s*(?:和|跟|与|、|还有)\s*(?:蚂蚁)?借呗")
_USED_BEFORE = regex(r"(?:用|拿|靠|刷)(?:了)?\s*$")
_REPAY = regex(r"\s*还(?:清|上|掉|了)?")
# 花呗 named as the account a late payment affects ("影响花呗使用", "影响花呗额度"): the one asked about.
_ACCOUNT_AFTER = regex(r"\s*(?:的)?\s*(?:使用|用|额度|提额|开通|正常|功能|冻结|关闭)")
_REPAID_WITH = regex(r"\S{0,4}?(?:来|去|拿来|用来)还(?:清|上|掉)?|\s*(?:\w+\s+){0,3}?to (?:re)?pay (?:off |back )?(?:my |the )?")

__all__ = ["product_in_question"]
