"""Collection abuse by presence and identity (ident137, issue 12, docs/safety.md Round 92).

collectors.py reads the words of a threat or an insult. Some of the most frightening collection says neither: what the
collector DOES is the abuse, and the borrower tells it plainly. Each reading below is an act crossed with what makes it
a collector's (the debt, a demand, a collector named), not a list of sentences:

- "anonymous": a caller who will not say who they are or for which company, while the debt is pressed ("问他是哪个公司的
  他就不说", "你管我是谁", "refuses to say what company he's from"). A lawful caller names the firm and a staff number.
- "scene": people at the writer's work, shop, school gate or building telling others loudly of the debt ("四五个人跑到我
  公司前台大声说我欠钱不还", "showed up at my office and loudly announced that I owe money").
- "labelled": the overdue debt called a crime (诈骗, 骗贷, fraud) by the one collecting it, to frighten: no collector
  files a criminal case over a late loan.
- "inflated": a sum demanded at least twice the loan told beside it ("借了八千…要还三万二", "borrowed 6,000 … owe 25,000");
  a lawful loan's penalty interest stays far below that (a real figure in the app is no such claim).
- "shadowed": followed, watched, named by a stranger, photos of the writer's home or children sent, the family's faces
  crossed out, a note left with the debt ("知道你住哪", "glad you got home safe").
- "outsiders": the debt taken to people outside any contact list (a temple, a church, a gym, a coach, a ward, a letting
  agent, a landlord, a residents' committee, a neighbourhood chat); a call to the workplace is read by collectors.py.
- "other_app": the borrower pushed by the collector to borrow from another app to pay.
- "short_link": a text with a link claiming a blacklist, a case or an arrest (no court sends a short link).

Whether a match is told (not asked, feared, negated, heard of) is abuse.py's judgement (``discounted``). The readers
are gated on one cheap search of the window (most windows hold none of the acts).
"""

from __future__ import annotations

import re
from typing import Callable

from ..numbers import parse_number
from ..patterns import Guarded, regex

_DEBT = regex(r"欠|债|贷|还钱|还款|借呗|花呗|逾期|老赖|催收|不还|\b(?:debts?|owe\w*|loans?|repay\w*|jiebei|huabei|overdue"
              r"|deadbeat|collect\w*|borrowed|pay)\b")
# A debt denied is no debt told: "我没欠钱", "I have no loans at all" (mend146; short_link read them as the debt).
_NO_DEBT = regex(r"(?:没|没有|未|不|从没|从来没|从未)(?:有)?(?:欠|借|贷)|\bno (?:\w+ )?(?:loans?|debts?)\b|\bnot in debt\b|\bdebt free\b"
                 r"|\b(?:dont|do not|never|didnt|did not) (?:\w+ )?(?:owe|borrow\w*|have (?:any )?(?:loans?|debts?))\b")
# A collector named as such (他们/they only with the debt told in the same window).
_COLLECTOR = regex(r"催收|催债|讨债|要债|追债|收债|\b(?:collectors?|collection|debt collect\w*)\b")
_AGENT = regex(r"催收|催债|讨债|要债|他们|对方|他|她|那人|那个人|\b(?:collectors?|they|he|she|the (?:guy|man|woman|caller))\b")
# Kin, a friend or a school as the one acting: "我妈让我去借", "my mum mailed me a photo" (not a collector's act).
_KIN = regex(r"(?:妈|爸|老公|老婆|媳妇|哥|姐|弟|妹|爷|奶|儿子|女儿|朋友|同事|闺蜜|室友|老师|学校|幼儿园|班主任|教练)\S{0,3}(?:让|叫|发|寄|说|推荐|劝)"
             r"|\b(?:mum|mom|dad|mother|father|wife|husband|brother|sister|friend|roommate|colleague|teacher|school|coach|nursery)s? (?:\w+ ){0,2}"
             r"(?:mailed|sent|told|said|asked|suggested|recommended)\b")

