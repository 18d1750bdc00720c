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
read here only from a recorded or robot voice, which courts do not use to demand payment, or from a notice (with a
case number however real it looks) that asks for the money through a person's account, a card, a link, a code or an
app (mend81).

Who acts decides (mend81, review97): a match counts only when a collector is named in the window or the clause before,
or implied as a message, a number or a voice beside the debt; family, friends, the building's management or a courier
named right before the speaker is no collector. A kind remark (路上小心, 注意安全) needs a condition or a misfortune named
beside it, a routine must be recited of the borrower or a relative, and a workplace checked with 是吧 stays a loan question.

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
# A court or its mediation named: the notice "posing" reads when it asks for money through an account, a link or an app.
_COURT_ZH = r"(?:法院|起诉|诉前调解|调解员|调解中心|案号|书记员|传票)"
# Any character but a stop or a word that rules a payment out (不会让你转账, 不用转给任何人): "posing"'s notices (review98).
_NOT_RULED_OUT_ZH = r"(?:(?!不会|不要|别|不用|不必|绝不|从不|不需要|无需)[^。])"
# Pressure: a collector making the borrower do something.
_PRESS_ZH = r"(?:逼|让|叫|要求|劝|推荐|介绍|教|催)"
# Advice against borrowing elsewhere is no pressure: "他们都劝我别去其他网贷借钱来还" (mend81, review97).
_NOT_AGAINST_ZH = r"(?:(?!不要|别|不用|不必|不能|千万)[^，。 ])"
# (not the writer's own verb: "催收打电话来我说在忙" is the writer speaking; 跟我说 / 对我说 stay the collector's)
_SAY_ZH = r"(?<![^跟对和给向]我)(?:说|讲|问|发|念|报|写|提到|留言|暗示|告诉我)"
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
        rf"{_AGENT_ZH}{_NOT_ASKED_ZH}{_PRESS_ZH}我?{_NOT_AGAINST_ZH}{{0,12}}(?:别的|另外|另一|其他|其它|几个|新的|指定)[^，。 ]{{0,6}}(?:平台|app|网贷|口子|中介|小贷)",
        rf"{_AGENT_ZH}{_NOT_ASKED_ZH}{_PRESS_ZH}我?{_NOT_AGAINST_ZH}{{0,16}}(?:贷款中介|网贷|小贷|口子).{{0,10}}(?:借|下款|秒批|套现)",
        rf"{_AGENT_ZH}{_NOT_ASKED_ZH}{_PRESS_ZH}我?{_NOT_AGAINST_ZH}{{0,10}}(?:借[^，。 ]{{0,6}}来还|以贷养贷|拆东墙补西墙|套现)")),
    ("posing", any_of(
        # the police or a prosecutor as the sender of a text, a robot call or a signature, with a consequence
        # (not the writer going to the police, nor an officer who says what will not happen: "民警说不会抓")
        r"(?:短信|消息|语音|电话|落款|署名|自动语音|机器人)[^去到找报问]{0,12}(?<![去到找报问])(?:公安|经侦|派出所|警方|警察|民警|刑警|检察院|检察官)"
        r".{0,24}(?<![不没别])(?<!不会)(?<!不用)(?:名单|受限|限制出行|出动|上门|抓|拘留|带走|逮捕|通缉|冻结|立案)",
        r"(?:名单|受限|限制出行|出动|抓|拘留|带走|逮捕|通缉|冻结|立案).{0,24}(?:落款|署名)\S{0,4}(?:是)?\S{0,4}(?:公安|经侦|派出所|警方|检察院)",
        # a court's or a mediator's notice that asks for the money through a person's account, a link, a code or an
        # app (mend81, review97): no court is paid so, however real its case number looks
        # (no payment ruled out between the court and the transfer: "法院说不会让你转账，所有还款都在支付宝借呗里操作"; and the account
        # in the same clause, where a comma reads as a space: review98)
        rf"{_COURT_ZH}{_NOT_RULED_OUT_ZH}{{0,60}}(?:转账|转到|转给|打到|汇到|交到|付到|缴到|把钱打)[^，。 ]{{0,10}}(?:账户|账号|卡|支付宝|微信)",
        rf"{_COURT_ZH}{_NOT_RULED_OUT_ZH}{{0,60}}(?:加|联系|通过|用|打到|转到)\S{{0,6}}(?:微信|支付宝)(?!\S{{0,4}}(?:借呗|花呗|还款|里还|上还|app|App))",
        rf"{_COURT_ZH}[^。]{{0,60}}(?:点|打开)\S{{0,6}}链接\S{{0,12}}(?:输入|填|缴|付|支付)",
        rf"{_COURT_ZH}[^。]{{0,60}}扫\S{{0,2}}(?:二维码|码)\S{{0,10}}(?:缴|付|支付|交)",
        # money to an account as the price of a lawsuit withdrawn or a case closed ("把欠款转到指定账户就可以撤诉")
        r"(?<!别)(?<!不要)(?<!不会)(?:转账|转到|转给|打到|汇到)[^，。 ]{0,10}(?:账户|账号|卡|支付宝|微信)[^，。]{0,8}(?:撤诉|撤案|结案|销案|免于开庭|不用开庭)")),
)

