"""Safety rules that run before the classifier's choice: signs of crisis (despair, self-harm) and
of abusive collection, found inside longer messages about debt.

Phrase lists are a deliberate, reviewable complement to the learned model: a person in crisis
must never depend on whether the classifier has seen their exact wording. Everyday hyperbole
(急死了, 吓死我了, 征信死了, 死活还不上) is removed before matching so that it raises no alarm.
"""

from __future__ import annotations

import re

from .patterns import regex
from .text import normalize

_HYPERBOLE = regex(
    r"(急|吓|烦|累|气|笑|热|冷|饿|困|忙|愁|闷|丑|穷|怕|难受|郁闷|憋屈)死(我|人|了|啦|个人)*"
    r"|死活|征信(已经|都|全)?死|信用(已经|都)?死|死贵|死板|该死的|要死不活"
    r"|(killing me|scared to death|bored to death|dying to|to die for)"
)
_CRISIS = regex(
    r"自杀|轻生|寻死|跳楼|跳河|跳江|跳桥|上吊|割腕|吃药死|安眠药|农药|烧炭|一死了之|死了算了|死了就好"
    r"|不如死|想死|去死吧我|我想去死|求死|不想活|活不下去|活着没(有)?(意思|意义|盼头)|活够了|活腻"
    r"|结束(自己|我)?的?生命|结束自己|了结自己|撑不下去|撑不住了|熬不下去|没有活路|没活路|走投无路|只有死路"
    r"|kill myself|killing myself|suicid|end my life|end it all|take my (own )?life|want to die"
    r"|wanna die|don ?t want to live|better off dead|can ?t go on|cannot go on|can ?t take (it|this) anymore"
    r"|no way out|not worth living|no reason to live|hurt myself|harm myself"
)
_ABUSE = regex(
    r"威胁|恐吓|辱骂|骂我|骂人|侮辱|爆了?(我的?)?通讯录|通讯录(被|给)?(爆|轰炸)|轰炸|暴力催收|打骚扰|骚扰(我|家人|电话)|上门闹|泼油漆|p图|ps照片"
    r"|threat|harass|abus|insult|intimidat|bombard|swear at|curse at"
)


def mentions_crisis(message: str) -> bool:
    """True when the message shows despair or thoughts of self-harm (hyperbole excluded)."""
    text = _HYPERBOLE.sub(" ", normalize(message))
    return bool(_CRISIS.search(text))


def mentions_abuse(message: str) -> bool:
    """True when the message describes threats, insults or harassment by collectors."""
    return bool(_ABUSE.search(normalize(message)))
