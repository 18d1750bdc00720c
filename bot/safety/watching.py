"""Abusive collection read as an act on a target (abuse86, issue 12): who speaks (a collector, a number, a message),
what they do (say, send, recite), and to whom or what (the borrower's relatives, home, car, shop, workplace, a
child's school, the borrower's daily routine), with menace or shown knowledge beside it. Cues "watched", "pushed"
(pressed to borrow from another app or lender to pay) and "posing", in Chinese (CUES_ZH) and English (CUES_EN).

Collectors who frighten without a threat word do it in a few ways that combine freely: they name a relative or
the home with a misfortune beside it ("你老家那房子是木头的吧，容易着火", "accidents happen to families"), they
show they know where and when ("你老婆每天早上七点送孩子上学", "we know which school your kids go to"), or they
send the place itself (a photo of the office door, an address with no words). Each of those is written here as
groups (agent x act x target x menace-or-knowledge) rather than as sentences, so that a new relative, a new place
or a new misfortune word reads the same way. A collector who asks where the borrower lives, or checks a work
address, names a target with neither menace nor knowledge shown, and stays a loan question.

"posing": the police, a prosecutor or the "economic crime" squad as the sender of a text, a robot call or a
signature about the loan, with a consequence (a list, a travel ban, an arrest, officers "on the way"). An overdue
loan is a civil matter: a real lawsuit comes from a court, with a case number, and is a loan question; a court is
read here only from a recorded or robot voice, which courts do not use to demand payment.

Whether a match is told (not asked, feared, heard of, negated) is abuse.py's judgement, as for every cue.
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import Prefilter, needs, regex
from .clauses import any_of

# Who speaks: a collector, or a message or number that carries their words.
_AGENT_ZH = (r"(?:催收|催收员|催债的|要债的|讨债的|对方|他们|那边|那个人|这个人|打电话的|男的|女的|号码|短信|消息|语音|电话里"
             r"|电话那头)")
# The few characters between the agent and its verb: told, not asked or supposed ("催收会不会说你家人出事…吓唬人").
_NOT_ASKED_ZH = r"(?:(?!会|可能|要是|如果|万一|是不是)\S){0,6}"
# Pressure: a collector making the borrower do something.
_PRESS_ZH = r"(?:逼|让|叫|要求|劝|推荐|介绍|教|催)"
_SAY_ZH = r"(?:说|讲|问|发|念|报|写|提到|留言|暗示|告诉我)"
_KIN_ZH = (r"(?:爸|妈|爸妈|父母|老人|家人|全家|一家|家里人|老婆|老公|媳妇|孩子|儿子|女儿|闺女|弟弟|妹妹|哥哥|姐姐|奶奶|爷爷|外婆"
           r"|外公|姥姥)")
_PLACE_ZH = r"(?:老家|房子|屋|家门口|门口|楼下|楼道|小区|单元|门牌|住址|公司|单位|店|车|电动车|车库|工地|学校|幼儿园|校门|路上)"
# Menace: a misfortune to the target, or a warning to mind it.
_HARM_ZH = (r"(?:出(?:点|了)?(?:什么)?事|意外|着火|一把火|烧了|不结实|不安全|注意安全|小心|当心|看着点|不得安生|不好过|倒霉|遭殃"
            r"|别怪|后悔|身体不(?:太)?好吧|路灯|天黑)")
# Knowledge shown: a routine recited, or "we know" / a tag question over a detail of the borrower's life.
_KNOW_ZH = r"(?:(?:我们|他们|都)(?:很|挺)?(?:清楚|知道|晓得|查到了|摸清了?)|对吧|是吧|没错吧)"
_ROUTINE_ZH = r"(?:每天|天天|每周)\S{0,6}(?:几点|[早晚]上|点半?|\d+点)\S{0,6}(?:出门|回家|上学|放学|送|接|买菜|下班|上班)|几点出门|几点回|今天穿的"

CUES_ZH = (
    ("watched", any_of(
        # agent x act x (relative or place) x menace: "催收在电话里讲，你老家那边的房子是木头的吧，容易着火"
        rf"{_AGENT_ZH}{_NOT_ASKED_ZH}{_SAY_ZH}.{{0,12}}(?:你|我)(?:的|家的?|们家的?)?\S{{0,6}}(?:{_KIN_ZH}|{_PLACE_ZH}).{{0,20}}{_HARM_ZH}",
        # agent x act x a routine of the borrower or a relative, recited: "你老婆每天早上七点半送孩子上学"
        rf"{_AGENT_ZH}{_NOT_ASKED_ZH}{_SAY_ZH}.{{0,16}}(?:{_ROUTINE_ZH})",
        # agent x act x a place told back with knowledge shown: "你家住在XX小区X栋对吧", "你车停在B2那个位置对吧"
        rf"{_AGENT_ZH}{_NOT_ASKED_ZH}{_SAY_ZH}.{{0,6}}你(?:的|家的?)?\S{{0,8}}{_PLACE_ZH}.{{0,16}}{_KNOW_ZH}",
        # a message with nothing but an address in it
        r"(?:短信|消息|彩信)\S{0,8}(?:只有|只写了|就一个|光有)\S{0,10}(?:地址|门牌|住址|几栋几单元)")),
    ("pushed", any_of(
        # agent x pressure x a loan elsewhere: "催收员逼我去别的平台借钱来还", "让我找他介绍的贷款中介，说能秒批"
        rf"{_AGENT_ZH}{_NOT_ASKED_ZH}{_PRESS_ZH}我?[^，。 ]{{0,12}}(?:别的|另外|另一|其他|其它|几个|新的|指定)[^，。 ]{{0,6}}(?:平台|app|网贷|口子|中介|小贷)",
        rf"{_AGENT_ZH}{_NOT_ASKED_ZH}{_PRESS_ZH}我?.{{0,16}}(?:贷款中介|网贷|小贷|口子).{{0,10}}(?:借|下款|秒批|套现)",
        rf"{_AGENT_ZH}{_NOT_ASKED_ZH}{_PRESS_ZH}我?.{{0,10}}(?:借[^，。 ]{{0,6}}来还|以贷养贷|拆东墙补西墙|套现)")),
    ("posing", any_of(
        # the police or a prosecutor as the sender of a text, a robot call or a signature, with a consequence
        # (not the writer going to the police, nor an officer who says what will not happen: "民警说不会抓")
        r"(?:短信|消息|语音|电话|落款|署名|自动语音|机器人)[^去到找报问]{0,12}(?<![去到找报问])(?:公安|经侦|派出所|警方|警察|民警|刑警|检察院|检察官)"
        r".{0,24}(?<![不没别])(?<!不会)(?<!不用)(?:名单|受限|限制出行|出动|上门|抓|拘留|带走|逮捕|通缉|冻结|立案)",
        r"(?:名单|受限|限制出行|出动|抓|拘留|带走|逮捕|通缉|冻结|立案).{0,24}(?:落款|署名)\S{0,4}(?:是)?\S{0,4}(?:公安|经侦|派出所|警方|检察院)")),
)

_AGENT_EN = (r"(?:collectors?|agents?|callers?|they|he|she|someone|somebody|the (?:guy|man|woman|voice)|a text|texts|the text"
             r"|a message|the message|messages)")
_SAY_EN = r"(?:said|says|saying|told (?:me|us|him|her|them)|tells (?:me|us)|texted|sent|asked|wrote|warned|mentioned|reminded|hinted|joked|commented)"
_TARGET_EN = (r"(?:(?:your|my|his|her|our) (?:\w+ )?(?:mum|mom|mother|dad|father|parents|family|families|wife|husband|kids?|children"
              r"|son|daughter|sister|brother|grandma|grandmother|grandfather|grandpa|house|home|flat|apartment|place|car|shop|office"
              r"|garden|street|building|school|kindergarten|workplace)|peoples? famil(?:y|ies)|(?:old|elderly) (?:people|parents))")
# (not "safe": "stay safe" is a pleasantry; "your family's safety" is the menace)
_HARM_EN = (r"(?:accidents?|happen\w*|safety|careful|hell|fire|burn\w*|sorry|regret|dark|alone|hurt|fall\w*|shame if|pity if"
            r"|pretty|nice|lovely|fragile)")
_KNOW_EN = r"(?:we know|they know|i know|right|isnt it|dont you|dont they|every (?:morning|day|night|evening))"

CUES_EN = (
    ("watched", any_of(
        # agent x act x (relative or place) x menace or knowledge: "accidents happen to people's families"
        rf"\b{_AGENT_EN} (?:\w+ ){{0,2}}{_SAY_EN}\b.{{0,40}}\b{_HARM_EN}\b.{{0,30}}\b{_TARGET_EN}\b",
        rf"\b{_AGENT_EN} (?:\w+ ){{0,2}}{_SAY_EN}\b.{{0,40}}\b{_TARGET_EN}\b.{{0,30}}\b(?:{_HARM_EN}|{_KNOW_EN})\b",
        rf"\b(?:we|they) know (?:where|which|what time|when|the way|the route)\b.{{0,30}}\b{_TARGET_EN}\b",
        # the place itself sent: photos of the office door, a pin on the parents' house, an address with no words
        r"\b(?:sent|sending|send|keeps? sending|texted|forwarded) (?:me )?(?:a |an |some )?(?:\w+ )?(?:photos?|pictures?|videos?|map pin|pin|location)"
        r" of (?:my|our) (?:\w+ ){0,2}(?:office|house|home|door|building|car|shop|entrance|street|parents|kids?|children|daughter|son|school)\b",
        r"\b(?:nothing but|only|just) (?:my |our )?(?:\w+ )?(?:\w+s )?(?:home )?address\b")),
    ("pushed", any_of(
        # agent x pressure x a loan elsewhere: "told me to take a loan from a specific app"
        rf"\b{_AGENT_EN} (?:\w+ ){{0,2}}(?:told|tells|pushed|pushes|pressured|pressures|forced|made|urged|kept telling|wanted|asked) (?:me )?to "
        r"(?:take (?:out )?|borrow|get|apply for)\b.{0,40}\b(?:other|another|different|specific|new|more|their|his) (?:\w+ )?(?:apps?|platforms?|lenders?)\b")),
    ("posing", any_of(
        r"\b(?:robot|automated|recorded|robo ?call|text|message|sms|voice)\b.{0,30}\b(?:saying|said|says|claiming|claimed|from)\b.{0,12}"
        r"\b(?:the )?(?:police|public security|prosecutors?|procuratorate|court enforcement|enforcement bureau|cyber ?police)\b"
        r".{0,60}\b(?:arrest\w*|frozen|freez\w*|warrant|detain\w*|blacklist\w*|restricted|coming|on (?:their|the) way|unless|pay)\b")),
)

# A collector named, or the debt: a message, a number or "they" with a misfortune beside a home is a collector's only
# when the window or the clause before it is about collection ("物业短信说你家楼下施工，注意安全" is the building's).
_COLLECTION = regex(r"催|欠|债|贷|还钱|还款|借呗|花呗|逾期|老赖|我们的人"
                    r"|\b(?:collect\w*|debts?|owe\w*|loans?|pay|paid|repay\w*|jiebei|huabei|overdue|deadbeat)\b")


def unrelated(name: str, context: str) -> bool:
    """Whether a match of this module's ``watched`` cue stands in a window with no collector and no debt named (the
    police posing as the sender need neither: no real police text is about a loan)."""
    return name in ("watched", "pushed") and _COLLECTION.search(context) is None


# This module's cue names: they add abuse where they are told, and never set the learned reader aside (abuse.set_aside).
ADDS_ONLY = frozenset({"watched", "pushed", "posing"})

_BOTH = Prefilter([((name, pattern), needs(pattern)) for name, pattern in (*CUES_ZH, *CUES_EN)])


def reaching_back(window_text: str, context: str, found: list[str],
                  discounted: Callable[[str, str, re.Match[str], str], bool]) -> list[str]:
    """The cues of this module that need the clause before the window: the collector and the verb of saying often stand
    in their own clause ("催收在电话里讲，| 你老家的房子是木头的吧，| 容易着火"), and a window holds two clauses at most. A
    match in ``context`` (the window with the clause before) counts when it reaches into the window and abuse.py's
    ``discounted`` (asked, feared, negated, hearsay...) does not set it aside, read over the same context."""
    if context == window_text or not context.endswith(window_text):
        return []
    start = len(context) - len(window_text)
    more = []
    for name, pattern in _BOTH.possible(context):
        if name in found or name in more:
            continue
        if any(match.end() > start and not discounted(name, context, match, context) for match in pattern.finditer(context)):
            more.append(name)
    return more


__all__ = ["ADDS_ONLY", "CUES_EN", "CUES_ZH", "reaching_back", "unrelated"]
