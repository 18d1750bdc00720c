"""Whether an abuse clause asks what may happen or tells what did (split out of abuse.py, split159).

What a collector *did* is abuse; what *may* happen is a loan question: "会不会打电话给我爸妈", "will they contact my
family?", a fear put as a certainty ("肯定会上门吧") and a message the writer asks will come ("联系人会收到短信吗") ask.
A clause that tells something said or done (说, 已经, 昨天; "said", "yesterday") tells, even with a question word in it.
abuse.py's judgement of a cue (discounted.py) and of a window (abuse.reported) reads these.
"""

from __future__ import annotations

import re

from ..patterns import regex
from .legitimacy import framed, told_infinitive  # (legit104)

# A fear put as a certainty asks too: "是不是要派人来了", "肯定会上门吧", "会打给我家人，对吧" (cls17); 居委会's 会 is no "will" (abuse52; its 是否/会否
# were removed by mend68: "是否可以每日拨打三十余次并辱骂本人" is a formal report, not a question of what may happen).
_ASKS_ZH = regex(r"是不是(就|快|马上)?要|(?<![委社协聚])会.{0,16}(吧|对吧|是吧|对不对)$|会不会|(?<![委社协聚])会\S{0,15}吗|(?<![委社协聚])会(联系|打|找|通知|告诉|上门|去|发(?!生)|爆|骂|曝光)|是不是会|是真的吗|真的吗|真的会|可能会|万一|如果|要是|假如|担心|怕(的是|就怕)?(会|他们|催收|接到|被)|最怕|就怕|听说|有人说|据说")
_ASKS_EN = regex(
    r"^(will|would|could|might|can|do|does|is|are|should)\b|^why (dont|doesnt|do not|does not) (online |most |other )?(lenders|platforms|companies|banks|apps|collectors|people)\b(?! stop)|\b(will|would|could|might) (they|he|she|the|collectors|anyone|anybody|someone|somebody|people|it|jiebei|huabei)\b"
    # a tag question ("they're going to show up, aren't they?"): clauses.py keeps it with its statement
    r"|\b(arent|wont|isnt|dont|doesnt|wouldnt|right)( (they|it|he|she|you|we))?$"
    r"|is it true|is it normal|what counts|what if|just asking|in advance|\bever\b|worried|afraid|scared(?! by\b)|has anyone"
    # "I want to know if they'll call my boss", "I wonder whether they'd tell my wife" (probe17)
    r"|\b(know|wonder|wondering|ask|asking|tell me|sure|curious) (if|whether) (they|he|she|the|collectors|anyone|someone|jiebei|huabei)(ll|d| will| would)?\b"
    r"|(that|thatll|itll|it will|it might) happen to me|^(if|suppose|in case)\b|how (long|soon) (until|before|till)|when (will|would) (they|he|she|collectors)|before they")
_CONTINUES = regex(r"(或者|或是|还是|或|or|and|also)\b|(或者|或是|还是)"
                   # A clause that opens with a bare verb has no subject of its own: it goes on
                   # with the clause before ("will they sue me, visit me, call my family?").
                   r"|(call|visit|contact|text|message|tell|sue|hurt|ruin|harass|threaten|send|post|show up"
                   r"|come|go after|take|report|put|publish|share|expose|shame)\b")


def continues(clause_text: str) -> bool:
    """Whether a clause goes on with the one before it (a conjunction, or a verb with no subject)."""
    return _CONTINUES.match(clause_text.strip().lower()) is not None


