"""Round 113: the learned safety readers' fingerprint and inputs digest cover every input the readers are built
from, so a saved model that another input has made stale is caught by a load and by the unit suite's
test_shipped_safety_model_fits_its_examples, not only by CI's retraining test (integration)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import bot.safety.learned as learned
import bot.safety.learned_inputs as learned_inputs
from bot.classifier import Classifier
from bot.knowledge import load
from bot.safety.learned_inputs import READER_FILES, built_digest, code_digest, write_built

PACKAGE = Path(learned_inputs.__file__).resolve().parent.parent
# Package modules that run while the readers are made but are not what they read (learned_inputs.READER_FILES).
NOT_READ = {"patterns_branches.py", "patterns_filter.py", "patterns_guard.py", "patterns_indexes.py",
            "patterns_lazy.py", "patterns.py", "knowledge.py", "knowledge_types.py", "workers.py", "records.py",
            "digest.py", "files.py", "safety/learned_inputs.py", "safety/examples.py", "errors.py",
            # (drops compiled patterns to bound memory; runs only once enough were built, so only after many other tests)
            "patterns_evict.py"}


def test_every_package_module_run_while_reading_and_fitting_is_in_the_digest() -> None:
    knowledge = load()
    pairs = learned.training_pairs(knowledge, learned.all_examples(knowledge.path))
    pairs = pairs[::7]  # every kind of example, in a seventh of the time
    ran: set[str] = set()

    def called(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            ran.add(frame.f_code.co_filename)

    sys.setprofile(called)
    try:
        sets = learned.training_sets(pairs)
        params = {**learned.PARAMS, "runs": 1, "epochs": 1}
        fitted = [Classifier(**params).fit(*sets[name], workers=1) for name in (learned.CRISIS, learned.ABUSE)]
        for model in fitted:
            model.tables_block()
            model.to_dict(tables=False)
        detectors = learned.Detectors(*fitted)
        detectors.crisis_score("我不想活了 想s 紫砂")
        detectors.abuse_score("催收把我照片发到群里 d!e")
    finally:
        sys.setprofile(None)
    package = {Path(name).resolve().relative_to(PACKAGE).as_posix() for name in ran
               if Path(name).resolve().is_relative_to(PACKAGE)}
    assert package, "the trace saw no package module"
    missing = package - set(READER_FILES) - NOT_READ
    assert not missing, f"modules that make what the readers read, not in learned_inputs.READER_FILES: {sorted(missing)}"
    assert {"safety/clauses.py", "safety/slang.py", "text.py", "classifier.py"} <= package


def test_every_listed_file_exists_once() -> None:
    assert len(set(READER_FILES)) == len(READER_FILES)
    assert all((PACKAGE / name).is_file() for name in READER_FILES)


def test_the_code_digest_follows_every_listed_file(tmp_path: Path) -> None:
    for name in READER_FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PACKAGE / name, tmp_path / name)
    assert code_digest(tmp_path) == code_digest()
    for name in ("safety/clauses.py", "t2s.json", "linear.py"):
        path = tmp_path / name
        before = path.read_bytes()
        path.write_bytes(before + b"\n")
        assert code_digest(tmp_path) != code_digest(), name
        path.write_bytes(before)
    assert code_digest(tmp_path) == code_digest()


def test_the_built_digest_is_the_files_digest() -> None:
    # A load reads the digest written at build time (PERF_LOG part 47): it must be the files' own, or a saved model
    # made stale by a code edit would load as fresh.
    assert built_digest() == code_digest(), "run python -m bot.safety.learned_inputs (or python -m bot.patterns_build)"


def test_the_built_digest_is_written_from_the_files(tmp_path: Path) -> None:
    for name in READER_FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PACKAGE / name, tmp_path / name)
    path = write_built(tmp_path)
    assert path == tmp_path / "safety" / "learned_code.py"
    assert path.read_text(encoding="utf-8") == (PACKAGE / "safety" / "learned_code.py").read_text(encoding="utf-8")
    (tmp_path / "linear.py").write_bytes((PACKAGE / "linear.py").read_bytes() + b"\n")
    assert f'CODE_DIGEST = "{code_digest(tmp_path)}"' in write_built(tmp_path).read_text(encoding="utf-8")
    assert code_digest(tmp_path) != code_digest()


def test_the_fingerprint_and_the_inputs_digest_change_with_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = load()
    pairs = [("crisis", "我不想活了"), ("topic", "借呗逾期会怎样")]
    before = learned.fingerprint(pairs), learned.inputs_digest(knowledge)
    monkeypatch.setattr(learned, "code_digest", lambda: "another reading of the examples")
    monkeypatch.setattr(learned, "built_digest", lambda: "another reading of the examples")
    after = learned.fingerprint(pairs), learned.inputs_digest(knowledge)
    assert before[0] != after[0] and before[1] != after[1]


def test_a_load_hashes_no_reader_file(monkeypatch: pytest.MonkeyPatch) -> None:
    # The shipped model fits: a load checks the inputs digest with the built code digest and never hashes the files.
    def hashed(root: Path = PACKAGE) -> str:
        raise AssertionError("a load hashed the reader files")

    monkeypatch.setattr(learned, "code_digest", hashed)
    assert learned.detectors_for(load()) is not None


def test_the_inputs_digest_changes_with_the_lexicon(knowledge_copy: Path) -> None:
    # The brief's fault: a lexicon edit must make a load check the fingerprint again (the readers do not read the
    # lexicon today: its digest is knowledge.digest's part).
    before = learned.inputs_digest(load(knowledge_copy))
    path = knowledge_copy / "lexicon.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["concepts"][0]["zh"].append("被告上了")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert learned.inputs_digest(load(knowledge_copy)) != before


def test_a_model_saved_by_other_code_is_not_used(knowledge_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A saved model whose code digest differs: neither digest matches, so the load fits the readers anew.
    fitted: list[int] = []

    def fit(sets: dict[str, tuple[list[str], list[str]]], workers: int = 1) -> Any:
        fitted.append(len(sets))
        raise RuntimeError("fitted")

    monkeypatch.setattr(learned, "fit", fit)
    # What the fit would read, made of the first 50 pairs only: the test is about whether the load
    # fits, not what (making it of all ~4,500 cost ~1 s of CPU before the stand-in fit ran, PERF_LOG part 49).
    training_sets = learned.training_sets
    monkeypatch.setattr(learned, "training_sets", lambda pairs: training_sets(pairs[:50]))
    knowledge = load(knowledge_copy)
    detectors = learned.detectors_for(knowledge)  # the shipped model fits: loaded, nothing fitted
    assert detectors is not None and not fitted
    monkeypatch.setattr(learned, "code_digest", lambda: "another reading of the examples")
    monkeypatch.setattr(learned, "built_digest", lambda: "another reading of the examples")
    with pytest.raises(RuntimeError, match="fitted"):
        learned.detectors_for(knowledge)
    assert fitted == [2]