# -- anonymous: the identity asked and refused, or refused unasked.
_ID_ASKED_ZH = r"问(?!我)(?:他|她|对方|那人|了|过)?\S{0,6}(?:哪个公司|哪家公司|什么公司|公司名|公司全称|哪个单位|什么单位|哪里的|叫什么|是谁|工号|名字|身份|是不是\S{0,6}(?:官方|支付宝|借呗|蚂蚁))"
_REFUSED_ZH = r"(?:不说|不肯|不回答|不回|不告诉|不讲|不透露|(?<!我)就挂|(?:他|对方)(?:直接)?挂|一律不|别管|你管我|管我是谁|不重要|不关你|不用你管|不方便透露)"
_ANONYMOUS = regex(
    _ID_ASKED_ZH + r"[^。]{0,16}" + _REFUSED_ZH
    + r"|(?<!我)(?:不肯|不愿|拒绝|死活不|就是不|也不|从来不)(?:说|报|透露|告诉|提供|讲)\S{0,6}(?:工号|公司|名字|姓名|身份|单位|哪个|是谁|来历)"
    r"|(?:别|不用)?管我是谁|我是谁(?:不重要|你别管|跟你没关系)|是谁不重要"
    r"|(?<!\bi )\b(?:refus\w*|wont|wouldnt|will not|would not|doesnt|didnt|never) (?:even )?(?:to )?(?:say|give|tell|name|share|reveal"
    r"|identify|disclose|confirm)\b(?: \w+){0,4} (?:name|company|who|agency|badge|staff|reference|employee|firm|department"
    r"|which|what company|where)\b"
    r"|\b(?:doesnt|does not|dont|do not) matter who (?:i am|im|we are|he is)\b|\bnone of your business\b|\bnot your business\b"
    r"|\bwhen i ask (?:\w+ ){0,4}(?:who|which company|what company|his name|her name)\b")
# A demand or the debt: an anonymous caller pressing nothing is a spam call.
_PRESSED = regex(r"还|转|交|付|欠|钱|债|\b(?:pay\w*|send|money|owe\w*|debt|transfer|loan|fee)\b")

# -- scene: people at a place of the writer's, telling others of the debt aloud.
_PEOPLE = (r"(?:几个|[两三四五六七八九十0-9]+个|一群|一伙|一帮|好几个|一堆|有人|陌生(?:人|男人|女人)|男的|女的|催收(?:的人|员)?|他们"
           r"|\b(?:people|guys|men|women|group|gang|strangers?|someone|somebody|a man|a woman|two|three|four|five|six|several"
           r"|collectors?|they)\b)")
_PLACE = (r"(?:上班|公司|单位|前台|厂|车间|店|摊|超市|商场|学校|校门|楼下|小区|村口|办公室|工地|医院|餐厅|饭店|门口"
          r"|\b(?:office|work|workplace|reception|shop|store|restaurant|school|factory|building|lobby|salon|stall|site|gate)\b)")
_ALOUD = regex(r"大声|当着|当众|(?<!口)喊|嚷|吵|大喇叭|冲路人|见人就说|逢人就说|告诉(?:所有|每个)"
               r"|\b(?:loud\w*|shout\w*|yell\w*|announc\w*|scream\w*|in front of|told every\w*|telling every\w*|every (?:customer|one)"
               r"|shamed me|humiliated me)\b")
_SCENE = regex(rf"{_PEOPLE}[^。]{{0,24}}{_PLACE}|{_PLACE}[^。]{{0,12}}{_PEOPLE}")
_SAID_DEBT = regex(r"欠钱|欠债|不还|老赖|骗子|欠了|还钱|跑路|\b(?:owe\w*|debts?|deadbeat|thief|cheat|scam\w*|loans?|wont pay|doesnt pay"
                   r"|dont pay|shamed me|humiliated me)\b")

