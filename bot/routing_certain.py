"""A fear stated as a certainty, read as the plain question it asks (cls17, issue 13).

"借呗逾期，他们一定会来吧" ("they'll definitely come, right?") and "是不是要上门了" ("they're about to
come, aren't they?") ask what "他们会来吗" and "会不会上门" ask. The examples ask with 吗 and 会不会,
so the classifier's n-grams of the asking form ("会来吗", "来吗>") are missing from the certainty
form, and what is left can lean elsewhere: a bare 来 after 逾期 read as after_repayment, and
是不是…了 as collection_trend's "现在是不是都…了". The Router classifies the plain question instead
(for reading the topic only; the borrower's words are what the reply and the slots see).

The safety side of the same family (a tag question is no threat told) is bot.safety.clauses'
``_TAG`` and bot.safety.asked's ``_ASKS_*``.
"""

from __future__ import annotations

from .patterns import regex

_END = r"(?=[，,。？?！!\s]|$)"  # the end of a clause
_CLAUSE = r"[^，,。？?！!\s]"
# "(他们)一定会来吧", "肯定要被起诉了吧", "迟早会找上门的吧", "会打给我爸妈，对吧": 会/要 + what is feared
# + a tag that asks for agreement. 要 counts only after a word of certainty ("我要还吧", "要不先还了吧"
# are plans); without 会/要 nothing is feared ("那我先还一部分吧"). 不会…吧 hopes for reassurance, often
# about billing ("今天扣款，征信不会有逾期记录吧"): left to the classifier as written.
_CERTAIN = regex(rf"(?:(?:一定|肯定|必定|铁定|绝对|迟早|早晚|估计)(?:会|要)|(?<!不)会)({_CLAUSE}{{1,12}}?)(?:的|了)?"
                 rf"(?:吧|[，,\s]*(?:对吧|是吧|对不对))[?？]*{_END}")
# "是不是要上门了", "是不是快要被起诉了": asks whether it is about to happen; not "现在是不是都用AI打电话了"
# (no 要), nor "是不是要先还利息" (no 了: which to pay first is billing).
_ABOUT_TO = regex(rf"是不是(?:就|快|马上)?要({_CLAUSE}{{1,12}}?)了(?:吧|吗|呀|啊)?[?？]*{_END}")
_GATE = ("吧", "是不是")  # the searches run only where one of these is written (speed only)


def plain_question(text: str) -> str:
    """``text`` with each fear stated as a certainty rewritten as the plain question it asks:
    "他们一定会来吧" -> "他们会来吗", "是不是要上门了" -> "会不会上门"; anything else unchanged."""
    if not any(word in text for word in _GATE):
        return text
    return _ABOUT_TO.sub(r"会不会\1", _CERTAIN.sub(r"会\1吗", text))