# Not having told anyone is not something said: "他们会告诉我爸妈吗，我还没跟家里说" asks (probe12).
UNSAID_ZH = regex(r"(还|都|从来)?(没|没有|不敢|不想|不好意思)(跟|和|对|向)?\S{0,4}说")
SAID_ZH = regex(r"说(?!话)|威胁|扬言|声称|(?<!发)短信|(?<!发)消息|已经|昨天|今天|前天|刚才|上周|天天|每天|一直(?!没|不|都没)|又")
# An English clause asked with a question mark only, no question word: "they come to my home??".
ASKED_WITHOUT_WORDS = regex(r"(^|\s)(they|he|she|collectors?|someone|somebody|people|jiebei|alipay) (\w+ )?(come|go|visit|call|contact|send|sue|find|take|arrest|put|post|tell)\b")
HABIT_EN = regex(r"\b(every ?day|daily|always|again|all the time|non ?stop|each day|every night|keep|each time)\b")
SAID_EN = regex(r"\b(said|says|saying|told|threatened|texted|messaged|sent|called|rang|posted|came|showed|already|yesterday|today|keeps?|kept|started|got|received)\b")
# The text a question asks about is no text told (cls23): "联系人会收到短信吗", "will my contacts get texts saying
# i owe" ask whether a message will come; 短信 and "saying" name its content, not one that came.
_ASKED_TEXT_ZH = regex(r"会(?:不会)?(?:收到|接到)[^，,。！？!?\s]{0,6}?(?:短信|消息|信息|电话)(?:说)?")
_ASKED_TEXT_EN = regex(r"\b(?:texts?|messages?|sms|emails?|notes?|calls?)(?: to(?: \w+){1,4}?)? saying\b")
# ...unless the window tells that such a message came (mend56, review64: "会收到说我诈骗的短信吗 昨天已经有人收到了",
# "我妈刚才给我看了", "好多人问我了"): then the asked clause names the content of a message that came.
_RECEIPT_TOLD_ZH = regex(r"(?<!没)(?<!没有)(?<!未)(?<!不)(?:收到|接到|看到|问我|问了我|给我看|发给我|转给我|发来)(?:了|过)")


def _said_zh(text: str) -> bool:
    """Whether a Chinese clause tells something said or done (SAID_ZH), leaving out what it says was not
    said (UNSAID_ZH) and a message it asks will come (_ASKED_TEXT_ZH)."""
    return SAID_ZH.search(_ASKED_TEXT_ZH.sub("会收到", UNSAID_ZH.sub("", text))) is not None


def asked_text_came(text: str, match: re.Match[str]) -> bool:
    """Whether the cue sits in a clause asking whether a message will come (_ASKED_TEXT_ZH) while
    another clause of the window tells one came ("…会收到说我诈骗的短信吗 我闺蜜说她收到了"): told, not
    asked nor someone else's story (mend56). Local: the asked clause and the told receipt only."""
    start, end = text.rfind(" ", 0, match.start()) + 1, text.find(" ", match.end())
    clause = text[start:] if end < 0 else text[start:end]
    rest = UNSAID_ZH.sub("", text[:start] + " " + (text[end:] if end >= 0 else ""))
    return _ASKED_TEXT_ZH.search(clause) is not None and _RECEIPT_TOLD_ZH.search(rest) is not None


def asked(text: str, context: str) -> bool:
    """Whether a clause asks whether something will happen rather than tells that it did
    (a clause that goes on with the one before is read with it: "会不会联系我单位，或者打…")."""
    read = context if continues(text) else text
    return bool((_ASKS_ZH.search(read) and not _said_zh(read)) or _asked_en(read))


def _asked_en(text: str) -> bool:
    """The English half of ``asked``. A question of legitimacy around a told act ("is it normal that they call my aunt
    30 times a day") asks whether the act is allowed, not whether it will happen: the rest is read without the frame
    (legitimacy.py, legit104)."""
    if not (_ASKS_EN.search(text) and not SAID_EN.search(_ASKED_TEXT_EN.sub("texts", text))):
        return False
    if (frame := framed(text)) is None:
        return True
    rest, finite = frame
    return not (told_infinitive(rest) or finite) or _asked_en(rest)


def asked_in_its_clause(text: str, match: re.Match[str]) -> bool:
    """Whether the clause that holds the cue asks whether it will happen, whatever the clause before
    tells ("我在医院当护工，每天看生离死别，借呗逾期了会打到医院吗": 每天 is the writer's work, not a
    collector's habit; safe16). Chinese only: the clause is where the words between spaces are."""
    start, end = text.rfind(" ", 0, match.start()) + 1, text.find(" ", match.end())
    clause = text[start:] if end < 0 else text[start:end]
    return not match.group(0).isascii() and _ASKS_ZH.search(clause) is not None and not _said_zh(clause)


__all__ = ["ASKED_WITHOUT_WORDS", "HABIT_EN", "SAID_EN", "SAID_ZH", "UNSAID_ZH", "asked", "asked_in_its_clause",
           "asked_text_came", "continues"]
