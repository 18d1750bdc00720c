"""A relative's loan across turns (cls15, issue 13): the Session remembers that the loan told of is
a relative's (ConversationState.relatives_loan, bot.relatives.relatives_loan_told), so "会打电话给
我吗" later asks whether the family is contacted and "会影响我的征信吗" is answered as the article
allows (it speaks of the borrower's own record; of a relative's loan reaching the writer's, nothing).
Each case has its twin that must not change: the borrower's own loan."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from bot import Engine, Session
from bot.errors import UsageError
from bot.relatives import relatives_loan_told
from bot.server.stdio import serve_stdio
from bot.text import normalize

OWN_LEAD_ZH = "按文章的说法，借呗一逾期就会立即上报芝麻信用"
OWN_LEAD_EN = "The article says Jiebei reports an overdue to Sesame Credit at once"
RELATIVE_LEAD = {"zh": "文章讲的是借款人自己的记录", "en": "The article speaks of the borrower's own record"}


def _turns(engine: Engine, *messages: str) -> list[Any]:
    session = engine.session()
    return [session.ask(message) for message in messages]


@pytest.mark.parametrize("lang, told, call, credit", [
    ("zh", "我妈妈借呗逾期了", "会打电话给我吗", "那会影响我的征信吗"),
    ("en", "my wife owes jiebei", "will they call me", "will it hurt my credit"),
])
def test_a_relatives_loan_is_remembered_two_turns_later(engine: Engine, lang: str, told: str, call: str, credit: str) -> None:
    _, called, asked = _turns(engine, told, call, credit)
    assert called.topics == ("contact_family",)
    assert asked.topics == ("credit_report",)
    assert asked.lead.startswith(RELATIVE_LEAD[lang])
    assert OWN_LEAD_ZH not in asked.text and OWN_LEAD_EN not in asked.text  # never "your record is reported at once"


@pytest.mark.parametrize("lang, told, call, credit", [
    ("zh", "借呗逾期了", "会打电话给我吗", "会影响我的征信吗"),
    ("en", "my jiebei is overdue", "will they call me", "will it hurt my credit"),
])
def test_twin_the_borrowers_own_loan_is_answered_as_before(engine: Engine, lang: str, told: str, call: str, credit: str) -> None:
    _, called, asked = _turns(engine, told, call, credit)
    assert called.topics == ("collection_process",)
    assert asked.topics == ("credit_report",)
    assert asked.lead.startswith(OWN_LEAD_ZH if lang == "zh" else OWN_LEAD_EN)


def test_the_writers_own_loan_told_later_ends_the_relatives_reading(engine: Engine) -> None:
    *_, asked = _turns(engine, "我妈妈借呗逾期了", "我自己的借呗也逾期了", "会影响我的征信吗")
    assert asked.lead.startswith(OWN_LEAD_ZH)


def test_one_message_that_tells_a_relatives_loan_and_asks_about_credit(engine: Engine) -> None:
    told = engine.ask("我爸借呗逾期了，会影响我征信吗")  # (its lead: the family_liability fear's line)
    assert RELATIVE_LEAD["zh"] in told.text and OWN_LEAD_ZH not in told.text
    assert engine.ask("借呗逾期了，会影响我征信吗").lead.startswith(OWN_LEAD_ZH)  # twin


@pytest.mark.parametrize("text, expected", [
    ("我妈妈借呗逾期了", True), ("my husband missed a payment on jiebei", True),
    ("我自己的借呗也逾期了", False), ("i owe jiebei too", False), ("会影响我的征信吗", None), ("will they call me", None),
])
def test_relatives_loan_told(text: str, expected: bool | None) -> None:
    assert relatives_loan_told(normalize(text)) is expected


def test_the_memory_round_trips_and_old_states_load_without_it(engine: Engine) -> None:
    session = engine.session()
    session.ask("我妈妈借呗逾期了")
    state = session.to_dict()
    assert state["relatives_loan"] is True
    restored = Session.from_dict(engine, json.loads(json.dumps(state, ensure_ascii=False)))
    assert restored.to_dict() == state
    assert restored.ask("会打电话给我吗").topics == ("contact_family",)
    old = {key: value for key, value in state.items() if key != "relatives_loan"}
    assert Session.from_dict(engine, old).to_dict().get("relatives_loan", False) is False
    with pytest.raises(UsageError, match="/relatives_loan"):
        Session.from_dict(engine, dict(state, relatives_loan="妈妈"))


def test_stdio_json_lines_carry_the_relatives_loan(engine: Engine) -> None:
    def serve(line: dict[str, Any]) -> dict[str, Any]:
        out = io.BytesIO()
        assert serve_stdio(engine, io.BytesIO(json.dumps(line, ensure_ascii=False).encode() + b"\n"), out) == 0  # type: ignore[arg-type]
        response: dict[str, Any] = json.loads(out.getvalue())
        return response

    first = serve({"id": 1, "question": "我妈妈借呗逾期了"})
    assert first["state"]["relatives_loan"] is True
    second = serve({"id": 2, "question": "会打电话给我吗", "state": first["state"]})
    assert second["reply"]["topics"] == ["contact_family"]
