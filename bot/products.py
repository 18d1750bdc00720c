"""The loan products borrowers name, how each is written, and what the answer calls it.

Only 借呗 and 花呗 are Alipay's own products (served by Alipay customer service, 95188); for
every other lender the answer points to that lender's own official service.
"""

from __future__ import annotations

import re

from .patterns import regex
from .questions import is_question
from .text import normalize

# (id, the ways borrowers write it, after normalisation); the earliest one in a message wins.
PRODUCTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("huabei", ("花呗", "huabei")),
    ("jiebei", ("借呗", "jiebei")),
    ("weilidai", ("微粒贷", "weilidai", "webank")),
    ("jd_baitiao", ("京东白条", "白条", "baitiao", "jd iou")),
    ("jd_jintiao", ("京东金条", "金条", "jintiao")),
    ("meituan", ("美团月付", "美团借钱", "美团生活费", "美团", "meituan")),
    ("douyin", ("抖音月付", "放心借", "douyin")),
    ("jietiao360", ("360借条", "借条360", "360 jietiao")),
    ("fenqile", ("分期乐", "fenqile")),
    ("duxiaoman", ("度小满", "有钱花", "duxiaoman")),
    ("zhaolian", ("招联金融", "招联好期贷", "招联", "zhaolian")),
    ("mybank", ("网商贷", "网商银行", "mybank")),
    # Other lenders borrowers name (probe13: "拍拍贷逾期会被拘留吗" was answered with 95188, Alipay's
    # number, as if 借呗): each is its own lender, with its own official service. Only names that
    # say nothing else in a sentence (not 还呗 or 省呗: "先还呗"; not 拿去花: "拿去花了").
    ("paipaidai", ("拍拍贷", "paipaidai")),
    ("anyihua", ("安逸花", "马上消费金融", "anyihua")),
    ("pingan_puhui", ("平安普惠", "pingan puhui")),
    ("home_credit", ("捷信", "homecredit")),  # (not "home credit": "…my home? Credit score…")
    ("yirendai", ("宜人贷", "yirendai")),
    ("xiaoying", ("小赢卡贷",)),  # (not "xiaoying": a given name too)
    ("niwodai", ("你我贷", "niwodai")),
    ("yangqianguan", ("洋钱罐", "yangqianguan")),
    ("suning", ("任性付", "苏宁金融", "renxingfu")),
    ("vip_hua", ("唯品花", "weipinhua")),
    ("laifenqi", ("来分期", "laifenqi")),
    ("credit_card", ("信用卡", "credit card")),
    ("bank_loan", ("银行贷款", "银行的贷款", "bank loan")),
    ("online_loan", ("网贷", "网络贷款", "贷款app", "小贷", "online loan", "loan app", "payday loan",
                     # the other lenders of one who owes several ("其他几家呢": ans9), not a new name
                     # (not 别的平台/其他平台: "别的平台没还钱…还不给用花呗" is about 花呗)
                     "其他几家", "其它几家", "另外几家", "别的几家",
                     "other lenders", "the other lenders",
                     # several lenders, none of them named ("I owe money to 5 different online lenders", "I borrowed
                     # from 3 apps"): no Alipay product, so not 95188 but each lender's own service (truth2 D)
                     "online lender", "lending app", "several lenders", "multiple lenders", "many lenders",
                     "different lenders", "# lenders", "# different lenders", "from # apps", "from # different apps",
                     "from several apps", "from multiple apps", "from different apps")),
)
OTHERS_UNNAMED = "other_lenders"
OTHERS_SEVERAL = "several_lenders"
PRODUCT_NAMES: dict[str, dict[str, str]] = {
    "jiebei": {"zh": "借呗", "en": "Jiebei"},
    "huabei": {"zh": "花呗", "en": "Huabei"},
    "weilidai": {"zh": "微粒贷", "en": "Weilidai"},
    "jd_baitiao": {"zh": "京东白条", "en": "JD Baitiao"},
    "jd_jintiao": {"zh": "京东金条", "en": "JD Jintiao"},
    "meituan": {"zh": "美团月付", "en": "Meituan Yuefu"},
    "douyin": {"zh": "抖音月付", "en": "Douyin Yuefu"},
    "jietiao360": {"zh": "360借条", "en": "360 Jietiao"},
    "fenqile": {"zh": "分期乐", "en": "Fenqile"},
    "duxiaoman": {"zh": "度小满", "en": "Du Xiaoman"},
    "zhaolian": {"zh": "招联金融", "en": "Zhaolian Finance"},
    "mybank": {"zh": "网商贷", "en": "MYbank's Wangshangdai"},
    "paipaidai": {"zh": "拍拍贷", "en": "Paipaidai"},
    "anyihua": {"zh": "安逸花", "en": "Anyihua"},
    "pingan_puhui": {"zh": "平安普惠", "en": "Ping An Puhui"},
    "home_credit": {"zh": "捷信", "en": "Home Credit"},
    "yirendai": {"zh": "宜人贷", "en": "Yirendai"},
    "xiaoying": {"zh": "小赢卡贷", "en": "Xiaoying Kadai"},
    "niwodai": {"zh": "你我贷", "en": "Niwodai"},
    "yangqianguan": {"zh": "洋钱罐", "en": "Yangqianguan"},
    "suning": {"zh": "任性付", "en": "Suning Renxingfu"},
    "vip_hua": {"zh": "唯品花", "en": "Vipshop Weipinhua"},
    "laifenqi": {"zh": "来分期", "en": "Laifenqi"},
    "credit_card": {"zh": "信用卡", "en": "a credit card"},
    "bank_loan": {"zh": "银行贷款", "en": "a bank loan"},
    "online_loan": {"zh": "网贷", "en": "an online loan"},
    # Not a product a message names: "其他几家呢" when the conversation named no lender but 借呗
    # (bot.session; the answer says so and answers for no lender never named: ans11).
    OTHERS_UNNAMED: {"zh": "其他几家", "en": "the other lenders"},
    # Nor this: "其他几家呢" of several lenders told, one line each (bot.session; review28). Its
    # name is the slot's text, those lines; it is a product for that reply only, never remembered.
    OTHERS_SEVERAL: {"zh": "其他几家", "en": "the other lenders"},
}
# Ids a session never keeps (bot.state refuses them in a saved state).
NEVER_KEPT = frozenset({OTHERS_UNNAMED, OTHERS_SEVERAL})
# A lender's name among the others a borrower owes, where the usual name is one product of several
# a lender has ("美团" may be 美团月付 or 美团借钱): the lender, not a product not named (review28).
_LENDER_NAMES = {"meituan": {"zh": "美团", "en": "Meituan"}, "douyin": {"zh": "抖音", "en": "Douyin"}}


