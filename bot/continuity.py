"""Safety kept in view across a conversation (issue 12): what a turn after a crisis or an abuse
reply gets.

A person who has just said they want to die must not get "I can't help with that" or a menu of
loan topics on the next turn ("那我该怎么办", "what should I do", "？？？"): a turn that names no
topic of its own stays with the crisis reply, and every later reply keeps the check-in line
(12356). After an abuse reply, a follow-up asking where to turn ("这能投诉吗", "那怎么办") gets the
abuse reply again (12378, 110, records); a new matter ("会起诉我吗", "今天天气怎么样") is answered
as itself. A place of danger or a means named in a short turn ("我在桥上" after a crisis reply, "I'm at the top level
of the carpark now" after a loan answer) is read in bot.continuity_places.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import followups
from .engine import CAPABILITIES
from .knowledge_types import CONVERSATION_TOPICS, OUT_OF_SCOPE
from .patterns import regex
from .records import replace
from .routing_rules import SAFETY_FIRST, Route
from .routing_vet import under_crisis  # no going_dark under a crisis reply (review77 §2)
from .questions import acknowledges_with_thanks, is_question
from .safety import ABUSE, CRISIS
from .continuity_places import DANGER_SETTING, LOAN_MATTER, MAX_INSISTING, at_danger_after_loan, danger_setting_after_crisis
from .after_crisis_lists import helper_short, names_dying, speaks_of_own_end, vague_words  # mend66
from .safety.farewell_turns import better_undercut, farewell_turn, feels_better  # safe47, conv53
from .text import simplified, simplified_words

GOODBYE = "goodbye"  # the topic that answers a goodbye
_CRISIS_NUMBERS = regex(r"(?<!\d)(?:110|120|12356)(?!\d)(?!\s*(?:天|块|元|万|千|个|期|日|号|月|年|%|days?\b|yuan\b|rmb\b|kuai\b|dollars?\b))")  # the numbers the crisis reply gives (not "逾期120天")
# Asking where to turn, right after an abuse reply: that reply answers it (12378, 110, records).
_ASKS_FOR_HELP = regex(r"投诉|举报|报警|怎么办|怎么处理|找谁|(?:该|要|能|可以)(?:怎么做|做什么|做些什么|干什么|干嘛)|点算|点做|咋整|咋办|\b(?:complain\w*|report\w*|police|what (?:can|should|do) i do)\b",
                       re.IGNORECASE)
# Asking about what was just told, right after an abuse reply: whether it is allowed, whom to call,
# whether one can act against them ("这合法吗", "他们有权这样做吗", "打哪个电话", "is that legal?",
# "who do I call?"). The abuse reply answers it; "is that legal?" once got the lawsuit answer (probe9).
_ABOUT_WHAT_THEY_DID = regex(
    r"合法|违法|犯法|有权|能这样|可以这样|这样做|告他们|起诉他们|告催收|哪个电话|什么电话|打哪|电话多少|号码多少"
    r"|(?:他|对方|他们)(?:留|给|发)的(?:号码|电话)|打回去|打过去|回拨|核实|核对|查证|辨别|分辨|证据|留证|录音|截图|真的假的|是真的吗|是假的吗|(?:这么|这样)做吗|真的会(?:发|做|这样|这么|曝光)(?!.{0,4}(?:我家|老家|单位|公司|上门|起诉|征信))|真敢|真的敢"
    r"|\b(?:is (?:that|this|it) (?:even |really |actually |even really )?(?:legal|allowed|ok|okay|real|true|fake|a scam)|verify|legit|evidence|screenshots?|record (?:the |their )?calls?|(?:would|will) they (?:really|actually) do (?:that|it|this)|do they really do (?:that|it|this)|illegal|allowed to|can they (?:do|say) (?:that|this)"
    r"|(?:call|ring) (?:the|that|this) number|number they gave|call (?:them|it) back"
    r"|(?:who|where) (?:do|can|should) i (?:call|contact|turn|go|report)|what (?:number|phone)|which (?:number|phone)|sue them)\b",
    re.IGNORECASE)


# Insisting, after crisis wording ("我是认真的", "不是开玩笑", "I mean it"): the crisis reply.
# Only words that insist on what was said (not 是真的 or 说真的, which ask or stress a loan
# question: "上征信是真的吗"), in a turn that names no loan matter of its own (review10).
_INSISTS = regex(r"认真的|不是开玩笑|没(?:有)?(?:在)?开玩笑|不是说着玩|\b(i mean it|i['’]?m serious|i am serious|not joking|not kidding)\b",
                 re.IGNORECASE)


_POLICE = regex(r"报警|报案|\bpolice\b", re.IGNORECASE)
_TO_THE_POLICE = regex(r"报警|报案|投诉|举报|\b(?:call (?:the )?police|police|report (?:them|it|him)|complain\w*)\b", re.IGNORECASE)
# Pushing help away right after crisis wording ("不用管我了", "leave me alone"): the crisis reply
# again, not a cheerful goodbye (probe12: "今晚就去江边" then "不用管我了" got "好的，照顾好自己").
_PUSHES_AWAY = regex(r"(?:不用|别|不要|甭)(?:再)?管我|别劝我|别找我|\b(?:leave me alone|dont worry about me|don['’]t worry about me|forget about me)\b",
                     re.IGNORECASE)
# ...and weaker words of giving up, which count only on the turn right after it, not in a question
# ("打客服电话没用的，还有别的办法吗" turns later asks about the loan; review12).
# (Not said of others: "怎么让他们别找我", "能不能让他们不要管我家里人" ask about collectors; review17.)
_OF_OTHERS = regex(r"(?:让|叫|要)(?:他们|她们|催收|对方)\S{0,3}(?:别|不要|不再)(?:再)?(?:找|管)我|(?:别|不要)管我(?:的)?(?:家里人|家人|爸妈)"
                   r"|\b(?:make|get|tell) (?:them|collectors?|the collectors?) (?:to )?leave me alone\b", re.IGNORECASE)
_RESIGNED = (r"随便吧|无所谓了|就这样吧|没用的|\b(?:its no use|it['’]?s no use|dont bother)\b"
             # a retraction taken back ("just kidding. or not."; probe17)
             r"|或者不是|也许不是|\bor not\b|\bmaybe not\b")
_GIVES_UP = regex(_RESIGNED + r"|(?:\bgood ?night|晚安)\W*$", re.IGNORECASE)  # ...or a goodnight at the end (probe17)
_RESIGNS = regex(_RESIGNED, re.IGNORECASE)  # (a goodnight said with "I feel better" is a goodnight: conv53)


def had_crisis(answered: Sequence[str]) -> bool:
    """Whether a conversation has had a crisis reply (every later reply keeps 12356 in view)."""
    return CRISIS in answered


def _insists_or_pushes_away(text: str, route: Route, last_topics: Sequence[str], answered: Sequence[str]) -> bool:
    """Insisting ("我是认真的") after crisis wording, or pushing help away, or leaving, right after
    the crisis reply ("不用管我了", "晚安", "ok bye"): the whole crisis reply again, not "好的，照顾好
    自己" (probe12, probe14); not in a question. (Pushing help away outright counts at any later
    turn: "别管我了行吗"; review14.) ``text`` is simplified."""
    asked = is_question(text)
    pushes_away = bool(_PUSHES_AWAY.search(text) and not _OF_OTHERS.search(text)) or (CRISIS in last_topics and not asked and bool(
        _GIVES_UP.search(text) or route.topics[0] == GOODBYE or followups.is_leaving(text)))
    return had_crisis(answered) and bool(_INSISTS.search(text) or pushes_away) and len(text) <= MAX_INSISTING \
        and not LOAN_MATTER.search(text)


_THANKS_FOR_ALL = regex(r"谢谢(?:你|你们|大家)?(?:这么久|这些年|一直以来|一直|为我做的一切|所做的一切|所有)|谢谢(?:你|你们)?陪(?:我|着我)"
                        r"|\bthank(?:s| you)(?: so much)? for (?:everything|all (?:of )?(?:this|that|you(?:'ve| have) done)|being there|staying with me|listening)\b",
                        re.IGNORECASE)
_ENOUGH = regex(r"\W*(?:好了|够了|算了|行了|就这样|结束了|\b(?:enough|done|it'?s over|that'?s it)\b)\W*", re.IGNORECASE)


def helper_speaks_of_self(said: str, last_topics: Sequence[str]) -> bool:
    """Whether a turn right after the crisis reply spoken to someone helping a relative speaks of an end or a distress
    of the writer's own (bot.after_crisis_lists): the whole crisis reply to the writer, never the helper's short form
    (mend66). ``said``: the turn as written; the caller checks that the last crisis reply spoke to a helper."""
    return CRISIS in last_topics and speaks_of_own_end(simplified_words(said))


def gentle_after_crisis(said: str, route: Route, last_topics: Sequence[str], *, helper: bool = False) -> bool:
    """Whether a short turn right after the crisis reply gets that reply's short form (the crisis topic's ``again``:
    12356, 110/120 kept) rather than the whole reply again (conv53): the writer says they feel better ("谢谢 我好多了
    再见"; a goodbye said so is no farewell of a person in danger), or, after the reply spoken to someone helping a
    relative at risk (``helper``), they thank, acknowledge or go to the person ("ok thanks bye", "谢谢 我去陪他了").
    Never a turn of its own safety reading, a loan matter or a question, and never insisting, pushing help away or
    giving up ("随便吧", "不用管我了"), nor a place of danger: those keep the whole reply. ``said``: the turn as written."""
    text = simplified(said)
    # ("thanks for everything" keeps after_safety's goodbye check: _THANKS_FOR_ALL, review32, review76)
    if CRISIS not in last_topics or set(route.topics) & set(SAFETY_FIRST) or len(text) > MAX_INSISTING \
            or LOAN_MATTER.search(text) or _ENOUGH.fullmatch(text) or _ASKS_FOR_HELP.search(text) or _THANKS_FOR_ALL.search(text):
        return False
    if _INSISTS.search(text) or _PUSHES_AWAY.search(text) or _RESIGNS.search(text) or DANGER_SETTING.search(text):
        return False
    folded = simplified_words(said)
    # (a question asked with it is answered as itself: "i'm fine now thanks. can i ask about the grace period?"; the
    # Singlish "ok can" asks nothing)
    if is_question(re.sub(r"^\W*(?:ok(?:ay)?\W+)?can\b", "", text, flags=re.IGNORECASE)):
        return False
    if helper and speaks_of_own_end(folded):
        return False  # the helper's own end or distress: the whole reply (mend66)
    return feels_better(folded) or (helper and helper_short(folded))


def _vague_take_up(text: str, route: Route) -> bool:
    """Whether a turn (simplified) is only a vague take-up ("可能吧", "也许", "不知道", "maybe", "idk", "whatever"; the
    _VAGUE allow-list), or a short statement naming dying that the classifier alone gave a topic to: right after the
    crisis reply, a guess at a loan topic from it is no reading at all (conv53). Any other short statement ("我能还一半",
    "坐牢", "lawsuit") is read as itself (mend66)."""
    if vague_words(text):
        return True  # whatever it was read as ("算了吧?" as a goodbye): vague words only, on the allow-list
    # (thanks, a greeting or a goodbye read otherwise keep their own rules: "谢谢" alone is thanked)
    return route.rule == "classifier" and route.topics[0] not in CONVERSATION_TOPICS and names_dying(text) \
        and not LOAN_MATTER.search(text) and not is_question(text)


def _short(text: str) -> bool:
    """Twelve characters, or six English words ("what should i do now"; conv53): a turn asking only where to turn."""
    return len(text) <= 12 or (text.isascii() and len(text.split()) <= 6)


def helper_continues(said: str, route: Route, last_topics: Sequence[str]) -> bool:
    """Whether a turn after the crisis reply spoken to someone helping a relative at risk only continues it, so that
    the reply keeps speaking to them (conv53): thanks, a goodbye, "好的" (``gentle_after_crisis``), or "what should I do
    now" ("谢谢 我现在该做什么"). A turn telling the writer's own danger ("我在楼顶", "我也不想活了") is no continuation."""
    text = simplified(said)
    asks = bool(_ASKS_FOR_HELP.search(text)) and _short(text) and not LOAN_MATTER.search(text) \
        and not DANGER_SETTING.search(text) and not _INSISTS.search(text) and not _PUSHES_AWAY.search(text)
    if helper_speaks_of_self(said, last_topics):
        return False  # "谢谢 我也好累 我该怎么办": the writer's own distress, the writer's reply (mend66)
    return CRISIS in last_topics and (asks or gentle_after_crisis(said, route, last_topics, helper=True))


def quiet_after_crisis(text: str, route: Route, last_topics: Sequence[str], answered: Sequence[str], *,
                       helper: bool = False) -> bool:
    """Whether a turn right after the crisis reply only acknowledges it ("好的", "嗯", "ok") or picks
    no offered option ("2" of one), so that the crisis topic's short ``again`` reply answers it:
    still here, 12356, 120/110, the loan when ready; not the whole reply word for word each time
    (ans14). Insisting or pushing help away ("我是认真的", "晚安") is not quiet: the whole reply. A turn
    ``gentle_after_crisis`` reads (feeling better; a helper's thanks or goodbye) is quiet too.
    ``route``: the message's own route, before ``after_safety``."""
    if gentle_after_crisis(text, route, last_topics, helper=helper):
        return True
    if (helper and helper_speaks_of_self(text, last_topics)) or (CRISIS in last_topics and better_undercut(simplified_words(text))):
        return False  # "好的 我去陪他 我们一起走", "谢谢 我好多了 信都写好了": the whole reply, not its short form (mend66)
    text = simplified(text)
    if _ENOUGH.fullmatch(text):
        return False  # "好了", "够了", "算了" alone may say it is over, not "OK" (review32): the whole reply
    number = followups.pick_number(text) is not None or (followups.stray_number(text) and len(text.strip()) == 1)
    # ("ok thanks", "嗯，谢谢": an acknowledgement with thanks after it acknowledges the crisis reply too; safe24)
    quiet = route.rule == "acknowledged" or acknowledges_with_thanks(text) or number  # (a single digit: "30" is no option, and may be anything)
    return CRISIS in last_topics and bool(quiet) and not set(route.topics) & set(SAFETY_FIRST) \
        and not _insists_or_pushes_away(text, route, last_topics, answered)


def after_safety(text: str, route: Route, last_topics: Sequence[str], answered: Sequence[str],
                 kind: Callable[[str], str], *, helper: bool = False) -> Route:
    """The route of a turn in the light of the safety replies before it (see the module doc);
    ``kind`` gives a topic's kind ("fallback", "domain", ...); ``helper``: the last crisis reply spoke to someone
    helping a relative at risk (a Session's memory)."""
    if gentle_after_crisis(text, route, last_topics, helper=helper):  # "谢谢 我好多了 再见": the short form (conv53)
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    if helper and helper_speaks_of_self(text, last_topics) and not set(route.topics) & set(SAFETY_FIRST):
        # the one helping a relative speaks of their own end or distress ("谢谢 我也好累 再见"): the crisis reply (mend66)
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    said, text = text, simplified(text)  # 我要不要報警, 這能投訴嗎 read as 报警, 投诉 (probe14)
    if route.rule == "number_asked" and CRISIS in last_topics and _CRISIS_NUMBERS.search(text):
        # "110是干嘛的" right after a crisis reply asks about a number that reply gave: it continues
        # (its 110 line is the police; the abuse reply would drop the crisis one; review13), with the
        # number explained above it, as any other number is (review21: not the reply repeated alone).
        return replace(route, topics=(CRISIS,), choices=(), check_in=False)
    if CRISIS in last_topics and _CRISIS_NUMBERS.search(text) and is_question(text) and not set(route.topics) & set(SAFETY_FIRST):
        # A question about a number the crisis reply gave ("12356打了会怎么样", "打110会被抓吗", "is 12356
        # free?") right after it: that reply again, never a loan topic; nothing is known here about the
        # line beyond what the reply says, so nothing is made up about it (review24).
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    if route.rule == "number_asked" and had_crisis(answered) and ABUSE not in answered and ABUSE in route.topics:
        # "12378是什么" after a crisis reply (no abuse told): the number explained above the crisis
        # reply, which stays; not the abuse reply, which would drop the crisis support (safe12).
        return replace(route, topics=(CRISIS,), choices=(), check_in=False)
    if route.rule == "safety_doubted" and had_crisis(answered):
        # A crisis doubted (a fear of ruin asked, a joke) once the conversation has had a crisis reply
        # ("is my life over?" after "I want to die"): the crisis reply first, what it asks after it (safe24).
        return under_crisis(replace(route, topics=(CRISIS, *(t for t in route.topics if t != CRISIS)), rule="safety", check_in=False))
    if set(route.topics) & set(SAFETY_FIRST):
        # (an abuse reply after a crisis keeps the 12356 line: "催收骂我怎么办" after "我不想活了")
        return replace(route, check_in=True) if had_crisis(answered) and CRISIS not in route.topics else route
    if _insists_or_pushes_away(text, route, last_topics, answered) or danger_setting_after_crisis(text, answered) \
            or at_danger_after_loan(text, answered) or (CRISIS in last_topics and farewell_turn(simplified_words(said))):
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    if _TO_THE_POLICE.search(text) and (ABUSE in answered or had_crisis(answered)) and (
            not set(route.topics) - {*CONVERSATION_TOPICS, OUT_OF_SCOPE} or not LOAN_MATTER.search(text)):
        # "我能报警吗", "can I report it?" once collectors' abuse or a crisis has come up, even turns
        # later: the reply that says when to call 110 and where to complain (the abuse reply; after
        # a crisis alone, "报警" gets the crisis reply, which names 110 and 120; a complaint, 12378).
        police_only = _POLICE.search(text) and ABUSE not in answered
        return replace(route, topics=(CRISIS if police_only else ABUSE,), rule="context", choices=(),
                       check_in=had_crisis(answered))
    # "context" on a topic of the last reply: continued by the conversation, naming nothing itself
    # (a fear named by the turn, "他们真的会去单位吗", is also a "context" route, to its own topic);
    # "number_asked": "你说的12356是什么" after a crisis reply stays with it.
    continued = route.rule == "context" and set(route.topics) <= set(last_topics)
    unsure = (bool(route.choices) or kind(route.topics[0]) == "fallback" or route.topics[0] == CAPABILITIES
              or continued or route.rule == "number_asked")
    if route.rule == "number_asked" and not _CRISIS_NUMBERS.search(text):
        unsure = False  # "95188是什么" after a crisis reply: explained, with the check-in (review15)
    held = next((t for t in SAFETY_FIRST if t in last_topics), None)
    if held == CRISIS and ABUSE in answered and (_ABOUT_WHAT_THEY_DID.search(text) or _TO_THE_POLICE.search(text)):
        # Abuse told earlier, a crisis since: "那我能报警吗", "can i call police on them?" asks about
        # the collectors; the abuse reply answers it (110, 12378, records), with the check-in (probe11).
        return replace(route, topics=(ABUSE,), rule="context", choices=(), check_in=True)
    folded = simplified_words(said)
    better = feels_better(folded) or better_undercut(folded)  # "谢谢 好多了 但是明天还是不知道怎么办": help asked all the same
    if held == CRISIS and _ASKS_FOR_HELP.search(text) and (_short(text) or better) and not LOAN_MATTER.search(text):
        unsure = True  # "那怎么办" right after a crisis reply names no loan matter: its further steps
    if held == CRISIS and better_undercut(folded) and not LOAN_MATTER.search(text):
        # "好多了 反正明天以后就不用还了 拜拜", "oh sure, so much better": no better at all, and no loan matter (conv53)
        unsure = True
    if held == CRISIS and _vague_take_up(text, route):
        unsure = True  # "可能吧", "maybe", "不知道" right after a crisis reply: that reply, never a loan guess (conv53)
    if held == CRISIS and _THANKS_FOR_ALL.search(text):
        # "ok thank you for everything", "谢谢你陪我这么久" right after a crisis reply may be a goodbye:
        # the crisis reply's further steps, not "不客气 … 逾期的事一步一步来" (review32)
        unsure = True
    if held == CRISIS and (route.rule == "acknowledged" or acknowledges_with_thanks(text)):
        # "嗯", "好", "ok", and the same with thanks after them ("ok thanks", "嗯，谢谢"; safe24) right
        # after a crisis reply: its short reply (12356 again), not "不客气 … 逾期的事一步一步来". Thanks
        # alone ("谢谢你") are thanked, with the check-in line.
        unsure = True
    if held == ABUSE:
        help_asked = bool(_ASKS_FOR_HELP.search(text))
        leans = followups.leans_on_context(text)
        about_it = bool(_ABOUT_WHAT_THEY_DID.search(text))
        unsure = unsure or (help_asked and leans) or about_it
        held = held if (route.choices or help_asked or leans or about_it) else None
    if held and unsure:
        return replace(route, topics=(held,), rule="context", choices=())
    if had_crisis(answered):
        return replace(route, check_in=True)
    return route


__all__ = ["after_safety", "gentle_after_crisis", "had_crisis", "helper_continues", "quiet_after_crisis"]
