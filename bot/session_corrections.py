"""A message that corrects or adds the last question's details ("我记错了，是三个月", "欠了八千").

Its details are kept whatever the reply is (sess1, s14: front8 had a correction said with distress
thrown away whole, so "不是花呗是借呗，借呗快把我逼死了" left the next answer about 花呗). How the
rest of the message reads decides the reply (bot.session):

- a crisis or collectors' abuse (the router's, seen in the light of the safety replies before it):
  the safety reply, as for any message of its own ("我不想活了 借呗还不上" is no correction; front8);
- distress the router would meet with the check-in line ("I meant 30 days, I'm so stressed"): the
  last question answered again on the new details, with that line;
- nothing more: the last question answered again on the new details.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from . import followups
from .check_in import feeling_told
from .continuity import after_safety
from .records import dataclass  # not the standard module: it imports inspect (+1.5 MiB, PERF_LOG part 25)
from .routing_rules import SAFETY_FIRST
from .safety.net import speaks_of_distress
from .slots import Slot

if TYPE_CHECKING:
    from .engine import Engine
    from .session_state import ConversationState


@dataclass(frozen=True)
class Correction:
    """The details a message corrects or adds, and what else the router reads in it."""

    update: dict[str, Slot]
    safety: bool  # a crisis or abuse: its safety reply is the reply
    distress: bool  # signs of distress: the check-in line goes with the answer given again
    note: str  # for the reply's trace: each detail, before -> after


def read_correction(engine: "Engine", state: "ConversationState", text: str,
                    kind: Callable[[str], str]) -> Correction | None:
    """The correction ``text`` makes to the conversation's details, or None when it states no
    detail or asks a question of its own (``kind`` gives a topic's kind). The state is not changed."""
    update = followups.detail_update(text, state.slots)
    if not update:
        return None
    route = engine.route(text)
    # (after_safety: what a fresh turn would be answered with, e.g. crisis wording insisted on
    # after a crisis reply, which the router alone may read as mere distress)
    seen = after_safety(text, route, state.last_topics, state.answered, kind)
    safety = bool(set(seen.topics) & set(SAFETY_FIRST))
    before = {name: state.slots[name].value for name in update if name in state.slots}
    changes = ", ".join(f"{name} {before.get(name, '-')} -> {slot.value}" for name, slot in update.items())
    # Distress said in the words (feeling_told, speaks_of_distress), not a reader's low floor tripped by a
    # bare figure ("不对，是欠了二十万" had gained the check-in line; review40)
    said = feeling_told(text) or speaks_of_distress(text, 0.0)  # the words alone, not the classifier's lean
    return Correction(update, safety, route.check_in and said and not safety, f"details updated ({changes})")


__all__ = ["Correction", "read_correction"]
