"""The lenders a conversation remembers (ans11): ConversationState.products, written by
``Session.to_dict`` and read back by every front end that carries the state between turns (the
library, stdio JSON Lines, HTTP client-held state, a server-held MemoryStore or Redis session);
old states without it still load; the list is bounded; and the "其他几家呢" reply's product
(bot.session_lenders)."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest

from bot import Engine, Session
from bot.errors import UsageError
from bot.server.protocol import Dispatcher
from bot.server.stdio import serve_stdio
from bot.server.stores import MemoryStore, open_store
from bot.server.wsgi import WebApp
from bot.session_lenders import lender_lines, slots_for_others
from bot.session_state import MAX_PRODUCTS, ConversationState

TOLD, OTHERS = "借呗和花呗都逾期了", "其他几家呢"


def _about_huabei(reply: dict[str, Any]) -> bool:
    return reply["slots"]["product"]["value"] == "huabei" and "95188" in reply["text"] and "花呗" in reply["lead"]


def test_the_lenders_told_are_remembered_and_round_trip(engine: Engine) -> None:
    session = engine.session()
    session.ask(TOLD)
    state = session.to_dict()
    assert state["products"] == ["jiebei", "huabei"]
    restored = Session.from_dict(engine, json.loads(json.dumps(state, ensure_ascii=False)))
    assert restored.to_dict() == state
    assert _about_huabei(restored.ask(OTHERS).to_dict())


def test_a_state_saved_before_ans11_loads_with_no_lenders(engine: Engine) -> None:
    session = engine.session()
    session.ask(TOLD)
    old = {key: value for key, value in session.to_dict().items() if key != "products"}
    restored = Session.from_dict(engine, old)
    assert restored.to_dict().get("products", []) == []
    assert "95188" not in restored.ask(OTHERS).text  # nothing told is remembered: no lender answered for


@pytest.mark.parametrize("products, error", [
    (["jiebei", "nobank"], "/products: expected product ids this engine knows, found unknown products ['nobank']"),
    (["jiebei", "jiebei"], "/products/1: expected no item twice"),
    ([f"p{i}" for i in range(MAX_PRODUCTS + 1)], f"/products: expected at most {MAX_PRODUCTS} items"),
    ("jiebei", "/products: expected an array"),
])
def test_a_hostile_lender_list_is_refused(engine: Engine, products: Any, error: str) -> None:
    state = engine.session().to_dict()
    state["products"] = products
    with pytest.raises(UsageError, match="^session state: " + re.escape(error)):
        Session.from_dict(engine, state)


def test_the_list_is_bounded_oldest_first_out(engine: Engine) -> None:
    session = engine.session()
    for message in ["借呗和花呗都逾期了", "微粒贷和京东白条都逾期了", "京东金条和美团月付也逾期了",
                    "分期乐和度小满也逾期了", "招联金融和网商贷也逾期了"]:
        session.ask(message)
    products = session.to_dict()["products"]
    assert len(products) == MAX_PRODUCTS and products[-1] == "mybank" and "jiebei" not in products
    assert Session.from_dict(engine, session.to_dict()).to_dict()["products"] == products


def test_stdio_json_lines_carry_the_lenders(engine: Engine) -> None:
    def serve(line: dict[str, Any]) -> dict[str, Any]:
        out = io.BytesIO()
        assert serve_stdio(engine, io.BytesIO(json.dumps(line, ensure_ascii=False).encode() + b"\n"), out) == 0  # type: ignore[arg-type]
        response: dict[str, Any] = json.loads(out.getvalue())
        return response

    first = serve({"id": 1, "question": TOLD})
    assert first["state"]["products"] == ["jiebei", "huabei"]
    assert _about_huabei(serve({"id": 2, "question": OTHERS, "state": first["state"]})["reply"])


def test_http_client_held_state_and_server_sessions_carry_the_lenders(engine: Engine) -> None:
    app = WebApp(Dispatcher(engine, MemoryStore(engine)), max_body=4096, cors_origins=[], static={})

    def post(body: dict[str, Any]) -> dict[str, Any]:
        data = json.dumps(body, ensure_ascii=False).encode()
        environ = {"REQUEST_METHOD": "POST", "PATH_INFO": "/v1/ask", "wsgi.input": io.BytesIO(data),
                   "CONTENT_LENGTH": str(len(data)), "CONTENT_TYPE": "application/json"}
        response: dict[str, Any] = json.loads(b"".join(app(environ, lambda status, headers: None)))
        return response

    first = post({"question": TOLD})
    assert _about_huabei(post({"question": OTHERS, "state": first["state"]})["reply"])
    held = post({"question": TOLD, "session": None})
    assert _about_huabei(post({"question": OTHERS, "session": held["session"]})["reply"])


def test_a_redis_session_carries_the_lenders_to_another_worker(engine: Engine, redis_url: str) -> None:
    worker_a = Dispatcher(engine, open_store(redis_url, engine))
    worker_b = Dispatcher(engine, open_store(redis_url, engine))
    first = worker_a.handle({"id": 1, "question": TOLD, "session": None})
    assert _about_huabei(worker_b.handle({"id": 2, "question": OTHERS, "session": first["session"]})["reply"])


# ans12 (review28 items 8, 11): a lender said to be paid is not remembered as owed; a list of
# names is owed when the next clause says so; ids no session stores are refused.
@pytest.mark.parametrize("message, told", [
    ("花呗已经还清了，借呗逾期了会上征信吗", ["jiebei"]),
    ("I paid off my credit card last week, but Jiebei is 30 days late. will they sue?", ["jiebei"]),
    ("我有花呗、美团、信用卡，都逾期了，信用卡会上征信吗", ["credit_card", "huabei", "meituan"]),
    ("借呗和花呗都逾期了", ["jiebei", "huabei"]),  # twin: both owed, as before
])
def test_the_lenders_remembered_are_those_owed(engine: Engine, message: str, told: list[str]) -> None:
    session = engine.session()
    session.ask(message)
    assert session.to_dict()["products"] == told


@pytest.mark.parametrize("field, value, error", [
    ("products", ["other_lenders", "online_loan"], "/products: expected product ids this engine knows, found unknown products ['other_lenders']"),
    ("products", ["jiebei", "several_lenders"], "/products: expected product ids this engine knows, found unknown products ['several_lenders']"),
    ("slot", "other_lenders", "/slots/product/value: expected a product id this engine knows, found 'other_lenders'"),
    ("slot", "several_lenders", "/slots/product/value: expected a product id this engine knows, found 'several_lenders'"),
])
def test_ids_no_session_stores_are_refused(engine: Engine, field: str, value: Any, error: str) -> None:
    session = engine.session()
    session.ask("借呗和网贷都逾期了，会上门吗")
    state = session.to_dict()
    if field == "products":
        state["products"] = value
    else:
        state["slots"]["product"] = {"name": "product", "value": value, "text": "其他几家"}
    with pytest.raises(UsageError, match="^session state: " + re.escape(error) + "$"):
        Session.from_dict(engine, state)


def test_a_saved_state_after_the_others_reply_loads(engine: Engine) -> None:
    session = engine.session()
    for message in ["借呗、花呗和白条都逾期了，会上门吗", "其他几家呢"]:
        session.ask(message)
    state = session.to_dict()
    assert state["slots"]["product"]["value"] == "jiebei"
    assert Session.from_dict(engine, state).to_dict() == state
    session = engine.session()
    for message in ["借呗逾期会上门吗", "其他几家呢"]:  # none told: the reply is this turn's only
        session.ask(message)
    assert Session.from_dict(engine, session.to_dict()).to_dict()["slots"]["product"]["value"] == "jiebei"


def test_the_others_reply_of_several_lenders_has_a_line_for_each_and_95188_only_for_alipay() -> None:
    lines = lender_lines(["jiebei", "huabei", "weilidai"], "zh").splitlines()
    assert [line.split("：")[0] for line in lines] == ["- 借呗", "- 花呗", "- 微粒贷"]
    assert "95188" in lines[1] and "95188" not in lines[2] and "95188" not in lines[0]


def test_one_other_lender_becomes_the_conversations_several_stay_for_one_reply() -> None:
    one = ConversationState(products=["jiebei", "huabei"])
    others, slots = slots_for_others(one, "zh")
    assert others == ["huabei"] and one.slots["product"].value == "huabei" and slots is one.slots
    several = ConversationState(products=["jiebei", "huabei", "weilidai"])
    others, slots = slots_for_others(several, "en")
    assert others == ["huabei", "weilidai"] and slots["product"].value == "several_lenders" and several.slots == {}
    none = ConversationState(products=["jiebei"])
    assert slots_for_others(none, "zh")[1]["product"].value == "other_lenders" and none.slots == {}
