"""The loan products borrowers name, how each is written, and what the answer calls it.

Only 借呗 and 花呗 are Alipay's own products (served by Alipay customer service, 95188); for
every other lender the answer points to that lender's own official service.
"""

from __future__ import annotations

import re

from .patterns import regex
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
    ("credit_card", ("信用卡", "credit card")),
    ("bank_loan", ("银行贷款", "银行的贷款", "bank loan")),
    ("online_loan", ("网贷", "网络贷款", "贷款app", "小贷", "online loan", "loan app", "payday")),
)
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
    "credit_card": {"zh": "信用卡", "en": "a credit card"},
    "bank_loan": {"zh": "银行贷款", "en": "a bank loan"},
    "online_loan": {"zh": "网贷", "en": "an online loan"},
}
# Alipay's own products: only these are served by Alipay customer service (95188).
ALIPAY_PRODUCTS = frozenset({"jiebei", "huabei"})




def find_product(folded: str) -> tuple[str, str] | None:
    """The product a normalised message names first, and the way it was written (as listed in
    PRODUCTS); where several names start at one place, the first listed."""
    found = _PRODUCT_RE.search(folded)
    return _PRODUCT_OF[found.group(0)] if found else None


def product_in_question(folded: str) -> tuple[str, str] | None:
    """The product a message asks about: the one named first (find_product), unless it was
    borrowed to repay another ("借网贷来还借呗", "borrow from another app to pay off jiebei": the
    loan in question is the one being repaid; probe14), and is not named again ("借呗借来还信用卡，
    借呗逾期了": the overdue one is; review15). One search serves both."""
    found = _PRODUCT_RE.search(folded)
    if found is None:
        return None
    repaid = _REPAID_WITH.match(folded, found.end())
    later = _PRODUCT_RE.match(folded, repaid.end()) if repaid else None
    if later is None or folded.count(found.group(0)) > 1:
        return _PRODUCT_OF[found.group(0)]
    return _PRODUCT_OF[later.group(0)]


def products_named(folded: str) -> list[str]:
    """Every product a normalised message names, once each, in the order it names them
    ("I also owe Weilidai and a credit card": both, so that an answer drops neither; probe16)."""
    return list(dict.fromkeys(_PRODUCT_OF[m.group(0)][0] for m in _PRODUCT_RE.finditer(folded)))


def also_named(question: str, product: str | None, lang: str) -> str | None:
    """The other products a message names, beside the one answered about and Jiebei itself
    (the article's own subject), in the answer's words ("信用卡", "a credit card"), or None."""
    if not question:
        return None
    others = [p for p in products_named(normalize(question)) if p not in (product, "jiebei")]
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
_PRODUCT_RE = regex("|".join(map(re.escape, _PRODUCT_OF)))

_REPAID_WITH = regex(r"\S{0,4}?(?:来|去|拿来|用来)还(?:清|上|掉)?|\s*(?:\w+\s+){0,3}?to (?:re)?pay (?:off |back )?(?:my |the )?")

__all__ = ["ALIPAY_PRODUCTS", "PRODUCT_NAMES", "PRODUCTS", "also_named", "find_product", "product_in_question",
           "products_named"]
