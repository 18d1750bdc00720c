"""A repayment plan stated after hopelessness (issue 12, safe46): "…no way out, but I've set up auto-pay of 1500 a month",
"有时候觉得没希望，但我已经列好了还款计划：每月还三千". doubt.despite reads such a but-clause as the answer to the despair
before it, as it reads "but I'll keep paying"; the plan's own end ("until March", "cleared by June") is the debt's.
"""

from __future__ import annotations

from ..patterns import regex

# A repayment plan stated (safe46: "…no way out, but I've set up auto-pay of 1500 a month", "但我已经列好了还款计划：每月还三千"):
# hopelessness answered with the means of going on, which the but-clause alone need not name as "I'll keep paying".
_BUT = regex(r"^(but|though|yet|still|and yet|however)\b|^(但|但是|不过|可是)")
_PLAN = regex(r"\b(set up|arranged|made|got|have|wrote|written|drew up|signed up for|worked out|agreed)\b.{0,12}\b(plan|auto ?pay|autopay|payment plan|instal\w*"
              r"|schedule|standing order|budget)\b|\b(pay|paying|repay|repaying|put aside|save|saving)\b.{0,12}\b([\d,.]+ ?k?|\w+ (hundred|thousand)) (a|per|each|every) (month|week)\b"
              r"|还款计划|每(个)?月\S{0,6}(还|存|攒)\S{0,4}[\d一二两三四五六七八九十百千万]+|(分|还)\S{0,3}[\d一二两三四五六七八九十]+(期|个月)(还清|还完)")
# ...and the plan told on in the clauses after it ("and it'll all be cleared by June"), or a question following the
# loan question ("…is that ok with Jiebei, or do I need to tell them?"), with no word of an end or a means in it.
_PLAN_ON = regex(r"^(and |so )?.{0,20}\b(cleared|paid off|settled|done|finished|free)\b.{0,6}\bby (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the end of|next|[0-9])\w*"
                 r"|^(do|does|should|can|could|will|or) (i|we|they|you)\b.{0,30}$|^(然后|这样)?\S{0,6}(个月|期)(就)?(能)?(还清|还完)")
_RISKY_ON = regex(r"跳|天台|楼顶|桥|药|绳|刀|保险|消失|走|死|\b(jump\w*|bridge|roof|building|tallest|pills?|rope|knife|insurance|disappear\w*|die|dead|gone|end|goodbye|sorry)\b")


def stated_plan(clause: str) -> bool:
    """Whether a clause (folded, masked) opens with a "but" and states a repayment plan, naming no end or means
    ("but I've got a payment plan and the pills for after" is no plan to go on)."""
    return _BUT.search(clause) is not None and _PLAN.search(clause) is not None and _RISKY_ON.search(clause) is None


def planned_on(clause: str) -> bool:
    """Whether a clause after a stated plan goes on with it or asks on, with no end or means named (_PLAN_ON)."""
    return (_PLAN_ON.search(clause) is not None or _PLAN.search(clause) is not None) and _RISKY_ON.search(clause) is None


__all__ = ["planned_on", "stated_plan"]
