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
from .safety.finality import bare_end_count
from .safety.scenes import METHOD_EN, METHOD_ZH, PLACE_EN, PLACE_ZH
from .session_state import ConversationState
from .text import simplified_words

if TYPE_CHECKING:
    from .engine import Engine

MAX_REFERRING = 24  # characters: a bare countdown or date ("倒计时4天", "T-minus 2 days then"); a longer turn says more
MAX_OCCASION = 16  # characters kept of the object word (the session's state stays small)
MAX_QUESTION = 120  # characters: a loan question after a crisis taken back; a longer turn tells a story of its own

# A laughter or joke marker in the writer's own crisis turn ("I want to die lol", "想死哈哈", "jk"):
_JOKED = regex(r"哈哈|嘿嘿|笑死|开玩笑|开个玩笑|说着玩|逗你|骗你的|[😂🤣😆😅]|\b(?:lol+|lmao|rofl|haha\w*|hehe\w*|jk|kidding|joking)\b")
# (mend229: not 呵呵, a bitter laugh as often as a joke: "呵呵，不想活了")
# A joke marker negated, or words insisting ("我想死，不是开玩笑", "I'm not joking", "认真的", "I mean it"): the crisis is
# meant (grave), in the crisis turn or in a later one that follows a crisis read as joked (mend229).
_INSISTS = regex(r"(?:不是|没|没有|没在|不)(?:在)?(?:开玩笑|说笑|说着玩|闹着玩)|认真的|当真的|不是气话"
                 r"|\b(?:not (?:joking|kidding)|no joke|im serious|i am serious|i mean it|i meant it|not a joke)\b")
# ...and, in a later turn after a joked crisis only, plain earnest words ("想死哈哈 ‖ 真的", "no seriously"): in the crisis
# turn itself 真的 is an intensifier ("我真的撑不住了"), which a take-back and "我没事了" may still settle.
_EARNEST = regex(r"真的|说真的|\b(?:seriously|for real)\b")
# ...and what makes a crisis turn grave: a method, a place of danger, a time, a plan or a decision, a farewell.
_GRAVE = regex(rf"{METHOD_ZH}|{PLACE_ZH}|药|刀|跳|今晚|今天晚上|今夜|明天|明晚|周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|下周|[0-9一二三四五六七八九十]+点"
               r"|打算|准备|计划|决定|想好了|定好了|选好了|攒了|买好了|遗书|道别|告别|再见"
               rf"|\b(?:{METHOD_EN}|{PLACE_EN}|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|weekend"
               r"|plan\w*|going to|gonna|decided|ready|saved up|bought|letters?|goodbye|bye|end it|right now)\b")
# Taking the words back ("开玩笑的 别担心", "jk don't worry", "haha just kidding"):
_TAKES_BACK = regex(r"开玩笑|开个玩笑|说着玩|逗你|骗你的|气话|随口说|当真|\b(?:jk|kidding|joking|didnt mean it|not serious)\b")

# A concrete everyday occasion a countdown may count to, named as a whole word (mend229: not a bare 考, which is in
# 考虑; not work or pay, which a countdown of despair names too: "上班被骂，回家被骂 ‖ 倒计时1天", and only with none
# of _NOT_EVERYDAY beside it: "我不想回家", "放假了也没人陪我").
_OCCASION = regex(r"考试|期末考|期中考|考研|高考|中考|笔试|面试|答辩|婚礼|结婚|旅行|旅游|出差|航班|飞机|高铁|出发|到期|还款日"
                  r"|生日|毕业|开学|手术|搬家|演唱会|比赛|体检|开会|入职|签证|预产期|开业|上映|账单"
                  r"|回老家|回家|春节|过年|国庆|放假|假期|寒假|暑假|退休|实习|出国|回国|军训|报到"
                  r"|\b(?:exams?|test|trip|flight|wedding|due date|interview|birthday|graduation|surgery|move|moving|concert"
                  r"|vacation|conference|checkup|check up|deadline|visa|race|match|due|bills?|christmas|new year|holidays?|break|retire\w*)\b")
# ...and what makes a turn more than an everyday occasion: a negation, despair, money trouble, loneliness, an end.
_NOT_EVERYDAY = regex(r"不|没|别|完了|失败|绝望|崩溃|撑不|受不了|活|死|解脱|结束|了断|累|难受|痛苦|骂|哭|一个人|孤|没人|陪"
                      r"|还不上|还不起|不够还|一分不剩|全还了|网贷|欠|债|催收|逾期|工资|钱"
                      r"|\b(?:not|no|never|dont|wont|cant|nothing|nobody|no one|alone|lonely|anymore|hopeless|failed|lost|die|dead"
                      r"|end|over|debts?|owe\w*|broke|money|salary|paycheck)\b")
# A countdown that says more than a count: an end or a relief, thanks for all, a goodbye.
_MORE_THAN_COUNT = regex(r"解脱|结束|了断|终于|自由|就好了|就完了|谢谢|感谢|照顾|再见|永别|拜拜|对不起|最后|告别|安息"
                         r"|\b(?:free|freedom|over|finally|relief|peace|thanks?|thank you|goodbye|bye|farewell|sorry|last|forever)\b")
