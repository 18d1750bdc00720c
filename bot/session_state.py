"""What a Session remembers between messages, and its JSON form (``Session.to_dict``).

The JSON form is checked by ``bot.state`` (bot/schemas/session.schema.json) before
``state_from_dict`` trusts it again.
"""

from __future__ import annotations

from typing import Any

from .records import dataclass, field
from .slots import Slot

STATE_VERSION = 1
# Lenders a conversation remembers (bot.products ids, oldest dropped first): enough for every
# product one borrower names, bounded so that a long conversation's state stays small.
MAX_PRODUCTS = 8


@dataclass
class ConversationState:
    """One conversation's memory: details given, the last answer, the options offered, language."""

    slots: dict[str, Slot] = field(default_factory=dict)
    last_topics: list[str] = field(default_factory=list)
    lang: str | None = None  # the language of the last answer
    lang_choice: str | None = None  # set by "用英文" / "/lang": wins over detection
    offered: list[str] = field(default_factory=list)  # topic ids behind the numbered options
    pending_choice: bool = False  # the last reply asked which topic was meant
    answered: list[str] = field(default_factory=list)
    traditional: bool = False  # the borrower writes traditional characters: answer in them
    last_mode: str = "answer"  # the mode of the last answer (bot.answer_modes: never the same words twice)
    # The lenders the borrower said they owe, in the order first told ("借呗和花呗都逾期了"): what
    # "其他几家呢" later asks about (ans11). At most MAX_PRODUCTS; states saved before it hold none.
    products: list[str] = field(default_factory=list)
    # The loan told of is a relative's, not the writer's ("我妈妈借呗逾期了"; bot.relatives): follow-ups
    # ("会打电话给我吗", "会影响我的征信吗") are asked by the borrower's family (cls15). One flag, so
    # the state stays bounded; states saved before it hold none (False).
    relatives_loan: bool = False
    # The collector act the last turn asked about or told as threatened (bot.session_acts: "work", "school"…; "" for
    # none), so that "已经打了" next is read as that act told done (safe44). States saved before it hold none.
    asked_act: str = ""
    # An earlier turn told lateness or that the writer cannot pay ("我失业了 借呗还不上"): an account action asked
    # next ("怎么注销借呗") is a hardship question, not account business (review70 #1). States saved before it hold none.
    hardship_told: bool = False
    # The last crisis reply of a turn's own reading spoke to someone helping a relative at risk (safe37's
    # someone_at_risk): a turn that continues it ("ok thanks bye", "好的", "详细点") keeps that voice, not the
    # writer's (conv53). States saved before it hold none (False).
    crisis_helper: bool = False
    # The last turn only picked an option ("1") offered under a crisis reply: the writer has said nothing of their own
    # since that reply, so the next turn is read as right after it ("算了 再见": the crisis reply, not a plain goodbye;
    # safe58). States saved before it hold none (False).
    crisis_held: bool = False
    # The writer has said they are safe (or taken their words back) since the last crisis reply spoken to them
    # (bot.crisis_open.settles): a plain goodbye later is a goodbye; until then the writer's crisis is open and a goodbye
    # gets the crisis reply (sess87). States saved before it hold none (False: an open crisis, the safe side).
    crisis_settled: bool = False
    # The open crisis reply came from a closing read after hardship alone (bot.closing_after), and no turn has told
    # crisis wording: a plain correction next ("我只是去上班") lets the writer out (mend179). States saved before it hold
    # none (False: never let out).
    crisis_closing: bool = False
    # The kinds of soft risk the writer's turns told (bot.risk_memory.KINDS, sorted: death and debt, "if something
    # happened to me", living alone, means at hand...), read with a last sign-off while no crisis reply has been given
    # (signoff97). States saved before it hold none ([]).
    risk_told: list[str] = field(default_factory=list)
    # The weight of the writer's last crisis turn (bot.turn_refers.crisis_weight): "grave" (a method, a place, a time,
    # a plan named: a joke marker next ends no care), "joked" (its own laughter marker, nothing grave: a loan question
    # later is answered as itself, 12356 in view) or "". States saved before it hold none ("": neither reading).
    crisis_weight: str = ""
    # The everyday object the last ordinary turn named (an exam, a trip, a due date: bot.turn_refers.occasion_of, at
    # most MAX_OCCASION characters), what a bare countdown next counts to; "" after a crisis reply (ses222). States
    # saved before it hold none.
    occasion: str = ""


# Fields added after STATE_VERSION 1 was first released, with the value that means "nothing to remember".
# state_to_dict writes each only when it differs (a release that predates a field, and rejects fields it does
# not know, still reads every state that does not use it); state_from_dict reads a missing one as its default.
OPTIONAL_FIELDS: dict[str, Any] = {"traditional": False, "last_mode": "answer", "products": [], "relatives_loan": False,
                                   "asked_act": "", "hardship_told": False, "crisis_helper": False,
                                   "crisis_held": False, "crisis_settled": False, "crisis_closing": False,
                                   "risk_told": [], "crisis_weight": "", "occasion": ""}


def state_to_dict(state: ConversationState) -> dict[str, Any]:
    """The state as JSON-ready data (the optional fields only when they differ from their defaults)."""
    data: dict[str, Any] = {"version": STATE_VERSION,
                            "slots": {name: slot.to_dict() for name, slot in state.slots.items()},
                            "last_topics": list(state.last_topics), "lang": state.lang,
                            "lang_choice": state.lang_choice, "offered": list(state.offered),
                            "pending_choice": state.pending_choice, "answered": list(state.answered)}
    for name, default in OPTIONAL_FIELDS.items():
        value = getattr(state, name)
        if value != default:
            data[name] = list(value) if isinstance(value, list) else value
    return data


def state_from_dict(data: dict[str, Any]) -> ConversationState:
    """The state from data already checked by ``bot.state.check_session_state``."""
    return ConversationState(
        slots={name: Slot(name, slot["value"], slot["text"]) for name, slot in data["slots"].items()},
        last_topics=list(data["last_topics"]), lang=data["lang"], lang_choice=data["lang_choice"],
        offered=list(data["offered"]), pending_choice=data["pending_choice"],
        answered=list(data["answered"]), traditional=bool(data.get("traditional", False)),
        last_mode=str(data.get("last_mode", "answer")), products=list(data.get("products", ())),
        relatives_loan=bool(data.get("relatives_loan", False)), asked_act=str(data.get("asked_act", "")),
        hardship_told=bool(data.get("hardship_told", False)), crisis_helper=bool(data.get("crisis_helper", False)),
        crisis_held=bool(data.get("crisis_held", False)), crisis_settled=bool(data.get("crisis_settled", False)),
        crisis_closing=bool(data.get("crisis_closing", False)), risk_told=list(data.get("risk_told", ())),
        crisis_weight=str(data.get("crisis_weight", "")), occasion=str(data.get("occasion", "")))
