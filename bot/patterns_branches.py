"""A long list of alternatives searched one alternative at a time, only those a text can hold.

The engine tries every top-level alternative of a pattern at every position of the text: a
masking ``sub`` of the ~65 everyday idioms (bot.safety.idioms) over a whole message cost ~0.7 ms
a message in the long safety messages, more than any other search (PERF_LOG part 19). Searched
alone, each alternative gets the engine's own fast scan for its first characters; and most of
them cannot match at all: each is kept only when the text holds what its every match needs
(bot.patterns.Prefilter over the alternatives' needs, made when PATTERN_FILE is built).

``Alternatives`` answers exactly as the joined pattern ``(?:a)|(?:b)|...`` would: an
alternative that cannot match anywhere in the text cannot win anywhere, and among the others the
leftmost match wins, the earliest alternative on a tie (the engine's own order at one position).
The alternatives are read from the pattern itself (its top level split at each bar outside any
group or class), so an alternative added to a rule module's list is picked up here with no
other change. Where that reasoning would not hold (an alternative that may match the empty
string or whose needs are unknown; a pattern that refers to a group, or is verbose) the whole
pattern is used, as before.
"""

from __future__ import annotations

import re
from .patterns import Prefilter, forget, regex, split_of, splits, stored_needs

# A reference to a group: numbered groups count across the joined pattern, so an alternative
# compiled alone would refer to another group (or none).
_REFERENCE = regex(r"\\[1-9]|\(\?P=|\\g<|\(\?\(")


# What decides where a top-level alternative ends: an escape or a class (skipped whole: a "|" or a parenthesis in
# them is a character), a parenthesis, a bar.
_TOKENS = regex(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)


def split_top(pattern: str, flags: int = 0) -> list[str] | None:
    """The top-level alternatives of a pattern (``a|b(c|d)|e`` -> ``a``, ``b(c|d)``, ``e``); None when it has one
    only, is verbose (a bar may be in a comment), or refers to a group (see _REFERENCE)."""
    if flags & re.VERBOSE or "|" not in pattern or _REFERENCE.search(pattern):
        return None
    parts, depth, start = [], 0, 0
    for token in _TOKENS.finditer(pattern):
        char = token.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:token.start()])
            start = token.end()
    parts.append(pattern[start:])
    return parts if len(parts) > 1 else None


class Alternatives:
    """The pattern ``whole`` (alternatives joined, as bot.safety.clauses.any_of joins them),
    searched and substituted alternative by alternative: the same answers, fewer engine steps."""

    def __init__(self, whole: re.Pattern[str]) -> None:
        self.whole = whole
        self.pattern = whole.pattern
        self._filter: Prefilter[re.Pattern[str]] | None = None
        # Split when PATTERN_FILE was written (scanning the pattern here cost ~4 M instructions a start for the
        # three patterns split in s16); split now only when the file does not say (another Python, a test's pattern).
        key = (whole.pattern, whole.flags)
        stored = split_of(key)
        alternatives = list(stored) if stored is not None else split_top(whole.pattern, whole.flags)
        splits[key] = tuple(alternatives or ())
        if not alternatives:
            return
        # (all at import: bot.patterns_build stores every alternative's code and needs)
        parts = []
        for alternative in alternatives:
            try:
                parts.append(regex(alternative, whole.flags))
            except re.error:  # (a pattern the scan misread: never stored) the joined pattern, as before
                forget(alternatives, whole.flags)
                return
        # Their needs read without ``needs()``: PATTERN_FILE then stores no split branches for them (~98 entries'
        # tuples unmarshalled at every start); the filter splits the packed branches at its first search instead.
        wanted = [stored_needs(part) for part in parts]
        if all(need is not None for need in wanted):
            self._filter = Prefilter(list(zip(parts, wanted)))

    def search(self, text: str) -> re.Match[str] | None:
        """``whole.search(text)``'s span and text (the match object is an alternative's)."""
        found = self._filter
        if found is None:
            return self.whole.search(text)
        best = None
        for part in found.possible(text):
            match = part.search(text)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best

    def found(self, text: str) -> bool:
        """``whole.search(text) is not None``, stopping at the first alternative that matches."""
        filtered = self._filter
        if filtered is None:
            return self.whole.search(text) is not None
        return any(part.search(text) is not None for part in filtered.possible(text))

    def sub(self, replacement: str, text: str) -> str:
        """``whole.sub(replacement, text)``; ``replacement`` is plain text (no group references)."""
        found = self._filter
        if found is None or "\\" in replacement:
            return self.whole.sub(replacement, text)
        parts = found.possible(text)
        if not parts:
            return text
        if len(parts) == 1:
            return parts[0].sub(replacement, text)
        # Every alternative's next match from ``at`` on (None: no more); the leftmost wins, the
        # earliest alternative on a tie. No match is empty (each needs a character), so the scan
        # moves on at each one as the engine's own sub does.
        nexts = [part.search(text) for part in parts]
        pieces: list[str] = []
        at = 0
        while True:
            best = -1
            for number, match in enumerate(nexts):
                if match is None:
                    continue
                if match.start() < at:  # overlapped by the match taken: its next one from here
                    match = nexts[number] = parts[number].search(text, at)
                    if match is None:
                        continue
                if best < 0 or match.start() < nexts[best].start():  # type: ignore[union-attr]
                    best = number
            if best < 0:
                break
            won = nexts[best]
            assert won is not None
            pieces += (text[at:won.start()], replacement)
            at = won.end()
        pieces.append(text[at:])
        return "".join(pieces)
