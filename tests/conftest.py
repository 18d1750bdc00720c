"""Shared fixtures: one engine for the whole run (loading trains the classifier), the eval files,
and the long or pure computations (background.py) run in a background process beside the tests.
Only tests marked ``corpus`` read those computations: the unit tests start no
background process."""

from __future__ import annotations

import gc
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
from run_kind import pytest_configure, pytest_ignore_collect, pytest_unconfigure  # noqa: F401 - hooks (run_kind.py)

# The rows of a parametrised test run as one test (tests/fold.py; --unfold, or -p no:fold, runs each alone).
pytest_plugins = ["fold"]

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT.parent / "shared" / "eval"
TESTS = Path(__file__).resolve().parent

# Fixture name -> the task of background.py that computes its value (see Background).
BACKGROUND_FIXTURES = {"fresh_topic_model": "topic_model", "fresh_safety_model": "safety_model",
                       "safety_tallies": "safety_tallies", "stored_need_violations": "stored_need_violations",
                       "guarded_search_mismatches": "guarded_search_mismatches",
                       "safety_cues_both_ways": "safety_cues_both_ways", "asked_topics": "asked_topics",
                       "safety_readings_both_ways": "safety_readings_both_ways"}
BACKGROUND_TIMEOUT = 900.0  # seconds a test waits for its result before it fails


class Background:
    """The process (tests/background.py) that computes, one after the other, the results the
    selected tests will ask for, in the order they will ask, while the other tests run. A test
    gets exactly what it computed itself before (the same functions, a fresh interpreter); an
    error there fails the test that waits for it, with the traceback.

    Under pytest-xdist (``-n``) the controller makes the folder and every worker reads the results
    from it; the first worker to finish collecting starts the computations, one process per task
    (so that they spread over the cores with the workers instead of running one after the other
    on one), and the controller stops them at the end (a worker may end while another waits)."""

    def __init__(self, tasks: list[str], folder: Path | None = None) -> None:
        self.shared = folder is not None
        self.folder = folder or Path(tempfile.mkdtemp(prefix="jiebei-tests-background-"))
        self.processes: list[subprocess.Popen[bytes]] = []
        if self.shared and not _claim(self.folder / "started"):
            return  # another worker started them: this one only reads the results
        import bot

        env = dict(os.environ)  # the same bot package this process imported, the tests folder for safety_figures
        env["PYTHONPATH"] = os.pathsep.join([str(Path(bot.__file__).resolve().parent.parent), str(TESTS),
                                             *filter(None, [env.get("PYTHONPATH")])])
        for number, batch in enumerate([[task] for task in tasks] if self.shared else [tasks]):
            log = open(self.folder / f"stderr{number}.txt", "wb")
            self.processes.append(subprocess.Popen(
                [sys.executable, str(TESTS / "background.py"), str(self.folder), *batch],
                env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                start_new_session=True))  # its own process group: stopped as one
            log.close()  # (the child has its own copy)
        if self.shared:  # for the controller, which stops them
            (self.folder / "pids").write_text(" ".join(str(p.pid) for p in self.processes), encoding="utf-8")

    def result(self, task: str) -> Any:
        path = self.folder / f"{task}.pickle"
        deadline = time.monotonic() + BACKGROUND_TIMEOUT
        while not path.exists():
            if not self._running() and not path.exists():
                logs = "".join(log.read_text(errors="replace") for log in sorted(self.folder.glob("stderr*.txt")))
                pytest.fail(f"tests/background.py ended without {task}: " + logs[-4000:])
            if time.monotonic() > deadline:
                pytest.fail(f"tests/background.py: no {task} after {BACKGROUND_TIMEOUT:.0f} s")
            time.sleep(0.02)
        status, value = pickle.loads(path.read_bytes())
        if status != "ok":
            pytest.fail(f"tests/background.py: {task} failed:\n{value}")
        return value

    def _running(self) -> bool:
        """Whether any background process may still write a result (one started by another
        worker: by its pid, until the folder names them)."""
        if self.processes:
            return any(process.poll() is None for process in self.processes)
        pids = self.folder / "pids"
        return not pids.exists() or any(_alive(int(pid)) for pid in pids.read_text(encoding="utf-8").split())

    def stop(self) -> None:
        if self.shared:
            return  # the controller stops them: another worker may still be waiting
        _stop_groups([process.pid for process in self.processes])
        for process in self.processes:
            process.wait(timeout=30)
        shutil.rmtree(self.folder, ignore_errors=True)