# A loan matter in the later question (bot.continuity_places' words and the repayment's own):
_LOAN = regex(r"借呗|花呗|逾期|起诉|上门|征信|分期|延期|利息|罚息|催收|协商|还款|还钱|提前还|手续费|额度|账单|网贷|贷款|信用卡"
              r"|\b(?:jiebei|huabei|loans?|sue|court|credit|interest|collectors?|repay\w*|pay (?:it )?off|fees?|instal+ments?|overdue"
              r"|hardship|due|extension|bills?)\b")
# The graver words beside a loan question, enough for the crisis reply once the writer's crisis has been told, taken back
# or not ("想死 ‖ 开玩笑的 ‖ 借呗逾期了，反正我也活不到还清那天", "whatever, how much is the late fee, doesn't matter anyway"):
# not living, an end, death words (hyperbole masked), nothing mattering; shared with the darker list (mend229).
_GRAVE_ZH = r"等不到|活不到|不在了|解脱|了断|下辈子|死|不想活|撑不下去|没意义|都无所谓"
_GRAVE_EN = r"wont be (?:here|around|alive)|doesnt matter|nothing matters|no point|die|dead|dying|kill|end it"
_GRAVE_ASIDE = regex(rf"{_GRAVE_ZH}|\b(?:{_GRAVE_EN})\b")
# ...and the darker list, with nothing of which a plain loan question is plain: those, and giving up, an end, no one.
_DARK_ASIDE = regex(rf"{_GRAVE_ZH}|反正|算了|无所谓|结束|没用|撑不|没人|\b(?:{_GRAVE_EN}|whatever|by then|i wont need|nobody|no one)\b")


def occasion_of(said: str) -> str:
    """The concrete everyday occasion a turn names as a whole word that a countdown or a date could be counted to (an
    exam, a trip, a flight, a due date, a wedding: _OCCASION), or "" for none, or when the turn says more than the
    occasion: a negation, despair, money trouble, loneliness (_NOT_EVERYDAY; mend229). A few characters at most."""
    folded = simplified_words(said)
    hit = _OCCASION.search(folded)
    if not hit or _NOT_EVERYDAY.search(folded):
        return ""
    return hit.group(0)[:MAX_OCCASION].strip()


def refers_back(said: str) -> bool:
    """Whether a turn is a short bare countdown or date with no object of its own and nothing else ("倒计时3天", "D-1",
    "日子我已经选好了"): what the earlier turn named is what it counts to. Not with an end or a relief, thanks for all,
    a goodbye beside it ("倒计时3天 到时候就解脱了", "倒计时3天，谢谢你们这些年的照顾": _MORE_THAN_COUNT; mend229)."""
    folded = fold_clause(said).strip()  # (folded as the cues read it: "D-1" is "d 1")
    return 0 < len(folded) <= MAX_REFERRING and bare_end_count(folded) \
        and not _MORE_THAN_COUNT.search(simplified_words(said))


def crisis_weight(said: str) -> str:
    """"grave", "joked" or "" for a turn read as the writer's own crisis (see the module doc; a joke marker negated or
    words insisting are grave: mend229)."""
    folded = simplified_words(said)
    if _GRAVE.search(folded) or insists(folded):
        return "grave"
    return "joked" if _JOKED.search(folded) else ""


def insists(said: str) -> bool:
    """Whether a turn says the crisis is meant: a joke marker negated, or words insisting (see _INSISTS)."""
    return bool(_INSISTS.search(simplified_words(said)))


def grave_taken_back(said: str) -> bool:
    """Whether a short turn takes words back (a joke marker): after a grave crisis turn, no end of care."""
    folded = simplified_words(said).strip()
    return 0 < len(folded) <= MAX_QUESTION and bool(_TAKES_BACK.search(folded)) and not insists(folded)


def _loan_question(said: str) -> str | None:
    """A turn asking of the loan (at most MAX_QUESTION characters, a _LOAN word), as its asides are read: folded, with
    hyperbole masked ("今天加班加到死" is a long day); else None."""
    folded = simplified_words(said).strip()
    return masked(folded) if 0 < len(folded) <= MAX_QUESTION and _LOAN.search(folded) else None


def plain_loan_question(said: str) -> bool:
    """Whether a turn is an ordinary loan question with nothing dark beside it (see _LOAN, _DARK_ASIDE)."""
    asked = _loan_question(said)
    return asked is not None and not _DARK_ASIDE.search(asked)


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
    asked = _loan_question(said)
    return asked is not None and _GRAVE_ASIDE.search(asked) is not None


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
    if state.crisis_weight == "joked" and (insists(said) or _EARNEST.search(simplified_words(said))):
        state.crisis_weight = "grave"  # ("I want to die lol ‖ I mean it": the joke taken back, the crisis meant; mend229)
    if CRISIS in topics:
        state.occasion = ""
        if own is not None and CRISIS in own.topics and not state.crisis_helper:
            # (a later crisis turn never lightens a grave one: "不是开玩笑 ‖ 想死哈哈" stays grave)
            weight = crisis_weight(said)
            state.crisis_weight = "grave" if "grave" in (weight, state.crisis_weight) else weight
        return
    # (the turn right before only: "借呗明天到期 ‖ 我一分钱都没有 ‖ 倒计时1天" counts down from no money, not to the due date)
    state.occasion = occasion_of(said)


__all__ = ["MAX_OCCASION", "crisis_weight", "grave_taken_back", "loan_with_grave_aside", "occasion_of", "plain_loan_question",
           "referred", "refers_back", "remember", "settles_now", "taken_back"]
