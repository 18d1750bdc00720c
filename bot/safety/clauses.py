"""Cutting a message into clauses for the safety rules, and the shared pieces of those rules.

The rules look at one clause, or two neighbouring clauses, at a time: a crisis sentence buried in
the middle of a long story is found wherever it sits, and cues from unrelated sentences are not
combined. Each clause keeps its span in the original message, so that the clauses which carried
a signal can be taken out and the rest of the message routed as the borrower's loan question.
"""

from __future__ import annotations

import re
from ..records import dataclass
from functools import lru_cache
from typing import Iterator

from ..patterns import needs, regex
from ..text import fold
from .disguise import NAMED_ZS, NAMED_ZS_AFTER, SPACE_BOUNDARY, read_raw, read_disguised, unspaced_pieces
from .euphemisms import read_euphemisms
from .slang import REPORTED, SLOT_END, read_laughs, read_leet, read_slang

# Clause boundaries in the raw message: sentence and clause punctuation in both widths, line
# breaks, a space between two Chinese characters (borrowers often type spaces instead of
# commas), and in English a conjunction or the start of an embedded question ("...and i took
# pills will they call my mom"), which people type without punctuation.
# A tag question after a comma ("they're going to come, aren't they?", "会上门，对吧？") is not a clause
# of its own: it turns the statement before it into a question (abuse.py reads a fear asked, not a
# threat told), so the comma before it is no boundary (cls17).
_TAG = (r"\s*(?:aren'?t|won'?t|isn'?t|don'?t|doesn'?t|wouldn'?t|right|对吧|是吧|对不对|是真的吗|真的吗|是不是真的|会吗)"
        r"(?:\s+(?:they|it|he|she|you|we))?\s*(?:[?？。.!！]|$)")
# A tag question typed with spaces, at the end of its sentence (see _BOUNDARY).
_SPACED_TAG = r"(?:是\s?真的\s?吗|真的\s?吗|是\s?不是\s?真的|会\s?吗|对\s?吧|是\s?吧|对\s?不\s?对)\s*(?:[?？。]|$)"
# A voice-input run-on has no punctuation at all ("催收天天骂我然后我实在受不了了所以我准备今晚…"; safe44): where
# a comma would stand, the speaker says a connective that opens the next statement (然后, 所以, 但是, 结果…), or
# ends the last with a particle and names the next subject or time (…受不了啦我现在…, …没办法了今晚…). Each is a
# zero-width boundary there, after two Chinese characters of the statement before. Not inside a word (突然后悔,
# 最后来, 查询的结果) nor 不过 (撑不过去 is one word of the crisis); 了 is a particle only before a time word (骂了我
# is a verb and its object), and never after 不了 (受不了, 忍不了: one word, "can't bear" — review62: 「我受不了明天就走」
# split lost its crisis); 结果了 is "to end" (结果了自己), never the connective. Windows still read two neighbours
# together, as across a comma.
_CJK_RUN = "\u3400-\u9fff"
RUN_ON_BOUNDARY = (
    rf"(?<=[{_CJK_RUN}0-9a-zA-Z]{{2}})(?<![突忽自当既显居竟仍依虽偶公的个最之以先])"
    rf"(?=(?:然后|所以|但是|可是|结果(?!了)|后来|而且|于是|反正)[{_CJK_RUN}])"
    rf"|(?<=[{_CJK_RUN}]{{2}}[啊吧呢嘛呀啦])(?<![酒网贴]吧)(?<!毛呢)(?=(?:我|他们|催收|现在|今晚|今天|昨晚|昨天|刚才)[{_CJK_RUN}])"
    rf"|(?<=[{_CJK_RUN}]{{2}}了)(?<!不了)(?=(?:现在|今晚|今天|昨晚|昨天|刚才|明天)[{_CJK_RUN}])")
