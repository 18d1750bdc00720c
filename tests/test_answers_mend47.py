"""mend47 (s16): review46's answer and routing findings, each by its mechanism, both sides.

- A bare "how long does the whole process usually take" as a first message is answered (collection_process),
  as on 8a3239c; "多久？" alone is still too little; as a follow-up it stays on the last topic (cls20).
"""

from __future__ import annotations

import pytest

from bot import Engine
from bot.figures import names_nothing_but_how_long

OOS = "out_of_scope"


# 3. How long, asked as a first message (bot.figures, bot.routing, bot.followups_route).
@pytest.mark.parametrize("text", ["how long does the whole process usually take", "how long does it usually take"])
def test_how_long_the_process_takes_alone_is_answered(engine: Engine, text: str) -> None:
    assert not names_nothing_but_how_long(text)
    assert engine.ask(text).topic == "collection_process"


@pytest.mark.parametrize("text", ["多久？", "要多久", "how long would that take?", "how long?"])
def test_how_long_alone_is_still_too_little(engine: Engine, text: str) -> None:
    assert names_nothing_but_how_long(text)
    assert engine.ask(text).topic == OOS


@pytest.mark.parametrize("first, follow_up, topic", [
    ("催收会上门吗", "how long does the whole process usually take", "home_visit"),
    ("will they come to my home?", "how long does it usually take", "home_visit"),
    ("借呗会起诉我吗", "一般走完流程要多久", "lawsuit"),
])
def test_how_long_as_a_follow_up_stays_on_the_last_topic(engine: Engine, first: str, follow_up: str, topic: str) -> None:
    session = engine.session()
    session.ask(first)
    assert session.ask(follow_up).topic == topic
