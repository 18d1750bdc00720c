"""Turn a Reply into terminal-ready formatted text: a bold one-line answer, short points,
dim sources and note, numbered suggestions; wrapped to the window, CJK wide characters counted
as two columns. Pure: returns prompt_toolkit fragments, prints nothing.
"""

from __future__ import annotations

import re
import unicodedata

from prompt_toolkit.utils import get_cwidth

from .reply import Reply

Fragments = list[tuple[str, str]]

SUGGESTION_HEADING = {"zh": "你可能还想问（输入编号即可）：", "en": "You may also want to ask (type the number):"}
_NO_LINE_START = frozenset("、。，；：！？）」』”’》〉】…%,.;:!?)")
_SOURCE_PREFIXES = ("依据：", "Based on the article")
_NOTE_PREFIXES = ("以上为一般性信息", "General information from")  # the note of knowledge/frame.json
# Control characters and ANSI escape sequences must never reach the terminal from echoed text.
_ANSI_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]")


def sanitize(text: str) -> str:
    """Remove escape sequences and control characters (keeping newlines and tabs)."""
    text = _ANSI_RE.sub("", text)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Wrap one line to ``width`` columns: Chinese may break between any two characters,
    English only at spaces; continuation lines get ``indent``."""
    width = max(width, 20)
    lines: list[str] = []
    current, used = "", 0
    for token in re.findall(r"[A-Za-z0-9'’.,:;!?()\"/%+\-]+|\s+|.", text):
        size = get_cwidth(token)
        # Chinese typesetting: closing punctuation never starts a line, so it may overhang.
        if used + size > width and current.strip() and token not in _NO_LINE_START:
            lines.append(current.rstrip())
            current, used = indent, get_cwidth(indent)
            if token.isspace():
                continue
        current += token
        used += size
    if current.strip():
        lines.append(current.rstrip())
    return lines or [""]


def reply_fragments(reply: Reply, width: int) -> Fragments:
    """The whole reply as styled fragments, each line ending in a newline."""
    fragments: Fragments = []
    for line in sanitize(reply.text).split("\n"):
        if not line.strip():
            fragments.append(("", "\n"))
            continue
        style, text, indent = _classify_line(line, reply.lead)
        for piece in wrap(text, width, indent):
            fragments.append((style, piece + "\n"))
    if reply.suggestions:
        fragments.append(("", "\n"))
        fragments.append(("class:heading", SUGGESTION_HEADING[reply.lang] + "\n"))
        for number, suggestion in enumerate(reply.suggestions, 1):
            fragments.append(("class:number", f"  {number}. "))
            for piece in wrap(sanitize(suggestion), width - 5, "     "):
                fragments.append(("class:suggestion", piece + "\n"))
    return fragments


def _classify_line(line: str, lead: str) -> tuple[str, str, str]:
    if line.startswith("- "):
        return "class:point", "  • " + line[2:], "    "
    if line.startswith(_SOURCE_PREFIXES):
        return "class:source", line, ""
    if line.startswith(_NOTE_PREFIXES):
        return "class:note", line, ""
    if line == lead:
        return "class:answer", line, ""
    return "class:text", line, ""


def plain(fragments: Fragments) -> str:
    """Fragments as plain text (for pipes, tests and NO_COLOR)."""
    return "".join(text for _, text in fragments)
