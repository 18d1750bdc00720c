"""Abusive collection, recognised from what collectors do: threats of violence or jail, insults,
telling the borrower's family, employer or contacts, shaming in public or in group chats,
publishing photos or ID, posing as police, a court or a lawyer, fake legal papers and "立案"
texts, sexual harassment, visitors who will not say who they are, and calls without end.

What a collector *did* is abuse; what *may* happen is a loan question. "会不会打电话给我爸妈" and
"will they contact my family?" are answered by the loan topics, as are fears the borrower has only
heard of ("听说会爆通讯录", "people online say they put up posters"). So a cue does not count in a
clause that asks whether something will happen, in a message that only reports hearsay, right
after a negation ("没有骂我也没有威胁", "no threats"), or when the one speaking or threatening is
family ("我妈说再借就打断我的腿", "my parents will kill me").

This module reads the cue tables (collectors.py, english.py) and the readers that add cues over a window; whether a
clause asks or tells is asked.py's, hearsay and someone else's story hearsay.py's, and whether one match counts
discounted.py's (split out, split159).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..patterns import Prefilter, needs, regex
from .clauses import any_of
from .threats import extorted
from .reach import calls_unreceived  # mend68
from .collectors import CUES_EN, CUES_ZH
from .asked import ASKED_WITHOUT_WORDS, HABIT_EN, SAID_EN, asked
from .asked import continues as continues  # (split159: importers read it from here)
from .hearsay import about_someone_else as about_someone_else, hearsay_only as hearsay_only  # (split159: as above)
from .hearsay import hearsay_clause
from .discounted import discounted, family_talk  # whether a match is no report of abuse (split159)
from .lookalikes import checked_notice  # (mend81)
from .disguise import disguised_abuse  # (safe42)
from .watching import ADDS_ONLY, reaching_back  # (abuse86)
from .demands import demanded  # (abuse99)
from .impostors import forged  # (fake116)
from .third_parties import through_others  # (fake116)
from .told_about import told_about  # (abuse207)
from .presence import presence  # (ident137)
from .menace import veiled_menace  # (abuse224; renamed mend231: threat_matters.menaced is another)

_FIRST_PERSON = regex(r"我|\b(i|im|me|my|myself|mine)\b")


# Each cue with the characters one of which its every match contains (bot.patterns_needs): a
# window with none of them is not searched, which skips most of the searches.
_CUES = Prefilter([((name, pattern), needs(pattern)) for name, pattern in (*CUES_ZH, *CUES_EN)])


def _found(window_text: str, context: str = "") -> list[tuple[str, tuple[re.Match[str], ...]]]:
    """The cues whose wording is in a window, each with its matches, in the cues' order. reach.py's count of calls is no
    cue at all (matched nor set aside, so it never vetoes the classifier) unless the calls are received about a debt
    (mend68)."""
    return [(name, matches) for name, matches in _matched(window_text) if not calls_unreceived(name, window_text, context)]


# Every cue's matches in a window, remembered by the window's text alone: the rules, the learned reader's gate
# (set_aside) and the question splitter's clauses read the same windows within one ask, each beside its own context
# (speed only: the same matches in the same order, read by the same tests; PERF_LOG part 31).
@lru_cache(maxsize=256)
def _matched(window_text: str) -> tuple[tuple[str, tuple[re.Match[str], ...]], ...]:
    found = []
    for name, pattern in _CUES.possible(window_text):
        matches = tuple(pattern.finditer(window_text))
        if matches:
            found.append((name, matches))
    return tuple(found)


def abuse_cues(window_text: str, context: str, someone_else: bool = False, question_marked: bool = False,
               whole: str = "") -> list[str]:
    """The names of the abuse cues in one window of folded text. ``context`` is the window with
    the clause before it, where the person speaking is often named ("我妈知道了 把我骂了一顿").
    In a story about ``someone_else``, only windows that involve the borrower count.
    ``question_marked``: the window's last clause ended with a question mark in the message. ``whole``: the folded
    message, where a checkable court notice is looked at for fakery (lookalikes.checked_notice)."""
    if someone_else and not _FIRST_PERSON.search(window_text):
        return []
    if question_marked and ASKED_WITHOUT_WORDS.search(window_text) and not (
            SAID_EN.search(window_text) or HABIT_EN.search(window_text)):
        # "jiebei late 3 month, they come to my home??": a question asked without "will" (written
        # by a non-native speaker), not a report; "they came…?" and "they call my mom every day?" stay.
        return []
    found = []
    for name, matches in _found(window_text, context):
        for match in matches:
            if discounted(name, window_text, match, context):
                continue
            if name == "fake_legal" and checked_notice(context or window_text, whole):
                continue  # a checkable court notice: not abuse, yet no veto on the learned reader (mend81)
            found.append(name)
            break
    if "violence" not in found and extorted(window_text, context):
        found.append("violence")  # paying back as the condition of a threat to life (threats.py)
    found += reaching_back(window_text, context, found, discounted)  # agent x act x target over three clauses (watching.py)
    found += demanded(window_text, context, discounted)  # demands and fees beyond the loan, coerced pledges, paint (demands.py)
    found += forged(window_text, context, whole, discounted)  # a notice with a sign of forgery (impostors.py, fake116)
    found += through_others(window_text, context, whole, discounted)  # people outside the loan (third_parties.py)
    found += told_about(window_text, context, whole, discounted)  # who is told what; likeness, voice (told_about.py)
    found += presence(window_text, context, whole, discounted)  # acts of presence and identity (presence.py, ident137)
    if not found:
        found += veiled_menace(window_text, context, whole, discounted)  # a collector's act about the writer's person (menace.py)
    if not found and disguised_abuse(window_text):
        found.append("insult")  # a collector's insult or token of death written in initials or an emoji (disguise.py)
    return found


# Words of abuse or of complaining about it, for checking the classifier's abusive_collection guess.
_ABUSE_TALK = any_of(r"投诉|举报|12378|报警|骚扰|威胁|骂|侮辱|恐吓|暴力|冒充|律师函|传票|立案|通讯录|p图|吓唬|野蛮|过分|凶|打断|弄死|找人|收拾",
                     r"complain|report|harass|threat|abus|insult|intimidat|violent|fake|pretend|curs|swear(?!\w* (?:i|im|ill|to|that|down)\b)|rude|police"
                     r"|kill|hurt|beat|break|stab")


def abuse_talk(window_text: str, context: str) -> bool:
    """Whether a window speaks of abusive collection or complaints, other than as a question
    about what may happen, a negation or family talk."""
    return any(not _recourse_asked(window_text, match) and not discounted("talk", window_text, match, context)
               for match in _ABUSE_TALK.finditer(window_text))


# Asking what one may do about something ("我能报警吗", "can I report them?") is not a report of it.
_RECOURSE = regex(r"投诉|举报|报警|12378|complain|report|police")
_RECOURSE_ASKED = regex(r"(能|可以|能不能|可不可以|该不该|要不要|怎么|如何|应该)(去)?(投诉|举报|报警)|(哪里|哪儿|找谁|向谁|跟谁|去哪)(去)?(投诉|举报|报警)|(投诉|举报|报警)(有用)?(吗|么)"
                        r"|\b(can|could|should|do|how do|how can|where (do|can)) (i|we) (complain|report|call the police|go to the police)")


def _recourse_asked(window_text: str, match: re.Match[str]) -> bool:
    """Whether the match is a recourse the borrower asks about, not abuse told."""
    return _RECOURSE.fullmatch(match.group(0)) is not None and _RECOURSE_ASKED.search(window_text) is not None


def set_aside(window_text: str, context: str) -> bool:
    """Whether an abuse cue is in the window but was discounted (negated, asked, hearsay, family
    talk): "没有骂我也没有威胁" must not reach the learned detector, which cannot read negation. watching.py's cues
    only add: one set aside vetoes nothing the learned detector reads (abuse86)."""
    for name, matches in _found(window_text, context):
        if name in ADDS_ONLY:
            continue
        for match in matches:
            if discounted(name, window_text, match, context):
                return True
    return False


def reported(window_text: str, context: str) -> bool:
    """Whether a window could report something a collector did: not a "will it happen" question,
    not hearsay or someone else's story, not family talk. The agreement a learned abuse guess
    needs (the learned detector knows wording, not who did what or whether it happened)."""
    return not (asked(window_text, context) or hearsay_clause(window_text) or family_talk(window_text, context))


__all__ = ["about_someone_else", "abuse_cues", "abuse_talk", "continues", "hearsay_only", "reported", "set_aside"]
