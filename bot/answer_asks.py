"""What a question about the law or collectors asks beyond its topic, so that a template can lead
with it (template variable ``legal_ask``; truth1 #5, #7, #11):

- "court": a step the borrower would take in court or against the lender (出庭, 请律师, 起诉催收,
  "do I need a lawyer"): the article does not cover it; a lawyer or legal aid does.
- "claim": something a collector says or sends (立案, 律师函, 要报警, 要打给单位, "they say they filed
  a case, is it true"): the article does not say how to verify it; the court's public number, a
  lawyer, and 12378/110 for threats do (all marked as outside the article).
- "complaint": how to complain about collection, or calls that never stop (投诉催收, 天天打电话):
  12378, marked as outside the article.

None otherwise. The first of these that a question asks, in that order.
"""

from __future__ import annotations

from .patterns import regex
from .text import simplified

_COURT = regex(
    r"出庭|开庭|到庭|应诉|答辩|(?:请|找|聘|需要|要不要|用不用)(?:个|一个)?律师|(?:起诉|告)(?:他们|催收|平台|支付宝|借呗|对方)"
    r"|\b(?:attend|go to|appear in|show up (?:at|in)) court\b|\b(?:hire|get|need|find) (?:a |an )?(?:lawyer|attorney)\b"
    r"|\bsue (?:them|the collectors?|the lender|alipay|jiebei)\b")
_CLAIM = regex(
    r"律师函|传票|立案|(?:催收|他们|对方|那边|有人)\S{0,4}(?:说|称|讲|威胁|扬言)\S{0,12}"
    r"(?:派出所|公安|报警|警察|单位|公司|hr|老板|领导|全家|起诉|法院|抓)"
    r"|\blawyer'?s letter|\b(?:filed|file|opened) (?:a |the )?case\b|\bsummons\b"
    r"|\b(?:collectors?|they|someone)\b.{0,12}\b(?:says?|said|claims?|claimed|threaten\w*)\b.{0,30}\b(?:police|court|sue|employer|boss|hr|arrest)\b")
_COMPLAINT = regex(
    r"投诉|举报|(?:天天|每天|一天到晚|一直|不停(?:地)?|反复|疯狂|轮番|没完没了(?:地)?)(?!不|没)\S{0,2}(?:打电话|打我电话|打来|来电|催|发短信|骚扰|call)"
    r"|\b(?:complain\w*|report (?:them|the collectors?|it))\b|\bcall\w* me (?:every day|all day|all the time|nonstop|constantly)\b")
# (?!不|没): "怎么一直不打电话给我确认" waits for a call that never comes: no complaint (cls18, pool).
_ASKS = (("court", _COURT), ("claim", _CLAIM), ("complaint", _COMPLAINT))
# A collector as the speaker: what follows is their claim, even a lawyer or a suit ("催收说要找律师起诉我",
# "他们说会请律师告我": review35 #5 had the court lead, as if the borrower would hire one).
_SAID_BY_THEM = regex(r"(?:催收|他们|对方|那边|有人)\S{0,4}(?:说|称|讲|威胁|扬言)\S{0,12}(?:律师|起诉|告我|法院)"
                      r"|\b(?:collectors?|they|someone)\b.{0,12}\b(?:says?|said|claims?|claimed|threaten\w*)\b.{0,30}\b(?:lawyer|attorney)\b")
# Reminders by text, asked whether normal ("每天催收短信正常吗"): the article's first step of collection,
# no complaint lead (review35 #8), unless the message says abuse or asks to complain.
_REMINDERS = regex(r"短信|信息|消息|提醒|通知|\b(?:sms|texts?|messages?|reminders?)\b")
_ABUSE_SAID = regex(r"投诉|举报|骚扰|辱骂|骂|威胁|恐吓|爆通讯录|\b(?:complain\w*|report|harass\w*|abus\w*|threat\w*|insult\w*)\b")


def legal_ask(question: str) -> str | None:
    """"court", "claim", "complaint" or None: see the module doc."""
    if not question:
        return None
    text = simplified(question).lower()
    if _SAID_BY_THEM.search(text):
        return "claim"
    name = next((name for name, pattern in _ASKS if pattern.search(text)), None)
    if name == "complaint" and _REMINDERS.search(text) and not _ABUSE_SAID.search(text):
        return None
    return name


__all__ = ["legal_ask"]