_BOUNDARY = regex(
    rf"[，,]+(?!{_TAG})(?:[。！？!?；;\n\r…，,、：:~～()（）\"“”]*)"
    r"|[。！？!?；;\n\r…、：:~～()（）\"“”][。！？!?；;\n\r…，,、：:~～()（）\"“”]*"
    r"|\.(?=\s|$)"
    # not around a lone character: "我打算 自 杀" is one word split (disguise.py); nor before the last words of a
    # sentence that ends in a tag question: "催收 说 要 去 我 老家 走访 是 真的 吗" asks whether the visit is real,
    # and the tag belongs to what it asks about (review54 #6).
    rf"|{SPACE_BOUNDARY}(?![^，。！？；、：…,!?;:\n]{{0,8}}?{_SPACED_TAG})"
    rf"|{RUN_ON_BOUNDARY}"
    r"|(?<![ \t])[ \t]+(?=(?:and|but|because|cause|cuz)\s)"  # (?<!...): one try per run of spaces
    r"|(?<![ \t])[ \t]+(?=(?:will|would|can|could|do|does|is|are|should|what|how)\s+"
    r"(?:they|i|my|it|the|you|we|he|she|anyone|someone|jiebei|huabei)\b)",
    re.IGNORECASE)
# How borrowers misspell the words the rules rely on (pinyin input picks a homophone).
_ALIASES = (("崔收", "催收"), ("摧收", "催收"), ("借被", "借呗"), ("花被", "花呗"))
_APOSTROPHES = regex(r"['’`]")
# Slang, homophones and abbreviations for the words of suicide and death, read as those words: 紫砂
# (a homophone of 自杀, not a 紫砂壶 teapot), zs and 自s, 想s, 嘎 (dialect and internet slang for
# dying, but 队友嘎了 in a game is left alone: only a wish or plan to 嘎 is read), sewerslide,
# kms ("kill myself"), kys ("kill yourself", said by a collector).
# Living or existing somewhere or with someone (mend72): "live with/at/in/on", "exist in/on": no wish about being alive
# ("live in this world", "exist on this earth" still are).
_LIVING_SOMEWHERE = (r"(?:live|living|stay|exist|existing) (?:with|at(?! all\b)|inside|under|near|together|(?:in|on)(?! (?:this|the|dis|dat|that)"
                     r" (?:world|earth|planet|life)\b))\b")
_SLANG = (
    # (紫砂 as the clay or the craft, collected, bought, played with or named by its home: 收藏紫砂, 玩紫砂, 一把紫砂,
    # 宜兴紫砂; slang193; its makers, shops and works: 做紫砂的老艺人, 紫砂店, 紫砂工艺, fa208 Round 112;
    # at most 的 between, and never after 想/要/去: 想紫砂了店也开不下去, 真的好想紫砂啊大师 are crises, mend219 Round 112b)
    (regex(r"(?<!收藏)(?<!玩)(?<!淘)(?<!盘)(?<!买)(?<!卖)(?<!宜兴)(?<![一这那几]把)(?<!原矿)(?<!正宗)(?<!做)(?<!烧)(?<!制)(?:(?<![想要去])紫砂(?!壶|锅|杯|泥|陶|茶|器|煲|盆|摆件|收藏|窑|土|料|矿|工艺|手艺|艺人|作品|的?(?:老)?(?:艺人|师傅|大师|匠人|手艺|工艺|作品|工作室|店|厂))"
           r"|(?<=[想要去])紫砂(?!壶|锅|杯|泥|陶|茶|器|煲|盆|摆件|收藏|窑|土|料|矿))"), "自杀"),
    # (zs said as a name or initials, "我们都叫他zs" or "zs是他的名字", is a name: disguise.NAMED_ZS, NAMED_ZS_AFTER)
    # (zs and 想s only where the phrase ends, slang.SLOT_END: "想zs这个项目", "要s码的" are a project and a size)
    (regex(NAMED_ZS + r"(?<![a-z0-9])zs(?![a-z0-9])" + SLOT_END + NAMED_ZS_AFTER + r"|自s(?![a-z0-9])|自鲨"), "自杀"),
    (regex(r"(想|去|要)s(?![a-z0-9])" + SLOT_END), r"\1死"),
    (regex(r"(想|要|准备|打算|干脆|去)(原地)?嘎(了|掉)?"), r"\1死"),
    (regex(r"嘎了(算了|就好|拉倒|干净)"), r"死了\1"),
    (regex(r"\b(sewer ?slide|sewerslid\w*|commit sudoku|s[u*]ic[i*]de)\b"), "suicide"),
    (regex(r"\bkms\b"), "kill myself"),
    # 顶不顺, the half-Mandarin spelling of Cantonese 顶唔顺 (撑不住). Written Cantonese itself (唔想活, 顶唔住, 咗,
    # 冇) is read as Mandarin before any reader, in bot.cantonese (through text.fold).
    (regex(r"顶不顺"), "撑不住"),
    (regex(r"\bkys\b"), "kill yourself"),
    # Singlish and chat spellings of the words the English rules read (safe58): dun (don't), wan / wana (want, only
    # after the writer or a "not": "5 wan" is 50,000), tink (think), dw before living: "i dun wan to live anymore",
    # "i dun wan live liao", "i tink i better die lor", "dw to live".
    # Not where a place, a person or a thing lived with follows (mend72, review83 §7): "dw to live with the debt
    # forever", "dw live at home anymore", "dun wan exist in their system" are no wish to die, and stay unread.
    (regex(r"\bdun(?= [a-z])"), "dont"),
    (regex(rf"\b(i|dont|not|never|really|realy|also|just|still|no) (?:wan|wana|wan2|wnt)(?: to| 2)?\b(?!(?: to| 2)? {_LIVING_SOMEWHERE})"), r"\1 want to"),
    (regex(r"\btink\b"), "think"),
    (regex(rf"\bdw(?: to| 2)? (?=live|go on|be alive|wake up|exist)(?!{_LIVING_SOMEWHERE})"), "dont want to "),
    # Pinyin typed without choosing the characters: bu xiang huo le (不想活了), xiang si (想死), zi sha (自杀).
    (regex(r"\b(wo )?bu ?xiang ?(zai ?)?huo( ?xia ?qu)?( ?le)?\b"), " 不想活了 "),
    (regex(r"\b(wo )?xiang ?si( ?le)?\b"), " 想死 "),
    # (not the clay of Yixing's teapots: "Yixing zisha teapots", "a zisha clay pot", fa208 Round 112)
    (regex(r"(?<!yixing )\bzi ?sha\b(?! ?(?:teapot|tea|pot|clay|potter|ware|kettle|cup|mug|collect|piece|set|craft|studio|shop|artis|master|maker))"), " 自杀 "),
    (regex(r"\btiao ?(lou|he|jiang|hai|qiao)\b"), " 跳楼 "),
)

