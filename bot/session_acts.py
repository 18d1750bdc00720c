"""A collector's act asked about (or told as threatened) in one turn, then said to have happened in the next (safe44).

"会打电话给我老板吗" then "已经打了"; "they said they will send me joss paper" then "they sent it yesterday": the second
turn names nothing of its own (out of scope, or the last topic kept), yet it tells the act was done. A Session
remembers which act the last turn spoke of (``ConversationState.asked_act``, one key of ACTS) and, when the next turn
only says it happened (``done_told``: a done verb or "already", no question, no denial), reads the turn as the act told
done: the key's statement, then the turn itself, routed as one message (``told_route``). Whether that statement is
abuse (calling the boss, the child's school, joss paper, posting the debt) or a lawful step (calling the parents: the
contact answer) is the engine's own reading, exactly as if the borrower had told it in full. "已经发了" after "会发还款
提醒吗" names no collector act: nothing changes.
"""

from __future__ import annotations

import re

from .patterns import regex
from .text import simplified

# The acts (key: how the turn names it, zh and en; checked in order, the first that matches is the act).
_ACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("parcel", regex(r"纸钱|花圈|冥币|寿衣|遗照|棺材|\b(?:joss|wreath|funeral|coffin|hell money)\b", re.IGNORECASE)),
    ("school", regex(r"学校|幼儿园|班主任|老师|\b(?:school|teachers?|kindergarten|preschool|daycare|childcare)\b", re.IGNORECASE)),
    ("work", regex(r"单位|公司|领导|老板|同事|上班的地方|工作的地方|人事|\b(?:boss|employer|office|workplace|company|colleagues?|hr|my work)\b",
                   re.IGNORECASE)),
    ("post", regex(r"朋友圈|家族群|群里|网上|曝光|公开|挂到|抖音|微博|贴到|贴在|大字报|照片|身份证|\b(?:photos?|ic|id card|post\w*|online|facebook|whatsapp|group chat|social media|expose\w*)\b",
                   re.IGNORECASE)),
    ("contacts", regex(r"通讯录|\b(?:contacts|phonebook|contact list)\b", re.IGNORECASE)),
    ("sent", regex(r"寄|快递|包裹|\b(?:parcel|package|send (?:me|us|my \w+|them) (?:something|stuff|things|a parcel|a package))\b", re.IGNORECASE)),
    ("home", regex(r"上门|来我家|去我家|到我家|派人|找上门|堵我|\b(?:(?:come|go|send \w+|show up) (?:to|at) my (?:house|home|door|flat|place)|send (?:people|someone|guys|men))\b",
                   re.IGNORECASE)),
)
# ...said of collectors, "they", or asked as "will/can they" / 会不会: an act of theirs (not "我想去公司").
_THEIRS = regex(r"催收|他们|对方|会不会|会|能不能|可能|说要|威胁|\b(?:they|theyll|collectors?|agents?|the app|jiebei)\b", re.IGNORECASE)
# ...doing something to or at that place or person (not "会影响工作吗", a teacher's own job)...
_DOING = regex(r"打|联系|去|来|到|找|发|寄|贴|挂|通知|告诉|爆|上门|派|闹|曝光|公开|送"
               r"|\b(?:call\w*|contact\w*|tell|inform|message|text|go|come|visit|send|mail|post\w*|expose|show up|turn up|share|put)\b",
               re.IGNORECASE)
# ...and not the writer's own doing ("我会去学校接孩子", "I will go to the office").
_MINE = regex(r"我(?:会|要|想|得|能|去|来|明天|今天|也)|\b(?:i|ill|i will|im going to|i have to|can i|should i)\s+(?:go|come|call|visit|send|post|tell)\b",
              re.IGNORECASE)
KEYS = tuple(key for key, _ in _ACTS)

# The statement each act is read as, once it is said to have happened.
_TOLD = {
    "parcel": ("催收已经给我家里寄了纸钱花圈", "the collectors already sent joss paper and a wreath to my house"),
    "school": ("催收已经去了我孩子的学校", "the collectors already went to my child's school"),
    "work": ("催收已经打电话到我单位找我领导了", "the collectors already called my boss at work"),
    "post": ("催收已经把我欠钱的事发到朋友圈和群里了", "the collectors already posted my photo and debt online"),
    "contacts": ("催收已经把我的通讯录爆了", "the collectors already called everyone in my contacts"),
    "sent": ("催收已经给我家里寄了东西", "the collectors already sent something to my house"),
    "home": ("催收已经派人上门了", "the collectors already sent people to my house"),
}

# A turn saying it happened: a done verb (打了, 来过了, 寄到了; called, came, sent, posted) or already/yesterday with one.
_DONE_ZH = regex(r"(?:打|来|去|发|寄|联系|通知|找|爆|上门|到|贴|挂|送|说)(?:了|过了|过|到了)|已经|早就|果然|真的(?:去|来|打|发|寄)")
_DONE_EN = regex(r"\b(?:already|they (?:did|have)|did (?:it|that|so)|(?:called|came|went|sent|posted|texted|messaged|contacted|told|"
                 r"showed up|visited|dropped|delivered|put|shared|arrived|rang))\b", re.IGNORECASE)
# ...never a question, a denial or a hope it will not.
_NOT_DONE = regex(r"[?？吗么]|会不会|没有|还没|没(?:打|来|去|发|寄|联系)|不会|别|希望|如果|要是|万一|的话|假如|就算|即使"
                  r"|\b(?:not|never|nope|didnt|haven'?t|hasnt|havent|no|if|hope|will|would|can|could)\b", re.IGNORECASE)
MAX_DONE = 60  # characters: a longer turn is a story of its own, read as itself


def asked_act(text: str) -> str:
    """The collector act a turn asks about or tells as threatened (a key of KEYS), or "" for none."""
    text = simplified(text)  # 他們會去我女兒學校嗎
    if not _THEIRS.search(text) or not _DOING.search(text) or _MINE.search(text):
        return ""
    return next((key for key, pattern in _ACTS if pattern.search(text)), "")


def done_told(text: str) -> bool:
    """Whether a short turn only says something happened ("已经打了", "they sent it yesterday")."""
    text = simplified(text).strip()
    return 0 < len(text) <= MAX_DONE and bool(_DONE_ZH.search(text) or _DONE_EN.search(text)) and not _NOT_DONE.search(text)


def told_statement(act: str, text: str, lang: str) -> str:
    """The act told done, then the turn itself: one message the engine reads as the borrower's telling."""
    zh, en = _TOLD[act]
    return f"{zh}，{text}" if lang == "zh" else f"{en}. {text}"


__all__ = ["KEYS", "MAX_DONE", "asked_act", "done_told", "told_statement"]
