"""Shared fixtures: one engine for the whole run (loading trains the classifier) and the eval files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

from bot import Engine
from bot.knowledge import default_path
from netutil import free_port, wait_for_port

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load()


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not (EVAL_DIR / "real_questions.tsv").is_file():
        pytest.skip("../shared/eval is not beside this checkout")
    return EVAL_DIR


@pytest.fixture()
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the packaged knowledge folder, for breaking on purpose."""
    target = tmp_path / "knowledge"
    shutil.copytree(default_path(), target)
    return target


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server of our own on a free loopback port, for the whole run."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server; .ci/run installs it)")
    folder = tmp_path_factory.mktemp("redis")
    for _attempt in range(3):  # a free port can be taken between finding and binding it
        port = free_port()
        server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                   "--appendonly", "no", "--dir", str(folder)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if wait_for_port(port, server):
            break
        server.kill()
        server.wait(timeout=10)
    else:
        pytest.fail("redis-server did not start on a free loopback port in 3 attempts")
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)