_SLANG_NEEDS = tuple((pattern, meaning, needs(pattern)) for pattern, meaning in _SLANG)

# Names of provinces, cities and districts, and everyday words, that hold a character of a place
# of danger (江河湖海): "我老家在湖南乡下" is a borrower's hometown, not a lake, and a learned reader
# of characters cannot tell them apart. They are read as "某地" (some place), unless the water's
# edge follows: 黑龙江, 牡丹江, 晋江 are rivers too, and "牡丹江边", "漯河边" are riverbanks (review).
# Rivers, lakes and bridges themselves (长江, 黄河, 西湖) keep their names. (Probe of 2026-11-29:
# 11 of 31 province names raised the crisis reply.)
_PLACE_NAMES = regex(
    r"(?:黑龙江|河北|河南|湖北|湖南|江苏|江西|浙江|上海|海南|青海|珠海|海口|威海|江门|湛江|镇江|九江|内江|牡丹江"
    r"|晋江|吴江|湖州|芜湖|河源|河池|漯河|海淀|北海市|海宁|海门|海安|海城|海东|海西州|阳江|江阴|江油|松江区"
    r"|石河子|洪湖市|江湖|海外|海关|海鲜|海底捞|海归|海运|海淘|海尔|湖人)"
    r"(?!边|畔|岸|堤|里|水|桥|大桥|底|面|滩|湾)")
_PLACE_NEED = needs(_PLACE_NAMES)
# A title in book-title marks names a work, not the writer's life: 《活着》这本书, 《死亡诗社》这部电影
# (probe12); only where the message says it is a work: "我已经写好了《遗书》", "我每天都在想《怎么死最
# 不痛苦》" use the marks for the writer's own words (review12).
# (Only a title the words right beside it call a work, and never a letter or a will: "我把《遗书》夹在
# 书里了" is the writer's note; review14.)
_TITLE = regex(r"(?<=看了|看完|读了|读完|听了|听完|看过|读过|听过)《(?![^《》]*(遗书|遗言|遗嘱|信))[^《》]{1,24}》"
               r"|《(?![^《》]*(遗书|遗言|遗嘱|信))[^《》]{1,24}》(?=(这|那)?(本|部|首|个)?(书|电影|歌|小说|剧|纪录片|节目|综艺|动画|漫画|游戏))")


