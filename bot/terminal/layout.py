"""Line layout for the terminal: wrapping mixed Chinese and English text to a width in columns
(CJK wide characters count two), following Chinese line-breaking rules, and removing control
sequences from anything that is echoed. Pure functions.
"""

from __future__ import annotations

import re
import unicodedata

from prompt_toolkit.utils import get_cwidth

MIN_WIDTH = 20
# Chinese typesetting (禁则): closing punctuation never starts a line, opening never ends one.
_NO_LINE_START = frozenset("、。，．；：！？）」』”’》〉】〕…‥%,.;:!?)]}>·～~-—")
_NO_LINE_END = frozenset("（「『“‘《〈【〔([{<")
# An English word with the punctuation attached to it, a run of spaces, or one other character.
_TOKEN_RE = re.compile(r"[A-Za-z0-9'’.,:;!?()\"/%+\-_@#&*=]+|\s+|.")
# Control characters and ANSI escape sequences must never reach the terminal from echoed text.
_ANSI_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]")


def sanitize(text: str) -> str:
    """Remove escape sequences and control characters (keeping newlines and tabs)."""
    text = _ANSI_RE.sub("", text)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


def width_of(text: str) -> int:
    """Columns a string takes in a terminal."""
    return get_cwidth(text)


def is_punctuation(text: str) -> bool:
    """Whether a string holds only punctuation and symbols (a line must never be just that)."""
    stripped = text.strip()
    return bool(stripped) and all(unicodedata.category(ch)[0] in "PS" for ch in stripped)


def wrap(text: str, width: int | None, indent: str = "") -> list[str]:
    """Wrap one line to ``width`` columns (None: no wrapping). Chinese may break between any two
    characters, English only at spaces (a word longer than a line is cut); continuation lines get
    ``indent``. No line is longer than ``width``, starts with closing punctuation or holds only
    punctuation: the character before such punctuation moves down with it instead."""
    if width is None:
        return [text.rstrip()] if text.strip() else [""]
    width = max(width, MIN_WIDTH)
    lines: list[str] = []
    line: list[str] = []
    for token in _tokens(text, width - width_of(indent)):
        if line and _used(line) + width_of(token) > width and "".join(line).strip():
            carried = _carry(line, token)
            lines.append("".join(line).rstrip())
            line = [indent] + carried if indent else carried
            if token.isspace() and not "".join(line).strip():
                continue  # the space a line broke at does not start the next one
        line.append(token)
    if "".join(line).strip():
        lines.append("".join(line).rstrip())
    return lines or [""]


def _tokens(text: str, room: int) -> list[str]:
    """Tokens, with any single token wider than a line cut into pieces that fit."""
    tokens: list[str] = []
    for token in _TOKEN_RE.findall(text):
        while width_of(token) > room:
            cut = _fit(token, room)
            tokens.append(token[:cut])
            token = token[cut:]
        tokens.append(token)
    return tokens


def _fit(token: str, room: int) -> int:
    used = 0
    for index, char in enumerate(token):
        used += width_of(char)
        if used > room:
            return max(index, 1)
    return len(token)


def _used(line: list[str]) -> int:
    return sum(width_of(token) for token in line)


def _carry(line: list[str], token: str) -> list[str]:
    """Tokens to move from the end of a full line to the next one, so that neither line breaks a
    rule: an opening bracket moves down with what it opens, and a character moves down with the
    closing punctuation that follows it. Leaves at least one token that is not punctuation."""
    carried: list[str] = []
    if token[:1] in _NO_LINE_START or is_punctuation(token):
        # Take back tokens until one that may start a line (a character, a word) is carried.
        while len(line) > 1 and (not carried or carried[0][:1] in _NO_LINE_START or is_punctuation(carried[0])):
            if not _content_left(line[:-1]):
                break
            carried.insert(0, line.pop())
    while len(line) > 1 and line[-1][-1:] in _NO_LINE_END and _content_left(line[:-1]):
        carried.insert(0, line.pop())
    while line and line[-1].isspace():
        line.pop()
    return carried


def _content_left(tokens: list[str]) -> bool:
    """Whether what stays on a line still holds something other than indent and punctuation."""
    text = "".join(tokens).strip()
    return bool(text) and not is_punctuation(text)