_COURT_EN = r"\b(?:court|case number|mediat\w*|lawsuit|sued|bailiffs?|summons)\b"
_AGENT_EN = (r"(?:collectors?|agents?|callers?|they|he|she|someone|somebody|the (?:guy|man|woman|voice)|a text|texts|the text"
             r"|a message|the message|messages)")
_SAY_EN = r"(?:said|says|saying|told (?:me|us|him|her|them)|tells (?:me|us)|texted|sent|asked|wrote|warned|mentioned|reminded|hinted|joked|commented)"
_TARGET_EN = (r"(?:(?:your|my|his|her|our) (?:\w+ )?(?:mum|mom|mother|dad|father|parents|family|families|wife|husband|kids?|children"
              r"|son|daughter|sister|brother|grandma|grandmother|grandfather|grandpa|house|home|flat|apartment|place|car|shop|office"
              r"|garden|street|building|school|kindergarten|workplace)|peoples? famil(?:y|ies)|(?:old|elderly) (?:people|parents))")
# (not "safe": "stay safe" is a pleasantry; "your family's safety" is the menace)
# (not "sorry", "nice" or a bare "happen": "she was sorry about my dad's funeral", "he was nice about it", "hard times
# happen to families" are kindness; "something to happen to your car" stays; mend81, review97)
_HARM_EN = (r"(?:accidents?|(?:something|anything)(?: \w+)? happen\w*|safety|careful|hell|fire|burn\w*|regret|dark|alone|hurt|fall\w*|shame if|pity if"
            r"|pretty|lovely|fragile)")
# (A collector's "I know" shows knowledge only with what is known: "I know where you live"; the writer's own "I know I owe
# it", in the next sentence of a window read without its stops, is no menace: held-out 51.)
_KNOW_EN = (r"(?:we know|they know|i know (?:where|which|when|what time|the way|the route|your|you)|right|isnt it|dont you|dont they"
            r"|every (?:morning|day|night|evening))")

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
        r"(?:take (?:out )?|borrow|get|apply for)\b(?:(?!\b(?:dont|not|never)\b).){0,40}\b(?:other|another|different|specific|new|more|their|his) (?:\w+ )?(?:apps?|platforms?|lenders?)\b")),
    ("posing", any_of(
        r"\b(?:robot|automated|recorded|robo ?call|text|message|sms|voice)\b.{0,30}\b(?:saying|said|says|claiming|claimed|from)\b.{0,12}"
        r"\b(?:the )?(?:police|public security|prosecutors?|procuratorate|court enforcement|enforcement bureau|cyber ?police)\b"
        r".{0,60}\b(?:arrest\w*|frozen|freez\w*|warrant|detain\w*|blacklist\w*|restricted|coming|on (?:their|the) way|unless|pay)\b",
        # a court's or mediator's notice asking for payment to a person's account, a card, an app or in coins (mend81)
        rf"{_COURT_EN}(?:(?!\b(?:never|not|dont|do not|no need)\b).){{0,100}}\b(?:transfer\w*|wire\w*|pay\w*|send\w*|deposit\w*)\b.{{0,40}}"
        r"\b(?:personal account|private account|bank card|wechat|alipay|bitcoin|crypto\w*|gift cards?|a link|the link|qr code)\b")),
)

