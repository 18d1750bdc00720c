"""A mortgage's or a car loan's own overdue asked about ("房贷逾期了银行会收房吗", "will the bank take my
apartment if I miss mortgage payments?", "车贷逾期车会被拖走吗"; newuser161 #6, answer171): what that lender
does with the house or car it holds is another loan's business, declined as README says of a mortgage's own
business (the decline names it as not Jiebei's); it had been answered with Sesame Credit, as if the borrower
had asked how Jiebei's record touches a mortgage. Only with no Alipay product named: "借呗逾期会不会收我房子"
is Jiebei's (the uncovered property fear), and "借呗逾期影响房贷吗" asks nothing of the collateral. On
normalize()d text.
"""

from __future__ import annotations

from collections.abc import Mapping

from .knowledge_types import OUT_OF_SCOPE, Topic
from .patterns import regex

_SECURED = regex(r"房贷|车贷|按揭|\b(?:mortgages?|home loans?|car loans?|auto loans?|car payments?)\b")
_COLLATERAL = regex(r"收(?:回|走)?(?:我的|我家的?)?(?:房|车)|(?:房|车)\S{0,4}(?:被|会被|要被)?\S{0,2}(?:收走|收回|拍卖|拖走|扣走|没收|查封)"
                    r"|拍卖|拖车|扣车|\b(?:repossess\w*|foreclos\w*|take (?:my|the|our) (?:house|home|apartment|flat|car)"
                    r"|(?:house|home|apartment|flat|car) (?:taken|seized|auctioned|towed))\b")
_ALIPAY = regex(r"借呗|花呗|支付宝|蚂蚁|\b(?:jiebei|huabei|alipay)\b")
_KEPT = frozenset({"crisis", "abusive_collection", "worry"})  # abusive_collection is of kind "domain" too
# Collectors' calls told beside the collateral (review174 F2): the harassment reading (with its 12378 line) stays.
_HARASSED = regex(r"催收|催债|讨债|电话|短信|骚扰|\b(?:collectors?|collection calls?|calling me|harass\w*)\b")


def secured_collateral(text: str) -> bool:
    """Whether a normalised (or simplified, lower-cased) message asks what a mortgage's or car loan's lender does
    with the house or car, with no Alipay product named (bot.concerns then reads no property fear in it)."""
    return not _ALIPAY.search(text) and _SECURED.search(text) is not None and _COLLATERAL.search(text) is not None


def collateral_asked(topics: list[str], folded: str, by_id: Mapping[str, Topic]) -> list[str]:
    """[out_of_scope] for a secured loan's own collateral asked about with no Alipay product named; else ``topics``.
    Only ordinary loan readings are turned: a crisis, abuse or worry reading (any topic not of kind "domain") is kept
    as it is, safety first (review174 F1: this is the crisis gate of mend146's rescue), and so is a story of the
    collectors' calls (F2)."""
    if not topics or topics[0] == OUT_OF_SCOPE or not secured_collateral(folded) \
            or any(t in _KEPT or t not in by_id or by_id[t].kind != "domain" for t in topics) or _HARASSED.search(folded):
        return topics
    return [OUT_OF_SCOPE]


__all__ = ["collateral_asked", "secured_collateral"]
