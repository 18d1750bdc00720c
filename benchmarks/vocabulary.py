"""The token vocabulary of the distilled semantic table (build time only; needs wordfreq).

Vocabulary = the most frequent Chinese words and English words of wordfreq's lists, plus every
CJK character and English word of the knowledge examples, plus every word of wordfreq's whole
Chinese list (2-4 characters) that occurs in an example (domain words such as 征信, 催收, 罚息
are too rare in general text to make the frequent list). Each token carries its Zipf frequency
(log10 of occurrences per billion words), which sets its weight in a sentence's mean vector.
"""

from __future__ import annotations

import math
import re
from typing import Sequence

ZH_WORDS = 30_000
EN_WORDS = 8_000
_CJK = re.compile(r"[\u3400-\u9fff]+")
_LATIN = re.compile(r"[a-z][a-z']*")
DEFAULT_ZIPF = 3.0  # tokens no list knows (product names, typos): fairly rare


def vocabulary(texts: Sequence[str], zh_words: int = ZH_WORDS,
               en_words: int = EN_WORDS) -> dict[str, float]:
    """token -> Zipf frequency, in a stable order (frequent list words first, then the
    examples' own characters and words)."""
    import wordfreq

    from bot.text import normalize

    zipf: dict[str, float] = {}
    for lang, pattern, count in (("zh", _CJK, zh_words), ("en", _LATIN, en_words)):
        table = wordfreq.get_frequency_dict(lang)
        ranked = sorted(((w, f) for w, f in table.items() if pattern.fullmatch(w)), key=lambda i: (-i[1], i[0]))
        for word, freq in ranked[:count]:
            zipf.setdefault(word, round(math.log10(freq * 1e9), 2))
    zh, en = wordfreq.get_frequency_dict("zh"), wordfreq.get_frequency_dict("en")
    runs = {run for text in texts for run in _CJK.findall(normalize(text))}
    for run in sorted(runs):
        for n in (2, 3, 4):
            for i in range(len(run) - n + 1):
                word = run[i:i + n]
                if word not in zipf and zh.get(word):
                    zipf[word] = round(math.log10(zh[word] * 1e9), 2)
    for text in texts:
        folded = normalize(text)
        tokens = [ch for run in _CJK.findall(folded) for ch in run] + _LATIN.findall(folded)
        for token in tokens:
            if token not in zipf:
                freq = zh.get(token) or en.get(token)
                zipf[token] = round(math.log10(freq * 1e9), 2) if freq else DEFAULT_ZIPF
    return zipf
