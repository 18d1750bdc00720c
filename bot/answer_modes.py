"""Which mode a conversation's next answer takes, so that it never repeats the last one word for word.

A borrower who asks the same thing three times ("借呗会起诉我吗", "那会不会真的起诉", "真的会起诉吗")
is not helped by the same text again: each reply on the same topics moves on from the last one
("answer" -> "rest": the lead and the points the short answer left out; then the answer again).
Only loan topics: safety replies keep their own rules (bot.session, bot.continuity).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from .cues import OVERDUE
from .text import simplified_words
from .figures import figure_asked
from .patterns import regex
from .knowledge_types import Topic
from .routing_rules import SAFETY_FIRST
from .session_state import ConversationState

# The mode after the last one on the same topics, for a question that asks no mode of its own.
# (Not "why": a third question on the same topic names its own fear, "会不会上门到我爸妈家里找我爸妈",
# and the reasoning alone does not answer it; review13.)
NEXT_MODE = {"answer": "rest", "rest": "answer", "more": "answer", "why": "answer", "product": "rest"}
# The mode after a mode asked for twice in a row (never the same words again; review14).
ASKED_AGAIN = {"more": "why", "why": "rest"}


def not_again(state: ConversationState, mode: str, topics: Sequence[str], lang: str,
              topic_of: Callable[[str], Topic]) -> str:
    """The mode of a reply on ``topics``: when they are the last reply's loan topics, a plain answer
    (or a follow-up's "rest") moves on from the last mode (NEXT_MODE); a mode asked for ("why",
    "more") is kept, unless it was the last one too (ASKED_AGAIN). Remembered in ``state.last_mode`` for the next turn. Safety replies are never
    cycled: the abuse reply leads with 110 every time. ``topic_of``: a topic by its id."""
    chosen = [topic_of(t) for t in topics]
    repeated = lang == state.lang and list(topics) == state.last_topics and bool(chosen)
    loan = all(t.kind == "domain" and t.id not in SAFETY_FIRST for t in chosen)
    if repeated and loan and mode in ("answer", "rest"):
        mode = NEXT_MODE.get(state.last_mode or "answer", "answer")
    elif repeated and loan and mode == state.last_mode:
        mode = ASKED_AGAIN.get(mode, mode)  # "详细点" twice: the reasons; "为什么" twice: the rest
    state.last_mode = mode
    return mode


# A line in days, money or time asked of a late loan ("借呗逾期几天算严重", "逾期多久会被起诉") is a
# loan question even when the classifier would decline it: the topic that says the article gives
# no such line answers it, never "I can't help" (truth1 #2). By the figure asked.
_FIGURE_TOPIC = {"time_until": "collection_process", "threshold": "collection_process"}


def figure_home(topics: tuple[str, ...], question: str, by_id: Mapping[str, Topic]) -> tuple[str, ...]:
    """``topics``, or the topic that answers a figure asked of a late loan when every topic chosen
    declines (see _FIGURE_TOPIC); ``by_id``: the topics by id."""
    if not topics or any(by_id[t].kind != "fallback" for t in topics) or OVERDUE.search(question.lower()) is None:
        return topics
    figure = figure_asked(question)
    home = _FIGURE_TOPIC.get(figure[0]) if figure else None
    return (home,) if home is not None and home in by_id else topics


# "怎么办", "我应该怎么做", "what should I do": the borrower asks how to respond, and the article has
# a section on just that (「（二）借款人应如何应对？」). A topic that can lead with it does
# (template variable ``asks_coping``; truth1 #4: "借呗逾期 怎么办" was answered "what happens next").
# Not a follow-up on someone else's move ("他们不同意怎么办": negotiate's own follow-up) nor how to
# repay or apply ("怎么还款", "怎么办理"), nor what the lender will do ("逾期了会怎么办": what happens next).
_ASKS_COPING = regex(r"(?<!不同意)(?<!不答应)(?<!会)(?<!会被)(?<!要)(?:怎么办|咋办|咋整|怎么弄|该怎么(?:做|处理|应对)|应该怎么(?:做|处理|应对)|要怎么(?:做|处理|应对)|如何(?:应对|处理)|怎么(?:应对|处理)(?:才好)?)"
                     r"|\bwhat (?:should|can|do|shall|must) i do\b|\bwhat to do\b|\bhow (?:should|do|can) i (?:handle|deal with|respond)\b")


# ...nor what the lender does when the lender is the subject, with or without 会 ("逾期了平台怎么处理",
# "借呗逾期支付宝一般怎么处理", "逾期后他们怎么处理我": review35 #4 had the borrower's coping advice).
_LENDER_DOES = regex(r"(?:平台|他们|支付宝|对方|银行|那边|机构|蚂蚁)(?:方|那边)?(?:一般|通常|都|又|将|将会|要|现在)?"
                     r"(?:怎么办|咋办|怎么处理|如何处理|怎样处理|咋处理|怎么弄)"
                     r"|\bwhat (?:do|does|will|would) (?:they|the lender|alipay|the platform|jiebei) do\b")


def asks_coping(question: str) -> bool:
    """Whether a question asks what to do (see _ASKS_COPING), not what the lender does (_LENDER_DOES)."""
    if not question:
        return False
    text = question.lower()
    return _ASKS_COPING.search(text) is not None and _LENDER_DOES.search(text) is None


# How long before collection starts ("逾期多久会开始催收", "借呗逾期多久会被催收", "逾期多久开始打电话",
# "how long before collection starts"): the article answers it (一旦逾期会立即启动线上催收), so the
# reply says so plainly instead of "the article gives no such line" (review35 #3). Not when a person
# steps in (转人工), a visit or a suit: the article gives no time for those.
_ASKS_START = regex(
    r"(?:多久|多长时间|几天|多少天|什么时候|哪天|啥时候)\S{0,4}?(?:开始|会|就|才|被)*(?:开始)?(?:被)?"
    r"(?:催收|催债|催款|催我|催还|打电话|打我电话|来电话|发短信|发信息|发休息|发消息|联系我|提醒)(?!\S{0,2}(?:转人工|上门|起诉))"
    r"|\bhow (?:long|soon|many days) (?:before|until|till|after|do|does|will|until)\b.{0,24}\b(?:collection|collecting|collectors?)\b.{0,12}\b(?:start|begin|call|contact)"
    r"|\bhow (?:long|soon|many days) (?:before|until|till)\b.{0,12}\b(?:they|collectors?|jiebei|alipay) (?:start (?:to )?)?(?:call|contact|chase|remind)"
    r"|\bwhen (?:does|do|will) (?:the )?(?:collection|collectors?|reminders?) (?:start|begin)\b")


# A call or a message asked of no late loan ("一般会在申请后多久打电话", "具体什么时候打电话"): an
# application's or a service's call, not collection's (the pool showed them).
_CONTACT_ONLY = regex(r"(?:打电话|打我电话|来电话|发短信|发信息|发消息|联系我|提醒)")
_LATE = regex(r"逾期|不还|没还|晚还|欠|催")


def asks_start(question: str) -> bool:
    """Whether a question asks how long before collection starts (see _ASKS_START)."""
    if not question:
        return False
    text = question.lower()
    found = _ASKS_START.search(text)
    if found is None:
        return False
    return not _CONTACT_ONLY.search(found.group(0)) or _LATE.search(text) is not None


# A helpline for the person, not an account's service, said to be unreachable ("12356打不通", "心理热线
# 一直没人接", "the crisis line is busy"): someone who has tried to call for help. Not 95188 or a
# lender's customer service, whose line being busy is an account matter (declined, as before).
_HELPLINE = regex(r"12356|心理(援助|咨询|危机|干预)?(热线|电话|援助)|(危机|自杀|生命)(干预)?(热线|电话)|希望24"
                  r"|\b(crisis|suicide|mental health|psychological (assistance )?) ?(hot)?lines?\b|\b12356\b")
_UNREACHABLE = regex(r"打不通|打不进|没人接|没接|无人接听|接不通|占线|一直忙|忙音|没打通|打了(好几次|几次|半天)?(都)?没人"
                     r"|\b(busy|engaged|not answering|no answer|no one (answers|answered|picks up|picked up)|nobody (answers|answered|picks up|picked up)"
                     r"|(cant|cannot|couldnt|could not) get through|(didnt|doesnt|did not|does not|wont|isnt|is not) (answer|answering|pick up|picking up|going through))\b")
# (nor a complaint meant for 12378, "12356投诉催收打不通": the abuse reply; review38). A loan named
# elsewhere in the message is no account line: "12356打不通，借呗逾期会上门吗" (review39).
_ACCOUNT_SERVICE = regex(r"95188|客服|投诉|\b(customer service|service line|complain\w*)\b")


# (remembered for the last few texts: one ask asks it of the same text several times; a function of the text and
# module constants alone; speed only, PERF_LOG part 30)
@lru_cache(maxsize=16)
def helpline_unreachable(question: str) -> bool:
    """Whether the message says a helpline for the person (12356, a crisis line) cannot be reached."""
    text = simplified_words(question)
    return bool(_HELPLINE.search(text) and _UNREACHABLE.search(text)) and not _ACCOUNT_SERVICE.search(text)

