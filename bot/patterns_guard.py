"""A built pattern's searches answered without the regex engine when the text cannot hold a match
(bot.patterns_lazy builds, this module decides and guards; PERF_LOG part 37).

Where a warm ask went (stop 43): 37% of its instructions were the regex engine trying a pattern at
every position of a text (``sre_ucs2_match``), ~440 calls per ask, two in three of them on a text
holding none of the characters one of which every match of the pattern holds (its needs,
bot.patterns_needs: sound, tests/test_patterns_needs.py). The engine scans fast by itself when the
compiled code names a literal prefix (its INFO block): then nothing is guarded. Otherwise (a
pattern that starts with a choice of words, an optional part, a look-behind) it runs the whole
pattern from each position holding one of its first characters (when the INFO block names them:
bot.patterns_first) or from every position, and one test of the text's characters is cheaper, and
lets a server give the pattern back while it goes unsearched (bot.patterns_evict, PERF_LOG part 46):
a ``GuardedStandIn``'s methods answer "no match" (None, [], the text unchanged...) when none of the
needed characters is in the text, and ask the real pattern otherwise.

The test compares two ints: the pattern's needed characters and the text's characters, each as
bits (``mark``: character c sets bit ord(c) % MARK_BITS). No shared bit: no shared character, so
no match (sound); a shared bit of two different characters only lets the search run. A text's
mark is made once per text, not once per search (~40 patterns are asked of the same clause within
one ask), and kept for the last TEXTS_KEPT texts (a dict by the text: equal texts, not only the
same object, share it).
"""

from __future__ import annotations

import sys
from typing import Any

from .patterns_lazy import PatternStandIn

_INFO, _AT = 14, 6  # opcodes of re._constants (INFO, AT): _sre.MAGIC 20220615, Python 3.11-3.13
_PREFIX = 1  # SRE_INFO_PREFIX: the engine scans for a literal prefix fast (a first-character set: see worth_guarding)
_AT_BEGINNINGS = (0, 2)  # AT_BEGINNING, AT_BEGINNING_STRING: the engine tries one position only
TEXTS_KEPT = 64  # texts whose mark is kept (an ask searches ~20-40 distinct texts)
MARK_BITS = 1024  # bits of a mark (a power of two)
_texts: dict[str, int] = {}  # text -> its mark (cleared when full)
_MAXSIZE = sys.maxsize  # the engine's own default endpos


def worth_guarding(code: list[int], need: frozenset[str] | str | None) -> bool:
    """Whether a search of the pattern of engine ``code`` (what ``_sre.compile`` gets) tries it at
    every position of the text, or at every position holding one of its first characters (the INFO
    block's set: bot.patterns_first names it for most of the package's patterns), and ``need`` (its
    needed characters) is known. A guarded pattern costs a test of the text's characters per search
    (~4% of a warm ask, PERF_LOG part 44), but a server's sweep can give it back when it goes
    unsearched (bot.patterns_evict); an unguarded one, once built, stays built for the life of the
    process: with every named pattern unguarded, a stdio server held ~450 more built patterns after
    3,000 requests (+2.3 MiB) and broke its memory goal (PERF_LOG parts 45-46). A literal prefix
    (the engine's fastest scan) or an anchor leaves the pattern unguarded."""
    if not need:
        return False
    if not code or code[0] != _INFO:
        return True  # no INFO block: the engine's slowest search
    if code[2] & _PREFIX:
        return False
    first = 1 + code[1]  # the first operation after the INFO block
    return not (first + 1 < len(code) and code[first] == _AT and code[first + 1] in _AT_BEGINNINGS)


def mark(chars: str) -> int:
    """The characters of ``chars`` as bits of an int: character c sets bit ``ord(c) % MARK_BITS``.
    Two texts that share a character share its bit, so marks with no bit in common share no
    character (the converse need not hold: a shared bit may be two characters)."""
    bits = bytearray(MARK_BITS // 8)
    for code in set(map(ord, chars)):
        code &= MARK_BITS - 1
        bits[code >> 3] |= 1 << (code & 7)
    return int.from_bytes(bits, "little")


def _text_mark(text: str) -> int:
    # The mark of ``text``, kept for the next search of it.
    found = _texts.get(text)
    if found is None:
        if len(_texts) >= TEXTS_KEPT:
            _texts.clear()  # (threads: a text whose mark was dropped meanwhile is made again)
        found = _texts[text] = mark(text)
    return found


def _cannot(need: int, text: Any) -> bool:
    # Whether ``text`` holds none of the characters of mark ``need`` (False for anything but a str:
    # a bytes pattern, a str subclass with its own iteration; the real pattern answers those).
    return type(text) is str and not need & _text_mark(text)


class GuardedStandIn(PatternStandIn):
    """A built pattern worth guarding (``worth_guarding``): each method answers as the real
    pattern's own (``_built``), without the engine when the text holds none of its needed
    characters (``_mark``: their ``mark``). Its own methods, not closures in slots, and a mark,
    not a set of one-character strings: a server builds ~700 such patterns, and sets of their
    needs held ~1.3 MiB where it has ~0.5 MB of room (PERF_LOG part 37); the marks ~0.1 MiB."""

    __slots__ = ()
    _mark: int

    def search(self, string: Any, pos: int = 0, endpos: int = _MAXSIZE) -> Any:
        if type(string) is str:  # (``_cannot`` written out: the most frequent call)
            found = _texts.get(string)
            if found is None:
                found = _text_mark(string)
            if not self._mark & found:
                return None
        self._reached = True  # (a server's sweep gives back what is not reached: bot.patterns_evict)
        return self._built.search(string, pos, endpos)

    def match(self, string: Any, pos: int = 0, endpos: int = _MAXSIZE) -> Any:
        if _cannot(self._mark, string):
            return None
        self._reached = True
        return self._built.match(string, pos, endpos)

    def fullmatch(self, string: Any, pos: int = 0, endpos: int = _MAXSIZE) -> Any:
        if _cannot(self._mark, string):
            return None
        self._reached = True
        return self._built.fullmatch(string, pos, endpos)

    def findall(self, string: Any, pos: int = 0, endpos: int = _MAXSIZE) -> Any:
        if _cannot(self._mark, string):
            return []
        self._reached = True
        return self._built.findall(string, pos, endpos)

    def finditer(self, string: Any, pos: int = 0, endpos: int = _MAXSIZE) -> Any:
        if _cannot(self._mark, string):
            return iter(())
        self._reached = True
        return self._built.finditer(string, pos, endpos)

    # sub, subn: a replacement string with a backslash is a template the engine checks (an unknown
    # group is an error) even when nothing matches: such calls always reach the engine.
    def sub(self, repl: Any, string: Any, count: int = 0) -> Any:
        if _cannot(self._mark, string) and not (type(repl) is str and "\\" in repl):
            return string  # (the engine returns the very same str when nothing matches)
        self._reached = True
        return self._built.sub(repl, string, count)

    def subn(self, repl: Any, string: Any, count: int = 0) -> Any:
        if _cannot(self._mark, string) and not (type(repl) is str and "\\" in repl):
            return string, 0
        self._reached = True
        return self._built.subn(repl, string, count)

    def split(self, string: Any, maxsplit: int = 0) -> Any:
        if _cannot(self._mark, string):
            return [string]
        self._reached = True
        return self._built.split(string, maxsplit)


def forget_texts() -> None:
    """Drop every text's kept mark (tests)."""
    _texts.clear()
