"""bot.digest must give exactly hashlib's digests: fingerprints and the trusted knowledge digest
written by `jiebei-bot train` are compared with them at every start."""

import hashlib

from bot.digest import blake2b, sha256


def test_builtin_digests_equal_hashlibs() -> None:
    for data in (b"", b"abc", "借呗逾期\0".encode("utf-8") * 1000):
        assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        incremental = sha256()
        incremental.update(data)
        incremental.update(b"tail")
        assert incremental.hexdigest() == hashlib.sha256(data + b"tail").hexdigest()
        assert blake2b(data, digest_size=16).hexdigest() == hashlib.blake2b(data, digest_size=16).hexdigest()