def lender_name(product: str, lang: str) -> str:
    """What a list of the borrower's lenders calls ``product``."""
    return _LENDER_NAMES.get(product, PRODUCT_NAMES[product])[lang]
# Alipay's own products: only these are served by Alipay customer service (95188).
ALIPAY_PRODUCTS = frozenset({"jiebei", "huabei"})




def find_product(folded: str) -> tuple[str, str] | None:
    """The product a normalised message names first, and the way it was written (as listed in
    PRODUCTS); where several names start at one place, the first listed. A lender named as a
    workplace or a shop ("我在美团送外卖") names no loan."""
    found = _first_product(folded)
    return _PRODUCT_OF[found.group(0)] if found else None


def _first_product(folded: str, start: int = 0) -> re.Match[str] | None:
    return next((m for m in _PRODUCT_RE.finditer(folded, start) if _is_a_loan(folded, m)), None)


def _is_a_loan(folded: str, match: re.Match[str]) -> bool:
    """Whether a product's name names the loan, not a workplace or a shop ("我在美团送外卖", "I
    work at meituan")."""
    if match.group(0) in _OTHER_LENDERS:
        # "其他几家" names a loan only where no lender is named (the follow-up "其他几家呢"): in
        # "其他几家都同意延期了，借呗能延期吗" the question is 借呗's, those lenders beside it (review26)
        return all(other.group(0) in _OTHER_LENDERS or not _a_name_here(folded, other) for other in _PRODUCT_RE.finditer(folded))
    return _a_name_here(folded, match) and not (_NOT_A_LOAN_AFTER.match(folded, match.end())
                or _WORKPLACE_BEFORE.search(folded, max(0, match.start() - 24), match.start())
                or _denied(folded, match))


def _denied(folded: str, match: re.Match[str]) -> bool:
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


