"""Soft risk remembered across a conversation, read with its last turn (signoff97, issue 12, Round 73).

bot.crisis_open keeps a crisis open once a crisis reply has been given. An outside set's sessions missed the writer
whose risk is never said in one turn: practical loan questions that each carry a soft signal ("what happens to the debt
if the borrower dies?", "no, I'm not asking for someone else", "I live alone", "my daughter is five, I'm raising her
alone", "I've bought charcoal and tape") and then a last turn that reads as a sign-off or a short remark ("that's all I
needed to know", "when they come next week they won't see me", "I won't live to pay it off", a method question right
after thanks). No turn alone is a crisis; together they are.

The session now keeps the KINDS of soft signal its turns told (``risk_told``, a small sorted list in the saved state;
old states hold none) and reads the last turn in their light, only while no crisis reply has been given (bot.crisis_open
reads the turns after one) and only for a short turn of no loan matter:

- a remark that the writer will not live, or it will all be over: the crisis reply after any loan answer;
- a remark of absence or of others provided for ("they won't find me", "won't need to repay", "she'd be better off
  with my sister", "I've written them a letter"): with two signals told, with one and a giving-up word ("反正", "算了",
  "anymore", "by then"), or after death and debt were asked about;
- a method question (how many pills, how high, would it hurt) after thanks or a loan answer;
- a plain sign-off (thanks, goodbye, "that's all"): only with two signals told (or a means at hand).

A plain goodbye after plain loan turns stays a goodbye; a turn that takes the words back ("开玩笑的") clears the memory.
Like bot.crisis_open, it only ever ADDS the crisis reply to a turn of no loan matter.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from . import followups
from .continuity_places import everyday_there, loan_answered
from .patterns import regex
from .records import replace
from .routing_rules import SAFETY_FIRST, Route
from .safety import CRISIS
from .safety.farewell_turns import farewell_turn
from .safety.finality import DAYS_EN, DAYS_ZH, FASTING_OR_BUSY
from .safety.scenes import METHOD_EN, METHOD_ZH, PLACE_EN, PLACE_ZH
from .text import simplified_words

MAX_LAST = 100  # characters: a longer last turn tells a story of its own and is read as itself
KINDS = ("alone", "bereaved", "death_debt", "denied_other", "if_gone", "means", "no_way", "place", "sole_parent", "starving")

# Death beside debt, asked of the writer or of a borrower in general ("如果我死了借呗谁还", "人不在了欠的网贷怎么算",
# "does debt disappear when you die?"), never of a relative who has died ("我爸上个月病逝了", "my dad passed away").
_DEATH = regex(r"死了|去世|过世|不在了|走了以后|人没了|\b(?:die|dies|died|dead|death|passes away|passed away|pass away|gone)\b")
_DEBT = regex(r"借呗|花呗|网贷|贷款|欠的|欠款|债|还款|谁来还|谁还|\b(?:debts?|loans?|jiebei|huabei|owe\w*|repay\w*|pay\w*|insurance)\b")
_RELATIVE_DIED = regex(r"(?:爸|妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|舅|叔|姑|姨|哥|姐|弟|妹|老公|老婆|丈夫|妻子|儿子|女儿)\S{0,10}(?:去世|过世|病逝|走了|死了|不在了)"
                       # (the death said first: "去世的舅舅", "my late aunt"; sessions196)
                       r"|(?:去世|过世|病逝|已故)的\S{0,2}(?:爸|妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|舅|叔|姑|姨|哥|姐|弟|妹|老公|老婆|丈夫|妻子|儿子|女儿)"
                       r"|\b(?:(?:dad|father|mum|mom|mother|grand\w+|uncle|aunt|brother|sister|husband|wife|son|daughter) (?:\w+ ){0,3}(?:passed|died)"
                       r"|(?:my|our|his|her) late (?:dad|father|mum|mom|mother|grand\w+|uncle|aunt|brother|sister|husband|wife|son|daughter)s?)\b")
_IF_GONE = regex(r"(?:如果|要是|万一|假如|假设)\S{0,3}我\S{0,3}(?:出了?什么事|有什么(?:意外|三长两短)|出事|不在了|走了|死了|没了)"
                 r"|\b(?:if (?:something|anything) (?:happened|happens|were to happen) to me|in case (?:something|anything) happens to me"
                 r"|if i (?:die|died|were gone|was gone|am gone|m gone|passed away)|when i(?:m| am) gone|if im gone)\b")
# Days without food told ("我已经四天没吃饭了", "我几日冇食嘢", "haven't eaten in four days"; final206, Round 110): two
# days or more (mend218, Round 110b: one busy day is no sign), no fast for a test, an operation or a diet, not too busy
# or ill to eat ("加班两天没吃饭", "too busy at work", a toothache), and not one food ("三天没吃外卖了" is saving money).
# The text is folded (冇→没, 嘢→东西), so only the folded words are read. Like every kind it is weighed by carried()
# (an absence remark with two kinds told, or one and a giving-up word), by bot.last_turn (two kinds carry a short last
# turn; any kind carries a remark of absence; with it "leave me alone" is read: _LET_BE there), by bot.session (any
# kind told ends a crisis reply kept from a closing alone, crisis_closing); it is not grave (high() needs a grave kind).
_STARVING = regex(rf"{DAYS_ZH}(?:天|日)\S{{0,2}}(?:没|不)(?:有)?(?:吃|食)(?:过)?(?:饭|东西|任何东西)?(?=了|也|都|啦|咯|喇|$|[^\u3400-\u9fff])|不(?:吃|食)(?:饭|东西)?{DAYS_ZH}(?:天|日)"
                  rf"|\b(?:havent|have not|hasnt|not) eaten (?:anything )?(?:in|for) {DAYS_EN} days\b")
# An accident or an illness named beside "if something happened to me" ("like a car accident", "要是我出车祸住院了"): an
# everyday worry about who pays, no "if I were gone" (review100 F3). 意外 alone stays ("万一我有什么意外" is the euphemism).
_MISHAP = regex(r"车祸|生病|病了|得病|住院|医院|手术|受伤|骨折|癌|\b(?:car (?:accident|crash)|accident|crash|hospital\w*|sick|ill|illness"
                r"|injur\w*|surgery|operation|cancer|broke my)\b")
# "不是帮别人问的", "no, I'm not asking for a friend", "this isn't for anyone else, it's me"
_DENIED_OTHER = regex(r"不是(?:帮|替|给)\S{0,2}(?:别人|朋友|家人|亲戚)\S{0,2}问|就是我自己|说的就是我|是我自己要|没有别人"
                      r"|\b(?:not (?:asking )?for (?:a friend|someone else|somebody else|anyone else|anybody else|a relative)"
                      r"|(?:isnt|is not|its not|it s not) (?:for|about) (?:anyone|anybody|someone|somebody) else|(?:its|it s|it is) (?:about )?me)\b")
_ALONE = regex(r"一个人住|独居|就我一个人|只剩我|只有我一个|一个人在家|没人来|\b(?:i live alone(?! with)|living alone(?! with)|live by myself|(?:im|i am|i m) alone"
               r"|alone in the (?:house|flat|apartment)|staying alone|nobody (?:comes|visits)|no one (?:comes|visits))\b")
_SOLE_PARENT = regex(r"单亲|一个人带孩子|一个人带着?(?:儿子|女儿|娃)|孩子只有我|\b(?:single (?:mum|mom|mother|dad|father|parent)"
                     r"|raising (?:him|her|them|my \w+) alone|(?:its|it s) just me raising|just me and my (?:son|daughter|kids?))\b")
_NO_WAY = regex(r"(?:我|也|真的|实在)\S{0,2}没(?:有)?办法了|走投无路|没有退路|\b(?:out of options|no way out|nothing left to try|(?:im|i am|i m) out of options)\b")
_MEANS = regex(rf"{METHOD_ZH}|胶带|\b(?:{METHOD_EN}|car and a hose|hose)\b")
# Means at hand, not means named in passing ("买农药的钱是借呗借的"): bought, saved, ready, at home.
_AT_HAND = regex(r"买好|备好|准备好|攒了|攒够|都有了|在家里|家里的|放在|\b(?:got|bought|saved|ready|at home|in the garage|in my drawer|the garage has|ive got|i have)\b")
_PLACE = regex(rf"{PLACE_ZH}|\b(?:{PLACE_EN})\b")
# Leisure and chores at a place or with a means-word ("买了炭准备烧烤", "river walk"): no signal.
_EVERYDAY_MEANS = regex(r"烧烤|烤肉|火锅|取暖|洗车|浇花|种地|打农药|\b(?:bbq|barbecue|grill|wash(?:ing)? the car|garden\w*|water(?:ing)? the)\b")
# The words taken back: the memory is cleared ("哈哈我刚才说死了就不用还是开玩笑的", "relax, i'm not planning anything").
_TAKEN_BACK = regex(r"开玩笑|开个玩笑|说着玩|气话|随口说|\b(?:joking|kidding|not planning anything|just curious|didnt mean)\b")

# The last turn. Not living, or it all over ("反正我也活不到还清那天", "by then it'll all be over"):
_NOT_LIVING = regex(r"活不到\S{0,8}?(?:那天|那一天|那时候?)|活不到|活不了多久|不会活到|没命|(?:我|也|就|应该|早就|已经)\S{0,3}不在了|一切都结束了|都结束了"
                    r"|\b(?:wont (?:live|be alive|make it) (?:to|long|until|till|that long)(?: \w+){0,4}|wont be (?:alive|around)|(?:it|itll|it will|everything)(?:ll| will)? (?:all )?be over"
                    r"|wont be here (?:anymore|by then)|not be alive)\b")
# Absent, or those left provided for ("来了也见不到我了", "they won't find me", "won't need to repay", "过得更好").
_ABSENT = regex(r"(?:见|找|催|联系|看|等)不(?:到|着)我|(?:唔|不)会(?:畀|让)\S{0,3}(?:见到|找到)我|(?:不用|不必|不需要)(?:再)?还了|不用等\S{0,8}还款日|过得更好|托(?:付)?给"
                r"|留了(?:封)?信|写了(?:封)?信|我会先走"
                r"|\b(?:wont (?:be there|find me|see me)|wont need to (?:re)?pay|wont be needing|(?:be|is|are) better off|(?:adopted by|a nicer family)"
                r"|(?:written|wrote|left) (?:a |them a )?letters?|wont have to (?:deal|worry))\b")
_GIVING_UP = regex(r"反正|算了|也罢|\b(?:anyway|anymore|whatever|at least)\b")
# An everyday reason to be away ("我下个月搬家了，他们也找不到我", "i'm moving to shenzhen"): no remark of absence.
_AWAY = regex(r"搬家|搬走|搬去|搬到|回老家|出差|出国|打工|换了?号码?|旅游|\b(?:move|moving|moved|travel\w*|abroad|new number|business trip|holiday|vacation)\b")
# A method asked ("吃多少片安眠药才够", "从几楼跳下去才不会疼", "how high does a building need to be"):
_METHOD_ASKED = regex(r"(?:多少|几)片|[0-9一二三四五六七八九十几]+楼|多高|\b(?:how many (?:\w+ )?(?:pills|tablets)|how high|which floor|how much (?:\w+ )?(?:pills|poison))\b")
_METHOD_END = regex(r"安眠药|跳|下去|掉下|不疼|会疼|没感觉|一下就|才够|够不够|致命|死"
                    r"|\b(?:would it take|does it take|jump|fall|certain|painless|hurt|enough to|to be sure|so its certain|lethal|die|dying)\b")
# A sign-off: thanks, goodbye, "that's all", "就聊到这", "that's all I'm going to say".
_SIGN_OFF = regex(r"谢谢|多谢|再见|拜拜|就这样|聊到这|不说了|不聊了|先这样|\b(?:thanks|thank you|bye|goodbye|thats all|that s all|take care|good night)\b")
# Loan matter in the last turn outside the remark ("我会把钱还上", "协商分期", "pay this month"): the turn is read as itself.
_LOAN = regex(r"借呗|花呗|逾期|起诉|征信|分期|延期|利息|罚息|协商|还上|还清|还钱|发工资|打电话|网贷|贷款|律师"
              r"|\b(?:jiebei|huabei|credit|interest|instal+ments?|extension|paid|salary|wages|lawyer|court|call them)\b")


def signals(said: str) -> set[str]:
    """The kinds of soft risk one turn tells (see KINDS); none for a turn that takes words back."""
    folded = simplified_words(said).strip()
    if _TAKEN_BACK.search(folded):
        return set()
    kinds = set()
    if _DEATH.search(folded) and _DEBT.search(folded) and not _RELATIVE_DIED.search(folded):
        kinds.add("death_debt")
    if _RELATIVE_DIED.search(folded):
        kinds.add("bereaved")  # a close one's death told: context for bot.last_turn only, never weighed here (sessions196)
    for kind, pattern in (("if_gone", _IF_GONE), ("denied_other", _DENIED_OTHER), ("alone", _ALONE),
                          ("sole_parent", _SOLE_PARENT), ("no_way", _NO_WAY)):
        if pattern.search(folded) and not (kind == "if_gone" and _MISHAP.search(folded)):
            kinds.add(kind)
    everyday = bool(_EVERYDAY_MEANS.search(folded)) or everyday_there(folded)
    if _MEANS.search(folded) and _AT_HAND.search(folded) and not everyday:
        kinds.add("means")
    if _PLACE.search(folded) and not everyday:
        kinds.add("place")
    if _STARVING.search(folded) and not FASTING_OR_BUSY.search(folded):
        kinds.add("starving")
    return kinds


def noted(told: Sequence[str], said: str) -> list[str]:
    """The kinds remembered after a turn: the earlier ones and the turn's, or none after a take-back."""
    folded = simplified_words(said)
    if _TAKEN_BACK.search(folded):
        return []
    return sorted(set(told) | signals(said))


