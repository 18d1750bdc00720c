"""bot.amount_roles: what is left after part is repaid is the debt now (review49: "欠了3万，已经还了1万，剩下2万" named
30000); a proposed payment's rest still is not ("先还一万吗，还剩的一万下个月还" keeps the debt told)."""

from __future__ import annotations

import pytest

from bot import Engine


@pytest.mark.parametrize(("message", "named"), [
    ("借呗欠了3万，已经还了1万，剩下2万，会起诉吗", "20000"),
    ("借呗欠了6万，先还了2万，剩下4万能协商吗", "40000"),
    ("逾期了两万，我能先还一万吗，还剩的一万下个月还", "20000"),
])
def test_the_debt_named_is_what_is_left(engine: Engine, message: str, named: str) -> None:
    assert f"欠款{named}元" in engine.ask(message).text


def test_a_debt_told_alone_is_still_named(engine: Engine) -> None:
    assert "欠款5000元" in engine.ask("借呗欠5000，会上门吗").text
