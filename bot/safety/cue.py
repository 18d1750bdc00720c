"""One kind of crisis wording, shared by crisis.py and acts.py."""

from __future__ import annotations

import re
from typing import Callable

from ..records import dataclass

# The sentences of the messages being read (folded and masked as the whole message is), noted by safety.assess
# before it reads the windows: the folded message keeps no punctuation, so a cue's ``reach`` (the sentence around
# its window) is found here. A message not noted is read with the window alone, as before the reach existed.
# The sentences are made only when a cue with ``reach`` asks for them (most messages match none): masking each
# sentence costs a pass of the idiom pattern over it (speed only; the lead, s15: the unit tests had gone over budget).
_SENTENCES: dict[str, tuple[str, ...] | Callable[[], tuple[str, ...]]] = {}
_NOTED = 64  # a few messages are read at a time; the oldest is forgotten


def note_sentences(message: str, sentences: tuple[str, ...] | Callable[[], tuple[str, ...]]) -> None:
    """Remember the folded, masked ``sentences`` of the folded, masked ``message`` (see ``Cue.reach``), or how
    to make them when first needed."""
    if message not in _SENTENCES and len(_SENTENCES) >= _NOTED:
        del _SENTENCES[next(iter(_SENTENCES))]
    if callable(sentences) and message in _SENTENCES:
        return  # (noted already, perhaps made: the same message is noted by each reader)
    _SENTENCES[message] = sentences


def _sentences_of(message: str) -> tuple[str, ...] | None:
    """The noted sentences of ``message`` (note_sentences), made when first asked; None when none were noted."""
    noted = _SENTENCES.get(message)
    if callable(noted):
        noted = _SENTENCES[message] = noted()
    return noted


sentences_of = _sentences_of  # (readings.told_as_over: a crisis told in a sentence before the past told; mend78)


@dataclass(frozen=True)
class Cue:
    """One kind of crisis wording. ``negatable`` cues are cancelled by a negation right before
    them ("我不会自杀", "i'm not suicidal"); ``unless`` names a benign reading that cancels the
    cue when it appears anywhere in the message (or, with ``unless_nearby``, in the same window);
    ``requires`` names what the message must say elsewhere for the cue to be read at all (a clause
    that is a crisis only beside it: "那就让它成真吧" beside a portrait made black and white)."""

    name: str
    pattern: re.Pattern[str]
    negatable: bool = False
    unless: re.Pattern[str] | None = None
    unless_nearby: bool = False  # look for ``unless`` in the same window, not the whole message
    near: re.Pattern[str] | None = None  # a benign reading that cancels the cue in the same window only
    requires: re.Pattern[str] | None = None  # without it in the message the cue is not there at all
    # Whether a match cancelled by a benign reading sets the window aside (the readers that lean, scale and
    # agree then skip it) only when that reading is in the window itself. An additive cue whose benign readings
    # are read anywhere in the message (endings.py: "paid it off") must not hide the crisis wording of a window
    # that does not hold them from the readers that had caught it before the cue existed ("I've paid it off,
    # after tonight I'll be gone for good": its last clause alone is still read; safe29).
    aside_nearby: bool = False
    # Whether a ``unless_nearby`` reading is looked for in the whole sentence that holds the window, not the window
    # alone. An everyday reason is often told a clause away ("胳膊上又多了几道疤，是做饭烫的"; safe34): the reach
    # lets it clear THIS cue there, while ``aside_nearby`` still sets aside only a window that holds the reason
    # itself, so no other cue or reader loses the rest; a reason in another sentence clears nothing.
    reach: bool = False
    # Whether a match cancelled by a benign reading sets the window aside at all (the learned readers, the scale and
    # the classifier's agreement then skip it). Off by default (hides67): an exception means "not THIS cue's
    # reading", and a window set aside loses every other reader's crisis ("之前说想死是开玩笑，现在不是了，我真的想
    # 自杀"; cues60's 157 of 868 probes, review84). On only for the few cues whose measured everyday readings the
    # learned readers would otherwise call a crisis (docs/safety.md Round 55), each with ``aside_nearby`` where it
    # can be (set aside only the window that holds the everyday words themselves).
    hides: bool = False

    def wanted(self, message: str) -> bool:
        """Whether the message says what the cue ``requires`` (always, when it requires nothing)."""
        return self.requires is None or self.requires.search(message) is not None

    def cancelled(self, window_text: str, message: str) -> bool:
        """Whether a benign reading cancels this cue (see ``unless`` and ``near``)."""
        if self.unless is not None and self.unless.search(self._around(window_text, message) if self.unless_nearby else message):
            return True
        return self.near is not None and self.near.search(window_text) is not None

    def _around(self, window_text: str, message: str) -> str:
        """The sentence (or two neighbouring sentences) of the message that holds the window, with ``reach``;
        the window alone otherwise, or when the message's sentences were not noted."""
        sentences = _sentences_of(message) if self.reach else None
        if not sentences:
            return window_text
        for sentence in sentences:
            if window_text in sentence:
                return sentence
        for first in range(len(sentences) - 1):  # a window of two clauses may cross a sentence's end
            if window_text in (pair := sentences[first] + " " + sentences[first + 1]):
                return pair
        return window_text
