"""A message that asks for the answer language: alone ("用英文", "in Chinese please"), before a
question ("用英文回答：会起诉吗") or after one ("借呗逾期会上门吗，请用英文回答", "will jiebei sue me?
请用中文回答"; eng64). Split from bot.followups (its other conversational moves)."""

from __future__ import annotations

import re

from .patterns import regex
from .questions import is_question
from .text import fold, simplified

# "用英文" / "切换成英文" / "请用中文回答" / "please reply in English" / "can you answer in Chinese".
# Matched on fold()ed text: simplified, lower case, punctuation turned into single spaces.
_ZH_NAMES = {"en": r"(?:英文|英语|english)", "zh": r"(?:中文|汉语|普通话|简体中文|繁体中文|chinese)"}
_EN_NAMES = {"en": r"english", "zh": r"(?:chinese|mandarin)"}
_ZH_ASK = r"(?:(?:请|烦请|麻烦|帮我|你|能|可以|能不能|可不可以|能否|以后|之后|接下来|下面|从现在开始)\s*)*"
_ZH_VERB = r"(?:用|说|讲|换成|换到|换|改成|改用|改为|切换成|切换到|切换为|切换|切到|转成|转为|翻译成)"
_ZH_TAIL = r"(?:\s*(?:来|给我|跟我|和我|回答|答|回复|答复|说|讲|交流|聊天|聊|吧|吗|呢|好吗|可以吗|行吗|好不好|谢谢|一下|我|了|啊|呀))*"
_EN_ASK = r"(?:(?:please|pls|plz|kindly|can|could|would|will|you|we|let s|let us|i want you to|i d like you to|from now on|now)\s+)*"
# ("tell me in English", "say it again in Chinese", "translate that into English": truth2 A.3)
_EN_VERB = (r"(?:reply|answer|respond|speak|talk|write|say|switch|change|continue|go on|go back|explain|use|tell|repeat|translate|put|give)"
            r"(?:\s+(?:to|back to|me|it|that|this|again|the answer|your answer))*\s+")
_EN_TAIL = r"(?:\s+(?:please|pls|plz|instead|from now on|thanks|thank you|only|again|now))*"


def _switch_pattern(lang: str, *, bare: bool) -> re.Pattern[str]:
    """The words that ask for ``lang``; ``bare`` also allows the language name alone ("英文")."""
    zh_name, en_name = _ZH_NAMES[lang], _EN_NAMES[lang]
    zh = rf"{_ZH_ASK}{_ZH_VERB}\s*{zh_name}{_ZH_TAIL}|{_ZH_ASK}{zh_name}\s*(?:回答|回复|答复|交流|来说|说)+{_ZH_TAIL}"
    en = rf"{_EN_ASK}{_EN_VERB}(?:in\s+|into\s+)?{en_name}{_EN_TAIL}|{_EN_ASK}in\s+{en_name}{_EN_TAIL}"
    if bare:
        zh += rf"|{zh_name}{_ZH_TAIL}"
        en += rf"|{en_name}{_EN_TAIL}"
    return regex(rf"(?:{zh}|{en})")


_SWITCH_ALONE = {lang: _switch_pattern(lang, bare=True) for lang in ("en", "zh")}
_SWITCH_PREFIX = {lang: _switch_pattern(lang, bare=False) for lang in ("en", "zh")}


def _suffix_pattern(lang: str) -> re.Pattern[str]:
    """The words that ask for ``lang`` at the end of a message, after its question. Only the forms
    that address the answer ("请用英文回答", "answer in english pls", "english please"): "in chinese"
    alone ends "what is jiebei called in chinese", a question about a language, not a request."""
    zh_name, en_name = _ZH_NAMES[lang], _EN_NAMES[lang]
    zh = rf"{_ZH_ASK}{_ZH_VERB}\s*{zh_name}{_ZH_TAIL}|{_ZH_ASK}{zh_name}\s*(?:回答|回复|答复)+{_ZH_TAIL}"
    en = (rf"{_EN_ASK}{_EN_VERB}(?:in\s+|into\s+)?{en_name}{_EN_TAIL}"
          rf"|{_EN_ASK}(?:in\s+)?{en_name}(?:\s+(?:please|pls|plz))+")
    # (the Chinese forms may follow the question with no space: "会上门吗请用英文回答")
    return regex(rf"(?:(?<![a-z0-9])(?:{en})|(?:{zh}))$")


_SWITCH_SUFFIX = {lang: _suffix_pattern(lang) for lang in ("en", "zh")}
# An English request after a question starts by addressing us, or follows the question's own
# punctuation: in "can collectors speak english" the words belong to the question.
_ADDRESSED = regex(r"(?:please|pls|plz|kindly|can you|could you|would you|can u|pl[sz]?)\b|[\u4e00-\u9fff]")
_ENDED = regex(r"[?？!！,，。.;；:：(（~～\-—]\s*$")
_TRAILING = " \t.。!！?？)）~～"


def _after_question(text: str) -> tuple[str, str] | None:
    """``(lang, rest)`` when the message ends with a request for a language after its question."""
    light = simplified(text).strip().rstrip(_TRAILING)  # punctuation kept: it tells where the question ended
    for lang, pattern in _SWITCH_SUFFIX.items():
        match = pattern.search(light)
        if not match:
            continue
        before = light[:match.start()]
        if not (_ADDRESSED.match(light, match.start()) or _ENDED.search(before) or not before.isascii()):
            continue
        rest = fold(before)
        # The question before it must ask something of its own ("客服会说英文吗" asks about a language).
        if rest and is_question(rest):
            return lang, rest
    return None


def language_switch(text: str) -> str | None:
    """"zh" or "en" when the message only asks for the other language ("用英文", "in Chinese please")."""
    request = language_request(text)
    return request[0] if request and not request[1] else None


def language_request(text: str) -> tuple[str, str] | None:
    """``(lang, rest)`` when the message asks for an answer language: alone ("切换成英文",
    "can you answer in Chinese", rest ``""``) or before a question ("用英文回答：会起诉吗",
    rest ``"会起诉吗"``) or after it ("会起诉吗 请用英文回答", the same rest). None otherwise."""
    folded = fold(text)
    for lang, pattern in _SWITCH_ALONE.items():
        if pattern.fullmatch(folded):
            return lang, ""
    for lang, pattern in _SWITCH_PREFIX.items():
        match = pattern.match(folded)
        rest = folded[match.end():].strip() if match else ""
        # Only a question after the request makes it one; "用英文写简历" is not a request to us.
        if match and rest and is_question(rest):
            return lang, rest
    return _after_question(text)


__all__ = ["language_request", "language_switch"]
