"""The frame's "number" line of a reply to a number asked about ("你说的12356是什么", "what is 95188?",
"should i call 95188 for my jd loan"): which number, whether 95188 was asked unreachable, and for a call to
95188 asked about another lender's loan, that lender (whose own service to ask; review35 #2, truth3 #8).
Moved out of bot.engine unchanged (split90); bot.number_call reads the call itself.
"""

from __future__ import annotations

from typing import Any

from .number_call import asks_call, other_lender, unreachable_95188
from .routing_rules import asked_number


def add_number_context(context: dict[str, Any], folded: str) -> None:
    """Add the number line's variables to an answer's ``context`` (its ``alipay``, ``product_name`` and
    ``product`` already set by bot.answer.answer_context) for a message (``text.fold()``ed) routed
    "number_asked"."""
    context["number"] = asked_number(folded)
    # a call to 95188 asked for another lender: "no", and whose service to ask (review35 #2)
    context["number_lender"] = None
    context["number_unreachable"] = unreachable_95188(folded)  # how else to reach it (truth3 #8)
    if asks_call(folded):
        lender = None if context["alipay"] else context["product_name"]
        context["number_lender"] = lender or (other_lender(folded) if context["product"] is None else None)


def add_unreachable_context(context: dict[str, Any], folded: str) -> None:
    """Add the number line on reaching the lender when 95188 is said unreachable beside a loan question
    answered as asked (bot.number_call.beside_unreachable; fix164): the line follows the answer
    (``number_beside``) instead of leading it."""
    if unreachable_95188(folded):
        add_number_context(context, folded)
        context["number_beside"] = True
        if not context["alipay"]:  # another lender's loan: 95188 is Alipay's, ask that lender (the line's own branch)
            context["number_unreachable"] = False


__all__ = ["add_number_context", "add_unreachable_context"]
