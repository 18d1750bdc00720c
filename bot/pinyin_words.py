"""Pinyin loan words inside a sentence of another script ("my jiebei yuqi 2 months, will they
shangmen to my laojia?", "will they qisu me", "借呗逾期了 会shangmen吗"), read as the words they
spell, so every reader downstream (the classifier, the router, the slots) understands them.

A message typed wholly in pinyin is bot.pinyin's (read for the classifier as the Chinese it spells)
and is left as it is here. Elsewhere only the loan vocabulary below is read: words of two syllables
or more that are no English word, typed whole ("qisu"), with a closing particle ("yuqile"), or as
their two syllables apart ("qi su", "zheng xin"). An English word that happens to be pinyin-shaped
("fan", "man", "hang", "bang", "dang", "ping", "women") is never one of them. In a message with
Chinese characters a word becomes its characters; in English, an English gloss that the lexicon
and the examples know ("qisu" -> "sue", "zhengxin" -> "credit report"). No crisis or abuse word is
read here: the safety rules read those as typed (bot.safety.clauses). Pure and deterministic; a
message with no Latin letter costs one scan.
"""

from __future__ import annotations

from .patterns import regex
from .pinyin import WORDS as PINYIN_WORDS

# pinyin -> English gloss. Reviewed one by one: none is an English word or a common name. Each is a word of
# bot.pinyin's vocabulary, whose Chinese it takes (one spelling of each word, kept there).
_GLOSSES: dict[str, str] = {
    # overdue, debts and lenders
    "yuqi": "overdue", "wangdai": "online loan", "daikuan": "loan",
    "jiekuan": "loan", "qiankuan": "debt", "huankuan": "repayment",
    "huanqing": "paid off", "jieqing": "paid off", "cuishou": "collectors",
    "huanbuqi": "can't pay", "huanbushang": "can't pay",
    # lawsuit
    "qisu": "sue", "beigao": "sued", "fayuan": "court",
    "guansi": "lawsuit", "chuanpiao": "court summons", "lvshi": "lawyer",
    # credit record
    "zhengxin": "credit report", "xinyong": "credit", "zhimafen": "sesame score",
    "heimingdan": "blacklist", "laolai": "blacklist", "shixin": "blacklist",
    # visits, family, work
    "shangmen": "visit my home", "laojia": "hometown", "zoufang": "visit",
    "jiaren": "family", "fumu": "parents", "bama": "parents",
    "laopo": "wife", "laogong": "husband", "tongxunlu": "contact list",
    "lianxiren": "emergency contact", "tongshi": "coworkers", "danwei": "workplace",
    # costs and negotiating
    "faxi": "penalty interest", "lixi": "interest", "weiyuejin": "penalty",
    "zhinajin": "late fee", "yanqi": "extension", "fenqi": "installments",
    "xieshang": "negotiate", "jianmian": "waive",
    # going dark
    "lahei": "block", "pingbi": "block", "shilian": "go silent",
    "paolu": "skip town", "zhuangsi": "ignore them", "zhuxiao": "delete my account",
    # consequences the article never covers
    "zuolao": "go to jail", "juliu": "detained", "dongjie": "frozen",
    "gongzi": "wages", "zhengshen": "background check", "gaokao": "college entrance exam",
    "kaogong": "civil service exam", "dangbing": "join the army",
    "gaotie": "high speed train", "chuguo": "go abroad",
}
LOAN_WORDS: dict[str, tuple[str, str]] = {word: (PINYIN_WORDS[word], gloss) for word, gloss in _GLOSSES.items()}
# Closing particles typed onto a word ("yuqile", "shangmenma").
_PARTICLES = ("le", "ma", "ne", "la")
_LATIN = regex(r"[a-z]+")
_CJK = regex(r"[\u3400-\u9fff]")


def _halves() -> dict[tuple[str, str], str]:
    # Only splits whose halves are both syllables of Mandarin ("qi"+"su", never "qis"+"u").
    from .pinyin import _SYLLABLES

    out: dict[tuple[str, str], str] = {}
    for word in LOAN_WORDS:
        for cut in range(1, len(word)):
            if word[:cut] in _SYLLABLES and word[cut:] in _SYLLABLES:
                out[(word[:cut], word[cut:])] = word
    return out


_HALVES = _halves()
# A word typed apart is read only between spaces, the two halves one space apart ("qi su").
# (Latin letters on neither side: Chinese characters count as word characters for \b.)
# (longest first, then alphabetical: the pattern's text must be the same in every process, for patterns.marshal)
_PAIR = regex(r"(?<![a-z])(" + "|".join(sorted({f"{a} {b}" for a, b in _HALVES}, key=lambda w: (-len(w), w))) + r")(?![a-z])")
_WORD = regex(r"(?<![a-z])(" + "|".join(sorted(LOAN_WORDS, key=lambda w: (-len(w), w))) + r")(" + "|".join(_PARTICLES) + r")?(?![a-z])")
_NOT_LETTERS = regex(r"[^a-z]+")


def read_loan_words(text: str) -> str:
    """``text`` (lower case, simplified) with the pinyin loan words read: as Chinese characters in a
    message that has any, as English glosses otherwise ("will they qisu me" -> "will they sue me");
    a message typed wholly in pinyin (bot.pinyin) is returned as it is."""
    if not _LATIN.search(text):
        return text
    chinese = _CJK.search(text) is not None
    if not chinese and _wholly_pinyin(text):
        return text
    index = 0 if chinese else 1
    text = _PAIR.sub(lambda m: LOAN_WORDS[_HALVES[_pair(m.group(1))]][index], text)
    return _WORD.sub(lambda m: LOAN_WORDS[m.group(1)][index], text)


def _pair(typed: str) -> tuple[str, str]:
    first, second = typed.split()
    return first, second


def _wholly_pinyin(text: str) -> bool:
    from .pinyin import read_pinyin

    plain = " ".join(_NOT_LETTERS.sub(" ", text).split())
    return read_pinyin(plain) != plain


__all__ = ["LOAN_WORDS", "read_loan_words"]
