"""Slang and disguised words of dying, read as the plain word only in the place that word takes (slang193, issue 12,
docs/safety.md Round 106).

disguise.py and clauses._SLANG read a list of spellings, each as its word wherever it stands. Outside sets keep
bringing new spellings (紫砂, 自鲨, 4了, 鼠了, 噶了, 想s, 自sha, 不想huo了, "unalive", "off myself", "ctb", "d!e"), and a
homophone means its word only in one PLACE: 紫砂 after 想 is 自杀, after 收藏 a teapot's clay; 4 after 干脆 is 死,
before 期 a count; 鼠 in 想鼠了 is 死, in 老鼠 a rat; "kms" after a number is kilometres. So a disguised form is read as
the plain word here when it stands in the slot of a verb of dying:

- **Chinese sounds of 死** (s, ss, si, 4, 鼠, 噶, 嘎, 亖): after a word of wishing, planning or giving up (想, 要, 去, 准备,
  打算, 干脆, 不如, 直接, 宁愿…) and at the end of the phrase (了, 掉, 算了, a particle, the clause's end), or before
  了算了 / 了吧 alone ("ss了算了"). A digit is read only after the plainer wishes (干脆4了, not 要4个); 噶 and 嘎 only
  before 了 / 掉 / 算了 (Cantonese 噶 is a particle: 我系要噶; mend204);
- **Chinese sounds of 自杀, 活, 跳楼 spelled in pinyin beside characters** (自sha, zisha, 不想huo了, 活不下qu, 想tiaolou):
  a pinyin syllable touching a character has no word boundary, which the older \\b patterns needed;
- **living said as existing** (不想再生存下去, Cantonese 唔想生存落去 once bot.cantonese has read it; 不想再存在了);
- **English internet forms** in the slot of a verb: "unalive" as the verb (to unalive, unalive myself) or the state
  (be / become unalive), "off myself" after a modal ("gonna off myself"; "i'll be off myself tomorrow" is leave),
  "ctb" after a wish where the clause ends or a time follows ("going to CTB tomorrow for a meeting" is a place), "kms" not after a number or before a distance;
- **letters swapped for look-alike symbols** ("d!e", "k1ll", "s3wer sl1de", "su!cide", "de@d"): a word whose letters
  are partly symbols is read as the word of dying it spells, only for the few words of dying (``_LEET_WORDS``).

Whether the plain word is a crisis, a joke (笑到想死), a negation or a collector's curse stays the readers' to decide,
as for every word disguise.py reads.
"""

from __future__ import annotations

import re

from ..patterns import regex

_CJK = "\u3400-\u9fff"

# Words of wishing, planning or giving up before a verb of dying (the slot's opening). Longest first is not needed:
# the slot only asks that one of them ends right before the sound. (Not 还是, "or": 想买m还是s？ is a size; 该 not after
# another person: 他该s, 你该s are curses, not a relative at risk; mend204.)
_WISH = r"(想|要|去|准备|打算|干脆|不如|直接|宁愿|宁可|只想|真想|好想|(?<![他她它你们])该|选择|决定|快|快要)"
# The sounds of 死. A digit is a sound only after the plainer wishes (要4个, 去4楼, 快4点 are counts).
_DIE_SOUND = r"(ss|s|si|亖)"
# 噶 and 嘎 only before 了, 掉 or 算了: Cantonese types 噶 as its everyday particle at a phrase's end (我系要噶, 我会去噶啦,
# 你去唔去噶？我去噶; mend204).
_GA_END = r"(?=了|掉|算了)"
# 鼠 is the most jocular sound ("想鼠了，老板又让加班" is a complaint, pinned by tests/test_safety_net.py): read only after a
# word of resolving or giving up, never after 想 / 要 / 快 alone.
_RESOLVED = r"(干脆|不如|还不如|直接|准备|打算|宁愿|宁可|决定|选择)"
# The phrase's end after the sound: an aspect, a particle or the thought of it, not a noun's or an object's (想鼠标,
# 要s码的, 想zs这个项目 are not read). Also for clauses._SLANG's 想s and zs.
SLOT_END = rf"(?=了|掉|算了|吧|啊|呀|啦|嘛|吗|过|未遂|的(心|念头|想法|冲动|方法|办法)|\s|$|[^{_CJK}a-z0-9])"
# Pinyin of 想死 and 跳楼/跳河… touching characters is read only after the writer or a wish, or before 了 (这两个字xiang si
# is 相似, 两个方案tiaohe一下 is 调和, 他们长得很xiangsi; mend204).
_PINYIN_AFTER = r"(?:(?<=我|想|要|去)|(?<=宁愿|宁可|干脆|不如|直接|准备|打算|决定)|(?<=(?<![a-z])wo)|(?<=(?<![a-z])wo ))"
_PINYIN_LE = r"(?=\s?(了|le(?![a-z])))"

