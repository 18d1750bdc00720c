"""Disguised wording, read as the words it hides, before any safety rule or learned reader sees a clause.

Borrowers on Chinese social media write around the words platforms censor and the words they are ashamed to
type (issue 12, safe42): characters split by spaces or symbols ("自 杀", "自*杀", "跳.楼"), an emoji for the
means ("🪢已经挂好了", "💊攒够了"), pinyin initials ("yq" 逾期, "cs" 催收, "zx" 征信, "想ss"), a drug named
without its last character ("吃安眠"), English spelled to get past filters ("k*ll", "su1cide", "s.u.i.c.i.d.e",
"unalive"), and collectors' insults in abbreviations ("nmsl", "cnm", "sb"). Each is read here as the plain
word, so the reviewed rules and the learned readers read one spelling; whether the plain word is a crisis or
abuse, and what it means beside its neighbours, stays theirs to decide (most internet slang, 润 摆烂 躺平
芭比Q了 破防了 emo了, is distress or nothing, and is left as it is: no rule reads it as a crisis).

What is not disguised keeps its reading: a space between two words of two or more characters is still a
clause boundary (borrowers type spaces for commas), "紫砂壶" is a teapot (bot.safety.clauses), "zs" said
as someone's name or initials ("我们都叫他zs", "his initials are zs") is a name, and "自 动还款" joins
into 自动还款, which is what it says.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..patterns import regex

_CJK = "\u3400-\u9fff"

# A space between two Chinese characters ends a clause only between words of two or more characters: a lone
# character set off by spaces ("我打算 自 杀", "想跳 楼", "我 想 死") is a word split to get past a filter, not
# a clause of its own. For bot.safety.clauses' boundary pattern (fixed-width lookarounds).
SPACE_BOUNDARY = rf"(?<=[{_CJK}]{{2}})[ \t\u3000]+(?=[{_CJK}]{{2}})"

_CJK_TOKEN = regex(rf"[{_CJK}]+")

# An emoji for a means of harm or a place of danger, read as its word in a Chinese clause: "🪢已经挂好了"
# is "绳子已经挂好了". Emoji that only set a mood (😭, 💀 in "i'm dead 💀 lol", 🕯️) are left out: they name no
# means, and a laughing skull is a joke. A word already beside its emoji ("桥🌉上") is not doubled.
_EMOJI_WORDS: dict[str, str] = {
    "\U0001f52a": "刀", "\U0001f5e1": "刀",  # 🔪 🗡
    "\U0001f48a": "药",  # 💊
    "\U0001faa2": "绳子",  # 🪢
    "\U0001f309": "桥",  # 🌉
    "\u26b0": "棺材",  # ⚰
    "\U0001fa78": "血",  # 🩸
    "\U0001f52b": "枪",  # 🔫
}
_EMOJI = regex("(" + "|".join(_EMOJI_WORDS) + ")\ufe0f?")

# Spellings read as the plain words, in folded text (lower case, punctuation as spaces, split characters
# already joined). Pinyin initials are read only beside Chinese ("yq三天了", "cs天天打电话"): in an English
# clause "cs" is computer science and "sb" somebody.
_INITIALS = (
    (regex(rf"(?<![a-z0-9])yq(?![a-z0-9])(?=\s?[{_CJK}])|(?:(?<=[{_CJK}])|(?<=[{_CJK}] ))yq(?![a-z0-9])"), "逾期"),
    (regex(rf"(?<![a-z0-9])cs(?![a-z0-9])(?=\s?[{_CJK}])|(?:(?<=[{_CJK}])|(?<=[{_CJK}] ))cs(?![a-z0-9])"), "催收"),
    (regex(rf"(?<![a-z0-9])zx(?![a-z0-9])(?=\s?[{_CJK}])|(?:(?<=[{_CJK}])|(?<=[{_CJK}] ))zx(?![a-z0-9])"), "征信"),
    # Collectors' insults in initials and homophones (nmsl 你妈死了, cnm/草泥马 操你妈, sb 傻逼): read as one
    # plain insult that names no death, so that "nmsl" never reads as words of dying. Who says it to whom is
    # the abuse rules' to read ("我真是个sb" is the writer's own word about themselves).
    (regex(rf"(?<![a-z0-9])(nmsl|wcnm|cnm|nmb|rnm|sb)(?![a-z0-9])(?=\s?[{_CJK}]|\s*$)|(?:(?<=[{_CJK}])|(?<=[{_CJK}] ))(nmsl|wcnm|cnm|nmb|rnm|sb)(?![a-z0-9])"
           r"|草泥马|(?<![马])泥马(?!拉松)"), "傻逼"),
    # 想ss, 去ss: 想死 (想s alone is read in bot.safety.clauses).
    (regex(r"(想|去|要)ss(?![a-z0-9])"), r"\1死"),
    # 吃安眠, 一瓶安眠: the sleeping pills named without 药 (a lullaby, 安眠曲, is not a drug).
    (regex(r"安眠(?![药片曲])"), "安眠药"),
    # 把自己寄了: 寄了 said of oneself as a thing to be done ("考试寄了", a failed exam, is not).
    (regex(r"把自己寄了"), "把自己杀了"),
    # English spelled past filters: k*ll, k1ll; su1cide ("unalive" is read by its place in slang.py).
    (regex(r"\bk(?:\s|1|!)?ll (myself|me|yourself|you|him|her)\b"), r"kill \1"),
    (regex(r"\bs[u*]?[i1!]c[i1!*]?d[e3]\b|\bsu[i1!]c[i1!]d[e3]\b"), "suicide"),
)

# "zs" said as someone's name or initials: not 自杀 (bot.safety.clauses reads any other lone zs as 自杀).
NAMED_ZS = r"(?<!叫)(?<!叫他)(?<!叫她)(?<!名字是)(?<!缩写是)(?<!initials are )(?<!initials is )(?<!named )(?<!called )"
# ... or said to be a name, a nickname or initials right after it ("zs是他的名字缩写", "zs是我同事", "zs这个人"; slang193).
NAMED_ZS_AFTER = r"(?!\s?(是|就是)\S{0,6}(名字|外号|缩写|简称|同事|朋友|同学|老板|领导|室友|老师)|\s?(这个人|同学|老师|总|哥|姐))"


# Punctuation the writer typed between clauses: folding makes it a space like any other, and a lone character
# beside it ("还款，我***号") would then be joined across it ("还款我号"). Words are unspaced between these marks only.
# ASCII "." "*" "-" stay out: they are what a word is split by on purpose ("跳.楼", "自*杀").
TYPED_STOPS = regex(r"[，。！？；、：…,!?;:\n]")


def unspaced_pieces(raw: str, fold: Callable[[str], str]) -> str:
    """``fold`` of the raw text, with ``unspaced`` applied between the marks the writer typed (TYPED_STOPS)."""
    return " ".join(piece for piece in (unspaced(fold(part)) for part in TYPED_STOPS.split(raw)) if piece)


def unspaced(folded: str) -> str:
    """Folded text with words split by spaces or symbols joined again: two Chinese runs where either is one
    character as typed ("我打算 自 杀" -> "我打算自杀"; fold has already made 自*杀 and 跳.楼 "自 杀", "跳 楼"),
    nothing else (letters spelled out with dots are joined on the raw text: ``read_raw``)."""
    if " " not in folded:
        return folded
    out: list[str] = []
    last_single = False  # whether the last token joined onto ``out`` was a lone Chinese character
    for token in folded.split(" "):
        single = len(token) == 1 and _is_cjk(token)
        if out and _is_cjk(token) and _is_cjk(out[-1]) and (single or last_single):
            out[-1] += token
        else:
            out.append(token)
        last_single = single
    return " ".join(out)


def read_disguised(folded: str) -> str:
    """Folded clause text with initials, abbreviated drugs and filter-dodging English read as plain words."""
    for pattern, meaning in _INITIALS:
        if pattern.search(folded):
            folded = pattern.sub(meaning, folded)
    return folded


def read_raw(raw: str) -> str:
    """Raw clause text with a word spelled out letter by letter with dots or stars ("s.u.i.c.i.d.e") joined,
    and, in a Chinese clause, each emoji of a means or a place read as its word ("🪢已经挂好了"). English
    writers who add such an emoji name the thing beside it ("the pills 💊", "a rope 🪢"), and an emoji read as
    a word there only doubles it, or turns "took my 💊 this morning" into a dose taken (left as typed)."""
    if _SPELLED.search(raw):
        raw = _SPELLED.sub(lambda m: _SPELL_MARK.sub("", m.group(0)), raw)
    if not _EMOJI.search(raw) or re.search(f"[{_CJK}]", raw) is None:
        return raw

    everyday = _EVERYDAY_PILL.search(raw) is not None and _GATHERED.search(raw) is None

    def word(match: re.Match[str]) -> str:
        name = _EMOJI_WORDS[match.group(1)]
        if name == "药" and everyday:
            return ""  # "每天吃💊维生素可以吗": the medicine is named, and nothing is gathered
        if raw[:match.start()].rstrip().endswith(name) or raw[match.end():].lstrip().startswith(name):
            return ""  # "桥🌉上": the word is there already
        return name

    return _EMOJI.sub(word, raw)


# 💊 in a clause that names an everyday medicine or its reason ("每天吃💊维生素可以吗", "感冒了吃💊有用吗") adds
# nothing the words do not say (review54 #7): left out, unless the clause gathers or swallows a quantity (then
# it is read as 药, and the clause's own words decide).
_EVERYDAY_PILL = regex(r"维生素|维c|维d|钙片|鱼油|益生菌|感冒|发烧|退烧|咳嗽|头疼|头痛|牙疼|胃疼|胃药|过敏|消炎|布洛芬|保健|医生|处方|按时")
_GATHERED = regex(r"攒|囤|存|够|全|一瓶|一把|一盒|一板|一次|所有|都吞|吞|几十|一百|准备|留着|藏")


def _is_cjk(token: str) -> bool:
    return bool(token) and _CJK_TOKEN.fullmatch(token) is not None


# Four or more letters each set off by a dot, star, dash or underscore (a space between letters is left:
# "i a m" is words).
_SPELLED = regex(r"(?<![A-Za-z0-9])(?:[A-Za-z][.*_\-]){3,}[A-Za-z](?![A-Za-z0-9])")
_SPELL_MARK = regex(r"[.*_\-]")


# A collector's insult or token of death once read plainly: "催收短信说nmsl" (傻逼 once read), "骂我sb", a knife or a
# coffin sent or "made ready" for the borrower ("催收发了个🔪", "给你准备好⚰️了"). The insult must be theirs: a
# collector, "they" or their message says it; "我真是个sb" is the writer's own word, "我妈骂我sb" a mother's.
_COLLECTOR = r"(催收|对方|他们|那个人|那人|那边|客服|短信|微信|消息|电话里|信息)"
_DISGUISED_ABUSE = regex(
    rf"{_COLLECTOR}\S{{0,12}}(说|骂|发|回|写)\S{{0,8}}傻逼"
    # Their words quoted, then said to be theirs: "你去死吧 催收这么说的" (the quote before its speaker; mend53).
    rf"|你(就|赶紧|怎么不|咋不)?(去)?死(吧|了算了|去吧)?.{{0,6}}{_COLLECTOR}(原话)?\s?(就是|就|都|也)?(这么|这样|这样子)(说|骂|讲|写|回)"
    rf"|{_COLLECTOR}\S{{0,10}}(发|寄|送|放)(了|来)?(个|一个|一把|一口|张|一张)?(刀|棺材|枪)"
    r"|(给|帮)(你|我|你们|你妈|我妈|你家|你全家|我全家)\S{0,4}准备(好)?(了)?(一口|一副|个)?(棺材|刀)")


# The writer's own reply: "我回了句sb", "我骂他sb", "我写了nmsl", "我跟他们说sb" (review54 #5). The insult is the
# collector's only when no "I said / I wrote / I answered" stands between their name and it, or just before it.
_WRITER_SAYS = regex(r"我\S{0,4}(回|骂|写|说|发|怼)|我(就|也|直接)?(跟|对|给|和)$")


def disguised_abuse(window_text: str) -> bool:
    """Whether a window holds a collector's insult or token of death that was disguised (initials, homophones,
    an emoji), read plainly by ``read_disguised`` and ``read_raw``; an insult the writer gave back is not theirs."""
    for match in _DISGUISED_ABUSE.finditer(window_text):
        if not match.group(0).endswith("傻逼"):
            return True
        if _WRITER_SAYS.search(match.group(0)[:-2]) or _WRITER_SAYS.search(window_text[max(0, match.start() - 5):match.start()]):
            continue  # the writer's own words back to them
        return True
    return False