def _claim(path: Path) -> bool:
    """Whether this process is the first to claim ``path`` (made at once, or not at all)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs (an ended one not yet reaped by its parent counts as ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return not Path("/proc").is_dir()


def _stop_groups(pids: list[int]) -> None:
    """Stop the process groups these background processes lead: each and its forked workers."""
    for pid in pids:
        try:
            os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:  # it ended in between
            pass


_background: Background | None = None


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests that wait for a background result run last, in their own order, so that the
    background process has the whole run to compute it (the others keep their order). Each of
    them must be marked ``corpus`` (a whole-data regression check): the unit tests
    (``-m "not integration and not corpus"``) then never start the background process."""
    waiting = [item for item in items if BACKGROUND_FIXTURES.keys() & set(getattr(item, "fixturenames", ()))]
    unmarked = [item.nodeid for item in waiting if item.get_closest_marker("corpus") is None]
    if unmarked:  # a unit test would wait on the whole-data background again (issue 18)
        raise pytest.UsageError("tests that read a background result must be marked corpus: " + ", ".join(unmarked))
    if waiting:
        others = [item for item in items if not BACKGROUND_FIXTURES.keys() & set(getattr(item, "fixturenames", ()))]
        items[:] = others + waiting


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the background computations the selected tests need, first needed first; then
    freeze what collection made (gc.freeze)."""
    global _background
    tasks: list[str] = []
    for item in session.items:
        for name in getattr(item, "fixturenames", ()):
            task = BACKGROUND_FIXTURES.get(name)
            if task is not None and task not in tasks:
                tasks.append(task)
    if tasks and not session.config.option.collectonly:
        shared = getattr(session.config, "workerinput", {}).get(SHARED_FOLDER)  # a pytest-xdist worker
        _background = Background(tasks, Path(shared) if shared else None)
    # The collected tests, the engine modules and their tables live for the whole run: the cyclic
    # collector need not walk them again at every full collection (it still collects what the tests make).
    gc.collect()
    gc.freeze()


def pytest_sessionfinish(session: pytest.Session) -> None:
    global _background, _shared_folder
    if _background is not None:
        _background.stop()
        _background = None
    if _shared_folder is not None:  # the pytest-xdist controller, after every worker ended
        pids = _shared_folder / "pids"
        if pids.exists():
            _stop_groups([pid for pid in map(int, pids.read_text(encoding="utf-8").split()) if _alive(pid)])
        shutil.rmtree(_shared_folder, ignore_errors=True)
        _shared_folder = None


SHARED_FOLDER = "jiebei_background_folder"  # the key of the folder in each pytest-xdist worker's input
_shared_folder: Path | None = None


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist's controller, for each worker it starts: one folder of results for all."""
    global _shared_folder
    if _shared_folder is None:
        _shared_folder = Path(tempfile.mkdtemp(prefix="jiebei-tests-background-"))
    node.workerinput[SHARED_FOLDER] = str(_shared_folder)


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
def safety_cues_both_ways() -> Any:
    """``test_fast_paths.safety_cues_both_ways()``: the safety cues read with and without the character shortcut."""
    return _from_background("safety_cues_both_ways")


@pytest.fixture(scope="session")
def asked_topics() -> Any:
    """``asked.asked_topics(Engine.load())``: the topic of every message tests/asked.py lists."""
    return _from_background("asked_topics")


@pytest.fixture(scope="session")
def safety_readings_both_ways() -> Any:
    """``test_safety_memo.readings_both_ways(Engine.load()._router._detectors)``: Signals remembered and not."""
    return _from_background("safety_readings_both_ways")


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
        pytest.skip(f"{EVAL_DIR} not found: the leakage, accuracy and real-question checks need ../shared/eval beside this checkout")
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