# A sign-off alone needs one of these among the kinds: death, "if I were gone", means at hand ("a single mum living
# alone", "out of options" then "thanks, bye" are a goodbye).
_GRAVE = frozenset({"death_debt", "if_gone", "means"})


def _weight(kinds: set[str]) -> int:
    # means at hand counts twice: enough with a sign-off; a bereavement is no risk of the writer's own (sessions196)
    return len(kinds - {"bereaved"}) + ("means" in kinds)


def carried(said: str, route: Route, answered: Sequence[str], told: Sequence[str], *, crisis_open: bool = False) -> Route:
    """``route``, or the crisis reply for a last turn read with the soft risk the conversation told (see the module
    doc). ``answered``: the topics of every reply before; ``told``: the kinds remembered before this turn;
    ``crisis_open``: the writer's own crisis was told and not settled (bot.crisis_open)."""
    if set(route.topics) & set(SAFETY_FIRST) or (CRISIS in answered and not crisis_open):
        return route
    # After the writer's own crisis reply only a remark of absence or of not living is read here ("反正他们上门也见不到
    # 我了", "he'd be better off with my sister"): bot.crisis_open reads the goodbyes and plans (review100 F4).
    after_crisis = CRISIS in answered
    folded = simplified_words(said).strip()
    if not folded or len(folded) > MAX_LAST or _TAKEN_BACK.search(folded):
        return route
    if everyday_there(folded) and not (_ABSENT.search(folded) or _NOT_LIVING.search(folded)):
        return route  # a place of everyday life, unless a remark of absence is made there ("he'd be better off with my
        # sister anyway" names a relative as those left provided for: review100 F4)
    kinds = set(told) | signals(said)
    weight, loan_before = _weight(kinds), loan_answered(answered)
    rest = _ABSENT.sub(" ", _NOT_LIVING.sub(" ", folded))
    if _LOAN.search(rest):
        return route
    not_living = bool(_NOT_LIVING.search(folded)) and (loan_before or weight >= 1)
    absent = bool(_ABSENT.search(folded)) and not _AWAY.search(folded) and (weight >= 2 or (weight >= 1 and bool(_GIVING_UP.search(folded)))
                                               or "death_debt" in kinds or "if_gone" in kinds)
    method = bool(_METHOD_ASKED.search(folded) and _METHOD_END.search(folded)) \
        and (loan_before or bool({"thanks", "goodbye"} & set(answered)) or bool(_SIGN_OFF.search(folded)))
    signing_off = bool(_SIGN_OFF.search(folded)) or followups.is_leaving(folded) or farewell_turn(folded) \
        or route.topics[0] in ("goodbye", "thanks")
    if after_crisis:
        method = signing_off = False
    if not_living or absent or method or (signing_off and high(kinds) and bool(told)):
        return replace(route, topics=(CRISIS,), rule="context", choices=(), check_in=False)
    return route


def absent_remark(said: str) -> bool:
    """Whether a turn remarks that the writer will be absent or not living ("明天以后他们就催不到我了", "I won't be around
    for the next bill"), with no everyday reason to be away (see _ABSENT, _NOT_LIVING, _AWAY; bot.last_turn)."""
    folded = simplified_words(said).strip()
    return bool(_ABSENT.search(folded) or _NOT_LIVING.search(folded)) and not _AWAY.search(folded) \
        and not _TAKEN_BACK.search(folded)


def high(told: Collection[str]) -> bool:
    """Whether the remembered kinds alone are enough for a sign-off to get the crisis reply (bot.session lets such a
    goodbye through to be read here rather than answering it at once)."""
    return _weight(set(told)) >= 2 and bool(set(told) & _GRAVE)


__all__ = ["KINDS", "absent_remark", "carried", "high", "noted", "signals"]