def product_in_question(folded: str) -> tuple[str, str] | None:
    """The product a message asks about: the one named first (find_product), unless it was
    borrowed to repay another ("借网贷来还借呗", "我用信用卡还借呗", "borrow from another app to pay
    off jiebei": the loan in question is the one being repaid; probe14), and is not named again
    ("借呗借来还信用卡，借呗逾期了": the overdue one is; review15), nor named as what a late
    payment may hurt ("会不会连累我的花呗和信用卡": review22; 借呗 so named is still the one asked
    about: "逾期会影响借呗吗"). One search serves both."""
    found = next((m for m in _PRODUCT_RE.finditer(folded) if _is_a_loan(folded, m) and not (
        _PRODUCT_OF[m.group(0)][0] != "jiebei" and not _ACCOUNT_AFTER.match(folded, m.end())
        and _AFFECTED_BEFORE.search(folded, max(0, m.start() - 24), m.start()))), None)
    if found is None:
        return None
    again = _asked_again(folded)
    if again is not None:
        return again
    repaid = _REPAID_WITH.match(folded, found.end())
    if repaid is None and _USED_BEFORE.search(folded, 0, found.start()):
        repaid = _REPAY.match(folded, found.end())  # 用信用卡还借呗: the card pays, 借呗 is owed
    later = _PRODUCT_RE.match(folded, repaid.end()) if repaid else None
    chosen = _PRODUCT_OF[found.group(0) if later is None or folded.count(found.group(0)) > 1 else later.group(0)]
    if later is None and _said_paid(folded, chosen[0]):
        # the first named said to be paid, another not ("花呗已经还清了，借呗逾期了会上征信吗", "I paid
        # off my credit card, but Jiebei is 30 days late"): the one still owed is asked about (review28)
        owed = next((m for m in _PRODUCT_RE.finditer(folded) if _is_a_loan(folded, m)
                     and not _said_paid(folded, _PRODUCT_OF[m.group(0)][0])), None)
        if owed is not None:
            return _PRODUCT_OF[owed.group(0)]
    if chosen[0] == "jiebei" and later is None and not _jiebei_owed(folded):
        # 借呗 named first but paid or not late, the other lender the one owed ("借呗已经还清了，网商贷
        # 逾期会怎样", "我欠了借呗和微粒贷，微粒贷逾期会起诉吗": the asking clause names it; review24)
        other = next((m for m in _PRODUCT_RE.finditer(folded) if _PRODUCT_OF[m.group(0)][0] != "jiebei"
                      and _is_a_loan(folded, m)), None)
        asking = _asking_clause(folded)
        asks_jiebei = asking is not None and _JIEBEI_NAMED.search(asking) is not None
        if other is not None and not asks_jiebei and (_JIEBEI_PAID.search(folded) or _asks_about_other(folded)):
            return _PRODUCT_OF[other.group(0)]
    if chosen[0] != "jiebei" and later is None and _jiebei_owed(folded) and _asks_jiebei_alone(folded):
        # another lender named first, 借呗 alone in the clause that asks ("我在花呗、信用卡都有欠款，借呗
        # 逾期会联系家人吗", "花呗和借呗都逾期了，借呗会起诉吗"): the answer is on 借呗 (ans12's left-over)
        return _PRODUCT_OF["借呗"]
    if chosen[0] != "jiebei" and later is None and _asks_what_jiebei_does(folded):
        # 借呗 named as what may act in the phrase that asks, another lender told of before it ("我欠
        # 花呗和信用卡，借呗会起诉我吗", "I owe huabei and a credit card, will jiebei sue me?"): the
        # question is 借呗's, owed or not (cls15; the other lenders are named as "also")
        return _PRODUCT_OF["借呗"]
    if chosen[0] == "huabei" and later is None and _BOTH_LATE.search(folded) and not _asks_about_other(folded):
        # 花呗 and 借呗 both late ("花呗借呗都逾期了，一共欠5万"): the answer is on 借呗, the article's
        # subject, and names 花呗 as also owed (truth2 F: 借呗 had been dropped from the reply)
        return _PRODUCT_OF["借呗"]
    if chosen[0] not in ALIPAY_PRODUCTS and later is None and _jiebei_owed(folded):
        # 借呗 owed beside another lender's loan ("京东白条和借呗一起逾期了", "我还欠着微粒贷，借呗逾期会
        # 被起诉吗"): the answer is on 借呗, the article's subject, and names the other (review22).
        # (花呗 first, as before: Alipay's too, and 95188 serves both.)
        return next(_PRODUCT_OF[m.group(0)] for m in _PRODUCT_RE.finditer(folded) if _PRODUCT_OF[m.group(0)][0] == "jiebei")
    return chosen


