"""Everyday wording on the surface of a crisis (issue 12, safe46), blanked before the crisis rules read a window
(idioms.masked). Each mask covers only the words it explains, never the message: a crisis said beside it, in the
same clause or the next, is read as before.

- **Missing someone badly**: 想死 with what is missed as its object, the clause ending there ("想死你了",
  "我妈说想死我了", "想死家里的红烧肉了", "想死我家那只猫了"). Only a person, home or a thing of home may be the object,
  with no verb, negation or debt word in it: run-on voice input ("好想死家里人都不理我了", "想死家里人知道了会怎样")
  keeps its 想死; so does a window that names an end or a means (_END_NEAR: "想死家里的饭了 回不去了 今晚就吃药").
- **A past event retold**: 说起/聊起/提到/讲起/谈起 with a past time, the event made a noun ("…的事", "那次", "那段日子"):
  "跟朋友聊起以前差点跳楼的事", "提到前年吃安眠药那次". The telling is of a memory; nothing in it is done or said now.
  Not when the same words say it is back or will be done ("又", "这次", "还想", "今晚"…: _NOW).
- **English idioms**: sleeping like the dead; letters or cards written to family for a holiday or birthday (not where
  the window names an end: "…my last ones, I won't be here after").
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import KIN_ZH

# What may be missed: a person, the writer (said by someone who misses them), home and the things of home.
_MISSED_HEAD = (rf"(?:我|我的|我们|你|你的)?(?:{KIN_ZH})|你们|你|您|我们|他们|她们|他|她|我那|我们那|大家|宝贝|宝宝|亲爱的|我家|我们家|家里|家乡|老家|故乡|家|那只|那条|那个|"
                r"我的|你的|(?:我|你|他|她|妈妈|我妈|爸爸|我爸|外婆|奶奶|老婆|老公)?(?:做|煮|包|烧|炖)的")
# ...and what follows it in the noun phrase: no negation, verb of harm, debt or intensity word (run-on voice input).
_NOUN_CHAR = r"[^\s不没都也要会想在让被把给逼还欠债催死活撑熬扛真太累苦烦难穷完知说走跳吃喝割药了啦]"
MISSING_ZH = (rf"想死(?:{_MISSED_HEAD})(?:的)?{_NOUN_CHAR}{{0,14}}(?:了|啦|咯|喽)(?=$|\s|哈|呀|啊|呢|嘿|～|~)"
              r"|(?:说|讲|发消息说|打电话说|一直说)\S{0,2}想死我了")

MISSING = regex(MISSING_ZH)  # (others.py reads unmasked sentences: it blanks only these)

_PAST_ZH = (r"以前|之前|当年|那年|那时候?|那会儿?|去年|前年|小时候|年轻时|上学时|大学时|几年前|[0-9一二两三四五六七八九十几]+年前|曾经|上次|那次"
            r"|前几年|前些年|前阵子|前段时间")
_TELL_ZH = r"(?:说起|聊起|聊到|说到|提到|提起|讲起|讲到|谈起|谈到|回忆起|想起)"
_EVENT_END = r"(?:的事情?|的那件事|那件事|那次|的那次|那回|那段(?:时间|日子|经历)?|的(?:那段)?日子|的时候|的经历|的往事)"
# A retelling: the telling verb, a past time within a few characters, the event made a noun (no clause break inside).
_RETOLD_ZH = regex(rf"{_TELL_ZH}(?:了)?\S{{0,6}}?(?:{_PAST_ZH})\S{{0,18}}?{_EVENT_END}")
# Words in the retold span that make it the present ("上次没死成的事，这次…" is read in its own window).
_NOW = regex(r"又|这次|这回|再次|还想|还是想|今晚|今天|明天|马上|现在|最近|准备|打算|还要|一直想")
# ...or that the window says after it: the event back, or to be done ("…想跳楼的事，我现在又想跳了", "…没死成的事，这次一定").
_AGAIN = regex(r"又|再(?!见)|这次|这回|还(想|是想|要|在想)|也想|也要|今晚|明天|马上|准备|打算|一定要|决定")

EN_IDIOMS = r"\b(sleep|sleeps|sleeping|slept) like (the |a )?(dead|log|baby|rock)\b|\bdead to the world\b"  # (literal words: needs() reads them)
# (letters for a holiday: masked in retold() only where the window names no end, _EN_END_NEAR)
_LETTERS_EN = regex(
             r"\b(writ\w*|send\w*|sent) (\w+ ){0,2}(letters?|cards?|notes?) to (my |our |the )?(\w+ ){0,1}(family|parents|kids|mum|mom|dad|friends|relatives)"
             r" for (christmas|new year|chinese new year|cny|the holidays|hari raya|deepavali|her birthday|his birthday|their birthday|mothers day|fathers day|the festival)\b")
_EN_END_NEAR = regex(r"\b(last|final|wont be|will not be|not be here|goodbye|farewell|sorry|forgive|gone|after i|when i|never|forever|tonight"
                     r"|pills?|rope|bridge|roof|die|dead|death|end it|miss me)\b")


# A will drawn up as planning, by someone in health or early (safe46: "我爸身体好得很…想趁早立个遗嘱", "提前立好遗嘱以防万一"),
# or asked about as law (遗嘱执行, 遗嘱的效力): only the will's words, and never in a window that names an end or a means.
_WILL_PLANNED_ZH = regex(
    r"(?:趁早|提前|早点|早早|以防万一|未雨绸缪|身体(?:还|很|挺|都|好|健康)\S{0,10}?|健健康康|规划|为了避免\S{0,6}|免得\S{0,6}(?:纠纷|争|吵))\S{0,8}?"
    r"(?:立|写|做|订|拟|公证)(?:个|了|好|一份|份|下)*遗嘱"
    r"|遗嘱\S{0,2}(?:执行|继承|效力|有效|无效)")  # (not 模板, 公证, 生效: "把遗嘱模板下载下来填好了" is a preparation)
_END_NEAR = regex(r"今晚|明天|走了|解脱|最后|药|跳|对不起|再见|了结|不在了|我死|等我|告别|永别|遗书|遗言|结束|撑不|不想活|活不|烧炭|绳|刀|割|见不到|回不去")


def retold(text: str) -> str:
    """``text`` (folded) with its retellings of a past event blanked, unless the retold words say it is now; and a will
    drawn up as planning (or asked about as law) blanked, unless the window names an end or a means."""
    if "遗嘱" in text and not _END_NEAR.search(text):
        text = _WILL_PLANNED_ZH.sub(" □ ", text)
    if ("letter" in text or "card" in text or "note" in text) and not _EN_END_NEAR.search(text):
        text = _LETTERS_EN.sub(" □ ", text)
    if "想死" in text and not _END_NEAR.search(text):
        text = MISSING.sub(" □ ", text)  # (a window that names an end or a means keeps its 想死: "想死家里的饭了 今晚就吃药")
    if not any(word in text for word in ("起", "到")):
        return text
    return _RETOLD_ZH.sub(lambda told: told.group(0) if _now(told) else " □ ", text)


def _now(told: re.Match[str]) -> bool:
    """Whether the retold words, or the window after them, say the event is now or back."""
    return _NOW.search(told.group(0)) is not None or _AGAIN.search(told.string, told.end()) is not None


def retold_spans(text: str) -> list[re.Match[str]]:
    """The retellings ``retold`` would blank (for tests and reviews)."""
    return [told for told in _RETOLD_ZH.finditer(text) if not _now(told)]


__all__ = ["EN_IDIOMS", "MISSING", "MISSING_ZH", "retold", "retold_spans"]