# Who acts decides (mend81, review97): nearly every message to this bot names the loan, so the debt is no gate. A match
# counts when a collector is named in the window or the clause before, or, for "watched" only, when the speaker is a
# message, a number or a voice (a collector implied) beside the debt. Pressure to borrow elsewhere is a collector's only.
_COLLECTOR = regex(r"催收|催债|要债|讨债|收债|追债|债主|贷后|委外|我们的人"
                   r"|\b(?:collect(?:or|ors|ion|ions|ing)|debt agents?|recovery agents?|agents?)\b")
_DEBT = regex(r"欠|债|贷|还钱|还款|借呗|花呗|逾期|老赖|\b(?:debts?|owe\w*|loans?|repay\w*|jiebei|huabei|overdue|deadbeat)\b")
_IMPLIED = regex(r"^(?:号码|短信|消息|彩信|语音|电话那头|打电话的|陌生|那个人|这个人|男的|女的)"
                 r"|^(?:they|someone|somebody|the (?:guy|man|woman|voice)|a text|texts|the text|a message|the message|messages|unknown)\b")
# (English: the sender of a photo or an address stands before the words matched: "they sent me photos of my door")
_THEY_SENT = regex(r"\b(?:they|someone|somebody|stranger|unknown number|a text|texts|the text|a message|the message|messages|sms|number)\b")
# Another sender named right before the speaker: the building's management, a courier, family, friends, colleagues, a
# broker or a therapist ("物业发短信说你家楼下在施工，进出注意安全", "my mum sent me photos of our house").
_OTHER_SENDER = regex(r"物业|快递|外卖|我(?:的)?(?:爸|妈|老婆|老公|媳妇|姐|哥|弟|妹|家人|朋友|同事|领导|老板)|家里人|爸妈|父母|朋友|同事|中介"
                      r"|邻居|老师|学校|房东|社区|居委会|医生|银行|客服|官方|借呗(?:的)?(?:短信|通知|提醒)|支付宝(?:的)?(?:短信|通知|提醒)"
                      r"|\b(?:my (?:\w+ )?(?:mum|mom|mother|dad|father|parents|wife|husband|sister|brother|friends?|colleagues?|boss|therapist"
                      r"|doctor|neighbou?rs?|landlord|teacher|son|daughter|family)|the (?:bank|landlord|school|building)|neighbou?rs?)\b")
# A kind word is menace only beside a condition or a misfortune named: "路上小心点" with a repayment date agreed is a
# pleasantry; "再不还，你下班那条路没路灯，当心点" is not.
_SOFT_HARM = regex(r"注意安全|小心|当心|看着点|路灯|天黑|\b(?:careful|dark|alone)\b")
_HARD_HARM = regex(r"出(?:点|了)?(?:什么)?事|意外|着火|一把火|烧了|不结实|不安全|不得安生|不好过|倒霉|遭殃|别怪|后悔|身体不(?:太)?好吧"
                   r"|\b(?:accidents?|(?:something|anything)(?: \w+)? happen\w*|safety|hell|fire|burn\w*|regret|hurt|fall\w*|shame if|pity if|fragile)\b")
