"""What the earlier turns make the last turn refer to, and a crisis taken back (ses222, issue 12, docs/safety.md Round 116).

Two readings of a conversation that a single message cannot give:

- **An everyday object named a turn before.** A bare countdown or a date chosen ("倒计时4天", "D-1", "countdown 2 days",
  "日子我已经选好了") is read by bot.safety.finality as finality when its message names no object of its own. Said right
  after "我明天考试" or "借呗这期什么时候到期", the object is the exam or the due date: the turn refers to it. The session
  keeps the object word the turn right before named (``occasion_of``, a few characters; none after a crisis reply),
  and a short bare countdown or date is read again with that word before it (``refers_back``). Only while no crisis reply
  has been given, no soft risk told and no hardship told: after "借呗还不上，活着没意思" the same countdown stays a crisis.
- **A crisis taken back.** The weight of the writer's crisis turn is kept (``crisis_weight``): "grave" when it names a
  method, a place of danger, a time or a plan ("药我已经攒了一瓶，打算周五晚上吃", "I'm on the roof"), "joked" when it carries
  its own laughter or joke marker and nothing grave ("I want to die lol", "累死了，真想死 哈哈"). A joke marker right after a
  grave turn ends no care (``grave_taken_back``: the crisis reply again, the crisis not settled). After a joked crisis or a
  settled one (bot.crisis_open.settles: taken back, or help reached and better), an ordinary loan question later is
  answered as itself with 12356 kept in view (``plain_loan_question``), not the crisis reply once more; a question that
  gives up beside it ("反正我也等不到那天了") is not plain, and once the writer's crisis was told, taken back or not, a
  loan question with a graver word beside it (not living, death words, nothing mattering: ``loan_with_grave_aside``)
  gets the crisis reply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .crisis_open import settles
from .patterns import regex
from .safety.idioms import masked
from .records import replace
from .routing_rules import SAFETY_FIRST, Route
from .safety import CRISIS
from .safety.clauses import fold_clause
from .safety.finality import COUNTED_FOR, DATED_FOR, bare_end_count
from .safety.scenes import METHOD_EN, METHOD_ZH, PLACE_EN, PLACE_ZH
from .session_state import ConversationState
from .text import simplified_words

if TYPE_CHECKING:
    from .engine import Engine

MAX_REFERRING = 24  # characters: a bare countdown or date ("倒计时4天", "T-minus 2 days then"); a longer turn says more
MAX_OCCASION = 16  # characters kept of the object word (the session's state stays small)
MAX_QUESTION = 120  # characters: a loan question after a crisis taken back; a longer turn tells a story of its own

# A laughter or joke marker in the writer's own crisis turn ("I want to die lol", "想死哈哈", "jk"):
_JOKED = regex(r"哈哈|呵呵|嘿嘿|笑死|开玩笑|开个玩笑|说着玩|逗你|骗你的|[😂🤣😆😅]|\b(?:lol+|lmao|rofl|haha\w*|hehe\w*|jk|kidding|joking)\b")
# ...and what makes a crisis turn grave: a method, a place of danger, a time, a plan or a decision, a farewell.
_GRAVE = regex(rf"{METHOD_ZH}|{PLACE_ZH}|药|刀|跳|今晚|今天晚上|今夜|明天|明晚|周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|下周|[0-9一二三四五六七八九十]+点"
               r"|打算|准备|计划|决定|想好了|定好了|选好了|攒了|买好了|遗书|道别|告别|再见"
               rf"|\b(?:{METHOD_EN}|{PLACE_EN}|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|weekend"
               r"|plan\w*|going to|gonna|decided|ready|saved up|bought|letters?|goodbye|bye|end it|right now)\b")
# Taking the words back ("开玩笑的 别担心", "jk don't worry", "haha just kidding"):
_TAKES_BACK = regex(r"开玩笑|开个玩笑|说着玩|逗你|骗你的|气话|随口说|当真|\b(?:jk|kidding|joking|didnt mean it|not serious)\b")

# A loan matter in the later question (bot.continuity_places' words and the repayment's own):
_LOAN = regex(r"借呗|花呗|逾期|起诉|上门|征信|分期|延期|利息|罚息|催收|协商|还款|还钱|提前还|手续费|额度|账单|网贷|贷款|信用卡"
              r"|\b(?:jiebei|huabei|loans?|sue|court|credit|interest|collectors?|repay\w*|pay (?:it )?off|fees?|instal+ments?|overdue"
              r"|hardship|due|extension|bills?)\b")
# ...with nothing dark beside it: giving up, not living, an end, death words.
_DARK_ASIDE = regex(r"反正|算了|无所谓|等不到|活不到|不在了|解脱|结束|了断|下辈子|死|不想活|没意义|没用|撑不|没人"
                    r"|\b(?:whatever|wont be (?:here|around|alive)|by then|doesnt matter|no point|die|dead|dying|kill|end it"
                    r"|i wont need|nobody|no one)\b")


# ...and the graver part of it, enough for the crisis reply beside a loan question once the writer's crisis has been
# told, taken back or not ("想死 ‖ 开玩笑的 ‖ 借呗逾期了，反正我也活不到还清那天", "whatever, how much is the late fee,
# doesn't matter anyway"): not living, an end, death words (hyperbole masked), nothing mattering.
_GRAVE_ASIDE = regex(r"等不到|活不到|不在了|解脱|了断|下辈子|死|不想活|撑不下去|没意义|都无所谓"
                     r"|\b(?:wont be (?:here|around|alive)|doesnt matter|nothing matters|no point|die|dead|dying|kill|end it)\b")


def occasion_of(said: str) -> str:
    """The everyday object a turn names that a countdown or a date could be counted to (an exam, a trip, a due date,
    "repay"; bot.safety.finality's own lists), or "" for none; a few characters at most."""
    folded = simplified_words(said)
    hit = COUNTED_FOR.search(folded) or DATED_FOR.search(folded)
    return hit.group(0)[:MAX_OCCASION].strip() if hit else ""


def refers_back(said: str) -> bool:
    """Whether a turn is a short bare countdown or date with no object of its own ("倒计时3天", "D-1", "日子我已经选好了"):
    what the earlier turn named is what it counts to."""
    folded = fold_clause(said).strip()  # (folded as the cues read it: "D-1" is "d 1")
    return 0 < len(folded) <= MAX_REFERRING and bare_end_count(folded)


def crisis_weight(said: str) -> str:
    """"grave", "joked" or "" for a turn read as the writer's own crisis (see the module doc)."""
    folded = simplified_words(said)
    if _GRAVE.search(folded):
        return "grave"
    return "joked" if _JOKED.search(folded) else ""


def grave_taken_back(said: str) -> bool:
    """Whether a short turn takes words back (a joke marker): after a grave crisis turn, no end of care."""
    folded = simplified_words(said).strip()
    return 0 < len(folded) <= MAX_QUESTION and bool(_TAKES_BACK.search(folded))


def plain_loan_question(said: str) -> bool:
    """Whether a turn is an ordinary loan question with nothing dark beside it (see _LOAN, _DARK_ASIDE)."""
    folded = simplified_words(said).strip()  # (hyperbole masked: "今天加班加到死" is a long day)
    return 0 < len(folded) <= MAX_QUESTION and bool(_LOAN.search(folded)) and not _DARK_ASIDE.search(masked(folded))


def referred(engine: "Engine", state: ConversationState, said: str, own: Route) -> Route:
    """``own`` (a turn's reading on its own words), or its reading with the object the last ordinary turn named before
    it, when ``own`` is the crisis reply for a bare countdown or date only (see the module doc)."""
    if own.topics[:1] != (CRISIS,) or not state.occasion or CRISIS in state.answered or state.risk_told \
            or state.hardship_told or not refers_back(said):
        return own
    again = engine.route(f"{state.occasion}，{said}")
    return own if CRISIS in again.topics else again


def taken_back(state: ConversationState, said: str, route: Route, own: Route, last_topics: tuple[str, ...] | list[str]) -> Route:
    """``route``, or: the crisis reply again for a joke marker right after a grave crisis turn; the turn's own reading
    with 12356 in view for a plain loan question after a crisis joked or settled; the crisis reply for a loan question
    with a graver word beside it once the writer's crisis was told (see the module doc)."""
    if set(own.topics) & set(SAFETY_FIRST):
        return route
    if CRISIS in last_topics and state.crisis_weight == "grave" and grave_taken_back(said) and CRISIS not in route.topics:
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    if CRISIS in state.answered and not state.crisis_helper and CRISIS not in route.topics and loan_with_grave_aside(said):
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    if CRISIS in route.topics and route.rule == "context" and CRISIS in state.answered and not state.crisis_helper \
            and (state.crisis_settled or state.crisis_weight == "joked" or settles_now(state, said, own)) \
            and plain_loan_question(said):
        return replace(own, check_in=True)
    return route


def loan_with_grave_aside(said: str) -> bool:
    """Whether a turn asks of the loan with a graver word beside it (see _GRAVE_ASIDE)."""
    folded = simplified_words(said).strip()
    return 0 < len(folded) <= MAX_QUESTION and bool(_LOAN.search(folded)) and bool(_GRAVE_ASIDE.search(masked(folded)))


def settles_now(state: ConversationState, said: str, own: Route) -> bool:
    """Whether a turn settles the writer's crisis (bot.crisis_open.settles): not a turn read as a crisis on its own
    words ("我想死，不是开玩笑"), unless by the classifier alone (help reached and better: "现在在吃药，好多了" leans to
    crisis there), and not a joke marker after a grave crisis turn, which settles nothing."""
    if not settles(said) or (CRISIS in own.topics and own.rule != "classifier"):
        return False
    return not (state.crisis_weight == "grave" and grave_taken_back(said))


def remember(state: ConversationState, said: str, topics: tuple[str, ...], own: Route | None) -> None:
    """Note the weight of a crisis turn of the writer's own and the object an ordinary turn named (after a reply with
    ``topics``; ``own``: the turn's reading on its own words, given with a crisis reply)."""
    if CRISIS in topics:
        state.occasion = ""
        if own is not None and CRISIS in own.topics and not state.crisis_helper:
            state.crisis_weight = crisis_weight(said)
        return
    # (the turn right before only: "借呗明天到期 ‖ 我一分钱都没有 ‖ 倒计时1天" counts down from no money, not to the due date)
    state.occasion = occasion_of(said)


__all__ = ["MAX_OCCASION", "crisis_weight", "grave_taken_back", "loan_with_grave_aside", "occasion_of", "plain_loan_question",
           "referred", "refers_back", "remember", "settles_now", "taken_back"]
