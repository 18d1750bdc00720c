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


def test_servers_hash_with_the_interpreters_own_modules_and_the_same_digests() -> None:
    import subprocess
    import sys

    code = ("import sys\nfrom bot.server.settle import builtin_hashes\nbuiltin_hashes()\n"
            "import hashlib, hmac, jinja2\nassert sys.modules['_hashlib'] is None\n"
            "print(hashlib.sha256(b'x').hexdigest(), hashlib.sha1(b'x').hexdigest(), "
            "hmac.new(b'k', b'x', 'sha256').hexdigest())")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    import hashlib
    import hmac

    assert found == [hashlib.sha256(b"x").hexdigest(), hashlib.sha1(b"x").hexdigest(),
                     hmac.new(b"k", b"x", "sha256").hexdigest()]
    before = sys.modules.get("_hashlib")
    from bot.server.settle import builtin_hashes

    builtin_hashes()  # hashlib is imported here already: nothing changes
    assert sys.modules.get("_hashlib") is before