_CONDITION = regex(r"不还|再不|要是|如果|不然|否则|还不上|拖着|躲着|别躲|晚上一个人|一个人在家|没路灯|没有路灯"
                   r"|\b(?:if you dont|unless|or else|otherwise|wouldnt want|until you pay|before you pay)\b")
# A routine is menace when recited of the borrower or a relative (你 / a relative), not the writer's own or a reminder.
_RECITED = regex(rf"你|把我|我的|我家|{_KIN_ZH}")
# A tag question over a workplace with the collector checking it: "你单位还是在XX公司是吧" verifies an address.
_CHECKING = regex(r"确认|核实|核对|核查|登记|更新")
_WORK_ONLY = regex(r"单位|公司")  # (an employer checked; a shop told back with 对吧 stays: "你店就在菜市场东门对吧")
_HOME = regex(rf"住|家|门牌|小区|单元|楼|学校|幼儿园|校门|{_KIN_ZH}")
_POSING_MILD = regex(r"(?:上门|立案)$")
_PAY = regex(r"不还|还款|欠款|还钱|欠钱|欠债|贷款|借呗|逾期")


def _kind_or_checking(text: str, match: re.Match[str], context: str) -> bool:
    """Whether a ``watched`` match is a kind remark, a reminder, the writer's own routine or a check of a workplace."""
    said = match.group(0)
    if _SOFT_HARM.search(said) and not _HARD_HARM.search(said) and not _ROUTINE.search(said) \
            and not _CONDITION.search(context) and not _KNOWN.search(said) and not (_TAG.search(said) and _HOME.search(said)):
        return True  # "催收说下雨天你骑电动车上班路上小心点，然后跟我约了下周三还款"
    if _ROUTINE.search(said) and not _HARM_OR_KNOW.search(said) and not _RECITED.search(said):
        return True  # "借呗短信提醒说每天晚上下班前记得还款": no one's routine recited
    if _TAG.search(said) and not _HARD_HARM.search(said) and (_CHECKING.search(context) or (
            _WORK_ONLY.search(said) and not _HOME.search(said))):
        return True  # "催收打电话确认说你单位还是在XX公司是吧": an address checked
    return False


_ROUTINE = regex(_ROUTINE_ZH)
_KNOWN = regex(r"(?:我们|他们|都)(?:很|挺)?(?:清楚|知道|晓得|查到了|摸清了?)|\b(?:we know|they know|i know|every (?:morning|day|night|evening))\b")
_TAG = regex(r"对吧|是吧|没错吧")
_HARM_OR_KNOW = regex(rf"{_HARM_ZH}|{_KNOW_ZH}")


def unrelated(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether a match of this module's cues is no collector's act (mend81, review97): another sender is named right
    before the speaker, no collector is named or implied (pressure to borrow elsewhere: none named), a kind remark or a
    check, or the police announcing a visit or a case with no debt in its clause."""
    if name not in ADDS_ONLY:
        return False
    before = text[max(0, match.start() - 12):match.start()] if not match.group(0).isascii() else text[max(0, match.start() - 40):match.start()]
    if name == "posing":
        said = match.group(0)
        clause_rest = re.split(r"[，。,.;；！？!? ]", text[match.end():], maxsplit=1)[0]
        # (a list, a travel ban, an arrest need no debt named: no real police text says so; a visit or a case registered
        # does: "民警下周会上门核查流动人口登记" is a household check)
        return bool(_POSING_MILD.search(said) and not _PAY.search(said + clause_rest))
    if not _COLLECTOR.match(match.group(0)) and (_OTHER_SENDER.search(before) or _OTHER_SENDER.match(match.group(0))):
        return True
    collector = _COLLECTOR.search(context) is not None
    if name == "pushed":
        return not collector
    implied = _IMPLIED.search(match.group(0)) or (match.group(0).isascii() and _THEY_SENT.search(before))
    if not collector and not (_DEBT.search(context) and implied):
        return True
    return _kind_or_checking(text, match, context)


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
