"""The floor under a decline or a goodbye (net220, docs/safety.md Round 114): no reply that says "I can't help with that
one here", "take care" or "you're welcome" is sent to someone who, in the same message, speaks of their own state
together with the debt or a dark object or place, or who typed a crisis as fragments.

Two readings, both structural (what the sentence does), read only where the reply would be a decline, a goodbye or
thanks and holds no crisis reply:

- **Likened to the writer.** A thing running out (a phone at 2%, a dying battery, a burnt-down candle, an empty tank)
  or a dark object or place (a knife, pills, rope, a roof, a bridge, a river) named, and the writer saying it of
  themselves: "so am I", "me too", "same as me", "跟我一样", "我也是", "我也见底了". A thing running out said of
  oneself is the oldest metaphor of a life ending; with nothing asked about a loan it is read as one (the crisis
  reply). Set beside a question ("phone at 2%, can you be quick") it is no likeness at all.
- **A dark object beside the debt.** A means (a knife, a blade, pills, rope, poison) named in the same message as the
  bill, the debt, the loan or its collectors ("The knife's under my bed. Every time I see the bill I think about it."):
  with no question asked, the crisis reply; with a question asked ("rope in the shed, can I pay the debt later?"), the
  check-in line after the decline. A high or deep place beside the debt (a roof, a bridge, a river) earns the check-in
  line only: places are where everyday life happens too ("我在江边钓了一下午鱼…想起借呗今天要还", blind26's benign row,
  had the crisis reply from a first version). An everyday use of the same words (a clothes line, a rope swing, a
  leaking roof, cooking, medicine for a cold, fishing, a traffic jam, a walk) reads nothing unless the writer likens
  themselves to it.
- **A crisis cut into fragments.** "can't. do this. anymore. bye", 「不想. 再. 醒来」: a message of three or more
  short pieces cut by full stops (each at most three words or four characters, one a single word or character) is
  also read joined into one sentence, and the graver reading (the crisis reply) is taken. Guards: pieces that are each a question ("利息? 期限? 上征信吗?") are a list,
  never joined; the joined reading counts only when the engine's whole reading of it leads with the crisis reply.
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import regex
from ..records import replace
from ..routing_rules import Route
from ..text import simplified_words

CRISIS = "crisis"
# The replies the floor reads under: a decline, a goodbye, thanks (all say nothing of the person).
LEAVES = frozenset({"out_of_scope", "goodbye", "thanks"})

# A thing running out, or at its end (read on simplified, lower-case text, apostrophes dropped).
_RUNNING_OUT = regex(
    r"(手机|电池|电量)\S{0,6}(没电|快没|剩|不多|见底|耗尽|用完|[0-9]+\s?%)|没电了|快没电|油箱\S{0,4}(空|见底|没油)|没油了"
    r"|(蜡烛|灯|火)\S{0,4}(烧完|燃尽|快灭|灭了|熄)|油尽灯枯|沙漏"
    r"|\b(battery|batterys|phone|phones|charge|laptop)\b.{0,20}\b(dying|dead|low|[0-9]+ ?%|almost (dead|gone|out)|running out|at [0-9]+)"
    r"|\b(im|i am|me|were|we are) (at|on) [0-9]+ ?%|\b(running|run) on empty\b|\bon empty\b|\bout of (gas|fuel|battery|juice)\b"
    r"|\b(candles?|lamps?|lights?|fire)\b.{0,20}\b(burn\w* (down|out)|almost (gone|out)|going out|flickering|fading)")

# A dark object (a means) and a dark place (somewhere high or deep): an object kept beside the debt is read as the crisis
# reply, a place beside it only as the check-in line (a place is where everyday life happens too: fishing by the river,
# a traffic jam on the bridge).
_DARK_OBJECT = regex(
    r"刀片?|安眠药|农药|老鼠药|百草枯|绳子?|药\S{0,2}(攒|囤|够)|攒\S{0,4}药"
    r"|\b(knife|knifes|knives|blade|blades|razor|razors|pills|sleeping pills|rope|ropes|noose|gun|poison)\b")
_DARK_PLACE = regex(r"天台|楼顶|顶楼|桥(上|边|下)?|(江|河|湖|海)边|铁轨|窗台|\b(bridge|bridges|roof|rooftop|ledge|balcony|tracks|river"
                    r"|overpass|cliff)\b")
# ...not a clothes line, a rope swing, a leaking roof, a bridge crossed to work, cooking or medicine for a cold (everyday
# uses of the same words)
_DARK_EVERYDAY = regex(r"晾衣|跳绳|漏水|过桥|切菜|做饭|水果|厨房|感冒|医生|钓|堵车|散步|跑步|刮胡子|\brope swing|\bjump rope|\broof (is )?leak"
                       r"|\bleak\w* roof|\bcross\w* the bridge|\bkitchen|\bshav\w*|\bcook\w*|\bvegetables?|\bfruit|\b(cold|flu|vitamins?)\b"
                       r"|\bdoctor|\bprescri\w*|\bfishing|\btraffic|\bwalk\w*|\bjog\w*")

# The writer saying it of themselves: likened ("so am I", "跟我一样") or the writer's own state said beside it.
_END = r"(?=\W*$|\s*[.,;:!?…，。；！？、]|\s+(?:honestly|tbh|lol|really|though|just|haha|too|as well)\b)"
_LIKENED = regex(
    r"(?:我也(?:是|一样)的?|(?:跟|和|像|同)我一样|就像我|\b(?:so am i|me too|same (?:as|for|with) me|same here|just like me|like me"
    r"|im too|i am too|i am also|im also|so do i|i feel the same|me either|so is my life|my life too))(?:啊|吧|呀|了)?" + _END
    + r"|我也(?:差不多|快|要|见底|到头|撑不|不行|没|完)|\b(?:nothing left in me|me next|ready to go with it|(?:im|i am) (?:dying|fading|going) too)\b")

# The debt, the bill, the loan or its collectors.
_DEBT = regex(r"借呗|花呗|欠款|欠债|欠了|账单|还款|逾期|催收|贷款|网贷|债|\b(bills?|debts?|loans?|owe|overdue|jiebei|huabei|collectors?"
              r"|repayments?|due|late|payments?|interest)\b")

# A question asked, in either language.
_ASKED = regex(r"[?？]|吗|呢|怎么|如何|能不能|可不可以|是否|多少|几号|几点|为什么|什么时候|哪(里|个|儿)"
               r"|\b(how|what|when|where|why|which|can (i|you|they|we)|could (i|you)|will (they|it|i|that|this|jiebei)"
               r"|do (i|they|you)|does (it|this|that)|should i|is (it|that|this) (legal|ok|true|normal)|are they)\b")


def _read(message: str) -> str:
    return simplified_words(message)


def floor_reading(message: str) -> str | None:
    """"strong" (the crisis reply), "weak" (the check-in line) or None: see the module doc."""
    text = _read(message)
    if _DARK_EVERYDAY.search(text) is not None and _LIKENED.search(text) is None:
        return None
    asked = _ASKED.search(text) is not None
    obj, place = _DARK_OBJECT.search(text) is not None, _DARK_PLACE.search(text) is not None
    if _LIKENED.search(text) is not None and (obj or place or _RUNNING_OUT.search(text) is not None):
        return "weak" if asked else "strong"
    if (obj or place) and _DEBT.search(text) is not None:
        return "strong" if obj and not asked else "weak"
    return None

# Fragments: pieces cut by full stops, ellipses, exclamation marks or line breaks. Never commas: "嗯，我想好了，谢谢，再见"
# is ordinary Chinese clauses (a session reads its farewell in context, bot.closing_after), and never spaces alone:
# "can't do this anymore" is one sentence already.
_CUT = re.compile(r"\s*[.。!！…\n]+\s*")
_HAN = re.compile(r"[\u3400-\u9fff]")
_WORDS = re.compile(r"[a-z0-9']+")
MIN_PIECES = 3


def fragments(message: str) -> list[str] | None:
    """The message's pieces when it is typed as three or more short fragments (each at most three words or four
    characters, one of them a single word or character: a sentence broken, not short sentences), not a list of
    questions; else None."""
    text = message.strip().lower()
    pieces = [p for p in _CUT.split(text) if p.strip()]
    if len(pieces) < MIN_PIECES:
        return None
    if sum(p.rstrip().endswith(("?", "？")) for p in pieces) >= 2:
        return None  # a list of short questions is a list, never one sentence
    broken = False
    for piece in pieces:
        han, words = len(_HAN.findall(piece)), len(_WORDS.findall(piece))
        if han > 4 or words > 3 or (han and words > 1):
            return None
        broken = broken or (han == 1 and not words) or (words == 1 and not han)
    return pieces if broken else None


def joined(pieces: list[str]) -> str:
    """The pieces read as one sentence: Chinese run together, other words with a space."""
    out = pieces[0]
    for piece in pieces[1:]:
        out += ("" if _HAN.search(out[-1:]) and _HAN.search(piece[:1]) else " ") + piece
    return out


def floored(route: Route, message: str, route_of: Callable[[str], Route]) -> Route:
    """Engine.route's floor: the fragments' joined reading when it is the crisis reply, then the likened or dark
    reading under a decline, a goodbye or thanks (see the module doc)."""
    if route.topics[:1] == (CRISIS,):
        return route
    pieces = fragments(message)
    if pieces is not None:
        whole = route_of(joined(pieces))
        if whole.topics[:1] == (CRISIS,):
            return replace(whole, rule="fragments_joined")
    if not route.topics or route.topics[0] not in LEAVES or CRISIS in route.topics:
        return route
    reading = floor_reading(message)
    if reading == "strong":
        return Route((CRISIS,), route.prediction, "floor_likened")
    if reading == "weak" and not route.check_in:
        return replace(route, check_in=True)
    return route


__all__ = ["floor_reading", "floored", "fragments", "joined"]