# -- labelled: the debt called a crime by the one collecting it.
_CRIME = regex(r"诈骗|骗贷|刑事|经侦|犯罪|判刑|\b(?:fraud\w*|criminal|crime|prosecut\w*)\b")
_LABELLED_BY = regex(r"(?:催收|催债|他们|对方|他|她)\S{0,16}(?:说|告|起诉|移交|报|立案|定|算|构成|威胁|骂)"
                     r"|(?:说|起诉|告|报|移交|按)\S{0,6}(?:我|你)?\S{0,4}(?:诈骗|骗贷)"
                     r"|\b(?:collectors?|they|he|she)\b (?:\w+ ){0,3}(?:say|said|says|tell|tells|told|call|calls|called|threaten\w*|will|ll|would|d)\b"
                     r"|\b(?:charge|report|sue|accuse)\w* (?:me|you) (?:\w+ ){0,2}(?:with|for|of)\b")
# A crime of someone else, or asked: "新闻上说有人…诈骗罪", "that isn't fraud, right?"
_OTHERS_CRIME = regex(r"新闻|报道|有人(?:伪造|冒充|用假)|\b(?:on the news|someone was|people who|a man was|a woman was)\b")

# -- inflated: the loan and a demanded sum.
_NUM = r"(?:[0-9]+(?: [0-9]{3})*(?:\.[0-9]+)?\s*(?:万|千|k|w)?|[零一二两三四五六七八九十百千万]{2,}|[一二两三四五六七八九][千万])"
_LOAN_SUM = regex(rf"(?:借了|借的是|借的|只借了?|本金才?是?|欠了|欠|\bborrowed|\bi (?:only |just )?borrow|\bloan (?:was|of|is)|\bprincipal (?:was|is|of))\s*(?:借呗)?\s*({_NUM})")
_DEMANDED_SUM = regex(rf"(?:要我?还|要还|还|开口就?要|就要|要我|\bowe|\bdemand\w*|\bpay(?: back)?|\bwant\w*)\s*(?:\w+ )?({_NUM})")
# A sum read from the app or a real schedule is the lender's own figure: "app上显示要还三千零九十", "分二十四期" (not the
# 期 of 逾期: mend146).
_OWN_FIGURE = regex(r"app|显示|账单|分\S{0,4}期|每期|期数|[0-9一二两三四五六七八九十]期|利息正常|\b(?:app shows|shows|instalments?|installments?|interest)\b")

# Someone else's loan or someone else's demand: "我同事借了两千，老板要他还五千" (not the writer's collector; mend146).
_OTHERS_LOAN = regex(r"(?:同事|朋友|同学|室友|邻居|亲戚|他|她|爸|妈|哥|姐|弟|妹|老公|老婆|儿子|女儿|表\S|堂\S)(?:也|又|先|之前|当时)?"
                     r"(?:借了|借的|只借|欠了)|\b(?:he|she|my (?:friend|colleague|coworker|brother|sister|dad|mum|mom|father|mother|son"
                     r"|daughter|husband|wife|cousin|neighbou?r)) (?:only |just )?borrowed\b")
_NOT_COLLECTOR = regex(r"(?:老板|店长|经理|公司|厂里|房东)\S{0,3}$|\b(?:boss|employer|manager|landlord)\b(?: \w+){0,2} $")

# -- watched.
_WATCHED = regex(
    r"(?:一直|总|老是|每天|天天|有人|陌生人|那人)?(?:跟着我|跟踪我|尾随我|盯着我|盯上我|蹲守|在我家楼下站|堵了?我|偷拍我|拿手机拍我)"
    r"|叫出了?我的?(?:全名|名字)|喊出我的名字|知道(?:你|我)(?:住|家|在哪|每天|几点|上班|孩子)|(?:你|我)(?:老家|家)\S{0,6}挺好找"
    r"|昨晚你回来|几点下班|走哪条路|你跑不掉"
    r"|(?:发|寄)\S{0,6}(?:我家|楼道|门口|孩子|女儿|儿子|幼儿园|学校|我爸妈|父母)\S{0,10}(?:照片|相片)"
    r"|(?:照片|相片|全家福|合照|合影)[^。]{0,20}(?:打了?叉|画了?叉|划了?叉|叉|涂黑|撕|烧|剪掉|挖掉|扎)"
    r"|(?:纸条|字条|条子|便条)\S{0,10}(?:写着|写了|上面)\S{0,16}(?:欠|还钱|知道|住哪|小心|老赖)"
    r"|\b(?:followed|following|tailed|tailing|stalk\w*|watching) me\b|\b(?:said|called out|knew|shouted) my (?:full )?name\b"
    r"|\bknows? where (?:you|i|we) (?:live|park|work|go|sleep)\b|\bglad you got home\b"
    r"|\bphotos? of my (?:kids|children|son|daughter|family|house|home|door|car|flat|building|parents|wife|husband)\b"
    r"|\bdefaced\b|\bcrossed out\b|\bfaces? (?:scratched|crossed)\b"
    r"|\bnote (?:under|on) my (?:windshield|windscreen|wiper|door|car)\b")
