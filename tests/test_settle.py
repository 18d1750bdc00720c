"""bot.server.settle: a server's loaded engine is frozen out of the collector's way."""

from __future__ import annotations

import gc

from bot.server.settle import settle


def test_settle_freezes_what_is_loaded_and_keeps_the_collector_on() -> None:
    try:
        settle()
        assert gc.get_freeze_count() > 0 and gc.isenabled()
    finally:
        gc.unfreeze()