def _asked_again(folded: str) -> tuple[str, str] | None:
    """Another lender named a second time as the subject of the question ("借呗和白条都逾期了，白条
    会上门吗", "I owe 白条 and 借呗, will 白条 come to my home?"): the product asked about, whatever
    was named first (ans9). Only a name said twice, the last time right before what it may do, in
    the last clause that asks, alone there (no 借呗 beside it); not when 借呗 is asked about in an
    earlier clause, nor when that lender is said to be paid, fine or not late ("白条没逾期，白条会
    起诉吗": the days and amount told are 借呗's; review26)."""
    matches = [m for m in _PRODUCT_RE.finditer(folded) if _is_a_loan(folded, m)]
    if len(matches) < 3:
        return None
    last = matches[-1]
    product = _PRODUCT_OF[last.group(0)]
    same = [m for m in matches if _PRODUCT_OF[m.group(0)][0] == product[0]]
    if product[0] == "jiebei" or len(same) < 2 or any(_PAID_AFTER.match(folded, m.end()) for m in same):
        return None
    english = _ASKED_EN_BEFORE.search(folded, max(0, last.start() - 16), last.start())
    if not (_ASKED_AFTER.match(folded, last.end()) or (english and _ASKED_EN_AFTER.match(folded, last.end()))
            or _ASKED_EN_NAME_FIRST.match(folded, last.end())):
        return None
    # The phrase that asks: the Chinese clause holding the name, or from "will"/"can" on.
    start = english.start() if english else max((b.end() for b in _CJK_CLAUSE.finditer(folded) if b.end() <= last.start()), default=0)
    end = next((b.start() for b in _CJK_CLAUSE.finditer(folded, last.end())), len(folded))
    if _JIEBEI_NAMED.search(folded, start, end) or _jiebei_asked(folded[:start]):
        return None
    # (as first written: "京东白条和借呗都逾期了，白条会上门吗" is about 京东白条)
    return _PRODUCT_OF[same[0].group(0)]


def _jiebei_asked(before: str) -> bool:
    """Whether 借呗 is asked about in the text before the asking phrase: a clause naming it that
    asks ("借呗逾期会上门吗？我白条也逾期了，白条会打电话吗"), or "will jiebei …"."""
    return any(_JIEBEI_NAMED.search(clause) and is_question(clause) for clause in _CJK_CLAUSE.split(before)
               if _is_cjk_clause(clause)) or bool(_JIEBEI_ASKED_EN.search(before))


def _is_cjk_clause(clause: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in clause)


def _asking_clause(folded: str) -> str | None:
    """The last clause of a normalised message of several (the one that asks), or None."""
    clauses = _CJK_CLAUSE.split(folded)
    return clauses[-1] if len(clauses) > 1 else None


def _asks_jiebei_alone(folded: str) -> bool:
    """Whether the asking clause, the last of several, names 借呗 and no other lender."""
    asking = _asking_clause(folded)
    return asking is not None and {_PRODUCT_OF[m.group(0)][0] for m in _PRODUCT_RE.finditer(asking)} == {"jiebei"}


def _asks_what_jiebei_does(folded: str) -> bool:
    """Whether the phrase that asks names 借呗 as what may act, and no other lender after it: the
    last Chinese clause ("…，借呗会起诉我吗") or, in English, from "will jiebei" on ("…, will jiebei
    sue me?", "…, jiebei will call me?")."""
    asking = _asking_clause(folded)
    if asking is not None and _is_cjk_clause(asking):
        named = list(_PRODUCT_RE.finditer(asking))
        return bool(named) and {_PRODUCT_OF[m.group(0)][0] for m in named} == {"jiebei"} \
            and _ASKED_AFTER.match(asking, named[0].end()) is not None
    english = _JIEBEI_ASKED_EN.search(folded)
    if english is not None:
        start = english.end()
        return _ASKED_EN_AFTER.match(folded, start) is not None \
            and all(_PRODUCT_OF[m.group(0)][0] == "jiebei" for m in _PRODUCT_RE.finditer(folded, english.start()))
    return False


