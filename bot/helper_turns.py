"""Whose voice a crisis reply keeps after the one spoken to someone helping a relative at risk, and what a take-back
gets after an abuse reply (fix71, issue 12; user70 items 2 and 6).

After the helper's crisis reply ("我爸借呗逾期了 他说不想活了"), mend66 gave the helper's reply only to turns on an
allow-list (thanks, ok, going to the person) and the WRITER's whole reply to every other turn, so that a helper who
speaks of their own end in words no list holds is never given the relative's reply. That default also gave the
writer's reply ("把手边可能伤害自己的东西交给别人") to 18 of 20 ordinary follow-ups about the relative ("他现在睡了",
"he said he was joking"). The rule now reads the turn's own voice:

- the WRITER's reply where the writer says it was them all along ("其实是我", "actually it's me": ``reveals_self``),
  speaks of an end or a distress of their own (mend66's list, kept), or says anything in the first person that is
  not a helper's act toward the relative: a first-person clause with no relative in it ("我不知道怎么办", "我在天台"),
  or with a risk word in it ("我把他的药吃了", "我陪他一起"). Any doubt stays the writer's, as mend66 wanted;
- the HELPER's reply only where the turn continues it (thanks, ok, a number, going to the person: conv53, safe58);
  every other turn is read on its own (bot.safety.someone_at_risk), as mend66 had it. (fix71's default of the
  helper's reply for turns that speak of the relative was removed after review90: writers at risk who agree or
  compare — "同感", "and honestly same" — were given the relative's reply.)

A turn with a crisis reading of its own is not decided here: bot.safety.someone_at_risk reads it (bot.session).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .after_crisis_lists import helper_short, speaks_of_own_end
from .patterns import regex
from .records import replace
from .routing_rules import SAFETY_FIRST, Route
from .safety import ABUSE, CRISIS
from .text import simplified_words

# The writer says the relative was them all along: "其实是我", "其实说的是我自己", "其實講緊我自己", "那个朋友就是我",
# "不是我爸 是我", "actually it's me", "the truth is its me", "i was talking about myself", "there is no friend".
# (是我 followed by a relative, 的 or a verb is another matter: "是我爸", "是我的错", "是我借的".)
_REVEAL_ZH = regex(r"(?:其实|其實|实际上|老实说|说实话|講真|讲真|坦白讲|坦白说|骗你的|骗你|呃|唉)\W*(?:就)?(?:是|係|系|讲紧|講緊|说的是|指的是|讲的是|就是|就係)\W*(?:我自己|我本人|我)(?![爸妈哥姐弟妹老儿女家朋同们的])"
                   r"|就是我自己|(?:朋友|同事|同学|那个人|那个朋友|这个人|他|她|佢)\W*(?:就是|就係|其实是|其實係|其实就是)\W*(?:我自己|我本人|我)(?![爸妈哥姐弟妹老儿女家朋同们的])"
                   r"|不是(?:我的?)?(?:爸|妈|哥|姐|弟|妹|老公|老婆|朋友|同事|他|她)\S{0,4}\W*(?:是|係)\W*(?:我自己|我)(?![爸妈哥姐弟妹老儿女家朋同们的])"
                   r"|(?:就是|就係|其实是|其實係|其实就是|实际上是|其实係)\W*(?:我自己|我本人|我)(?=$|\s|[^\w]|啦|啊|呀|了|嘅|咯|嚟|来的)"
                   r"|(?:说|讲|講|說)(?:的|紧|緊)(?:是|係)?\W*(?:我自己|我本人)"
                   r"|(?:是|係)我自己(?:想|要|不想|唔想|想死|想走)")
_REVEAL_EN = regex(r"\b(?:it|its|it is|it was|thats|that is|that was)\s+(?:actually |really |just |all |in fact )*(?:me|myself)\b(?! again)"
                   r"|\b(?:talking|talk|talked|was talking|asking|asked) (?:about|for) (?:me|myself)\b"
                   r"|\bthere (?:is|was|s) no (?:friend|brother|sister|dad|mum|mom|cousin|colleague|husband|wife|one else)\b"
                   r"|\b(?:not|isnt|wasnt|its not|it s not) (?:my|a|about my) (?:friend|brother|sister|dad|father|mum|mom|mother|cousin|colleague|husband|wife|son|daughter)\b.{0,20}\b(?:me|myself)\b"
                   r"|\b(?:friend|brother|sister|dad|mum|mom|cousin|colleague|person) (?:is|was) (?:actually |really |just )?(?:me|myself)\b"
                   r"|\b(?:i am|im|i m) the one (?:who|that)\b")


def reveals_self(said: str) -> bool:
    """Whether a turn says the relative at risk spoken of before was the writer ("其实是我", "actually it's me")."""
    folded = simplified_words(said)
    return bool(_REVEAL_ZH.search(folded) or _REVEAL_EN.search(folded))


# The writer as a person: 我 (not 我妈, 我的, 我们家: the writer's relative or things), I/me/myself, we/us.
_FIRST = regex(r"我(?![爸妈哥姐弟妹老儿女家朋同们的舅叔姑姨爷奶外公婆细阿])|俺|本人|\b(?:i|im|ive|id|ill|me|myself|we|us)\b")
# The relative: a third person or a kin or friend word ("他", "佢", "我爸", "him", "my mum").
_THEM = regex(r"他|她|佢|爸|妈|媽|老公|老婆|老豆|老窦|阿妈|哥|姐|弟|妹|儿子|兒子|女儿|女兒|仔|囡|爷|奶|婆|公公|舅|叔|姑|姨|朋友|同事|家人|家里人"
              r"|\b(?:he|she|him|her|hes|shes|they|them|his|their|dad|father|mum|mom|mother|husband|wife|son|daughter|brother|sister"
              r"|friend|cousin|uncle|aunt|grandma|grandpa|boyfriend|girlfriend|partner|gf|bf)\b")
# Any word of means, harm, an end, a place of danger, despair or togetherness: in a first-person clause, or in a clause
# that names no one (Chinese drops the 我: "今晚想吃药", "反正也没人在乎"), the writer's reply (broad on purpose: a false
# hit gives the writer's reply, the side mend66 chose).
_RISK = regex(r"死|药|藥|刀|绳|跳|楼|樓|桥|橋|河|江|海|割|血|吞|喝了|吃了|烧炭|煤气|农药|安眠|自杀|轻生|结束|了断|解脱|走了|离开|消失|一起|陪葬|撑|累|攰"
              r"|顶唔顺|受不了|活|没意思|没意义|绝望|崩溃|没人|冇人|在乎|最后|今晚|准备好|轮到|不想"
              r"|\b(?:die|dead|death|kill|pills?|knife|blade|rope|jump|bridge|roof|overdos\w*|end|ending|gone|leave|leaving|together|join"
              r"|too|tired|exhausted|cant|can t|hopeless|pointless|live|living|alive|myself|suicid\w*|hurt|harm|cut|nobody|no one|miss"
              r"|care|last|tonight|ready|done|anymore|my turn)\b")
_CLAUSE = re.compile(r"[，,。.!！?？;；:：、\n]+|\s+(?:but|and|so|then|though)\s+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|但是|不过|可是|然后")


def _clauses(folded: str) -> list[str]:
    return [clause.strip() for clause in _CLAUSE.split(folded) if clause.strip()]


def _first_person_risk(folded: str) -> bool:
    """Whether a turn (folded) has a clause of the writer's own: a first-person clause that is not a helper's act
    toward the relative (nothing but a helper's words, bot.after_crisis_lists.helper_short; or the writer and the
    relative with no risk word), or a risk word in a clause that names no one (see _RISK)."""
    for clause in _clauses(folded):
        if helper_short(clause):
            continue
        first, them, risk = _FIRST.search(clause), _THEM.search(clause), _RISK.search(clause)
        if (first and (not them or risk)) or (risk and not them):
            return True
    return False


def _unnamed_risk(folded: str) -> bool:
    """Whether a turn (folded) has a risk word in a clause that names no relative ("他睡了 今晚想吃药", "he's fine. i'm
    done"): in a turn with a crisis reading of its own after the helper's reply, the writer's (subject-dropped or first
    person); a clause naming the relative ("他又说想死", "我好担心他会自杀") is left to bot.safety.someone_at_risk."""
    return any(_RISK.search(clause) and not _THEM.search(clause) for clause in _clauses(folded))


def turn_voice(said: str, route: Route, last_topics: Sequence[str], *, helper: bool, kept: bool) -> bool | None:
    """The voice a crisis reply for this turn speaks in: True (the helper's), False (the writer's), None (the turn's
    own reading decides, bot.safety.someone_at_risk). ``helper``: the last crisis reply spoke to a helper; ``kept``: the
    turn only continues it (an ok, thanks, going to the person; bot.continuity.helper_continues)."""
    if not helper or CRISIS not in last_topics:
        return None
    folded = simplified_words(said)
    if route.rule != "context":
        # a crisis reading of the turn's own: the writer's where it says it was them or names no relative beside a
        # risk word ("他睡了 今晚想吃药"); else whose is the turn's own reading (a relative's new words: the helper's)
        return False if CRISIS in route.topics and (reveals_self(said) or _unnamed_risk(folded)) else None
    if reveals_self(said) or speaks_of_own_end(folded):
        return False  # "其实是我", "谢谢 我也好累": the writer's reply (mend66)
    if kept:
        return True  # thanks, ok, "我该怎么办", going to the person (conv53, safe58: as before)
    if _first_person_risk(folded):
        return False  # "我在天台", "反正也没人在乎": a clause of the writer's own (mend66's default kept)
    # Anything else: the turn's own reading decides, as mend66 had it. fix71 gave the helper's reply here by default;
    # review90 found 37 writers at risk given it ("同感", "and honestly same", "我比他更想", "if he goes i'm going with
    # him": agreement and comparison name no risk word), so the lead removed that default (lead, s22).
    return None


# The relative, in a short turn of no money or legal matter, right after the helper's crisis reply ("他应该没事吧", "他不接
# 我电话", "will she be ok"): the crisis reply held (it says what to do if they are in danger or can't be reached); a
# guessed loan topic ("不要用跑路或屏蔽的方式逃避债务" for 他应该没事吧) is no reading of it.
_MONEY_OR_LAW = regex(r"借呗|借唄|花呗|逾期|起诉|上门|征信|分期|延期|利息|罚息|催收|协商|还款|还钱|还清|欠|钱|贷|坐牢|判|抓|警察|法院|律师|报警|投诉|继承|遗产|保险"
                      r"|\b(?:jiebei|huabei|loan|debt|owe\w*|sue|court|visit|credit|interest|collectors?|money|pay\w*|jail|prison|police|lawyer|insurance)\b")
MAX_ABOUT_THEM = 30  # characters (or ten English words): a longer turn names a matter of its own


def _short(folded: str) -> bool:
    return len(folded) <= MAX_ABOUT_THEM or (folded.isascii() and len(folded.split()) <= 10)


def about_them_after_helper(said: str, route: Route, last_topics: Sequence[str], *, helper: bool) -> Route:
    """``route``, or the crisis reply held after the helper's crisis reply for a turn saying it was the writer all along
    (``reveals_self``, any reading but a safety one), or for a short turn about the relative (see _MONEY_OR_LAW) when
    the turn's own reading was only a guess (the classifier's) at no safety topic."""
    folded = simplified_words(said)
    if helper and CRISIS in last_topics and not set(route.topics) & set(SAFETY_FIRST) and reveals_self(said):
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)  # "其实是我": the writer's (turn_voice)
    if helper and CRISIS in last_topics and route.rule == "classifier" and not set(route.topics) & set(SAFETY_FIRST) \
            and _short(folded.strip()) and _THEM.search(folded) and not _MONEY_OR_LAW.search(folded):
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    return route


# Taking words back right after an abuse reply ("开玩笑的", "逗你的", "骗你的", "jk", "just kidding", "i was joking"): the
# threat was the collector's, so "just kidding" is ambiguous (a joke of the writer's, or the collector "only joking"?).
# The safe reply keeps the abuse line, short: if anyone threatens you, 110 (the abuse topic's ``again`` form).
_TAKE_BACK = regex(r"\W*(?:(?:哈哈+|呵呵|嘿嘿|好吧|算了|没事|冇事|lol|lmao|haha\w*|nah|nvm|ok)\W*)*"
                   r"(?:我?(?:是)?(?:开|開)(?:个|個)?玩笑(?:的|而已|啦|咋|罢了)?|(?:逗|骗|騙|呃)你(?:的|玩的|玩|嘅)?(?:啦|呢|而已)?|讲笑(?:咋|嘅|啫)?|講笑(?:咋|嘅|啫)?|说着玩(?:的)?|随便说说(?:的)?|不是真的"
                   r"|jk|j/k|(?:i was |im |i m |i am |was |only |just )*(?:joking|kidding)(?: lol| haha)?|just a joke|(?:its|it s|it was) a joke)"
                   r"(?:\W*(?:哈哈+|呵呵|嘿嘿|啦|吧|而已|lol|lmao|haha\w*))*\W*")


def takes_back(said: str, last_topics: Sequence[str]) -> bool:
    """Whether a turn right after an abuse reply (and no crisis reply) is nothing but a take-back (see _TAKE_BACK)."""
    return ABUSE in last_topics and CRISIS not in last_topics and bool(_TAKE_BACK.fullmatch(simplified_words(said)))


def held_abuse(said: str, route: Route, last_topics: Sequence[str]) -> Route:
    """``route``, or the abuse reply held (its short ``again`` form, chosen by bot.session) for a take-back."""
    if takes_back(said, last_topics):
        return replace(route, topics=(ABUSE,), rule="context", choices=(), check_in=False)
    return route


__all__ = ["about_them_after_helper", "held_abuse", "reveals_self", "takes_back", "turn_voice"]
