"""Words that say a loan is late, in one place for every reader that needs them.

The slot reader (bot.slots_days: whether a stated duration is time overdue) and the router (bot.routing_rules:
whether "会不会打电话给我" comes from a late borrower) once kept twin lists that had drifted apart
(拖 in one, 过期 and "past due" in the other). Both now read ``OVERDUE``; the router adds the
words of collection and debt (``COLLECTION_CONTEXT``), which say the loan is late without saying
for how long. Matched on simplified or normalised text (bot.text); English as whole words, so
"later" and "latest" are not "late".
"""

from __future__ import annotations

from .patterns import regex

OVERDUE_ZH = ("逾期", "晚了", "晚还", "拖", "没还", "未还", "欠", "还不上", "还不起", "超期", "过期", "迟还", "延期了")
OVERDUE_EN = (r"overdue", r"late", r"behind", r"past due", r"miss(?:ed|ing)?", r"owe[ds]?", r"owing", r"unpaid",
              r"(?:haven|hasn|didn)'?\s?t (?:paid|pay)", r"not paid", r"arrears", r"defaulted",
              r"forg[oe]t(?:ten)? to (?:re)?pay")
COLLECTION_ZH = ("催",)
COLLECTION_EN = (r"debts?", r"collect\w*")

OVERDUE = regex("|".join(OVERDUE_ZH) + r"|\b(?:" + "|".join(OVERDUE_EN) + r")\b")
LATE_OR_COLLECTED = regex("|".join(OVERDUE_ZH + COLLECTION_ZH) + r"|\b(?:" + "|".join(OVERDUE_EN + COLLECTION_EN) + r")\b")