def _asks_about_other(folded: str) -> bool:
    """Whether the asking clause, the last of several, says another lender is owed and names no 借呗
    ("…，微粒贷逾期会起诉吗"; not "借呗逾期了，花呗还能用么": 花呗 there is what the late 借呗 affects)."""
    asking = _asking_clause(folded)
    return asking is not None and not _JIEBEI_NAMED.search(asking) and not _BOTH.search(asking) and any(
        product != "jiebei" for product in _owed_in(asking))


def _jiebei_owed(folded: str) -> bool:
    """Whether a normalised message says 借呗 is owed, clause by clause (normalising turned a
    Chinese comma into a space between Chinese words): not when it says 借呗 is paid or not late
    ("我欠微粒贷2万，借呗已经还清了，微粒贷会起诉吗": the question is the other lender's; review23),
    nor when the asking clause, the last, names the other lender and not 借呗 ("我在京东白条和借呗都
    逾期了，白条会上门吗")."""
    asking = _asking_clause(folded)
    if _JIEBEI_PAID.search(folded) or (asking is not None and not _JIEBEI_NAMED.search(asking) and _PRODUCT_RE.search(asking)):
        return False
    return any("jiebei" in _owed_in(clause) for clause in _CJK_CLAUSE.split(folded))


_JIEBEI_NAMED = regex(r"借呗|jiebei")
# What a lender asked about may do: "白条会上门吗", "白条也会起诉吗", "will 白条 come to my home".
_ASKED_AFTER = regex(r"\s*(?:也|还|真的|到底)?\s*(?:会不会|会|要|能不能|可能|是不是)\s*(?:被)?\s*(?:我)?\s*"
                     r"(?:上门|走访|来|起诉|告|催收|打电话|打给|联系|上征信|找|判|立案|冻结|曝光)")
_ASKED_EN_BEFORE = regex(r"\b(?:will|would|can|could|does|do|might|may)\s+(?:the\s+)?$")
_ASKED_EN_AFTER = regex(r"\s+(?:(?:people|guys|collectors|folks|staff)\s+)?(?:also\s+)?(?:come|visit|sue|call|contact|report|send|take|go)\b")
# ... or the name before "will" ("借呗和白条都逾期了，白条 will come to my home?": review26)
_ASKED_EN_NAME_FIRST = regex(r"\s+(?:(?:people|guys|collectors|folks|staff)\s+)?(?:will|would|can|could|might|may)\s+(?:also\s+)?"
                             r"(?:come|visit|sue|call|contact|report|send|take|go)\b")
_JIEBEI_ASKED_EN = regex(r"\b(?:will|would|can|could|does|do|might|may|is|are)\s+(?:the\s+)?(?:jiebei|借呗)\b")
# A lender said to be paid, fine or not late ("白条没逾期", "白条已经还清了", "my baitiao is fine"):
# not the one a question about what it may do is asked of (review26).
_PAID_AFTER = regex(r"\s*(?:我|都|也)?\s*(?:已经|已|早就|早|一直)?\s*(?:还清|还完|结清|还上了|没(?:有)?逾期|没欠|正常|按时还|不欠)"
                    r"|\s*(?:is|was|are)?\s*(?:all\s+)?(?:paid off|paid|fine|ok|okay|not late|never late|current)\b")
# ... or after "paid off" ("I paid off my credit card last week"; review28)
_PAID_EN_BEFORE = regex(r"\b(?:paid off|paid back|repaid|cleared|settled|paid)\s+(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+)?$")
_BOTH = regex(r"都|也|一起|\b(both|also|too)\b")  # "借呗，花呗都逾期": 借呗 is owed too
# 花呗 and 借呗 listed, then late together ("花呗借呗都逾期了", "花呗和借呗一起逾期了", "花呗和借呗都还不上");
# not 借呗 affected ("花呗逾期借呗也被冻结") nor the two compared ("花呗跟借呗是一个体系吗").
_BOTH_LATE = regex(r"花呗\s*(?:和|跟|与|、|,|，)?\s*(?:蚂蚁)?借呗\s*(?:都|也|一起|同时)\s*(?:有)?\s*(?:逾期|没还|还不上|还不起|欠)"
                   # ... or owed as a list ("欠花呗和借呗，能不能只还一个": truth3 #10)
                   r"|(?:欠|欠了|欠着)\s*(?:蚂蚁)?花呗\s*(?:和|跟|与|、|还有)\s*(?:蚂蚁)?借呗")
