"""Line layout for the terminal: wrapping mixed Chinese and English text to a width in columns
(CJK wide characters count two), following Chinese line-breaking rules, and removing control
sequences from anything that is echoed. Pure functions.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..patterns import regex  # (from PATTERN_FILE: no compile at start; PERF_LOG part 42)

MIN_WIDTH = 20
# Chinese typesetting (禁则): closing punctuation never starts a line, opening never ends one.
_NO_LINE_START = frozenset("、。，．；：！？）」』”’》〉】〕…‥%,.;:!?)]}>·～~-—")
_NO_LINE_END = frozenset("（「『“‘《〈【〔([{<")
# An English word with the punctuation attached to it, a run of spaces, or one other character.
_TOKEN_RE = regex(r"[A-Za-z0-9'’.,:;!?()\"/%+\-_@#&*=]+|\s+|.")
# Control characters and ANSI escape sequences must never reach the terminal from echoed text.
_ANSI_RE = regex(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]")


def sanitize(text: str) -> str:
    """Remove escape sequences and control characters (keeping newlines and tabs)."""
    text = _ANSI_RE.sub("", text)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


def width_of(text: str) -> int:
    """Columns a string takes in a terminal."""
    return sum(map(_char_width, text))


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    # wcwidth (installed with prompt_toolkit) measures exactly as prompt_toolkit's get_cwidth,
    # without importing prompt_toolkit: its package import loads the whole application stack
    # (~100 ms and ~50 MiB for a one-shot `jiebei-bot ask`). Imported on first use: output to a
    # pipe is not wrapped, and wcwidth's own tables take ~10 ms to import.
    from wcwidth import wcwidth

    return max(0, wcwidth(char))  # control characters measure -1: they take no column


def is_punctuation(text: str) -> bool:
    """Whether a string holds only punctuation and symbols (a line must never be just that)."""
    marks = [ch for ch in text if not ch.isspace()]
    return bool(marks) and all(unicodedata.category(ch)[0] in "PS" for ch in marks)


def wrap(text: str, width: int | None, indent: str = "") -> list[str]:
    """Wrap one line to ``width`` columns (None: no wrapping). Chinese may break between any two
    characters, English only at spaces (a word longer than a line is cut); the line's own leading
    spaces are kept and continuation lines get ``indent``. No line is longer than ``width``, starts
    with closing punctuation, ends with opening punctuation or holds only punctuation: such marks
    travel with the character next to them."""
    if width is None:
        return [text.rstrip()] if text.strip() else [""]
    width = max(width, MIN_WIDTH)
    room = width - width_of(indent)
    line = text[: len(text) - len(text.lstrip())]  # a bullet's "  • " stays on its first line
    lines: list[str] = []
    space = ""
    for unit in _units(text.strip()):
        if unit.isspace():
            space = unit if line.strip() else ""
            continue
        for piece in _pieces(unit, room):
            if line.strip() and width_of(line + space + piece) > width:
                lines.append(line.rstrip())
                line, space = indent, ""
            line += space + piece
            space = ""
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def _units(text: str) -> list[str]:
    """Tokens grouped into pieces a line may not break inside: a character or word with the
    closing punctuation after it (even past a space) and the opening punctuation before it."""
    units: list[str] = []
    for token in _TOKEN_RE.findall(text):
        if token.isspace():
            units.append(token)
        elif units and _closes(token) and (not units[-1].isspace() or len(units) > 1):
            if units[-1].isspace():
                token = units.pop() + token  # "借呗 。": the space travels with the mark
            units[-1] += token
        elif units and units[-1][-1:] in _NO_LINE_END:
            units[-1] += token
        else:
            units.append(token)
    return _attach_lone_marks(units)


def _attach_lone_marks(units: list[str]) -> list[str]:
    """A unit of nothing but punctuation ("「" before a space, "「。" of empty brackets) joins the
    unit before it (with the spaces between), or the one after it at the start of a text."""
    joined: list[str] = []
    pending = ""
    for unit in units:
        if pending:
            unit, pending = pending + unit, ""
        if is_punctuation(unit):
            content = [i for i, u in enumerate(joined) if not u.isspace()]
            if content:
                joined[content[-1]:] = ["".join(joined[content[-1]:]) + unit]
            else:
                pending = unit
            continue
        joined.append(unit)
    if pending:
        joined.append(pending)
    return joined


def _closes(token: str) -> bool:
    """Punctuation that must not start a line: closing marks, and any other mark but an opening one."""
    return token[:1] in _NO_LINE_START or (is_punctuation(token) and token[:1] not in _NO_LINE_END)


def _pieces(unit: str, room: int) -> list[str]:
    """A unit cut into pieces that fit ``room`` columns (only words longer than a line need it),
    never leaving a piece of punctuation alone at the end."""
    if width_of(unit) <= room:
        return [unit]
    pieces, piece = [], ""
    for char in unit:
        if piece and width_of(piece + char) > room:
            cut = _carry_from(piece) if _closes(char) else 0
            if cut > 0:  # "。" never starts a piece: the last character before it (and its marks) come along
                pieces.append(piece[:cut])
                piece = piece[cut:]
            else:
                pieces.append(piece)
                piece = ""
        piece += char
    while is_punctuation(piece) and len(pieces[-1]) > 1:
        piece = pieces[-1][-1] + piece
        pieces[-1] = pieces[-1][:-1]
    return pieces + [piece]


def _carry_from(piece: str) -> int:
    """Where to cut ``piece`` so that the part carried to the next line starts with a character
    that may start a line: before its last such character (0: there is none to carry)."""
    cut = len(piece) - 1
    while cut > 0 and _closes(piece[cut]):
        cut -= 1
    return cut
