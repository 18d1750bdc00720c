"""Shared fixtures: one engine for the whole run (loading trains the classifier), the eval files,
and the three long computations (background.py) run in a background process beside the tests."""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from bot import Engine
from bot.knowledge import default_path
from netutil import free_port, wait_for_port

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT.parent / "shared" / "eval"
TESTS = Path(__file__).resolve().parent

# Fixture name -> the task of background.py that computes its value (see Background).
BACKGROUND_FIXTURES = {"fresh_topic_model": "topic_model", "fresh_safety_model": "safety_model",
                       "safety_tallies": "safety_tallies", "stored_need_violations": "stored_need_violations",
                       "guarded_search_mismatches": "guarded_search_mismatches"}
BACKGROUND_TIMEOUT = 900.0  # seconds a test waits for its result before it fails


class Background:
    """One process (tests/background.py) that computes, one after the other, the results the
    selected tests will ask for, in the order they will ask, while the other tests run. A test
    gets exactly what it computed itself before (the same functions, a fresh interpreter); an
    error there fails the test that waits for it, with the traceback."""

    def __init__(self, tasks: list[str]) -> None:
        import bot

        self.folder = Path(tempfile.mkdtemp(prefix="jiebei-tests-background-"))
        env = dict(os.environ)  # the same bot package this process imported, the tests folder for safety_figures
        env["PYTHONPATH"] = os.pathsep.join([str(Path(bot.__file__).resolve().parent.parent), str(TESTS),
                                             *filter(None, [env.get("PYTHONPATH")])])
        self.log = open(self.folder / "stderr.txt", "wb")
        self.process = subprocess.Popen([sys.executable, str(TESTS / "background.py"), str(self.folder), *tasks],
                                        env=env, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
                                        start_new_session=True)  # its own process group: stopped as one

    def result(self, task: str) -> Any:
        path = self.folder / f"{task}.pickle"
        deadline = time.monotonic() + BACKGROUND_TIMEOUT
        while not path.exists():
            if self.process.poll() is not None and not path.exists():
                pytest.fail(f"tests/background.py ended ({self.process.returncode}) without {task}: "
                            + (self.folder / "stderr.txt").read_text(errors="replace")[-4000:])
            if time.monotonic() > deadline:
                pytest.fail(f"tests/background.py: no {task} after {BACKGROUND_TIMEOUT:.0f} s")
            time.sleep(0.02)
        status, value = pickle.loads(path.read_bytes())
        if status != "ok":
            pytest.fail(f"tests/background.py: {task} failed:\n{value}")
        return value

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)  # the process group it leads: it and its forked workers
            except ProcessLookupError:  # it ended in between
                pass
        self.process.wait(timeout=30)
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


_background: Background | None = None


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests that wait for a background result run last, in their own order, so that the
    background process has the whole run to compute it (the others keep their order)."""
    waiting = [item for item in items if BACKGROUND_FIXTURES.keys() & set(getattr(item, "fixturenames", ()))]
    if waiting:
        others = [item for item in items if not BACKGROUND_FIXTURES.keys() & set(getattr(item, "fixturenames", ()))]
        items[:] = others + waiting


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the background computations the selected tests need, first needed first."""
    global _background
    tasks: list[str] = []
    for item in session.items:
        for name in getattr(item, "fixturenames", ()):
            task = BACKGROUND_FIXTURES.get(name)
            if task is not None and task not in tasks:
                tasks.append(task)
    if tasks and not session.config.option.collectonly:
        _background = Background(tasks)


def pytest_sessionfinish(session: pytest.Session) -> None:
    global _background
    if _background is not None:
        _background.stop()
        _background = None


def _from_background(task: str) -> Any:
    if _background is None:  # never happens through pytest_collection_finish; kept for clarity
        pytest.fail(f"no background process computes {task}")
    return _background.result(task)


@pytest.fixture(scope="session")
def fresh_topic_model() -> Any:
    """``bot.model.train(load(), default_workers())``: the model.json content and model.bin block."""
    return _from_background("topic_model")


@pytest.fixture(scope="session")
def fresh_safety_model() -> Any:
    """``bot.safety.learned.train(load(), default_workers())``: safety_model.json content and .bin block."""
    return _from_background("safety_model")


@pytest.fixture(scope="session")
def stored_need_violations() -> Any:
    """``test_patterns_needs.stored_need_violations()``: patterns matching texts their stored needs rule out."""
    return _from_background("stored_need_violations")


@pytest.fixture(scope="session")
def guarded_search_mismatches() -> Any:
    """``test_patterns_needs.guarded_search_mismatches()``: guarded searches that differ from the plain ones."""
    return _from_background("guarded_search_mismatches")


@pytest.fixture(scope="session")
def safety_tallies() -> Any:
    """``safety_figures.tally_sets`` of every labelled safety set, by a freshly loaded engine."""
    return _from_background("safety_tallies")


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

