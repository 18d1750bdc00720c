"""Turn a Reply into terminal-ready formatted text: a bold one-line answer, short points, dim
sources and note, numbered options; wrapped to the window. Pure: returns prompt_toolkit
fragments (style, text), prints nothing.

Clarifications are laid out from the Reply's structured fields, not its text: the options are
``reply.suggestions`` and are printed exactly once, numbered, whatever lines the text holds.
"""

from __future__ import annotations

from .. import script
from ..reply import Reply
from ..t2s import may_change
from . import strings
from .layout import sanitize, wrap

Fragments = list[tuple[str, str]]

_SOURCE_PREFIXES = ("依据", "依據", "Based on")
_NOTE_MARKS = ("不构成法律意见", "不構成法律意見", "not legal advice")
_BULLET, _BULLET_INDENT = "  • ", "    "
_OPTION_INDENT = "     "


def plain(fragments: Fragments) -> str:
    """Fragments as plain text (for pipes, tests and NO_COLOR)."""
    return "".join(text for _, text in fragments)


def block(text: str, width: int | None, style: str = "class:info", indent: str = "") -> Fragments:
    """A message of the front end itself (help, errors, confirmations), wrapped line by line."""
    fragments: Fragments = []
    for line in sanitize(text).split("\n"):
        for piece in wrap(line, width, indent):
            fragments.append((style, piece + "\n"))
    return fragments


def reply_fragments(reply: Reply, width: int | None, *, numbers: bool = True) -> Fragments:
    """The whole reply as styled fragments, each line ending in a newline. ``numbers``: whether
    the reader can answer with an option's number (the REPL, piped lines with --session). Where
    there is no next turn in the conversation (``ask``, independent piped lines), follow-ups
    come without "type the number", and a clarification asks for the question in full."""
    options = [sanitize(option) for option in reply.suggestions]
    choosing = reply.needs_clarification and reply.rule == "clarify"
    # A clarification's own question asks for a number: where none can be answered, ask instead
    # for the question in full (anything else in its text, such as a note, stays).
    lead = in_script(strings.CHOOSE_UNNUMBERED[reply.lang], reply) if choosing and not numbers else None
    fragments = _body(reply, options if reply.needs_clarification else [], width, lead)
    if not options:
        return fragments
    if choosing:
        # The options answer the question just asked: no gap, and a heading only when the text
        # itself (which may word it differently) left none.
        if not fragments:
            fragments += block(in_script(strings.CHOOSE[reply.lang], reply), width, "class:heading")
    else:
        headings = strings.SUGGESTIONS if numbers else strings.SUGGESTIONS_ONE_SHOT
        fragments += [("", "\n")] + block(in_script(headings[reply.lang], reply), width, "class:heading")
    for number, option in enumerate(options, 1):
        pieces = wrap(option, None if width is None else width - len(_OPTION_INDENT), _OPTION_INDENT)
        # Numbered only where a number can be answered; elsewhere plain questions to ask again.
        fragments.append(("class:number", f"  {number}. " if numbers else _BULLET.ljust(len(_OPTION_INDENT))))
        fragments += [("class:suggestion", piece + "\n") for piece in pieces]
    return fragments


def in_script(text: str, reply: Reply) -> str:
    """The front end's own text in the script of ``reply``: traditional characters when the
    answer is in them (the borrower writes them), as the engine converts answers."""
    return script.to_traditional(text) if is_traditional(reply) else text


def is_traditional(reply: Reply) -> bool:
    """Whether a Chinese reply is written in traditional characters. Known without OpenCC for
    nearly every simplified reply (no character that t2s would change)."""
    if reply.lang != "zh" or not may_change(reply.text):
        return False
    return script.writes_traditional(reply.text) is True


def _body(reply: Reply, options: list[str], width: int | None, lead: str | None = None) -> Fragments:
    """The reply's text: styled, wrapped, without lines that only repeat an option (those are
    printed once, numbered, after it), with one blank line before the sources; ``lead``, when
    given, in place of the reply's lead line."""
    fragments: Fragments = []
    blank = True  # nothing printed yet: no blank line is needed before a first source line
    for line in sanitize(reply.text).split("\n"):
        if not line.strip():
            if not blank:
                fragments.append(("", "\n"))
            blank = True
            continue
        if line != reply.lead and any(option and option in line for option in options):
            continue
        if lead is not None and line == reply.lead:
            line = lead
        style, text, indent = _classify_line(line, reply.lead if lead is None else lead)
        if style == "class:source" and not blank:
            fragments.append(("", "\n"))
        fragments += [(style, piece + "\n") for piece in wrap(text, width, indent)]
        blank = False
    while fragments and fragments[-1] == ("", "\n"):
        fragments.pop()
    return fragments


def _classify_line(line: str, lead: str) -> tuple[str, str, str]:
    """Style, text and continuation indent of one line of a reply."""
    if line.startswith("- "):
        return "class:point", _BULLET + line[2:], _BULLET_INDENT
    if line.startswith(_SOURCE_PREFIXES):
        return "class:source", line, ""
    if any(mark in line for mark in _NOTE_MARKS):
        return "class:note", line, ""
    if line == lead:
        return "class:answer", line, ""
    return "class:text", line, ""
