"""Finality arrangements (cues60, issue 12 round 51): a crisis told by handing things over for good.

An independent set missed crises that name no death at all: the passwords and the bank card left for a sister, the
savings moved to a brother, a child or a cat handed to a relative, each beside a loan question that pulled the reply to
the account topics. Either half alone is everyday: giving a spouse the Wi-Fi password, a child at grandma's for the
summer, a card handed to a parent to stop overspending, an old phone passed on since a new one was bought. What makes
the crisis is the two together, close by:

- **a handover**: something a living person keeps (a card, a PIN or password, savings, keys, a child, a pet, one's
  things) given, left, moved or entrusted to someone (交给 / 留给 / 托付 / 转给 / 送到…家, "gave", "left with",
  "handed", "transferred", "will live with"); AND
- **a finality or an absence** in the same clause or within the next few clauses, or one clause before: the writer
  will not need it or not be there (以后用不着了, 我走了以后, 等我不在了, 不会再回来, 永远, 以后就是你的了, "when I'm
  gone", "for good", "won't need money where I'm going", "not coming back"). A bare 以后 / "from now on" is no finality:
  "以后她负责还借呗" is a household arrangement.

The everyday reading is read only on the clauses between the two halves and one either side (a trip, a move, a new
phone, the summer, someone who will repay or manage the money): never message-wide. The mechanism only ADDS a crisis;
a message it does not read is read by the other rules exactly as before. The clauses holding both halves are marked.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause

# What a living person keeps: money and the keys to it, a home's keys, a child, a pet, one's things.
_KEPT_ZH = (r"(?:银行卡|工资卡|提款卡|信用卡|储蓄卡|卡|密码|存款|存折|积蓄|钱|账号|钥匙|孩子|儿子|女儿|闺女|小孩|猫|狗|宠物|猫咪|狗狗"
            r"|手机|电脑|吉他|车|东西|遗物)")
# Handing it over: to someone (交给 / 留给 / 托付 / 转给 / 发给 / 告诉 …), or taken to a relative's home.
_HANDED_ZH = (r"(?:给(?:了)?(?:我)?(?:姐|哥|弟|妹|妈|爸|爸妈|父母|老婆|老公|儿子|女儿|朋友|室友|邻居|他|她)|(?:交|留|转|畀|俾)(?:咗|了)?(?:俾|畀|给)|交给|交到|留给|留在|托付|托给|转给|转到|给了|送给|送到|送回|发给|告诉|写给|拜托|放在|压在|过户给"
              r"|(?:以后|从此)(?:就)?(?:交给|归|让|由)(?:你|她|他|你们|外婆|奶奶|姥姥|我妈|我爸|我姐|我哥)(?:了|带|养|管)?)")
_HANDOVER_ZH = regex(rf"{_KEPT_ZH}\S{{0,12}}{_HANDED_ZH}|{_HANDED_ZH}\S{{0,10}}{_KEPT_ZH}")
_KEPT_EN = (r"(?:(?:bank |debit |atm |credit )?cards?|pins?|passwords?|logins?|savings|money|cash|keys|car|laptop|phone|guitar|things|stuff"
            r"|belongings|everything|(?:my |our )?(?:son|daughter|kids?|child|children|baby|boy|girl|cat|dog|pet|puppy|kitten)s?)")
_HANDOVER_EN = regex(
    rf"\b(?:gave|given|give|left|leave|handed|hand|transferred|transfer|sent|passed|signed over|pass|wrote down|sorted out)\b(?: \w+){{0,5}} {_KEPT_EN}\b"
    rf"|\b{_KEPT_EN} (?:\w+ ){{0,3}}(?:is |are |will be )?(?:with|to|staying with|living with|will live with|lives with)\b")
# The writer will not need it, or will not be there: in the same clause or close by.
_GONE_ZH = regex(
    # not needing it, said by the writer (以后我用不着了, 我就用不上了; not 他说不需要了)
    r"(?:^|\s|我|以后|反正|再也)(?:(?![他她你])\S){0,6}(?:用不着|用不上|花不着|花不上|用不到|不需要|不会再需要|不再需要|再也用不|唔使用|不用用|用唔着|用唔到|唔需要)"
    r"(?:了|啦|喇|这些|钱|它们?)?"
    r"|我走(?:了)?(?:以后|之后|后)|等我(?:走了|不在)|我不在(?:了)?(?:以后|之后)"
    r"|(?:我)?不会(?:再)?回来(?:了)?(?!\S{0,2}(?:住|上班|工作|这|那|拿|取))|(?:再也)?不(?:会)?(?:再)?(?:回来)?接(?:回来|他|她|它)?了"
    r"|永远(?:都)?(?:不会|不)(?:再)?回来|(?:永远|以后)(?:就|都)?(?:是|归|属于)(?:你|她|他|你们)的了|不用(?:再)?等我|(?:再也)?见不到我"
    r"|\b(?:when|after|once|if) (?:im|i am|i m|i ll be|ill be) (?:gone|not around|no longer around|not here|dead)\b(?! (?:on|for) (?:my |a |the )?(?:trip|holiday|vacation|business))"
    r"|\bwhen i go\b(?! (?:to|on|out|back|home|abroad|away))|\bfor good\b|\b(?:yours|his|hers|theirs) forever\b"
    r"|\bnot (?:be )?coming back\b(?! (?:to|for) (?:that|the|this|my) (?:flat|house|apartment|city|job|office|place|room))|\bwont be (?:coming )?back\b"
    r"|\b(?:wont|will not|won t) (?:be )?need(?:ing)? (?:it|them|money|anything|this|these|that)\b(?! (?:for a while|for now|until|till|this|next|today|tomorrow))"
    r"|\bwhere (?:im|i am|i m) going\b|\bno longer need\b|\b(?:wont|will never) see me again\b|\bwont have to worry about me\b")
# The everyday reading, read on the clauses between the halves and one either side: a trip, a move, a new one bought,
# a holiday, someone who will repay or manage the money, safekeeping, an old thing passed on.
_EVERYDAY = regex(
    r"出差|出国|留学|旅游|搬家|搬去|搬到|换了|换新|离婚|前夫|前妻|买了?新|新的|新手机|新号|旧|暑假|寒假|保管|帮我还|替我还|负责还|(?:她|他)来还|管钱|管账|理财|乱花|省钱|戒"
    r"|打工|去\S{0,4}(?:上班|工作)|考研|备考|考试|读书|上学|住院|装修|结婚|密码改|改了?密码|wifi|wi fi|网络|会员|(?:照顾|住|带|待|养|看)\S{0,2}(?:几|一|两|三|半)(?:天|周|个星期|个月)"
    r"|\b(?:trip|travel\w*|abroad|moving|move|moved|new (?:one|phone|laptop|job|place)|old|upgrad\w*|summer|holidays?|vacation"
    r"|for (?:a|the|two|three|a few|few) (?:days|weeks?|months?|summer)|(?:she|he|they|mum|mom|dad|wife|husband) (?:will |can |to )?(?:pay|repay|cover)"
    r"|manag\w* (?:the|my|our) (?:money|budget|finances)|work(?:ing)? (?:in|at|abroad|overseas)|while i work|to (?:repay|pay (?:it |this |jiebei )?(?:off|back))|budget|overspend\w*|spending|safekeeping|wifi|netflix|streaming|allerg\w*|landlord|divorc\w*|ex|wedding)\b")
# How far the finality may stand from the handover: one clause before, up to three after (English splits on "and").
_BEFORE, _AFTER = 1, 3


def arrangements(clauses: list[Clause]) -> tuple[list[str], set[int]]:
    """(["arranged_for_good"] or [], the clauses holding a handover and its finality): see the module doc."""
    texts = [clause.text for clause in clauses]
    for i, text in enumerate(texts):
        if not (_HANDOVER_ZH.search(text) or _HANDOVER_EN.search(text)):
            continue
        for j in range(max(0, i - _BEFORE), min(len(texts), i + _AFTER + 1)):
            if not _GONE_ZH.search(texts[j]):
                continue
            low, high = min(i, j), max(i, j)
            around = " ".join(texts[max(0, low - 1):high + 2])
            if not _EVERYDAY.search(around):
                return ["arranged_for_good"], set(range(low, high + 1))
    return [], set()


__all__ = ["arrangements"]