@dataclass(frozen=True)
class Clause:
    """A clause: its span in the original message and its folded text (NFKC, lower case,
    simplified characters, apostrophes dropped so "can't" reads "cant", punctuation as spaces)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Window:
    """One clause, or two neighbouring ones read together (a cue may span a comma:
    "tonight is the night. i'm done"); ``first``..``last`` are clause indices."""

    first: int
    last: int
    text: str


@lru_cache(maxsize=256)  # a message's clauses are folded again for every window and reader (reuse is within one message)
def fold_clause(raw: str, reported: bool = False) -> str:
    """The folded form the rules match against (see Clause); ``reported``: someone's words are reported before it."""
    # Disguised wording is read as the words it hides: emoji of a means, split characters, initials (disguise.py).
    # Disguised words of dying read in the slot of a verb of dying: 想鼠了, 自sha, "d!e", "gonna off myself" (slang.py).
    raw = read_laughs(read_leet(raw))
    text = read_slang(read_disguised(unspaced_pieces(_APOSTROPHES.sub("", read_raw(_TITLE.sub("某书", raw) if "《" in raw else raw)), fold)),
                      reported)
    for wrong, right in _ALIASES:
        text = text.replace(wrong, right)
    chars = set(text)
    if (_PLACE_NEED is None or not _PLACE_NEED.isdisjoint(chars)) and _PLACE_NAMES.search(text):
        text = _PLACE_NAMES.sub("某地", text)
        chars = set(text)
    for pattern, meaning, need in _SLANG_NEEDS:
        # A pattern is searched only when the text holds one of the characters every match of
        # it contains (bot.patterns.needs): most clauses hold none of 紫嘎唔咗冇… (speed only).
        if (need is None or not need.isdisjoint(chars)) and pattern.search(text):
            text = pattern.sub(meaning, text)
            chars = set(text)
    # Euphemisms of the writer's own ending ("该去见阎王了", "by next year i'll be six feet under") read as the plain
    # words, after the slang they may be spelled in (euphemisms.py, data in knowledge/euphemisms.json; Round 72).
    return read_euphemisms(text)


# Sentence ends in the raw message (cue.Cue.reach reads an everyday reason in the window's sentence).
_SENTENCE_END = regex(r"[。！？!?；;\n\r]+|\.(?=\s|$)")


def raw_sentences(message: str) -> list[str]:
    """The message's sentences, raw, empty ones dropped."""
    return [part for part in _SENTENCE_END.split(message) if part.strip()]


def folded_sentences(message: str) -> list[str]:
    """The message's sentences folded (not masked), each alone and each with the next (others.at_risk_elsewhere)."""
    folded = [fold_clause(part) for part in raw_sentences(message)]
    folded = [text for text in folded if text.strip()]
    return folded + [f"{one} {two}" for one, two in zip(folded, folded[1:])]


def split_clauses(message: str) -> list[Clause]:
    """The message's clauses in order, with their spans; empty clauses are dropped."""
    return list(_split(message))  # a fresh list: the caller may change it


# The rules, the learned readers, the check-in and the classifier's vetting each split the same
# message (up to five times per message): split once, remembered.
@lru_cache(maxsize=128)  # within one message is what counts
def _split(message: str) -> tuple[Clause, ...]:
    clauses = []
    start = 0
    # A word of dying typed with look-alike symbols ("d!e", "k1ll") is read before the message is cut: its "!" is no
    # sentence end. The plain word has the typed word's length, so every span still points into the message.
    message = read_leet(message)
    for boundary in [*_BOUNDARY.finditer(message), None]:
        end = boundary.start() if boundary else len(message)
        text = fold_clause(message[start:end], REPORTED.search(message, 0, start) is not None)
        if text:
            clauses.append(Clause(start, end, text))
        if boundary:
            start = boundary.end()
    return tuple(clauses)


def windows(clauses: list[Clause]) -> Iterator[Window]:
    """Every clause alone, then every pair of neighbouring clauses."""
    return iter(_windows(tuple(clauses)))


