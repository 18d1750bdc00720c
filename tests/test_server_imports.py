"""A stdio server's common path imports neither rapidjson (with decimal, datetime and uuid) nor
dataclasses (with inspect): ~3 MiB of a long-running server (PERF_LOG part 25). Requests are read
by the standard library unless rapidjson may read them otherwise; a conversation state with the
plain shape Session.to_dict writes is checked without rapidjson's Validator."""

from __future__ import annotations

import json
import subprocess
import sys

# A server's requests as memory.py sends them: questions, a follow-up and a correction with the
# state sent back, a traditional-character question, a request with a float id and a BOM.
_DRIVE = """
import json, sys
from bot import Engine
from bot.server.protocol import Dispatcher, dumps
from bot.server.stores import MemoryStore
engine = Engine.load()
dispatcher = Dispatcher(engine, MemoryStore(engine))
state = None
for number, question in enumerate(json.loads(sys.argv[1])):
    request = {"id": number + 0.5, "question": question}
    if state is not None:
        request["state"] = state
    response = dispatcher.handle_text("\\ufeff" + json.dumps(request, ensure_ascii=False))
    assert response["ok"], response
    state = response.get("state")
    dumps(response)
extra = sys.argv[2] if len(sys.argv) > 2 else None
if extra is not None:
    dumps(dispatcher.handle_text(extra))
print(json.dumps(sorted(name for name in ("rapidjson", "dataclasses", "inspect") if name in sys.modules)))
"""
_CONVERSATION = ["借呗逾期三个月了会上门吗", "那会起诉吗", "不对，是逾期五个月，欠了两万", "為什麼", "2"]


def _imported(extra: str | None = None) -> list[str]:
    args = [sys.executable, "-c", _DRIVE, json.dumps(_CONVERSATION, ensure_ascii=False)] + ([extra] if extra else [])
    result: list[str] = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    return result


def test_a_conversation_through_the_protocol_imports_no_rapidjson_nor_dataclasses() -> None:
    assert _imported() == []


def test_a_request_the_standard_library_cannot_vouch_for_still_goes_to_rapidjson() -> None:
    # The other side: a NaN (which the standard library would read) is refused by rapidjson itself.
    assert _imported('{"id": 1, "question": NaN}') == ["rapidjson"]
