"""Which lender is harsher, asked beside a consequence (round 34, ans69; issue 13): "借呗和银行哪个更狠 会起诉吗",
"which is worse to miss, jiebei or credit card? will alipay take me to court?". The comparison asks how hard
the consequences fall, which no article compares, and the second question names the consequence: that
question leads, not the decline (bot.routing_meant._compared, meant for price and product comparisons) nor
what Jiebei is. A severity comparison asked alone ("借呗和银行哪个更狠") keeps its reading, and so does a
price comparison beside another question ("借呗和微粒贷哪个更划算？借呗会上征信吗": declined first, mend71).

Matched on text.normalize()d text (``folded``).
"""

from __future__ import annotations

from .patterns import regex

_FIRST_READINGS = frozenset({"out_of_scope", "about_jiebei"})
# Harsher, stricter, worse or more serious, compared (not cheaper or better: those are the product's business).
_SEVERITY = regex(r"(?:哪个|哪家|哪一个|谁|比).{0,6}(?:更)?(?:狠|严重|严|凶|麻烦|厉害|可怕)|(?:更|比较)(?:狠|严重|凶|可怕)"
                  r"|\b(?:worse|more serious|harsher|stricter|tougher|more severe|as bad as|more aggressive|scarier)\b")
_TWO_LENDERS = regex(r"(?:借呗|花呗|\bjiebei\b|\bhuabei\b|\balipay\b).{0,40}(?:银行|信用卡|微粒贷|网贷|白条|花呗|借呗|车贷|房贷|"
                     r"\b(?:banks?|credit cards?|huabei|jiebei|car loan|mortgage|other (?:apps?|lenders?)|weilidai)\b)"
                     r"|(?:银行|信用卡|微粒贷|网贷|白条|\b(?:banks?|credit cards?|online lenders?)\b).{0,40}(?:借呗|花呗|银行|\b(?:jiebei|huabei|banks?)\b)")


def severity_compared(topics: list[str], folded: str) -> list[str]:
    """``topics`` read from a message that compares how harsh two lenders are (``folded``) and asks a consequence
    too: the consequence's topic first, the decline and what-Jiebei-is dropped; otherwise unchanged."""
    if not topics or topics[0] not in _FIRST_READINGS or not (_SEVERITY.search(folded) and _TWO_LENDERS.search(folded)):
        return topics
    rest = [t for t in topics if t not in _FIRST_READINGS]
    return rest or topics


__all__ = ["severity_compared"]