_CHINESE = (
    (regex(rf"{_WISH}{_DIE_SOUND}(?![a-z0-9]){SLOT_END}"), r"\1死"),
    (regex(rf"{_WISH}(噶|嘎){_GA_END}"), r"\1死"),
    (regex(rf"{_RESOLVED}鼠(?!标){SLOT_END}"), r"\1死"),
    (regex(rf"(干脆|不如|还不如|直接|想|打算|准备|宁愿|宁可)4{SLOT_END}(?!\s?[0-9])"), r"\1死"),
    (regex(r"(?<![a-z0-9老松属])(ss|4|鼠|噶|亖)(?=了算了|了吧|掉算了|了拉倒|了一了百了)"), "死"),
    # 自杀 in pinyin or half pinyin beside characters: 自sha, 自 sha, zisha, zi sha.
    # (zisha as the clay of Yixing's teapots, in an English sentence: "Yixing zisha teapots", "a zisha clay pot"; fa208)
    (regex(r"自\s?sha(?![a-z])|(?<!yixing )(?<![a-z])zi ?sha(?![a-z])(?! ?(?:teapot|tea|pot|clay|potter|ware|kettle|cup|mug|collect|piece|set|craft|studio|shop|artis|master|maker))"), "自杀"),
    # 活 and 下去 in pinyin after the characters of a wish: 不想huo了, 活不下qu了; the particle le after a character.
    (regex(r"(不想|不要|不愿|不想再|不要再|活不)\s?huo(?![a-z])"), r"\1活"),
    (regex(r"(?<=下)\s?qu(?![a-z])"), "去"),
    (regex(rf"(?<=[{_CJK}])\s?le(?![a-z])"), "了"),
    *((regex(rf"(?:{_PINYIN_AFTER}(?<![a-z])tiao ?{sound}|(?<![a-z])tiao ?{sound}{_PINYIN_LE})(?![a-z])(?!\s?一下)"), f"跳{place}")
      for sound, place in (("lou", "楼"), ("he", "河"), ("jiang", "江"), ("hai", "海"), ("qiao", "桥"))),
    (regex(r"(?<![a-z])(wo )?(bu ?xiang ?(zai ?)?huo)( ?xia ?qu)?( ?le)?(?![a-z])"), " 不想活了 "),
    (regex(rf"(?:{_PINYIN_AFTER}(?<![a-z])xiang ?si(?![a-z])|(?<![a-z])xiang ?si{_PINYIN_LE})( ?le(?![a-z]))?"), " 想死 "),
    # Living said as existing or surviving: 不想再生存下去, 不想再存在了 (not 不想存在问题: the phrase must end).
    # (存在 only of the writer: "这个程序不想再存在了" is a program, tests/test_fix71.py)
    (regex(r"不(想|愿|愿意|打算)(再|继续)?生存(?=下去|了|\s|$)"), r"不\1\2活"),
    (regex(r"(?<=我)(真的|实在|已经|就是)?不(想|愿|愿意)(再)?存在(?=下去|了|\s|$)"), r"\1不\2\3活"),
)

# A curse told to "you" to kill yourself in a sound of 自杀 ("你这种人就该去紫砂", the writer's own curse) is the curse 去死
# the abuse readers know ("你就该去死"); the writer's own "我就该去紫砂" is not a "you" and stays. Only the sounds, and
# only when no one is reported saying it: the plain 自杀 told to "you", or a collector's curse the writer reports
# (催收骂我：你怎么不去紫砂, 催收跟我说你这种人就该去自杀), stays the word and keeps the crisis reply first, as on main (mend204).
_CURSE = regex(r"(你|你们)(\S{0,6}?)(就该|该|赶紧|快点|怎么不|咋不|还不|不如|就)去(紫砂|自鲨|自s|zs)(?![a-z0-9壶锅杯泥陶茶器煲盆])")
# Someone reported saying it (in the clause before the curse, or in the message before the clause).
REPORTED = regex(r"说|骂|讲|咒|叫|告诉|短信|消息|留言|电话|威胁|發|罵|講|話")

# English: the internet forms in the slot of a verb.
# The clause's end, or a time and then the end ("ready to ctb tonight").
_EN_END = (r"(?=\s*(?:$|[^a-z0-9 ])|\s(?:tonight|today|tomorrow|soon|now|already|asap|this (?:week|weekend|month)|"
           r"next (?:week|month))\s*(?:$|[^a-z0-9 ]))")
