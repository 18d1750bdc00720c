"""The concern a message says matters most (round 37, cls88): with two or three worries in one message the
one the writer marks as the main one leads, and one the writer sets aside does not. The independent set of
stop 41 had "怕上门 怕打电话给家里 最怕的还是征信花了" and "上门我倒不怕 主要是会不会联系我同事" answered by the
first worry named, because the classifier reads the whole message and the first fear is as loud as the last.

Read by structure, not by topic words: a clause marked as the main one (最怕的是, 主要是, 就想知道, "mostly",
"what I really want to know") keeps itself and what follows; failing that, a clause set aside (我倒不怕, 无所谓,
先不说, "aside", "not worried about") is left out. Only when what is kept still asks something (bot.questions)
and still names the debt's world in some words or asks a question of its own, so a story told around a single
question is never cut to nothing. The safety readings never see this text: they read the whole message first.
"""

from __future__ import annotations

from .patterns import regex
from .questions import is_question

# Clauses end at punctuation, or at the spaces Chinese messages separate clauses with.
_CLAUSE_END = regex(r"[，,。.！!？?；;\n]+\s*|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# The main one, marked: "最怕的还是", "其实最担心的是", "主要是", "就想知道", "说到底", "mostly:", "the main thing".
_MAIN = regex(r"最(?:关心|担心|怕|害怕|在意|想知道|想问)|主要(?:是|想问|想知道|担心|怕)|(?:就|只)想(?:知道|问)|说到底|关键是|重点是"
              r"|\b(?:mostly|mainly|most of all|above all|more than anything|the main thing|my (?:main|real|biggest) "
              r"(?:question|worry|concern|fear)|what i really want to know|all i (?:want|need) to know|i (?:just|only) (?:want|need) to know"
              r"|the thing (?:keeping me up|i care about))\b")
# Set aside: "X我倒不怕", "X无所谓", "X先不说", "X我认了", "fees aside", "forget the fees", "not worried about X"; a question
# the writer does not care about, "会不会上征信我不管" (answer210: only after a question word, so "借呗我不管了" stays an escape).
_ASIDE = regex(r"(?:倒|并|也|都|才)?不(?:怕|在乎|在意|担心|关心)(?!吗|么|呢|吧)|无所谓(?!吗|么|呢|吧)|先不说|先放一边|(?:我|都|就|也)认了|能忍|不重要"
               r"|(?:吗|么|会不会|是不是|有没有|能不能|多少)\S{0,8}?我(?:也|都|才)?不管(?:了)?\W*$"
               r"|\b(?:aside|forget (?:about )?(?:the|my)|(?:i )?(?:don ?t|do not) care about|not (?:worried|bothered|scared) about|i can (?:handle|live with))\b")
# Other worries named before the main one: feared or worried over.
_WORRIES = regex(r"怕|担心|担忧|顾虑|\b(?:worried|worry|scared|afraid|fear\w*|concerned)\b")
# What to do, or whether it may, asked with no matter of its own: "怎么办", "该怎么办", "可以吗", "what do I do" (mend80).
_GENERIC_ASK = regex(r"(?:我|那|现在)?(?:该|应该|要)?(?:怎么办|咋办|怎么弄|如何是好|可以吗|行吗|可不可以|行不行)[?？!！。\s]*"
                     r"|\bwhat (?:do|should|can) i do(?: now)?\b[?!.\s]*|\bis that (?:ok|okay|possible|allowed)\b[?!.\s]*|\bhelp\b[?!.\s]*")
# A clause that only sets aside is short: the setting-aside word and what it sets aside ("上门我倒不怕").
_ASIDE_MAX = 16
# ...and a main concern must say more than its marker ("主要是" alone names nothing).
_MAIN_MIN = 6


def _concrete(text: str) -> bool:
    """Whether ``text`` asks something besides what to do or whether it may ("怎么办", "可以吗", "what do I do")."""
    return is_question(_GENERIC_ASK.sub(" ", text.lower()))


def _asked_before(clauses: list[str]) -> bool:
    """Whether one of ``clauses`` asks something it does not set aside ("罚息多少都认了" asks nothing)."""
    return any(is_question(c) and not _ASIDE.search(c.lower()) for c in clauses)


def _clauses(body: str) -> list[str]:
    """``body``'s clauses, each with the punctuation or space that ends it (joined again, they are ``body``)."""
    out, start = [], 0
    for end in _CLAUSE_END.finditer(body):
        out.append(body[start:end.end()])
        start = end.end()
    out.append(body[start:])
    return [c for c in out if c.strip()]


def main_concern(body: str) -> str:
    """``body`` cut to the concern it marks as the main one, or without the ones it sets aside; unchanged
    when it marks none, or when what would be left asks nothing."""
    clauses = _clauses(body)
    if len(clauses) < 2:
        return body
    lowered = [c.lower() for c in clauses]
    main = next((i for i, c in enumerate(lowered) if _MAIN.search(c)), None)
    if main is not None and main > 0:
        kept = "".join(clauses[main:]).strip()
        # The concern marked as the main one is what the message is about, asked or only feared ("最怕的还是征信花了").
        # Only among other worries named before it (feared, set aside or asked: "怕上门 怕打电话给家里 最怕的还是…");
        # a question asked before it is still asked ("会上门吗 最怕的就是家里人知道") unless the main one asks too.
        before = lowered[:main]
        asked_before = _asked_before(clauses[:main])
        others = asked_before or any(_WORRIES.search(c) or _ASIDE.search(c) for c in before)
        # After a question already asked, 关键是/主要是/"the main thing" mostly brings in the writer's
        # circumstances and a bare 怎么办/可以吗 ("会被起诉吗 关键是我真的没钱 怎么办"): nothing is cut then, and
        # the question asked first is answered first (review96 F1). Cut only when the marked clause asks a
        # matter of its own; the question asked before is still answered beside it (``asked_before_main``).
        asks = _concrete(kept) if asked_before else True
        return kept if len(kept) >= _MAIN_MIN and others and asks else body
    else:
        kept = "".join(c for c, low in zip(clauses, lowered)
                       if not (_ASIDE.search(low) and len(c.strip()) <= _ASIDE_MAX))
    kept = kept.strip()
    return kept if kept and kept != body.strip() and is_question(kept) else body


def asked_before_main(body: str, kept: str | None = None) -> str:
    """What ``body`` asked before the concern it marks as the main one, when ``main_concern`` cut that away
    (its reading is answered beside the main one's: a question asked is never dropped; review96 F1); else "".
    ``kept``: ``main_concern(body)`` when the caller has it already (bot.routing: not cut twice per ask)."""
    if kept is None:
        kept = main_concern(body)
    if kept == body:
        return ""
    clauses = _clauses(body)
    main = next((i for i, c in enumerate(clauses) if _MAIN.search(c.lower())), None)
    if main is None or main == 0 or not _asked_before(clauses[:main]):
        return ""
    return "".join(clauses[:main]).strip()


__all__ = ["asked_before_main", "main_concern"]
