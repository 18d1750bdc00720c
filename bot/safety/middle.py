"""A long message's left-out middle, read for crisis and abuse (safe54, issue 12).

A message over bot.inputs.MAX_QUESTION_CHARS is read by its opening and its end; a crisis told in the middle of a
4,000-character collection story ("……我真的不想活了。……") was never read at all. Before the middle is left out,
the rules' cue patterns (crisis.crisis_cues, abuse.abuse_cues: regexes over one or two clauses, no learned reader)
read every window of it, and the windows that carry a cue are kept between the opening and the end, in place of as
many characters of the end: the message stays within the limit, and every reader (rules, learned detectors,
classifier) then reads the crisis clause in its own words. A cue's exceptions still apply where the kept
message is read; only what is kept is chosen here, so a false alarm costs a few characters of the end, not a reply.
"""

from __future__ import annotations

from .abuse import abuse_cues
from ..patterns import regex
from .clauses import fold_clause
from .crisis import crisis_cues
from .idioms import masked, masked_whole

MIDDLE_CHARS = 600  # at most this much of the middle is kept (the end keeps the rest of the limit: 1,100 or more)
# Around every kept sentence: the cut mark itself (bot.inputs.CUT_MARK, a line of its own), so that a kept sentence is
# never read as going on from the fragment before it (safe58: "My wife work…" then "There is no way out" read the wife
# as the one at risk); others.helper_asking does not look back across it for whose danger a clause tells.
SEPARATOR = "\n……\n"


def carried(middle: str, budget: int = MIDDLE_CHARS) -> str:
    """The sentences of ``middle`` in which a crisis or abuse cue is found, in order, each on its own line, at most
    ``budget`` characters in all (the first ones that fit), or "" when none carries a cue. Each sentence is read as
    one window (a clause and its neighbours), not every clause pair: the middle of a 6,000-character message is up to
    4,000 characters, and the rules' cues over every window of it cost a second in English (PERF_LOG part 24)."""
    whole_masked = ""
    crises: list[tuple[int, str]] = []
    abuses: list[tuple[int, str]] = []
    for match in _SENTENCE.finditer(middle):
        piece = match.group().strip()
        if not piece:
            continue
        text = fold_clause(piece)
        whole_masked = whole_masked or masked_whole(middle)
        if crisis_cues(masked(text), whole_masked):
            crises.append((match.start(), piece))
        elif abuse_cues(text, text):
            abuses.append((match.start(), piece))
    # Crisis first: a story of daily calls told all through the middle must not crowd out the one crisis sentence.
    kept: list[tuple[int, str]] = []
    used = 0
    for at, piece in (*crises, *abuses):
        if used + len(piece) + len(SEPARATOR) <= budget:
            kept.append((at, piece))
            used += len(piece) + len(SEPARATOR)
    return "".join(piece + SEPARATOR for _, piece in sorted(kept))


# A sentence: up to its end mark (。！？!?, a full stop before a space, a capital or a Chinese character, a line break),
# or at most 160 characters of a run-on with none (cut after a comma where there is one), so that no window is longer
# than the rules expect. (mend72: safe58's English run-ons kept whole across commas and cut at up to 240 characters
# lost abuse told in long English messages, review83 §2; main's cutting is back, with safe58's full stop before a
# capital, "nights.There", as an end mark of its own.)
_SENTENCE = regex(r"[^。！？!?\n]{0,160}?(?:[。！？!?\n]+|\.(?=\s|[A-Z\u3400-\u9fff])|[，,;；](?=[^。！？!?\n]{120})|$)"
                  r"|[^。！？!?\n]{1,160}")


__all__ = ["MIDDLE_CHARS", "carried"]
