"""A collector's own words pasted into the message (safe38): text inside quotes (“…”, 「…」, "…") or after
原话是： / "they texted:", said by a collector, is read as the collector's, whatever the borrower's calm words
around it. Borrowers often paste what they were sent and then ask a plain loan question ("对方短信：“今晚我们的人
会到你家楼下。”我想问能分期吗"): the clause rules see the borrower's question beside it and the collector's words
name no act they know. What makes such words a threat is whom they name: a collector has no lawful reason to speak
of the borrower's child, parents, spouse, home or workplace together with knowing, coming, harm or telling
everyone, nor to announce "our people" arriving tonight.

A quoted LAWFUL notice stays benign: a reminder, credit reporting, a lawsuit "依法", a plan or the official service
named in the quote clears it, unless the quote also holds harm or exposure (小心, 出事, 全公司, "shame if
something happened"). Only the quoted span's clauses are marked: the borrower's own question beside it is still
answered. Words quoted from a friend, a relative or the internet ("朋友开玩笑说“…”"), or the writer's own words to
the collector ("我跟催收说：“…”"), are not the collector's.
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import NEGATING_BIE, Clause, fold_clause

# A quoted span: quote marks, or the rest of the sentence after an introducing colon.
_MARKED = regex(r"“([^”]{4,240})”|「([^」]{4,240})」|『([^』]{4,240})』|‘([^’]{4,240})’|\"([^\"]{4,240})\""
                # single quotes only around Chinese (English apostrophes: "don't … it's")
                r"|'([^'a-zA-Z\n]{0,20}[\u3400-\u9fff][^'\n]{2,220})'")
_INTRO = regex(r"(原话(是|如下)?|原文(是|如下)?|内容(是|如下)|写着|写的是|这么写的|这样写的|这么说的|发来|发过来|发给我|发了一句|说|短信|消息|微信"
               r"|word for word|exact words( were)?|verbatim|texted( me)?|wrote|said|says|sent( me)?( this)?|message (said|read|reads)|voice message)"
               r"\s*[:：]\s*(?![“「『\"])([^。！？!?\n]{4,240})", re.IGNORECASE)
# Who said it: a collector named, or what was sent and who sent it, in the words before the quote.
_COLLECTOR = regex(r"催收|催款|催债|对方|自称|\b(collectors?|agents?|agency|callers?|lenders?)\b")
_SPEAKER = regex(r"他们|他|她|那个人|那人|短信|消息|微信|彩信|语音|电话里|原话|原文|发来|发过来|写着"
                 r"|\b(they|he|she|texts?|texted|messages?|messaged|sms|voice|email(ed)?|wrote|whatsapp|wechat|letter|note|their|his|her)\b")
# Someone else speaking (a friend's joke, a relative, the internet), or the writer's own words to them.
_OTHERS = regex(r"(朋友|同事|同学|网友|家人|我妈|我爸|妈妈|爸爸|老婆|老公|男朋友|女朋友|室友|邻居|网上|视频里|电视|有人说)\S{0,6}(开玩笑|调侃|吓唬?我|说|讲|问)"
                r"|(?<![跟对和给向让叫被])我(跟|对|和|给|回|回复|就|也|只)?\S{0,6}?(说|回|讲|回复)(了)?(一句)?[\s:：“「『\"]*$"
                r"|\b(friends?|mates?|colleagues?|coworkers?|wife|husband|mum|mom|dad|brother|sister|boss|roommate|someone online|people online|a video|a movie"
                r"|joked|joking|kidding)\b|\bi (told|said|texted|wrote|replied|answered)( (him|her|them))?[\s:：“\"]*$", re.IGNORECASE)

# Whom a collector has no reason to speak of: the borrower's family, home, workplace.
_YOURS_ZH = regex(r"(?<!我)(你的?|你们的?|你家的?)?(孩子|儿子|女儿|宝宝|闺女)|你(的|们|家的?)?(家里?人?|老婆|老公|媳妇|对象|爸|妈|爸妈|父母|老人|爷爷|奶奶"
                  r"|外婆|姥姥|公司|单位|老板|领导|同事|经理|主管|科室|学校|老家|村|小区|楼下|门口|店|车|房子)")
_YOURS_EN = regex(r"\byour (little |old |elderly |aging |ageing )?(wife|husband|partner|kids?|children|child|girl|boy|daughter|son|baby|mum|mom|mother"
                  r"|dad|father|parents|family|grandma|grandmother|grandpa|grandfather|boss|manager|office|colleagues|coworkers|company|hr|workplace"
                  r"|village|hometown|house|place|home|door|flat|apartment|car|school|street)s?\b")
# What a collector does with them: knows, comes, harms, tells everyone.
_MARKER_ZH = regex(r"知道|清楚|门儿清|电话|号码|地址|住址|聊聊|见|门口|查到|查清|掌握|摸清|有了|认识|记住|盯|去|到|来|上门|拜访|找|敲门|路上|等|蹲|打扰|联系|告诉|通知|发|群|曝光|公开|楼下")
_MARKER_EN = regex(r"\b(know|knows|known|have|got|found|list|come|coming|came|visit\w*|see|seen|drive|driving|waiting|outside|knock\w*|call\w*|tell|told"
                   r"|email\w*|sent|send\w*|read\w*|enjoy|people|alone|walk\w*|every (day|morning|night)|which|what time|saved|hears?|everything)\b")
_HARSH_ZH = regex(r"身体|出事|出点事|经得起|折腾|可爱|好看|漂亮|长得|小心|平安|安全|意外|摔|后果|看着办|想想|掂量|丢人|没脸|待不下去|混不下去|全公司|全村|所有人|都知道|认识认识|兄弟|我们的人|曝光"
                  r"|可别|别怪|影响(了|到)?(她|他|孩子|你家)")
_HARSH_EN = regex(r"\b(safe|safely|fall|happen\w*|shame|sad|frail|accident\w*|careful|cute|pretty|nice|hope nothing|regret|consequences|think about (it|that)|alone"
                  r"|everyone|whole|all know|will know|enjoy|our (guys|people|men|boys)|the boys)\b")
# A marker said as what they will not do ("我们不会找他们", "we won't contact your family"): a reassurance.
_NOT_ZH = regex(r"(不会|不要|不用|没有|没|不|" + NEGATING_BIE + r"|绝不)\S{0,2}$")
_NOT_EN = regex(r"\b(wont|will not|dont|do not|never|not|no need to|doesnt|does not)( \w+)? $")
# "People are coming tonight": arrival announced with a time, by "our people".
_ARRIVAL_ZH = regex(r"(今晚|今天晚上|晚上|半夜|明天|马上|现在|这就)\S{0,8}(我们的人|兄弟们?|有人|我们)\S{0,6}(去|到|来|上门|过去|在路上|敲门|找你)"
                    r"|(我们的人|兄弟们?)\S{0,10}(去|到|来|上门|在路上|等着|过去)")
_ARRIVAL_EN = regex(r"\b(tonight|tomorrow|this (evening|weekend)|soon|right now)\b.{0,40}\b(we|our (guys|people|men|boys)|some of our \w+|the boys|someone|people)"
                    r"( will| are| re| ll)?( be)? (come|coming|drive|driving|visit|visiting|at your|on (our|the) way|outside|knocking|drop\w* by|show\w* up)\b"
                    r"|\b(we|our (guys|people|men|boys)|some of our \w+|the boys)( will| are| re| ll)?( be)? (come|coming|driving|on (our|the) way|outside|at your)\b.{0,40}\b(tonight|tomorrow|soon)\b")
# A lawful step named in the quote: a reminder, credit reporting, a lawsuit by law, a plan, the official service.
_LAWFUL = regex(r"依法|起诉|诉讼|法院|征信|信用|报送|协商|客服|官方|分期|还款计划|法律|律师|减免|核实|95188|提醒"
                r"|\b(credit|court|legal\w*|law|sue|suing|lawsuit|instal\w*|plan|official|hotline|reminder|bureau|report\w*|verify)\b")


def quoted_spans(message: str) -> list[tuple[int, int]]:
    """The spans of the raw message that are a collector's words pasted in (see the module docstring)."""
    spans = []
    # (a flag, not ``pattern is _MARKED``: a lazily built pattern's global is rebound at its first use, bot.patterns_lazy)
    for pattern, marked in ((_MARKED, True), (_INTRO, False)):
        for match in pattern.finditer(message):
            group = next(index for index in range(match.re.groups, 0, -1) if match.group(index) is not None) \
                if marked else match.re.groups
            start, end = match.start(group), match.end(group)
            if _theirs(message[max(0, match.start() - 40):start]):
                spans.append((start, end))
    return spans


