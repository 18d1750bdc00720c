"""One kind of crisis wording, shared by crisis.py and acts.py."""

from __future__ import annotations

import re
from ..records import dataclass


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

    def wanted(self, message: str) -> bool:
        """Whether the message says what the cue ``requires`` (always, when it requires nothing)."""
        return self.requires is None or self.requires.search(message) is not None

    def cancelled(self, window_text: str, message: str) -> bool:
        """Whether a benign reading cancels this cue (see ``unless`` and ``near``)."""
        if self.unless is not None and self.unless.search(window_text if self.unless_nearby else message):
            return True
        return self.near is not None and self.near.search(window_text) is not None