# A sign that needs no debt word: the family's faces crossed out, "you can't run", "we know where you live".
_MENACE_ALONE = regex(r"叉|涂黑|剪掉|挖掉|你跑不掉|知道你住|\b(?:defaced|crossed out|scratched|know where you)\b")
# A stranger named: "一个不认识的男人", not "遛狗的大爷叫我小王" (a neighbour).
_STRANGER = regex(r"陌生|不认识|有个人|有人|一个人|男的|女的|\b(?:stranger|someone|somebody|a man|a woman|a guy|some guy)\b")
# Someone of the writer's day who follows or knows them, named just before (a courier up the stairs, a child, a dog).
_EVERYDAY = regex(r"快递|外卖|保安|同事|邻居|朋友|同学|孩子|儿子|女儿|狗|猫|大爷|大妈|阿姨|顾客|客人"
                  r"|\b(?:courier|delivery|guard|colleague|neighbou?r|friend|classmate|kids?|son|daughter|dog|cat|customer)\b")
_NAME_ONLY = regex(r"叫出了?我的?(?:全名|名字)|喊出我的名字|\b(?:said|called out|knew|shouted) my (?:full )?name\b")

# -- outsiders: places and people no contact list names (a workplace is collectors.py's).
_OUTSIDER = (r"(?:老师|寺|庙|教会|教堂|清真寺|健身房|中介|护士|病房|教练|业主群|居委会|物业|便利店|小卖部|牧师|师父|房东|村委"
             r"|\b(?:mosque|church|temple|gym|coach|teacher|ward|nurses?|landlord|landlady|letting agent|estate agent|residents"
             r"|committee|imam|priest|pastor|priest|building manager)\b)")
_OUTSIDERS = regex(
    rf"(?:催收|催债|讨债|要债|他们|对方)\S{{0,12}}(?:打到|打给|打电话(?:给|到)|打了?电话给|给|找到|找上|联系了?|发短信给|发到|跑到|去了?|通知|告诉|找)\S{{0,12}}{_OUTSIDER}"
    rf"|\b(?:collectors?|they|someone|somebody)\b (?:\w+ ){{0,2}}(?:called|phoned|rang|contacted|messaged|texted|went to|showed up at"
    rf"|turned up at|visited|call|tell|told|tells|contact|inform\w*)\b (?:\w+ ){{0,4}}{_OUTSIDER}")

# The same threatened ("说要通知我房东"): only where a collector is named in the window or the clause before, or the
# writer is the one to be put out (mend146: a neighbour "说要找居委会把我们家的狗赶走" is a quarrel).
_THREATENED = regex(rf"说要(?:通知|告诉|找|打给|联系)\S{{0,6}}{_OUTSIDER}")
# An outsider made to act against the writer: "通知我房东把我赶出去", "have me evicted", notices posted.
# (mend146: the writer is the one put out, "把我们家的狗赶走" is not.)
_USED_AGAINST = regex(r"(?:把|让|叫|将|逼)(?:我|我们|我家|我们家|我们一家|我一家)(?:人|老小|全家)?(?:都|也)?(?:从\S{0,5})?(?:赶出去|赶走|轰出去|搬走|搬出去)|赶我(?:走|出去)|贴公告|贴告示|贴大字报"
                      r"|\b(?:evict\w* (?:me|us)|(?:have|get) (?:me|us) evicted|kick\w* (?:me|us) out|throw\w* (?:me|us) out"
                      r"|post\w* (?:up )?notices)\b")