_JIEBEI_PAID = regex(r"(?<!以为)(?<!以为我)(?<!以为我的)(?:借呗|jiebei)\s*(?:我|都|也)?\s*(?:已经|已|早就|早|一直)?\s*(?:还清|还完|结清|还上了|没(?:有)?逾期|没欠|正常|按时还)"
                     r"|(?:jiebei|借呗)\s*(?:is|was)?\s*(?:paid off|paid|fine|not late|never late)")


def products_named(folded: str) -> list[str]:
    """Every product a normalised message names, once each, in the order it names them
    ("I also owe Weilidai and a credit card": both, so that an answer drops neither; probe16)."""
    return list(dict.fromkeys(_PRODUCT_OF[m.group(0)][0] for m in _PRODUCT_RE.finditer(folded)
                              if _is_a_loan(folded, m)))


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
        owed.extend(_owed_in(folded))
    # (a denial reaches across the clauses: "我不是花呗逾期，是借呗逾期" owes 借呗 alone)
    whole = normalize(question) if owed else ""
    denied = {_PRODUCT_OF[m.group(0)][0] for m in _PRODUCT_RE.finditer(whole) if _denied(whole, m)}
    return [product for product in dict.fromkeys(owed) if product not in denied]


def _owed_in(folded: str) -> list[str]:
    owed: list[str] = []
    listed_owed = False  # (read from the last: "京东白条和借呗一起逾期了" owes both)
    for match in reversed(list(_PRODUCT_RE.finditer(folded))):
        before, after = folded[max(0, match.start() - 24):match.start()], folded[match.end():match.end() + 12]
        if (match.group(0) in _OTHER_LENDERS or not _is_a_loan(folded, match) or _APPLIED_FOR.search(before[-8:])
                or _AFFECTED_BEFORE.search(before)):  # ("其它几家都还清了": no 网贷 told; review26)
            listed_owed = False
            continue
        is_owed = bool(_OWED_BEFORE.search(before[-10:]) or _LISTED_BEFORE.search(before) or _OWED_EN_BEFORE.search(before)
                       or _OWED_AFTER.match(after) or (listed_owed and _LISTED_AFTER.match(after)))
        if is_owed:
            owed.append(_PRODUCT_OF[match.group(0)][0])
        listed_owed = is_owed
    return owed[::-1]


def lenders_told(question: str) -> list[str]:
    """The lenders a message names by their own names as owed or asked about, for the
    conversation to remember ("借呗和花呗都逾期了": both; "花呗逾期会上门吗": 花呗), in order; not
    "其他几家" (no name of their own), nor one named only as what a late payment may affect."""
    folded = normalize(question)
    if not _PRODUCT_RE.search(folded):
        return []  # most messages name no product: one search spares the clause-by-clause reading
    asked = product_in_question(folded)
    told = products_owed(question)
    if asked is not None and normalize(asked[1]) not in _OTHER_LENDERS:
        told = [asked[0], *told]
    # not one said to be paid ("花呗已经还清了，借呗逾期了…": 借呗 only; review28)
    return [product for product in dict.fromkeys(told) if not _said_paid(folded, product)]


def _said_paid(folded: str, product: str) -> bool:
    """Whether a normalised message says every mention of ``product`` is paid, fine or not late
    ("花呗已经还清了", "I paid off my credit card"): the borrower does not owe it (review28)."""
    mentions = [m for m in _PRODUCT_RE.finditer(folded) if _PRODUCT_OF[m.group(0)][0] == product]
    return bool(mentions) and all(_PAID_AFTER.match(folded, m.end()) or _PAID_EN_BEFORE.search(folded, max(0, m.start() - 24), m.start())
                                  for m in mentions)


