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

# pinyin -> (Chinese, English gloss). Reviewed one by one: none is an English word or a common name.
LOAN_WORDS: dict[str, tuple[str, str]] = {
    # overdue, debts and lenders
    "yuqi": ("逾期", "overdue"), "wangdai": ("网贷", "online loan"), "daikuan": ("贷款", "loan"),
    "jiekuan": ("借款", "loan"), "qiankuan": ("欠款", "debt"), "huankuan": ("还款", "repayment"),
    "huanqing": ("还清", "paid off"), "jieqing": ("结清", "paid off"), "cuishou": ("催收", "collectors"),
    "huanbuqi": ("还不起", "can't pay"), "huanbushang": ("还不上", "can't pay"),
    # lawsuit
    "qisu": ("起诉", "sue"), "beigao": ("被告", "sued"), "fayuan": ("法院", "court"),
    "guansi": ("官司", "lawsuit"), "chuanpiao": ("传票", "court summons"), "lvshi": ("律师", "lawyer"),
    # credit record
    "zhengxin": ("征信", "credit report"), "xinyong": ("信用", "credit"), "zhimafen": ("芝麻分", "sesame score"),
    "heimingdan": ("黑名单", "blacklist"), "laolai": ("老赖", "blacklist"), "shixin": ("失信", "blacklist"),
    # visits, family, work
    "shangmen": ("上门", "visit my home"), "laojia": ("老家", "hometown"), "zoufang": ("走访", "visit"),
    "jiaren": ("家人", "family"), "fumu": ("父母", "parents"), "bama": ("爸妈", "parents"),
    "laopo": ("老婆", "wife"), "laogong": ("老公", "husband"), "tongxunlu": ("通讯录", "contact list"),
    "lianxiren": ("联系人", "emergency contact"), "tongshi": ("同事", "coworkers"), "danwei": ("单位", "workplace"),
    # costs and negotiating
    "faxi": ("罚息", "penalty interest"), "lixi": ("利息", "interest"), "weiyuejin": ("违约金", "penalty"),
    "zhinajin": ("滞纳金", "late fee"), "yanqi": ("延期", "extension"), "fenqi": ("分期", "installments"),
    "xieshang": ("协商", "negotiate"), "jianmian": ("减免", "waive"),
    # going dark
    "lahei": ("拉黑", "block"), "pingbi": ("屏蔽", "block"), "shilian": ("失联", "go silent"),
    "paolu": ("跑路", "skip town"), "zhuangsi": ("装死", "ignore them"), "zhuxiao": ("注销", "delete my account"),
    # consequences the article never covers
    "zuolao": ("坐牢", "go to jail"), "juliu": ("拘留", "detained"), "dongjie": ("冻结", "frozen"),
    "gongzi": ("工资", "wages"), "zhengshen": ("政审", "background check"), "gaokao": ("高考", "college entrance exam"),
    "kaogong": ("考公", "civil service exam"), "dangbing": ("当兵", "join the army"),
    "gaotie": ("高铁", "high speed train"), "chuguo": ("出国", "go abroad"),
}
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
