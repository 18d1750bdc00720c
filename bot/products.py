"""The loan products borrowers name: which one a message asks about, which lenders it tells of.

The readings live in their own modules; this one holds the two that join them, and every public
name the rest of the package imports from here:

- bot.product_names: the products, their spellings, what the answer calls each, Alipay's own (95188);
- bot.product_mentions: where a message names one as a loan (not a workplace, an everyday word, a denial);
- bot.product_owed: which products a message says are owed, or paid;
- bot.product_asked: which product a message asks about (product_in_question).
"""

from __future__ import annotations

from .product_asked import product_in_question
from .product_mentions import OTHER_LENDERS, PRODUCT_RE, find_product, products_named
from .product_names import ALIPAY_PRODUCTS, NEVER_KEPT, OTHERS_SEVERAL, OTHERS_UNNAMED, PRODUCT_NAMES, PRODUCTS, lender_name
from .product_owed import products_owed, said_paid
from .text import normalize


def lenders_told(question: str) -> list[str]:
    """The lenders a message names by their own names as owed or asked about, for the
    conversation to remember ("借呗和花呗都逾期了": both; "花呗逾期会上门吗": 花呗), in order; not
    "其他几家" (no name of their own), nor one named only as what a late payment may affect."""
    folded = normalize(question)
    if not PRODUCT_RE.search(folded):
        return []  # most messages name no product: one search spares the clause-by-clause reading
    asked = product_in_question(folded)
    told = products_owed(question)
    if asked is not None and normalize(asked[1]) not in OTHER_LENDERS:
        told = [asked[0], *told]
    # not one said to be paid ("花呗已经还清了，借呗逾期了…": 借呗 only; review28)
    return [product for product in dict.fromkeys(told) if not said_paid(folded, product)]


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
    others = [p for p in products_owed(question) if p not in (product, "jiebei") and not said_paid(folded, p)]
    joiner = "、" if lang == "zh" else " and "
    return joiner.join(PRODUCT_NAMES[p][lang] for p in others) or None

__all__ = ["ALIPAY_PRODUCTS", "NEVER_KEPT", "OTHERS_SEVERAL", "OTHERS_UNNAMED", "PRODUCT_NAMES", "PRODUCTS", "also_named",
           "find_product", "lender_name", "lenders_told", "product_in_question", "products_named", "products_owed"]
