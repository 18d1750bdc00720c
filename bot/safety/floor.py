"""The floor under a decline or a goodbye (net220, docs/safety.md Round 114): no reply that says "I can't help with that
one here", "take care" or "you're welcome" is sent to someone who, in the same message, speaks of their own state
together with the debt or a dark object or place, or who typed a crisis as fragments.

Readings, all structural (what the sentence does), read where the reply would be a decline, a goodbye or thanks and
holds no crisis reply (the third under any other answer):

- **Likened to the writer.** A thing running out (a phone at 2%, a dying battery, a burnt-down candle, an empty tank)
  or a dark object or place (a knife, pills, rope, a roof, a bridge, a river) named, and the writer saying it of
  themselves: "so am I", "me too", "same as me", "跟我一样", "我也是", "我也见底了". A thing running out said of
  oneself is the oldest metaphor of a life ending; with nothing asked about a loan it is read as one (the crisis
  reply). Set beside a question ("phone at 2%, can you be quick") it is no likeness at all.
- **A means kept beside the debt** (mend228, Round 114b). A means (a knife, a blade, pills, rope, poison) as a whole
  noun (never inside a compound: 砍一刀, 剪刀, 刀郎, 充电绳, 红绳, 农药厂) named with the bill, the debt, the loan or its
  collectors gives the crisis reply only when the writer keeps, holds or has used it, looks at it, broods on it or
  names it the way out ("The knife's under my bed. Every time I see the bill I think about it.", 刀放在枕头下) and asks
  nothing; named only, or with a question, the check-in line. A high or deep place beside the debt (a roof, a bridge,
  a river) earns the check-in line only ("我在江边钓了一下午鱼…想起借呗今天要还", blind26's benign row). The object or
  place as the thing of a trade, a game, a show, a class, a sale or a chore in its own clause ("sharpening knives is my
  job", 楼顶晒被子, "rope swing") reads nothing, and as a cure (a doctor's pills, a cold) nothing unless brooded on;
  neither unless the writer likens themselves to it.
- **Under a loan answer** (Round 114b): the check-in line, never the crisis reply, when the writer is leaving or soon
  past worrying in their own voice ("我想走了", "快不用操心了", "won't matter soon") or keeps a means, beside the debt.
- **A crisis cut into fragments.** "can't. do this. anymore. bye", 「不想. 再. 醒来」: a message of three or more
  short pieces cut by full stops (each at most three words or four characters, one a single word or character) is
  also read joined into one sentence, and the graver reading (the crisis reply) is taken. Guards: pieces that are each
  a question ("利息? 期限? 上征信吗?") are a list, never joined; the joined reading counts only when the engine's whole
  reading of it leads with the crisis reply.
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

# A dark object (a means) as a whole noun, never inside a compound: 刀 not in 砍一刀, 剪刀, 飞刀, 卖刀, 刀郎, 刀具, 刀削面;
# 绳 not in 跳绳, 红绳, 充电绳, 绳梯; 农药 not in 农药厂 or 农药店. A Chinese noun stands alone when nothing Han comes before
# it or a measure word, a determiner or a verb of having does (一把刀, 那根绳子, 有刀, 拿着刀).
_ZH_NOUN = r"(?:(?<![\u3400-\u9fff])|(?<=[把根条瓶包盒这那的有拿握着了用买]))"
_MEANS_EN = r"\b(?:knife|knifes|knives|blade|blades|razor|razors|pills|sleeping pills|rope|ropes|noose|gun|guns|poison)\b"
_OBJECT = (_ZH_NOUN + r"(?:刀[子片]?(?![郎具削鱼法工叉])|绳子?(?![梯索结]))|安眠药|农药(?![厂店站行销])|老鼠药|百草枯|药\S{0,2}(?:攒|囤|够)"
           r"|攒\S{0,4}药|" + _MEANS_EN)
_PLACE = (r"天台|楼顶|顶楼|(?<![\u3400-\u9fff])桥(?![牌梁])|[大天]桥|桥[上边下]|[江河湖海]边|铁轨|窗台"
          r"|\b(?:bridge|bridges|roof|rooftop|ledge|balcony|tracks|river|overpass|cliff)\b")
_DARK_OBJECT, _DARK_PLACE = regex(_OBJECT), regex(_PLACE)
# The object or place as the thing of a trade, a game, a show, a class, a sale or a chore (read in its own clause): it is
# everyday. Said of a means: "sharpening knives is my job", 农药店打工, "rope climbing class"; of a place: 楼顶晒被子.
_EVERYDAY = (r"卖|店|厂|摊|上班|打工|工作|演唱会|俱乐部|比赛|游戏|课|培训|表演|展|玩(?!完)|晒|晾|打扫|装修|做饭|切菜|厨房|水果|钓|散步|跑步"
             r"|刮胡子|漏水|过桥|堵车|\b(?:job|work\w*|shop\w*|stores?|stall|sell\w*|sale|factory|business|show|class|lessons?"
             r"|course|club|concert|game|match|hobby|gym|sharpen\w*|camping|tent|swing|jump(?:ing)?(?= ropes?)|skipping(?= ropes?)|kitchen|shav\w*"
             r"|cook\w*|vegetables?|fruit|fishing|traffic|(?:for|on) a walk|walk\w* (?:the|my) dog|walk\w* along|jog\w*|leak\w*"
             r"|laundry|washing|repair\w*)\b")
# ...or of a cure (a doctor's pills, medicine for a cold): everyday unless the writer broods on it or names it the way out.
_CURE = (r"医生|医院|处方|感冒|发烧|维生素|头疼|头痛|止痛|过敏|\b(?:doctor|prescri\w*|(?:a|my|the) cold|cold medicine|flu|fever"
         r"|vitamins?|headaches?|painkillers?|allerg\w*|vet|dog|cat)\b")
_TRADE, _CURED = regex(_EVERYDAY), regex(_CURE)
# (regex(), here and below: built from stored code at first use, not compiled at every start: PERF_LOG part 48)
_PUNCT = regex(r"[,.;:!?，。；：！？、\n]")
_REACH = 32  # how far around the object or place its clause is read (characters either side)


def _around(text: str, words: re.Pattern[str]) -> bool:
    """Whether WORDS stand in the clause around a dark object or place (cut at punctuation, at most _REACH characters)."""
    for found in (*_DARK_OBJECT.finditer(text), *_DARK_PLACE.finditer(text)):
        before, after = text[max(0, found.start() - _REACH):found.start()], text[found.end():found.end() + _REACH]
        clause = _PUNCT.split(before)[-1] + found.group() + _PUNCT.split(after)[0]
        if words.search(clause) is not None:
            return True
    return False


# The writer keeps it, holds it, has used it, looks at it, broods on it, or names it the way out: only then is a means beside the debt
# read as the crisis reply (else the check-in line at most).
_BROODS = regex(
    r"看着|盯着|想起|想着|想到|每次|每天|天天|一直|摸着|解脱|一了百了|只能|唯一|出路|办法|用它|结束|完了|了结|再见|永别"
    r"|\b(?:star\w* at|look\w* at|think\w* (?:about|of)|thought (?:about|of)|every (?:time|day|night)|way out|only (?:way|option)"
    r"|end (?:it|this)|answer|solution|goodbye|bye|farewell)\b")
_KEEPS = regex(
    r"放在|藏|就在|在\S{0,5}[里下边上旁]|床|枕|抽屉|口袋|兜|包里|手里|手上|身上|握|拿着|攥|备好|准备|挂好|买好|磨好|攒|囤"
    r"|吞了|吃了|喝了|试过|洗胃|\b(?:took|taken|swallow\w*|overdos\w*|stomach pumped|tried)\b"  # ...or has used it
    r"|" + _MEANS_EN + r"[^,.;:!?]{0,20}\b(?:(?:in|under|inside|beside|behind|next to|by|on) (?:my|the|a)|ready|saved up)\b"
    r"|\b(?:my|keep\w*|kept|hold\w*|hid\w*|saved|saving|got|have)(?: (?:a|the|my|some|that|this))?(?: \w+)? " + _MEANS_EN)

# The writer saying it of themselves: likened ("so am I", "跟我一样") or the writer's own state said beside it. The
# likening ends at punctuation, at the message's end, or before a goodbye or thanks ("跟我一样 再见", "so am i thanks bye").
_END = (r"(?=\W*$|\s*[.,;:!?…，。；！？、]|\s*(?:再见|拜拜|谢谢|\bbye\b|\bgoodbye\b|\bthanks\b|\bthank you\b|\bthx\b)"
        r"|\s+(?:honestly|tbh|lol|really|though|just|haha|too|as well)\b)")
_LIKENED = regex(
    r"(?:我也(?:是|一样)的?|(?:跟|和|像|同)我一样|就像我|\b(?:so am i|me too|same (?:as|for|with) me|same here|just like me|like me"
    r"|im too|i am too|i am also|im also|so do i|i feel the same|me either|so is my life|my life too))(?:啊|吧|呀|了)?" + _END
    + r"|我也(?:差不多|快|要|见底|到头|撑不|不行|没|完)|\b(?:nothing left in me|me next|ready to go with it|(?:im|i am) (?:dying|fading|going) too)\b")

# The debt, the bill, the loan or its collectors.
_DEBT = regex(r"借呗|花呗|欠款|欠债|欠了|欠的钱|账单|还款|逾期|催收|贷款|网贷|债|\b(bills?|debts?|loans?|owe|overdue|jiebei|huabei"
              r"|collectors?|repayments?|due|late|payments?|interest)\b")

# The writer leaving, finished, or soon past worrying, in their own voice ("想走了", "快不用操心了", "won't matter soon"):
# beside the debt under a loan answer, the check-in line.
_LEAVING = regex(
    r"我?(?:想|要|快|准备)走了|(?:快|很快|马上|就快)(?:就)?不用(?:再)?(?:操心|担心|烦|管)|(?:很快|快)就?(?:无所谓|不重要)了"
    r"|\b(?:wont|will not|wouldnt) (?:matter|be around|be here|have to worry)(?: \w+)? (?:soon|much longer|for long|anymore)"
    r"|\b(?:soon|shortly) (?:it|none of this|nothing) (?:wont|will not) matter|\b(?:im|i am) (?:leaving|going away|gone) for good\b")

# Words one of which stands in any message _LEAVING or _DARK_OBJECT can find (a plain check before either is built).
_LOAN_HINTS = ("走了", "不用", "无所谓", "不重要", "matter", "around", "be here", "worry", "for good", "刀", "绳", "药", "百草枯",
               "knife", "knives", "blade", "razor", "pills", "rope", "noose", "gun", "poison")

# A question asked, in either language.
_ASKED = regex(r"[?？]|吗|呢|怎么|如何|能不能|可不可以|是否|多少|几号|几点|为什么|什么时候|哪(里|个|儿)"
               r"|\b(how|what|when|where|why|which|can (i|you|they|we)|could (i|you)|will (they|it|i|that|this|jiebei)"
               r"|do (i|they|you)|does (it|this|that)|should i|is (it|that|this) (legal|ok|true|normal)|are they)\b")


def _read(message: str) -> str:
    """The message as the floor reads it: simplified Chinese, lower case, apostrophes dropped (bot.text)."""
    return simplified_words(message)


def floor_reading(message: str) -> str | None:
    """"likened" or "kept" (the crisis reply: the writer likened to a thing running out or dark; a means the writer keeps
    or broods on beside the debt), "weak" (the check-in line) or None: see the module doc."""
    text = _read(message)
    likened = _LIKENED.search(text) is not None
    if not likened and (_around(text, _TRADE) or (_around(text, _CURED) and _BROODS.search(text) is None)):
        return None  # the object or place is the thing of a trade, a game, a chore, a cure
    asked = _ASKED.search(text) is not None
    obj, place = _DARK_OBJECT.search(text) is not None, _DARK_PLACE.search(text) is not None
    if likened and (obj or place or _RUNNING_OUT.search(text) is not None):
        return "weak" if asked else "likened"
    if (obj or place) and _DEBT.search(text) is not None:
        kept = obj and (_KEEPS.search(text) is not None or _BROODS.search(text) is not None)
        return "kept" if kept and not asked else "weak"
    return None


def loan_reading(message: str) -> bool:
    """Under a loan answer: the writer leaving or soon past worrying, or keeping a means, beside the debt (the
    check-in line, never the crisis reply)."""
    text = _read(message)
    if not any(hint in text for hint in _LOAN_HINTS):
        return False  # (most loan questions: no pattern is built or run for them; stdio memory margin)
    leaving = _LEAVING.search(text) is not None
    if not leaving and _DARK_OBJECT.search(text) is None or _DEBT.search(text) is None or _around(text, _TRADE):
        return False
    return leaving or (_KEEPS.search(text) is not None and not _around(text, _CURED))

# Fragments: pieces cut by full stops, ellipses, exclamation marks or line breaks. Never commas: "嗯，我想好了，谢谢，再见"
# is ordinary Chinese clauses (a session reads its farewell in context, bot.closing_after), and never spaces alone:
# "can't do this anymore" is one sentence already.
_CUT = regex(r"\s*[.。!！…\n]+\s*")
_HAN = regex(r"[\u3400-\u9fff]")
_WORDS = regex(r"[a-z0-9']+")
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
    if not route.topics or CRISIS in route.topics:
        return route
    if route.topics[0] not in LEAVES:
        return route if route.check_in or not loan_reading(message) else replace(route, check_in=True)
    reading = floor_reading(message)
    if reading in ("likened", "kept"):
        return Route((CRISIS,), route.prediction, f"floor_{reading}")  # floor_likened, floor_kept
    if reading == "weak" and not route.check_in:
        return replace(route, check_in=True)
    return route


__all__ = ["floor_reading", "floored", "fragments", "joined", "loan_reading"]
