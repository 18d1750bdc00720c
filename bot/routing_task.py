"""A task asked of the bot that is not about a loan (round 49, answer210; issue 13).

"Help me write a cover letter", "can you help me write a birthday message for my mum": the classifier reads the
"help me" / "can you" of such a request as a question about what the bot can do (capabilities), whose reply lists the
loan matters it answers. The request is for writing, translating or booking something that has nothing to do with a
late loan, which the knowledge examples decline ("帮我写一段python代码", "write me a python script", "帮我订一张去广州的
火车票"): out_of_scope, whose reply says so plainly.

Only from a capabilities reading, and only when the message names no loan, debt, lender, payment or collection at
all: a letter to the lender asking for more time ("can you help me write a message asking Jiebei for more time") is
negotiate's, and "can you help me with my debt" is what the bot does. Matched on text.normalize()d text.
"""

from __future__ import annotations

from .patterns import regex

CAPABILITIES = "capabilities"
DECLINED = "out_of_scope"

# A piece of writing, a translation, a booking or code asked of the bot.
_TASK = regex(r"(?:帮|替|给)我\S{0,3}(?:写|翻译|订|预订|改|编|画|做)(?:一|个|封|段|篇|份|张|首|下)|(?:写|翻译)(?:一)?(?:封|段|篇|份|首)"
              r"|\b(?:help me|can you|could you|would you|will you|please|pls)\b(?: \w+){0,2} "
              r"(?:write|draft|compose|translate|proofread|book|code)\b|\bwrite me\b")
# Anything of the loan's world named: the request is then about the loan (a letter to the lender, a reply to a collector).
_LOAN_WORLD = regex(r"借呗|花呗|支付宝|蚂蚁|贷|债|欠|催|逾期|还款|还钱|协商|延期|分期|罚息|征信|银行|客服|平台|法院|律师|投诉|"
                    r"\b(?:jiebei|huabei|alipay|ant|loans?|debts?|owe\w*|overdue|late|collect\w*|lenders?|repay\w*|pay\w*|"
                    r"extension|more time|interest|credit|bank|court|lawyer|complain\w*|regulator|hardship|instal\w*)\b")


def task_asked(topics: list[str], folded: str) -> list[str]:
    """[out_of_scope] for a capabilities reading of a writing, translating or booking task with no loan matter named
    (module doc); ``topics`` unchanged otherwise."""
    if not topics or topics[0] != CAPABILITIES or not _TASK.search(folded) or _LOAN_WORLD.search(folded):
        return topics
    return [DECLINED]


__all__ = ["task_asked"]
