"""Everyday readings of safe45's channel and effect cues (mend59, review63's 22 false abuse alarms), read on the
matched window only (discounted.discounted's hook), never on the whole message:

- a token of death (花圈, 寿衣, 纸钱, 骨灰盒, urn, coffin, wreath, joss paper) received from a named everyday source
  (a relative, friends, a company, a church, a temple, a funeral home, a crematorium, the writer's own order) or
  for a rite (上坟, 清明, 出殡, 做七, a funeral, prayers): mourning, not a threat, unless a collector, an unknown
  sender or a debt note is in the window or the clause before ("催收给我家寄了花圈 说清明给我上坟" stays abuse);
- an eviction or a job lost after knocking or a visit by anyone (有人, 那些人, 他们, "the guys upstairs", "the men
  from head office"): abuse only when collectors are named in the window or the clause before (催收, 讨债的,
  "debt collectors"); rent owed to the landlord is the landlord's own business;
- a school asked about its own fees (他们去了孩子学校问欠的学费): the school's business, unless a collector is named.

- (mend68) abuse52's own-retort, own-work and building-notice clearings, which cleared older cues too and hid abuse,
  are removed (review79); "rude" alone stays.

Each reading clears the one cue match it is given; a crisis anywhere in the message is read elsewhere and still leads.
"""

from __future__ import annotations

import re

from ..patterns import regex
from .clauses import KIN_EN, KIN_ZH
from .retort import rudeness

# Collectors named, or a debt note, or a purpose to frighten (in the window or the clause before).
_HOSTILE_ZH = regex(r"催收|催债|讨债|要债|收债|追债|债主|放贷|高利贷|第三方|外包|有人|陌生|不知道(是)?谁|匿名|没有?寄件人|寄件人不明"
                    r"|(写着|写了|纸条|留言|卡片|上面|附了?|备注|说)\S{0,10}(欠|还钱|还债|老赖|不还|赖账)|威胁|恐吓|吓唬|警告|诅咒|咒我")
_HOSTILE_EN = regex(r"\b(collect(or|ors|ion)|debt|loan sharks?|ah ?longs?|agency|agents?|lenders?|someone|somebody|strangers?|anonymous"
                    r"|no (sender|name|return address)|unknown sender|pay up|owe|intimidat\w*|threat\w*|scare me|warning)\b")
# Mourning: a rite, a funeral trade or place, or an everyday sender or orderer (a relative, friends, the company).
_MOURNED_ZH = regex(rf"上坟|扫墓|清明|祭祖|祭拜|拜祭|悼念|追悼|吊唁|出殡|下葬|入殓|守灵|做七|头七|[三五]七|七七|周年|葬礼|丧事|白事|后事|丧礼|烧给|超度|法事"
                    r"|中元|寒衣|灵堂|追思|殡仪馆|寿衣店|花店|纸扎店|香烛店|墓园|陵园|公墓|火葬场|寺庙|庙里|教会|教堂"
                    rf"|(公司|单位|同事|朋友|亲戚|{KIN_ZH})(们)?\S{{0,2}}(送来|寄来|订|定做|买|准备|让我|叫我|托我|提前)"
                    rf"|(给|为)(我)?({KIN_ZH})\S{{0,2}}(订|定做|定制|买|准备|选)|我(自己|在网上|网上)?(订|定做|定制|买)(了|的)")
_MOURNED_EN = regex(rf"\b(funeral|memorial|wake|crematorium|cremat\w*|temple|church|cemetery|grave|columbarium|qingming|ching ming|hungry ghost"
                    rf"|pray\w*|condolences?|mourn\w*|passed away|died|late (grand\w*|mum|mom|dad|father|mother)"
                    rf"|from (my |our |her |his )?({KIN_EN}|friends|relatives|the company|work)s?|(my|our) ({KIN_EN})s? (sent|posted|mailed|ordered|bought)"
                    rf"|(i|we) (sent|posted|mailed|ordered|bought))\b")

_TOKEN_ONLY_ZH = regex(r"花圈|纸钱|寿衣|冥币|遗照")

# The actor of the knocking or the visit named as a collector (safe45's 有人/那些人/他们, "the guys", "the men" are anyone).
_COLLECTORS_ZH = regex(r"对方(?!公司|单位)|催收|催债|讨债|要债|收债|追债|债主|放贷|高利贷|借呗的人|网贷的人|贷款公司|外包|第三方")
_COLLECTORS_EN = regex(r"\b(collect(or|ors|ion)|debt|loan sharks?|ah ?longs?|agency|agents?|lenders?)\b")
# A school's own fees: what is owed is the school's.
_FEES_ZH = regex(r"学费|补课费|补习费|培训费|餐费|伙食费|书本费|书费|校服费|杂费|班费|资料费|住宿费|择校费|赞助费|学杂费")


def ordinary(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether the matched ``name`` cue (a token of death, an eviction, a job lost, a school asked) has an everyday
    reading in its own window ``text`` (with ``context``, the window and the clause before), per the module docstring."""
    if rudeness(name, match):
        return True  # "rude" alone is no abuse talk (retort.py)
    english = match.group(0).isascii()
    if name == "token" or (name == "shaming" and _TOKEN_ONLY_ZH.fullmatch(match.group(0))):
        # (tactics.py's shaming reads a token word alone: "爷爷下葬那天家门口摆了花圈" is a funeral)
        hostile = _HOSTILE_EN if english else _HOSTILE_ZH
        mourned = _MOURNED_EN if english else _MOURNED_ZH
        return mourned.search(text) is not None and hostile.search(context) is None
    if name in ("evicted", "fired"):
        return (_COLLECTORS_EN if english else _COLLECTORS_ZH).search(context) is None
    if name == "school" and not english:
        return _FEES_ZH.search(text) is not None and _COLLECTORS_ZH.search(context) is None
    return False
