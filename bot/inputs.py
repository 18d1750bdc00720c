"""What a question and a language must be before the engine reads them: a string, cut to
MAX_QUESTION_CHARS (its opening and its end kept), and "zh", "en" or None."""

from __future__ import annotations

from .errors import UsageError
from .questions import keep_ends

MAX_QUESTION_CHARS = 2000
HEAD_CHARS = 300  # of a cut message, read from its start; the rest of the limit from its end
CUT_MARK = "\n……\n"  # where the middle of a long message was left out (a sentence break)


def prepare(question: object) -> str:
    """Check that a question is a string and cut it to MAX_QUESTION_CHARS when longer. A long
    message keeps its opening (who, which loan, how late) and its end, where the question
    usually is; the middle is replaced by CUT_MARK (and by the windows of it that carry a crisis or abuse cue:
    bot.safety.middle), and a cut message is then the only kind
    longer than MAX_QUESTION_CHARS (see ``was_cut``). Preparing twice changes nothing."""
    if not isinstance(question, str):
        raise TypeError(f"question: expected str, found {type(question).__name__}")
    if len(question) <= MAX_QUESTION_CHARS or was_cut(question):
        return question
    # A crisis or abuse told in the left-out middle is kept after the mark, in place of as much of the end (safe54:
    # "我真的不想活了" in the middle of a 4,000-character story was never read). Imported here: the safety package
    # imports the engine's text helpers, and a short message never needs it.
    from .safety.middle import MIDDLE_CHARS, carried
    # The middle read runs up to where the shortest possible end starts (the end gives up as many characters as the
    # kept sentences take, up to MIDDLE_CHARS): reading only up to the longest end's start left the stretch the end
    # gave up unread, and a crisis told there was lost (user61: "我已经写好遗书了" after a harassment story). A
    # sentence kept from that stretch may also be in the end: read twice, it changes nothing.
    kept = carried(question[HEAD_CHARS:len(question) - (MAX_QUESTION_CHARS - HEAD_CHARS - MIDDLE_CHARS)])
    cut = keep_ends(question, MAX_QUESTION_CHARS - len(kept), HEAD_CHARS, CUT_MARK)
    return cut[:HEAD_CHARS + len(CUT_MARK)] + kept + cut[HEAD_CHARS + len(CUT_MARK):]


def was_cut(question: str) -> bool:
    """Whether ``prepare`` cut this message (it then says so in the reply)."""
    return len(question) == MAX_QUESTION_CHARS + len(CUT_MARK) and question[HEAD_CHARS:].startswith(CUT_MARK)


def check_lang(lang: str | None) -> str | None:
    """Validate a requested answer language."""
    if lang not in (None, "zh", "en"):
        raise UsageError(f"lang: expected 'zh', 'en' or None, found {lang!r}")
    return lang


__all__ = ["CUT_MARK", "HEAD_CHARS", "MAX_QUESTION_CHARS", "check_lang", "prepare", "was_cut"]