def _theirs(before: str) -> bool:
    """Whether the words before a quote name a collector (or what was sent, when no one else is named) as its speaker:
    after a friend, a relative or the writer, only a collector named again makes it theirs ("My wife texted me: …" is
    hers; "我朋友开玩笑说…结果催收发来：…" is the collector's)."""
    others = [m.end() for m in _OTHERS.finditer(before)]
    collector = [m.end() for m in _COLLECTOR.finditer(before)]
    if others:
        return bool(collector) and collector[-1] > others[-1]
    return bool(collector) or _SPEAKER.search(before) is not None


def menacing(quote: str) -> bool:
    """Whether a collector's quoted words threaten: the borrower's people or places named with knowing, coming,
    harm or exposure, or people announced to arrive; a lawful step clears it unless harm or exposure is there too."""
    text = fold_clause(quote)
    harsh = bool(_HARSH_ZH.search(text) or _HARSH_EN.search(text))
    arrival = bool(_ARRIVAL_ZH.search(text) or _ARRIVAL_EN.search(text))
    yours = bool((_YOURS_ZH.search(text) and (_marked(_MARKER_ZH, _NOT_ZH, text, 4) or harsh))
                 or (_YOURS_EN.search(text) and (_marked(_MARKER_EN, _NOT_EN, text, 20) or harsh)))
    if not (arrival or yours):
        return False
    return harsh or not _LAWFUL.search(text)


def _marked(marker: re.Pattern[str], negation: re.Pattern[str], text: str, reach: int) -> bool:
    """Whether ``text`` holds a marker not said as what they will not do."""
    return any(negation.search(text[max(0, m.start() - reach):m.start()]) is None for m in marker.finditer(text))


def menacing_quotes(message: str) -> list[tuple[int, int]]:
    """The spans of the raw message that hold a collector's menacing words, pasted in."""
    return [(start, end) for start, end in quoted_spans(message) if menacing(message[start:end])]


def unquoted(message: str, spans: list[tuple[int, int]]) -> str:
    """The message without ``spans`` (blanked): the borrower's own words. 听说 or a colleague inside a collector's
    quote ("听说你闺女明年高考") is the collector's saying, not hearsay the borrower passes on."""
    for start, end in spans:
        message = message[:start] + " " * (end - start) + message[end:]
    return message


def quoted_clauses(spans: list[tuple[int, int]], clauses: list[Clause]) -> set[int]:
    """The indices of the clauses that overlap ``spans``."""
    return {index for index, clause in enumerate(clauses) for start, end in spans if clause.start < end and clause.end > start}
