"""Recognise conversational moves that only make sense against the conversation so far:
picking a numbered choice, "tell me more", "why?", switching language, "what about 花呗?".

Pure functions on text; the Session decides what to do with them.
"""

from __future__ import annotations

import re

from .patterns import regex
from .slots import extract_slots
from .text import fold, normalize

_ORDINALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4,
             "first": 1, "second": 2, "third": 3, "fourth": 4, "one": 1, "two": 2, "three": 3, "four": 4}
_PICK_RE = regex(
    r"^(?:第|选|选择|选第|要|看)?\s*(一|二|两|三|四|#|[1-4])\s*(?:个|条|项|种|号)?\s*(?:吧|啊|呀|好了)?$"
    r"|^(?:the\s+|number\s+|option\s+|choice\s+|no\s+)?(first|second|third|fourth|one|two|three|four|[1-4])(?:\s+(?:one|option|please))*$")
_MORE_RE = regex(
    r"^(?:能|可以|请|麻烦)?(?:再)?(?:说得?|讲得?|解释得?)?(?:详细|具体|仔细)(?:一)?(?:点|些|说说|讲讲|说一下|讲一下|一下)?(?:吗|呢|吧)?$"
    r"|^(?:展开|多|再多)(?:说说|讲讲|说点|讲点|说一点)$|^还有呢$|^然后呢$"
    r"|^(?:please\s+)?(?:tell|show)\s+me\s+more(?:\s+please)?$|^more(?:\s+details?|\s+info)?(?:\s+please)?$"
    r"|^(?:can you\s+)?(?:elaborate|explain more|go on|more detail)(?:\s+please)?$|^details?(?:\s+please)?$")
_WHY_RE = regex(r"^(?:那|可是|但是)?(?:为什么|为啥|为何|凭什么|怎么会这样|依据是什么|原因呢|理由呢)(?:呢|啊|呀)?$"
                     r"|^(?:but\s+)?(?:why|how come|why is that|why so|why not|what is the reason)(?:\s+though)?$")
_LANG_RE = {
    "en": regex(r"^(?:请|能|可以)?(?:用|说|讲|换成|改成)?英(?:文|语)(?:回答|说|回复)?(?:吧|吗|可以吗)?$"
                     r"|^(?:in |speak |answer in |reply in )?english(?: please)?$|^english$"),
    "zh": regex(r"^(?:请|能|可以)?(?:用|说|讲|换成|改成)?中(?:文|国话)(?:回答|说|回复)?(?:吧|吗|可以吗)?$|^(?:用|说|讲)?汉语$"
                     r"|^(?:in |speak |answer in |reply in )?(?:chinese|mandarin)(?: please)?$"),
}
# What is left of "那花呗呢?" / "what about huabei?" once the product name is taken out.
_PRODUCT_FILLER_RE = regex(
    r"^(?:那|如果|要是|换成|换做|那么|还有)?(?:是)?(?:呢|的话呢|的话|怎么样|会怎样|也一样吗|一样吗)?$"
    r"|^(?:and|what|how|about|for|if|it|is|s|was|with|the|same|then|\s)*$")


def pick_number(text: str) -> int | None:
    """The choice number in "2", "第二个", "the second one", or None."""
    match = _PICK_RE.match(fold(text.replace("#", " ")))
    if not match:
        return None
    token = next(group for group in match.groups() if group)
    return _ORDINALS.get(token)


def wants_more(text: str) -> bool:
    """"详细点", "tell me more"."""
    return bool(_MORE_RE.match(normalize(text)))


def asks_why(text: str) -> bool:
    """"为什么?", "why?"."""
    return bool(_WHY_RE.match(normalize(text)))


def language_switch(text: str) -> str | None:
    """"zh" or "en" when the message only asks for the other language ("用英文", "in Chinese please")."""
    folded = normalize(text)
    for lang, pattern in _LANG_RE.items():
        if pattern.match(folded):
            return lang
    return None


def product_only(text: str) -> str | None:
    """The product id when the message only names a product ("花呗呢?", "what about Huabei?")."""
    slots = extract_slots(text)
    if set(slots) != {"product"}:
        return None
    rest = normalize(text).replace(normalize(slots["product"].text), " ")
    rest = " ".join(rest.split())
    return str(slots["product"].value) if _PRODUCT_FILLER_RE.match(rest.replace(" ", "") if _is_cjk(rest) else rest) else None


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)
