"""The figure a question asks for: how much, how long, how many days, what rate.

The article gives almost no figures: no points a score drops by, no years a record stays, no day
or amount at which a lender sues or a person steps in, no rate. (What it does give is timing
without a number: collection starts and Sesame Credit is told at once; the topics that say so
are exempt: bot.figure_kinds, ANSWERED_BY_LEAD.) A question that asks for a figure it lacks
("芝麻信用分会掉多少", "how long until they sue?") is answered first by saying so, then by what the
article does say (the lead answers the question asked). ``asked_figure`` reads which figure a
simplified message asks for (the words of each kind: bot.figure_patterns). A rumoured line
("是不是逾期超过90天就一定会被起诉", "if you owe over 5000 yuan they will sue") is a figure asked
about too, with its words kept so that the answer can name them; ``rumoured_lines``
(bot.rumoured_lines) is the one reader of such lines, and bot.slots does not read a number inside
one as the borrower's own days or debt. The borrower's own case said the same way
("我逾期三个月就会被起诉吗", "我才欠3000块就会…") is no rumour: its subject is 我, or 才/只.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .conditions import EITHER_ASKED, condition_asked
from .figure_kinds import CONDITIONS, FIGURE_HOMES, FIGURE_NAMES, SHOWN_ONLY_FOR, figure_name, shows_figure
from .figure_patterns import HOW_LONG, LIMITATION, ONE_OR_THE_OTHER_EN, ONE_OR_THE_OTHER_ZH, PATTERNS, ZH_NEEDS
from .patterns import has_latin, regex
from .questions import is_question, split_questions
from .rumoured_lines import rumoured_lines
from .silent_matters import RETURN_ASKED
from .text import simplified

# "多久？", "那要多久", "how long would that take?" after an answer: a figure asked of the last
# answer's matter (a follow-up; alone, it is the router's to read).
# (the process named as what takes the time: "一般走完流程要多久", "how long does the whole process usually take", cls20)
_BARE_HOW_LONG = regex(rf"(?:那|那么)?(?:这个|整个)?(?:一般|通常|大概)?(?:走完)?(?:整个)?(?:流程|过程|程序)?(?:要|得|需要|大概|一般|会)?(?:等)?{HOW_LONG}(?:呢|啊|呀|才会|会)?"
                       r"|(?:and |so |then )?how (?:long|soon|many (?:days|weeks|months))(?: (?:would|will|does|do|is) (?:that|it|they|this|the (?:whole )?process))?"
                       r"(?: usually| normally| typically)?(?: take)?",
                       re.IGNORECASE)
# The same asked alone as a first message: only the bare words ("多久？", "how long would that take?")
# are too little to answer. A process named or a usual length asked ("how long does the whole process
# usually take", "how many months does it take?") was answered as collection_process before cls20
# widened the follow-up reading; as a first message it still is (review46 #3).
_ONLY_HOW_LONG = regex(rf"(?:那|那么)?(?:要|得|需要|大概|一般|会)?(?:等)?{HOW_LONG}(?:呢|啊|呀|才会|会)?"
                       r"|(?:and |so |then )?how (?:long|soon|many days)(?: (?:would|will|does|do) (?:that|it|they))?(?: take)?",
                       re.IGNORECASE)
_END_PUNCTUATION = regex(r"[\s?？!！。.…~]+$")
_COMPILED = tuple((figure, regex(pattern, re.IGNORECASE), regex(f"[{ZH_NEEDS[figure]}]"))
                  for figure, pattern in PATTERNS)
_HOW_LONG_NEEDS = regex(f"[{ZH_NEEDS['record_time']}]")  # what HOW_LONG needs (_BARE_HOW_LONG's Chinese)
# A figure stated, not asked: "逾期几天了" (a few days), "已经还了多少" is the borrower's own past.
_STATED = regex(r"^(?:了|啦)")


# (remembered for the last few texts: one ask asks it of the same text several times; a function of the text and
# module constants alone; speed only, PERF_LOG part 30)
@lru_cache(maxsize=16)
def asked_figure(text: str) -> tuple[str, str] | None:
    """The figure a simplified message asks for: (kind, the words of a rumoured line or ""), or None."""
    lines = rumoured_lines(text)
    if lines:
        return "threshold", lines[0][2]
    latin = has_latin(text)
    for figure, pattern, needed in _COMPILED:
        if not latin and needed.search(text) is None:
            continue  # no match can be there (ZH_NEEDS)
        match = pattern.search(text)
        # (a condition stated is still the one asked about: "已经还了一半了，剩下的会被起诉吗", in a
        # message that asks something: "工资只够还一部分" asks nothing)
        if match is None or (_STATED.match(text[match.end():]) if figure not in CONDITIONS
                             else not ((is_question(text) or EITHER_ASKED.search(text)) and condition_asked(figure, text, match))):
            continue
        if figure == "certain" and not is_question(text):
            continue  # "他们说一定会去我老家" tells a threat; it asks nothing of the article
        if figure == "abroad" and RETURN_ASKED.search(text):
            return "abroad_return", ""  # "会不会影响我回国": the line names the return trip (truth3 #8)
        return figure, ""
    if not latin and _HOW_LONG_NEEDS.search(text) is None:
        return None  # a bare "how long" holds a length of time (HOW_LONG), as record_time does
    if _BARE_HOW_LONG.fullmatch(_END_PUNCTUATION.sub("", text.strip())):
        return "time_until", ""
    return None


def asks_only_how_long(text: str) -> bool:
    """Whether a message asks nothing but how long ("多久？", "那要多久", "要等多少天", "how long
    would that take?"): a follow-up on the last answer's matter (bot.followups)."""
    return _BARE_HOW_LONG.fullmatch(_END_PUNCTUATION.sub("", simplified(text).strip())) is not None


def names_nothing_but_how_long(text: str) -> bool:
    """Whether a first message asks nothing but how long, with no process or usual length named
    ("多久？", "how long would that take?"): too little to answer (bot.routing)."""
    return _ONLY_HOW_LONG.fullmatch(_END_PUNCTUATION.sub("", simplified(text).strip())) is not None


def figure_asked(question: str) -> tuple[str, str] | None:
    """``asked_figure`` on a raw message (none for an empty one)."""
    return asked_figure(simplified(question)) if question else None


_SEVERAL = regex(r"[?？。!！;；]\s*\S")
_SENTENCE_END = regex(r"[?？。!！;；]+")


def several_sentences(question: str) -> bool:
    """Whether a message goes on after a sentence ends (then it may ask several questions)."""
    return _SEVERAL.search(question) is not None


def figures_by_question(question: str) -> tuple[tuple[str, str] | None, ...]:
    """The figure each question of a message asks for, in order ("会被起诉吗？罚息是多少": none,
    then the rate): a reply that answers each question in its own section puts each line there."""
    if not question:
        return ()
    questions = [q.bare for q in split_questions(question)]
    if len(questions) < 2:  # "会被起诉吗？要多久": one question to the splitter, two sentences here
        questions = [piece for piece in _SENTENCE_END.split(question) if piece.strip()]
    return tuple(asked_figure(simplified(text)) for text in questions)


# A point that says the article gives no figure ("文章没说逾期几天…", "It gives no day or amount
# threshold"): what the article does not say is part of every answer to a question on it.
_SILENCE = regex(r"文章没(?:有)?(?:说|给|讲)|没(?:有)?给出?(?:任何)?(?:天数|金额|界线)|"
                 r"\b(?:gives|sets) no\b|\bdoes not say\b")


def silence_points(text: str, points: int) -> list[str]:
    """Among a rendered answer's first ``points`` points ("- " lines), those that say what the
    article gives no figure for: a follow-up on the same matter ("要多久会起诉", "那现在呢")
    keeps them, though it leaves out the points already shown."""
    shown = [line for line in text.split("\n") if line.startswith("- ")][:points]
    return [line for line in shown if _SILENCE.search(line)]


# A point that says the article gives no line in days or money ("文章没给会被起诉的天数或金额界线",
# "It sets no line in days or money"): what the line on a time or threshold asked says already.
_LINE_SILENCE = regex(r"^- .*(?:文章没(?:有)?(?:说|给).{0,12}(?:天数|金额|多久|逾期多少天)|\b(?:gives|sets) no (?:line|point|day))")


def line_silence(line: str, figure: str | None) -> bool:
    """Whether a point only repeats the line said on a time or a threshold asked for."""
    return figure in ("time_until", "threshold") and _LINE_SILENCE.search(line) is not None


__all__ = ["CONDITIONS", "LIMITATION", "SHOWN_ONLY_FOR", "ONE_OR_THE_OTHER_EN", "ONE_OR_THE_OTHER_ZH", "FIGURE_HOMES", "FIGURE_NAMES", "asked_figure", "asks_only_how_long", "names_nothing_but_how_long", "figure_asked", "figure_name", "figures_by_question", "line_silence", "rumoured_lines",
           "several_sentences", "shows_figure", "silence_points"]