_ENGLISH = (
    (regex(r"\bunaliv(?:e|ing) (my ?self|me|your ?self|urself|him|her|them ?selves)\b"), r"kill \1"),
    (regex(r"\b(be|become|becoming|being|am|im|feel|was|were|end up|stay) unalive\b"), r"\1 dead"),
    (regex(r"\b(to|wanna|gonna|will|ill|might|should|could|would|just) unalive\b"), r"\1 die"),
    # ("off me" only where the clause ends or a time follows: "we're about to off me from the team" is a list; mend204)
    (regex(rf"\b(to|wanna|gonna|will|ill|might|should|could|would|just|going to|about to|ready to) off (my ?self\b|me{_EN_END})"),
     r"\1 kill myself"),
    # ctb after a wish, where the clause ends or a time follows (not "an employee of CTB", "going to CTB tomorrow for a
    # meeting", "planning to CTB exam"; mend204)
    (regex(rf"\b(want to|wanna|gonna|going to|about to|will|ill|might|should|ready to|planning to|plan to|need to|"
           rf"trying to|decided to|just|gotta) ctb{_EN_END}"), r"\1 kill myself"),
    # any other "unalive" ("got unalived", "unaliving"): the verb of killing, as disguise.py read it before slang193
    (regex(r"\bunaliv(?:e|ing|ed)\b"), "kill"),
)
# "kms" after a number or before a distance is kilometres (clauses._SLANG reads any other "kms" as "kill myself").
KMS_DISTANCE = regex(r"(?<=[0-9])\s?kms\b|\bkms (away|from|to|per|of|east|west|north|south|down|up)\b")

_ENGLISH_GATE = regex(r"unaliv|off (my ?self|me)\b|\bctb\b")
# Every Chinese form holds one of these (a quick test; speed only: most clauses hold none).
_CHINESE_GATE = regex(r"[s4鼠噶嘎亖你]|huo|qu|le|tiao|生存|存在")


def read_slang(folded: str, reported: bool = False) -> str:
    """Folded clause text with the disguised words of dying read as their plain words where they stand in the slot
    of a verb of dying (see the module doc). ``reported``: the message reports someone's words before this clause."""
    if _CHINESE_GATE.search(folded):
        for pattern, plain in _CHINESE:
            folded = pattern.sub(plain, folded)
        if "你" in folded:
            folded = _CURSE.sub(lambda m: m.group(0) if reported or REPORTED.search(folded, 0, m.start())
                                else f"{m.group(1)}{m.group(2)}{m.group(3)}去死", folded)
    if _ENGLISH_GATE.search(folded):
        for pattern, plain in _ENGLISH:
            folded = pattern.sub(plain, folded)
    if "kms" in folded and KMS_DISTANCE.search(folded):
        folded = KMS_DISTANCE.sub(lambda m: m.group(0).replace("kms", "km"), folded)
    return folded


# Letters swapped for look-alike symbols in a word of dying ("d!e", "k1ll", "s3wer sl1de", "de@d", "unal!ve"). Each
# word's letters may be typed as their look-alikes; a match must hold one at least (a plain word is already plain).
_LOOKALIKE = {"i": "i!1|*", "l": "l1|!*", "e": "e3*", "a": "a@4*", "o": "o0*", "s": "s$5*", "u": "u*", "t": "t+7"}
_LEET_WORDS = ("suicide", "suicidal", "kill", "killing", "die", "dying", "dead", "unalive", "sewer", "slide", "myself")


def _spelled(word: str) -> str:
    return "".join(f"[{_LOOKALIKE[ch]}]" if ch in _LOOKALIKE else ch for ch in word)


_LEET = regex(r"(?<![A-Za-z0-9!|*@$+])(" + "|".join(_spelled(word) for word in _LEET_WORDS) + r")(?![A-Za-z0-9|*@$+])",
              re.IGNORECASE)
_LEET_GATE = regex(r"[A-Za-z][!1|*@$0-9+][A-Za-z]|[A-Za-z][!1|*@$0-9+]$", re.IGNORECASE)
_WORD_RES = {word: regex(_spelled(word), re.IGNORECASE) for word in _LEET_WORDS}  # (from the stored table: no compile at import)


def read_leet(raw: str) -> str:
    """Raw clause text with a word of dying typed with look-alike symbols ("d!e", "k1ll") read as the word."""
    if _LEET_GATE.search(raw) is None:
        return raw

    def plain(match: re.Match[str]) -> str:
        typed = match.group(1)
        if typed.isalpha():
            return typed
        for word in _LEET_WORDS:
            if len(word) == len(typed) and _WORD_RES[word].fullmatch(typed):
                return word
        return typed

    return _LEET.sub(plain, raw)



# A laughing face in an English clause is a laugh said ("i'm dead 😂", "this exam killed me 🤣"): read as "lol", so the
# readers' laugh set-asides (idioms.py, scenes.py LOL_DEAD) see it as they see the typed word. Folding drops emoji, and
# "i'm dead 😂" read as "im dead" alone. Not in a Chinese clause (哈哈 and 笑死 there are typed as words when meant).
_LAUGHING_FACE = regex("[\U0001f602\U0001f923\U0001f606\U0001f639]\ufe0f?")
_ANY_CJK = regex(f"[{_CJK}]")


def read_laughs(raw: str) -> str:
    """Raw English clause text with each laughing face read as "lol"."""
    if _LAUGHING_FACE.search(raw) is None or _ANY_CJK.search(raw) is not None:
        return raw
    return _LAUGHING_FACE.sub(" lol ", raw)