def also_named(question: str, product: str | None, lang: str) -> str | None:
    """The other products a message says the borrower owes, beside the one answered about and
    Jiebei itself (the article's own subject), in the answer's words ("信用卡", "a credit card"),
    or None."""
    if not question:
        return None
    # Most messages name no product but the one answered and Jiebei: one search of the whole
    # (normalised once per message and remembered) spares the clause-by-clause reading.
    if not set(products_named(normalize(question))) - {product, "jiebei"}:
        return None
    folded = normalize(question)  # (not one said to be paid: "花呗已经还清了，借呗逾期了…"; review28)
    others = [p for p in products_owed(question) if p not in (product, "jiebei") and not _said_paid(folded, p)]
    joiner = "、" if lang == "zh" else " and "
    return joiner.join(PRODUCT_NAMES[p][lang] for p in others) or None


def _spellings() -> dict[str, tuple[str, str]]:
    spellings: dict[str, tuple[str, str]] = {}
    for product, names in PRODUCTS:
        for name in names:
            spellings.setdefault(normalize(name), (product, name))
    return spellings


# Names are compared as normalised, as messages are ("360借条" -> "#借条"). One search over all of
# them finds what a loop over every name would (the earliest; at one place, the first listed).
_PRODUCT_OF = _spellings()
_NAMES = "|".join(map(re.escape, _PRODUCT_OF))
_PRODUCT_RE = regex(_NAMES)
# The other lenders of one who owes several, named by no name of their own (see _is_a_loan).
_OTHER_LENDERS = frozenset(normalize(name) for name in ("其他几家", "其它几家", "另外几家", "别的几家", "other lenders", "the other lenders"))

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
_USED_BEFORE = regex(r"(?:用|拿|靠|刷)(?:了)?\s*$")
_REPAY = regex(r"\s*还(?:清|上|掉|了)?")
# (a space is a joiner too: normalising turns "、" into one; "我有花呗、美团、信用卡都逾期了": review28)
_LISTED_AFTER = regex(rf"\s*(?:和|跟|与|及|还有|、|/|\band\b)?\s*(?:{_NAMES})")
# (a list may open with "我有"/"我在"/"我欠": "我有花呗、美团、信用卡，都逾期了" lists them with the next clause)
_ONLY_A_NAME = regex(rf"(?:我有|我在|我欠|我)?(?:\s*(?:蚂蚁)?\s*(?:{_NAMES})\s*、?)+\s*")
# 花呗 named as the account a late payment affects ("影响花呗使用", "影响花呗额度"): the one asked about.
_ACCOUNT_AFTER = regex(r"\s*(?:的)?\s*(?:使用|用|额度|提额|开通|正常|功能|冻结|关闭)")
_CJK_CLAUSE = regex(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
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
_AFFECTED_BEFORE = regex(rf"(?:连累|拖累|牵连|波及|影响|耽误|\b(?:hurt|affect|impact|damage|ruin|harm)\w*)\s*(?:到)?\s*(?:我的|我|的|\bmy\b|\bthe\b)?\s*"
                         rf"(?:(?:{_NAMES})\s*(?:的)?\s*(?:和|跟|与|及|还有|、|/|\band\b|\bor\b)?\s*(?:我的|\bmy\b)?\s*)*$")
# A name denied, then the one meant ("不是花呗是借呗", "我不是花呗逾期 是借呗逾期", "not huabei but jiebei").
_DENIED_BEFORE = regex(r"(?:不是|并非|并不是|\b(?:not|isn t|isnt|wasn t|wasnt))\s*(?:我的|说|\bmy\b|\bthe\b)?\s*(?:蚂蚁)?\s*$")
_CORRECTED_TO = regex(rf"\s*(?:逾期|欠款|的)?\s*(?:而是|是|\bbut\b|\bit s\b|\bits\b|\bi mean\b)?\s*(?:我的|\bmy\b|\bthe\b)?\s*(?:蚂蚁)?\s*(?:{_NAMES})")
_CLAUSE_END = regex(r"[,，。!！?？;；\n]|(?<!\d)\.(?!\d)")
_REPAID_WITH = regex(r"\S{0,4}?(?:来|去|拿来|用来)还(?:清|上|掉)?|\s*(?:\w+\s+){0,3}?to (?:re)?pay (?:off |back )?(?:my |the )?")

__all__ = ["ALIPAY_PRODUCTS", "NEVER_KEPT", "OTHERS_SEVERAL", "OTHERS_UNNAMED", "PRODUCT_NAMES", "PRODUCTS", "also_named",
           "find_product", "lender_name", "lenders_told", "product_in_question", "products_named", "products_owed"]