# The rules, the learned readers, the scale and the check-in each walk the same message's windows
# (~5 times per message): made once, remembered (Windows are immutable; speed only).
@lru_cache(maxsize=16)  # reuse is within one message
def _windows(clauses: tuple[Clause, ...]) -> tuple[Window, ...]:
    alone = [Window(index, index, clause.text) for index, clause in enumerate(clauses)]
    return (*alone, *(Window(index, index + 1, clauses[index].text + " " + clauses[index + 1].text)
                      for index in range(len(clauses) - 1)))


def led_windows(clauses: list[Clause]) -> list[Window]:
    """Windows the crisis rules also read: a run of clauses that are only an address or an apology
    ("妈，对不起，钱我还不上了，你们别难过") opens the two clauses after it, read as one window with
    them (they say to whom, and what for): the pairs alone put the sorry to mum three clauses away
    from "你们别难过" (safe12). Not read by the learned readers, which were trained on pairs."""
    found = []
    for index, clause in enumerate(clauses):
        if not _LEAD_IN.fullmatch(clause.text) or (index and _LEAD_IN.fullmatch(clauses[index - 1].text)):
            continue  # only from the first of a run
        last = index
        while last < len(clauses) and _LEAD_IN.fullmatch(clauses[last].text):
            last += 1
        last = min(last + 1, len(clauses) - 1)
        if last - index >= 2:  # what a pair reads already is not read again
            found.append(Window(index, last, " ".join(c.text for c in clauses[index:last + 1])))
    return found


# An address or an apology said on its own (see led_windows).
_LEAD_IN = regex(r"(亲爱的|我的)?(爸妈|爸爸|妈妈|爸|妈|老爸|老妈|老婆|老公|媳妇|宝贝|孩子|儿子|女儿|闺女|爷爷|奶奶|哥|姐|弟|妹)(啊|呀)?"
                 r"|(真的|实在)?(对不起|抱歉)(了|啊)?(你们|大家)?|(mum|mom|mama|dad|papa|honey|sweetheart)|(im )?(so )?sorry")


def without(message: str, clauses: list[Clause], dropped: set[int]) -> str:
    """The message with the dropped clauses cut out, the rest (and its punctuation) kept, one
    line per remaining stretch."""
    pieces, cursor = [], 0
    for index in sorted(dropped):
        pieces.append(message[cursor:clauses[index].start])
        cursor = clauses[index].end
    pieces.append(message[cursor:])
    # A line break between the pieces keeps them apart as sentences: "…pay another" and "will
    # they go after my parents?" must not run together into one clause when what stood between
    # them is cut out.
    return "\n".join(piece.strip(" ,，、") for piece in pieces if piece.strip(" ,，、。.!！?？;；\n"))


def any_of(*alternatives: str) -> re.Pattern[str]:
    """One compiled pattern matching any of the alternatives (each a regular expression)."""
    return regex("|".join(f"(?:{alternative})" for alternative in alternatives))


# People who are not collectors: when one of them is who speaks, threatens or scolds ("我妈说我再
# 借网贷就打断我的腿", "my brother is threatening to tell mom"), it is family talk, not collection.
# 别 as "don't", not the end of a word (特别 "especially", 分别, 区别, 告别, 永别…): "我特别不想活了" read 特别 as a
# negation before the wish and went to goodbye (review57). Every negation list that names 别 uses this.
NEGATING_BIE = r"(?<![特分区告离类级性辨识鉴个差送惜永派])(?<!(?<!知)道)别"  # (知道别想不开: "know not to"; review59)
KIN_ZH = (r"爸妈|爸爸|妈妈|爸|妈|父亲|母亲|父母|爷爷|奶奶|外公|外婆|姥姥|老公|老婆|丈夫|妻子|媳妇|男朋友|女朋友|对象"
          r"|未婚夫|未婚妻|哥|姐|弟|妹|儿子|女儿|孩子|亲戚|家人|家里人|朋友|闺蜜|哥们|发小|同事|室友|同学|老板|领导")
KIN_EN = (r"mum|mom|mother|mama|dad|father|papa|parents|grandma|grandmother|grandpa|grandfather"
          r"|husband|wife|girlfriend|boyfriend|fiancee|fiance|partner|brother|sister|son|daughter|kids?"
          r"|children|cousin|uncle|aunt|friend|coworker|colleague|roommate|boss|family")
