"""What the learned safety readers are built from besides their examples: the package's own code and data that
read an example and fit the readers (Round 113). Their bytes enter ``learned.fingerprint`` and ``learned.inputs_digest``.
"""

from __future__ import annotations

from pathlib import Path

from ..digest import blake2b

# The package's files whose code or data make what the readers read of an example (folding, disguised and slang
# words, euphemisms, idioms, concept groups, simplified characters, n-grams) and how they are fitted and stored:
# every package module that runs while the readers' training sets are made and fitted (traced by
# tests/test_safety_learned_inputs.py, which fails when one is missing), and the simplified-character tables.
# Their bytes enter the fingerprint and the inputs digest: a change of how an example is read makes a saved model
# stale at once, not only in CI's retraining test (Round 113: slang193's folding changed the model, and neither
# digest saw it). Left out, as the test names them: the pattern store's machinery (tests/test_patterns.py proves
# its patterns equal to re.compile's), the knowledge loader (its files are knowledge.digest) and the worker pool
# (the same result for any number of workers).
READER_FILES = ("safety/learned.py", "safety/clauses.py", "safety/concepts.py", "safety/disguise.py",
                "safety/euphemisms.py", "safety/idioms.py", "safety/degree.py", "safety/slang.py", "text.py", "t2s.py", "t2s.json",
                "convert.py", "convert_match.py", "convert_t2s.json", "cantonese.py", "dialect.py", "names.py",
                "pinyin.py", "pinyin_words.py", "classifier.py", "classifier_fit.py", "linear.py", "packing.py",
                "tables.py", "tables_build.py", "tables_score.py")
_PACKAGE = Path(__file__).resolve().parent.parent


def code_digest(root: Path = _PACKAGE) -> str:
    """BLAKE2b over READER_FILES (each file's name, a NUL, its bytes, a NUL) under the package folder ``root``:
    ~0.3 MB, about a million instructions at a load (Round 113)."""
    digest = blake2b(digest_size=32)
    for name in READER_FILES:
        digest.update(name.encode("ascii") + b"\0")
        digest.update((root / name).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
