"""Text normalisation, language detection and classifier features (splitting a message into
questions lives in ``bot.questions``).

Everything here is pure and deterministic. Chinese is handled as characters (n-grams need no
tokenizer); English as words. Traditional characters are folded to simplified with OpenCC.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .patterns import regex
from .cantonese import to_mandarin
from .dialect import to_plain
from .pinyin import read_pinyin
from .pinyin_words import read_loan_words
from .t2s import may_change

# Frequent misspellings and variants of the words the classifier leans on, seen in how borrowers
# type (pinyin input picks the wrong homophone). Applied after t2s, on lower-cased text.
_ALIASES: tuple[tuple[str, str], ...] = (
    # 预期 ("expectation") is a real word as well as the commonest typo of 逾期: its set phrases stay.
    ("符合预期", "符合预期"), ("超出预期", "超出预期"), ("超预期", "超预期"), ("不及预期", "不及预期"),
    ("达到预期", "达到预期"), ("低于预期", "低于预期"), ("高于预期", "高于预期"), ("预期收益", "预期收益"),
    ("心理预期", "心理预期"), ("预期目标", "预期目标"),
    ("蚂蚁借呗", "借呗"), ("借被", "借呗"), ("借贝", "借呗"), ("借吧", "借呗"), ("接呗", "借呗"),
    ("蚂蚁花呗", "花呗"), ("花被", "花呗"), ("花贝", "花呗"), ("花吧", "花呗"),
    ("逾其", "逾期"), ("预期", "逾期"), ("余期", "逾期"), ("愈期", "逾期"), ("于期", "逾期"),
    ("征心", "征信"), ("证信", "征信"), ("争信", "征信"), ("芝麻信用分", "芝麻分"),
    ("催款", "催收"), ("摧收", "催收"), ("崔收", "催收"),
    ("起素", "起诉"), ("起述", "起诉"), ("上们", "上门"),
    ("微粒袋", "微粒贷"), ("微利贷", "微粒贷"),
    ("ant credit pay", "jiebei"), ("jie bei", "jiebei"), ("hua bei", "huabei"),
    ("over due", "overdue"), ("over-due", "overdue"),
) + (
    # Homophone typos of the loan words (pinyin input, round 8; reviewed one by one). A typo that is
    # a real word elsewhere is fixed only in the loan phrases it spoils (真信: "我真信了" is "I
    # really believed it"; 起速: "这车起速很快"), and its real-word twins are listed as themselves
    # first: at one position the first listed form wins, so "提起速度" stays as it is.
    ("提起速度", "提起速度"), ("起速度", "起速度"), ("起速很", "起速很"), ("起速快", "起速快"), ("起速慢", "起速慢"),
    ("起速", "起诉"),
    # 起苏, 上闷, 分其, 延其 keep their real-word twins ("一起苏州", "晚上闷得", "部分其他", "拖延其他",
    # "十分其实": review9), listed first so that they win at the same position.
    ("起苏州", "起苏州"), ("起苏醒", "起苏醒"), ("起苏", "起诉"),
    ("晚上闷", "晚上闷"), ("早上闷", "早上闷"), ("路上闷", "路上闷"), ("马上闷", "马上闷"), ("身上闷", "身上闷"),
    ("心上闷", "心上闷"), ("上闷得", "上闷得"), ("上闷闷", "上闷闷"), ("上闷热", "上闷热"), ("上闷死", "上闷死"),
    ("上闷的", "上闷的"), ("上闷着", "上闷着"), ("上闷在", "上闷在"), ("上闷声", "上闷声"),
    ("分其作", "分其作"), ("分其量", "分其量"), ("分其他", "分其他"), ("分其实", "分其实"), ("分其中", "分其中"), ("分其余", "分其余"), ("分其次", "分其次"),
    ("延其间", "延其间"), ("延其他", "延其他"), ("延其实", "延其实"), ("延其中", "延其中"), ("延其余", "延其余"),
    ("上真信", "上征信"), ("影响真信", "影响征信"), ("真信报告", "征信报告"), ("真信记录", "征信记录"),
    ("查真信", "查征信"), ("真信花", "征信花"), ("个人真信", "个人征信"), ("人行真信", "人行征信"), ("真信黑", "征信黑"),
    ("上闷", "上门"), ("尚门", "上门"), ("催手", "催收"), ("罚习", "罚息"), ("罚吸", "罚息"),
    ("协伤", "协商"), ("谐商", "协商"), ("逾起", "逾期"),
    ("延其", "延期"), ("分其", "分期"),
    ("坐劳", "坐牢"), ("做牢", "坐牢"), ("黑明单", "黑名单"), ("黑民单", "黑名单"), ("通迅录", "通讯录"),
    ("紧及联系", "紧急联系"), ("紧集联系", "紧急联系"), ("律师涵", "律师函"), ("冻洁", "冻结"), ("户集", "户籍"),
    ("之麻分", "芝麻分"), ("借倍", "借呗"), ("威协", "威胁"), ("必免", "避免"),
    ("jiebai", "jiebei"), ("jeibei", "jiebei"), ("huabai", "huabei"),
    # (cls117) 借备 and 花备 (备用金, 备注 keep their own words), 正信 only in the credit phrases (正信 is a word of faith
    # elsewhere), 期诉 only after 被/会 (逾期诉讼 is a word: "逾期诉讼时效" stays)
    # (mend130, review126 F5) every 备 word after 借/花 keeps itself ("先借备着应急", "网络借备案", "借备胎", "花备受喜爱"),
    # and 会期 (a session) before 诉求/诉讼 stays ("开会期诉求", "大会期诉讼材料"): listed first, so they win.
    *((p + w, p + w) for p in ("借备", "花备") for w in ("用", "注", "着", "案", "课", "胎", "考", "受", "份", "件", "品",
                                                        "战", "至", "好", "齐", "足", "货", "忘", "选", "孕", "料", "菜", "餐")),
    ("借备", "借呗"), ("花备", "花呗"),
    ("上正信", "上征信"), ("影响正信", "影响征信"), ("正信报告", "征信报告"), ("正信记录", "征信记录"), ("查正信", "查征信"),
    ("开会期诉", "开会期诉"), ("大会期诉", "大会期诉"), ("会期诉求", "会期诉求"), ("会期诉讼", "会期诉讼"),
    ("被期诉", "被起诉"), ("会期诉", "会起诉"),
)
_ALIAS_RE = regex("|".join(re.escape(a) for a, _ in _ALIASES))
_ALIAS_MAP = dict(_ALIASES)

# Formal, colloquial and internet spellings of question words, read as the plain ones the examples
# use ("是否会被起诉", "会不会被起诉"; "咋办" is "怎么办"). For the topic classifier's n-grams only
# (Classifier.features): the safety rules are written against the words as typed.
_QUESTION_WORDS: tuple[tuple[str, str], ...] = (
    ("是否会", "会不会"), ("是否", "是不是"), ("能否", "能不能"), ("可否", "可不可以"), ("如何", "怎么"),
    ("何时", "什么时候"), ("为何", "为什么"), ("咋样", "怎么样"), ("咋办", "怎么办"), ("咋整", "怎么办"),
    ("咋弄", "怎么办"), ("咋回事", "怎么回事"), ("咋", "怎么"), ("啥", "什么"),
    ("木有", "没有"), ("神马", "什么"), ("肿么", "怎么"),
)
_QUESTION_WORD_RE = regex("|".join(re.escape(a) for a, _ in _QUESTION_WORDS))
_QUESTION_WORD_MAP = dict(_QUESTION_WORDS)
_MASK_RE = regex(r"\*{2,}|\d+(?:[.,]\d+)*")
_NON_WORD_RE = regex(r"[^\w#\u3400-\u9fff]+")
_CJK_RUN_RE = regex(r"[\u3400-\u9fff#]+")
_LATIN_WORD_RE = regex(r"[a-z][a-z']*")
_CJK_CHAR_RE = regex(r"[\u3400-\u9fff]")
_SURROGATE_RE = regex(r"[\ud800-\udfff]")
_EN_STOPWORDS = frozenset(
    "a an the i me my we our you your it its is are was were be been am do does did to of in on"
    " at for and or so if that this with by from as".split()
)


def _t2s(text: str) -> str:
    if not may_change(text):  # nearly every message: OpenCC would return it as it is (bot.t2s)
        return text
    from .convert import converter  # only once a message holds a character t2s can change

    return converter("t2s").convert(text)  # OpenCC's t2s, from tables


# (remembered for the last few texts: one ask asks it of the same text several times; a function of the text and
# module constants alone; speed only, PERF_LOG part 30)
@lru_cache(maxsize=32)
def fold(text: str) -> str:
    """Light canonical form: NFKC, lower case, simplified characters, punctuation as single
    spaces. Numbers are kept (choices such as "2" need them)."""
    return " ".join(_NON_WORD_RE.sub(" ", _simplified(text)).replace("_", " ").split())


@lru_cache(maxsize=256)  # whole messages; 1,024 held ~0.2 MiB more (PERF_LOG parts 8 and 18)
def normalize(text: str) -> str:
    """Fold a message to the classifier's canonical form: ``fold`` plus known aliases and typos,
    and numbers (and the corpus's masked ``***``) as ``#``.

    Idempotent: ``normalize(normalize(s)) == normalize(s)``.
    """
    folded = _simplified(text)
    previous = None
    while previous != folded:  # "蚂蚁借被" -> "蚂蚁借呗" -> "借呗": repeat to a fixed point
        previous, folded = folded, _ALIAS_RE.sub(lambda m: _ALIAS_MAP[m.group(0)], folded)
    folded = _MASK_RE.sub("#", folded)
    folded = _NON_WORD_RE.sub(" ", folded).replace("_", " ")
    return " ".join(folded.split())


def simplified(text: str) -> str:
    """NFKC, lower case and simplified characters, punctuation kept (for reading details)."""
    return _simplified(text)


def simplified_words(text: str) -> str:
    """``simplified``, with apostrophes dropped ("I'm" -> "im"): the form wording patterns that
    spell English contractions without them read (bot.check_in, bot.routing_told, bot.answer_modes)."""
    return _simplified(text).replace("'", "").replace("\u2019", "")


# The same message is simplified ~5 times per ask (fold, normalize and simplified, each called by
# the safety rules, the question split, the slots and the router): remembered, for the last few
# texts only (reuse is within one message; speed only).
@lru_cache(maxsize=32)
def _simplified(text: str) -> str:
    # Lone surrogates cannot be encoded for OpenCC; they carry no meaning, so they become spaces.
    if _SURROGATE_RE.search(text):
        text = text.encode("utf-8", "replace").decode("utf-8").replace("?", " ")
    # Pinyin loan words inside a sentence ("will they qisu me") are read after Cantonese, as words.
    # (and the northern 俺 as 我, bot.dialect: cls23)
    return read_loan_words(to_plain(to_mandarin(_t2s(unicodedata.normalize("NFKC", text).lower()))))


def plain_question_words(normalized: str) -> str:
    """A normalised message with formal and colloquial question words in their plain spelling
    ("是否会" -> "会不会", "咋办" -> "怎么办", "啥" -> "什么")."""
    return _QUESTION_WORD_RE.sub(lambda m: _QUESTION_WORD_MAP[m.group(0)], normalized)


def detect_lang(text: str) -> str:
    """Return ``"zh"`` or ``"en"``: the language the answer should be in.

    A Chinese character carries about as much as an English word, so the language with more of
    them wins; ties go to Chinese (the product's first language). In a message that mixes the two,
    the question is answered in the language it is asked in: a closing run of three or more words
    (or characters) in one language decides ("借呗逾期了 will they call my parents?": English), and
    the products' own names (借呗, Jiebei) count for neither (truth3, s15: such messages had been
    answered in Chinese). A message typed wholly in pinyin ("jiebei yuqi hui shangmen ma",
    ``bot.pinyin``) is Chinese typed without an input method.
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    cjk = len(_CJK_CHAR_RE.findall(folded))
    latin_words = len(_LATIN_WORD_RE.findall(folded))
    if cjk and latin_words:
        return _mixed_lang(folded)
    if latin_words <= cjk:
        return "zh"
    plain = normalize(text)
    return "zh" if not cjk and read_pinyin(plain) != plain else "en"


_NAMES_OF_BOTH = regex(r"借[呗唄]|花[呗唄]|支付[宝寶]|蚂蚁|螞蟻|\b(?:jiebei|huabei|alipay)\b")
# A token of either script (an English word, one Chinese character) or a question mark.
_SCRIPT_TOKEN = regex(r"[a-z][a-z']*|[\u3400-\u9fff]|[?？]")
# What makes a run of Chinese ask: a particle or a question word ("会上门吗", "会不会", "怎么办").
_ASKS_ZH = regex(r"[吗嘛么呢几啥哪咋]|会不会|能不能|是不是|可不可以|要不要|有没有|怎么|怎样|如何|多少|多久|什么|为什么")
# ... and a run of English: it opens on an auxiliary or a question word ("will they sue me").
_ASKS_EN = frozenset({"will", "would", "can", "could", "do", "does", "did", "is", "are", "am", "was", "were", "should",
                      "shall", "may", "might", "must", "what", "whats", "how", "why", "when", "where", "who", "which"})
# Courtesies and greetings said around a question in the other language ("会上门吗 thank you so
# much", "hi 我逾期了怎么办"): they are not the question, so they decide nothing.
_COURTESY = frozenset({"thanks", "thank", "you", "so", "much", "very", "a", "lot", "please", "pls", "plz", "ok", "okay",
                       "hi", "hello", "hey", "help", "bro", "sir", "lol", "haha", "thx", "tks", "ty", "sorry", "btw"})


def _mixed_lang(folded: str) -> str:
    """The answer's language for a message in both languages: that of the last stretch in one
    language that asks (a question mark, a Chinese question word, an English auxiliary opening:
    "借呗逾期了 will they call my parents?" is English, "会起诉吗？ sorry for my bad Chinese" and
    "I owe 3 apps, 会不会上门" Chinese); with none, the language with more words (products' names
    and courtesies left out), ties to Chinese."""
    runs: list[tuple[bool, list[str]]] = []  # (English?, tokens), in order
    for token in _SCRIPT_TOKEN.findall(_NAMES_OF_BOTH.sub(" ", folded)):
        if token in "?？":
            if runs:
                runs[-1][1].append("?")
            continue
        if token in _COURTESY:
            continue
        english = token[0].isascii()
        if not runs or runs[-1][0] != english:
            runs.append((english, []))
        runs[-1][1].append(token)
    asking = [english for english, tokens in runs if _asks(english, tokens)]
    if asking:
        return "en" if asking[-1] else "zh"
    latin = sum(len(tokens) for english, tokens in runs if english)
    cjk = sum(len(tokens) for english, tokens in runs if not english)
    return "zh" if latin <= cjk else "en"


def _asks(english: bool, tokens: list[str]) -> bool:
    if "?" in tokens:
        return True
    if english:
        return tokens[0] in _ASKS_EN
    return _ASKS_ZH.search("".join(tokens)) is not None


def stem(word: str) -> str:
    """A word's light stem: plurals and tenses folded ("lawsuits" -> "lawsuit"). Enough for a
    few hundred training sentences; the lexicon stems its English forms the same way."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def features(normalized: str) -> dict[str, float]:
    """Turn normalised text into weighted features: Chinese character 1-3-grams plus the first and
    last two characters of each run, and English word unigrams, bigrams and character 4-grams
    (for typos)."""
    feats: dict[str, float] = {}
    for run in _CJK_RUN_RE.findall(normalized):
        _add_char_ngrams(run, feats)
    words = [stem(w) for w in _LATIN_WORD_RE.findall(normalized)]
    content = [w for w in words if w not in _EN_STOPWORDS]
    for word in content:
        _bump(feats, "w:" + word, 1.0)
        padded = f"<{word}>"
        for i in range(len(padded) - 3):
            _bump(feats, "c:" + padded[i : i + 4], 0.25)
    for first, second in zip(words, words[1:]):
        _bump(feats, f"b:{first}_{second}", 0.5)
    return feats


def _add_char_ngrams(run: str, feats: dict[str, float]) -> None:
    # The same keys, order and sums as _bump in three loops over n = 1, 2, 3 (weights 0.5, 1, 1),
    # written out: a message's scores add its features in this order, so the order must stay.
    get = feats.get
    for key in run:
        feats[key] = get(key, 0.0) + 0.5
    for i in range(len(run) - 1):
        key = run[i : i + 2]
        feats[key] = get(key, 0.0) + 1.0
    for i in range(len(run) - 2):
        key = run[i : i + 3]
        feats[key] = get(key, 0.0) + 1.0
    # How a clause starts and ends says much in Chinese ("为什么…", "…怎么办", "…可以吗").
    key = "<" + run[:2]
    feats[key] = get(key, 0.0) + 1.0
    key = run[-2:] + ">"
    feats[key] = get(key, 0.0) + 1.0


def _bump(feats: dict[str, float], key: str, weight: float) -> None:
    feats[key] = feats.get(key, 0.0) + weight