# -- other_app: another loan, pressed by the collector.
_OTHER_APP = regex(
    r"(?:让|逼|要|叫|催|劝)我\S{0,4}(?:去|下载|到|找|用)\S{0,12}(?:借|贷|套现|撸)"
    r"|\b(?:told|tells|pushed|pushing|push|pressur\w*|forc\w*|made|asked|wants?|urg\w*|insist\w*) (?:me )?(?:to )?(?:\w+ ){0,2}"
    r"(?:borrow|take (?:out )?(?:a )?loan|get (?:a )?loan|download)\b")
_OTHER_LENDER = regex(r"美团|京东|金条|微粒贷|分期乐|360|借条|网贷|别的|其他|另一个|另外|\b(?:another|other|different|apps?|platforms?|lenders?)\b")

# -- short_link.
_LINK = regex(r"t cn|短链|链接|点击|http|www|bit ly|\b(?:short link|click\w*|link)\b")
# A clause break inside a window (clauses are joined by a space) and a question of the writer's own in a clause: "短信说点击
# 链接领取积分 我借呗逾期了会不会上黑名单" is a points offer and the writer's question (mend146).
_BREAK = regex(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")
_ASKED = regex(r"会不会|会被|会上|吗|是否|是不是|能不能|怎么|\?|\b(?:will|would|could|can|do|does|am) i\b")
_LINK_CLAIM = regex(r"失信|黑名单|立案|拘|逮捕|抓|上门|\b(?:blacklist\w*|arrest\w*|detain\w*|warrant|court|case|officers?)\b")

# Every reading needs one of these in its window; the search is skipped where none of their branches' characters is
# there (Guarded: most windows; speed only).
_GATE = Guarded(regex("|".join(p.pattern for p in (_ANONYMOUS, _ALOUD, _CRIME, _LOAN_SUM, _WATCHED, _OUTSIDERS, _THREATENED,
                                                   _OTHER_APP, _LINK))))


# The names of this module's readings: they only add abuse, and never close a crisis reader (mend146: bot.safety's
# learned-reader gate and the router's classifier crisis look past an abuse read by these alone).
READINGS = frozenset({"anonymous", "scene", "labelled", "inflated", "shadowed", "outsiders", "other_app", "short_link"})


def presence_only(abuse: "tuple[str, ...] | list[str]") -> bool:
    """Whether an abuse reading comes from this module's acts alone (mend146): such a reading neither closes the
    learned crisis reader's gate (bot.safety.assess) nor sets aside the classifier's crisis reading (bot.routing)."""
    return bool(abuse) and set(abuse) <= READINGS


def _amount(token: str) -> float | None:
    """The value of a folded amount token ("8 000", "三万二", "2.5万", "5k")."""
    token = token.replace(" ", "")
    scale = 1
    if token[-1:] in ("万", "w") and not token[:-1].strip("0123456789."):
        token, scale = token[:-1], 10000
    elif token[-1:] in ("千", "k") and not token[:-1].strip("0123456789."):
        token, scale = token[:-1], 1000
    value = parse_number(token) if token else None
    return value * scale if value is not None else None


def _inflated(whole: str) -> re.Match[str] | None:
    """The demanded sum's match when the message tells a loan and, after it, a sum at least twice every loan told
    before it together ("借了五千，又借了一万五，一共欠两万" is no inflation), not the app's own figure."""
    loans = [(m.end(), _amount(m.group(1))) for m in _LOAN_SUM.finditer(whole)
             if not _OTHERS_LOAN.search(whole, max(0, m.start() - 24), m.start() + 4)]  # the writer's own loans only
    if not loans or loans[0][1] is None or loans[0][1] < 500:
        return None
    for demand in _DEMANDED_SUM.finditer(whole, loans[0][0]):
        value = _amount(demand.group(1))
        principal = sum(amount or 0 for end, amount in loans if end <= demand.start())
        if value is not None and value >= 2 * principal and not _OWN_FIGURE.search(whole[loans[0][0]:demand.end()]) \
                and not _NOT_COLLECTOR.search(whole[max(0, demand.start() - 12):demand.start() + 2]):
            return demand
    return None


def _link_claims(window_text: str) -> bool:
    """Whether the window's text with a link claims a blacklist, a case or an arrest: in the link's own clause, or in
    another clause that is not the writer's question."""
    clauses = _BREAK.split(window_text)
    return any(_LINK_CLAIM.search(c) and (_LINK.search(c) or not _ASKED.search(c)) for c in clauses)


def _readings(window_text: str, context: str, whole: str) -> list[tuple[str, re.Match[str]]]:
    """Each reading's first candidate match in the window (judged afterwards by ``discounted``)."""
    seen = f"{whole} {context}" if whole else context or window_text  # (the message without a collector's quoted words,
    # and the window with them: "有个人叫出我的名字说“借呗的钱什么时候还”")
    found: list[tuple[str, re.Match[str]]] = []
    if (m := _ANONYMOUS.search(window_text)) and _PRESSED.search(seen):
        found.append(("anonymous", m))
    if (m := _ALOUD.search(window_text)) and _SCENE.search(context or window_text) and _SAID_DEBT.search(context or window_text) \
            and (_COLLECTOR.search(seen) or _SAID_DEBT.search(window_text)):
        found.append(("scene", m))
    if (m := _CRIME.search(window_text)) and _LABELLED_BY.search(window_text) and _DEBT.search(seen) \
            and not _OTHERS_CRIME.search(seen):
        found.append(("labelled", m))
    if (m := _DEMANDED_SUM.search(window_text) or _LOAN_SUM.search(window_text)) and _AGENT.search(seen) \
            and _inflated(whole or context or window_text):
        found.append(("inflated", m))  # (the sums are read in the message, the telling judged in this window)
    if (m := _WATCHED.search(window_text)) and not _KIN.search(context or window_text) and (
            _MENACE_ALONE.search(window_text) or _DEBT.search(seen) and not _EVERYDAY.search(window_text[max(0, m.start() - 30):m.start()]) and (
                _STRANGER.search(context or window_text) or _COLLECTOR.search(seen) and not _NAME_ONLY.fullmatch(m.group(0)))):
        found.append(("shadowed", m))
    if (m := _OUTSIDERS.search(window_text) or (_COLLECTOR.search(context or window_text) or _USED_AGAINST.search(window_text))
            and _THREATENED.search(window_text)) and (_USED_AGAINST.search(window_text) or _DEBT.search(seen) and (
            _COLLECTOR.search(seen) or _SAID_DEBT.search(window_text))):
        found.append(("outsiders", m))
    if (m := _OTHER_APP.search(window_text)) and _OTHER_LENDER.search(window_text) and _AGENT.search(context or window_text) \
            and not _KIN.search(context or window_text) and _DEBT.search(seen):
        found.append(("other_app", m))
    if (m := _LINK.search(window_text)) and _link_claims(window_text) and (
            _DEBT.search(_NO_DEBT.sub(" ", seen)) or len({c.group(0) for c in _LINK_CLAIM.finditer(window_text)}) > 1):
        found.append(("short_link", m))
    return found


def presence(window_text: str, context: str, whole: str,
             discounted: Callable[[str, str, re.Match[str], str], bool]) -> list[str]:
    """The names of this module's readings told in a window (module doc). ``context`` is the window with the clause
    before, ``whole`` the folded message, ``discounted`` abuse.py's judgement of a match."""
    if not _GATE.search(window_text):
        return []  # (speed only: most windows hold none of the acts)
    told = []
    for name, match in _readings(window_text, context, whole):
        if not discounted(name, window_text, match, context):
            told.append(name)
    return told


__all__ = ["READINGS", "presence"]
