"""Northern dialect's first person read as the Mandarin it means (round 29, cls23): 俺 is "I/my" in
much of the north ("俺欠了借呗的钱 他们会打给俺娘吗"), and 爹/娘 after it are the parents. No
knowledge example holds 俺, so every reader (the classifier's features, the lexicon, the wording
rules and bot.safety's) saw a message about nobody. Read in text._simplified after Cantonese.

Only whole words change: 俺们 is 我们; 俺爹/我爹 我爸, 俺娘/我娘 我妈 (not 娘家, a wife's parents'
home, nor 我的娘啊, an oath, nor 姑娘/新娘: only right after the first person), 爹娘 爸妈; 俺 alone 我. 咱 is left alone (咱们
is "we, you included", not the writer).
"""

from __future__ import annotations

from .patterns import regex

_PARENTS_RE = regex(r"(?:俺|我)(爹|娘(?![家啊呀嘞咧]))|爹娘")
_PARENT = {"爹": "我爸", "娘": "我妈"}


def to_plain(text: str) -> str:
    """``text`` (simplified, lower case) with the northern first person and parents read as Mandarin;
    unchanged when it has neither."""
    if "俺" not in text and "爹" not in text and "娘" not in text:
        return text
    text = _PARENTS_RE.sub(lambda m: "爸妈" if m.group(1) is None else _PARENT[m.group(1)], text)
    return text.replace("俺们", "我们").replace("俺", "我")


__all__ = ["to_plain"]
