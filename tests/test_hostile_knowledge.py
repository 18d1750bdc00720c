"""Hostile or broken knowledge folders (issue 15): every case is reported as `file: pointer: message`
(a KnowledgeError, or a RenderError at render time), never a crash, a hang or a silent pass.

Cases that crashed or hung the process before they were bounded run in a subprocess with a
timeout and a memory cap, so that a regression fails its test instead of stopping the suite.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from knowledge_files import edit_json, load_problems
from bot import Engine, KnowledgeError
from bot.knowledge import DOMAIN_TOPICS, default_path, load
from bot.files import deeper_than, nesting_error
from bot.model import MODEL_FILE

HANG_SECONDS = 30  # each case takes well under a second once bounded
MEMORY_CAP = 1 << 30  # bytes of address space for a subprocess: runaway allocation fails fast
DEEP = 200_000

_ENGINE_LOAD = """
import sys
from bot import Engine, KnowledgeError
try:
    Engine.load(sys.argv[1])
except KnowledgeError as error:
    print("\\n".join(map(str, error.problems)), file=sys.stderr)
    sys.exit(1)
"""


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python ARGS`` in a fresh interpreter; a hang fails the test instead of the suite."""
    try:
        return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                              timeout=HANG_SECONDS, preexec_fn=_cap_memory, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"python {' '.join(args)[:80]} hung for more than {HANG_SECONDS} s")


def _check(folder: Path) -> subprocess.CompletedProcess[str]:
    return _run("-m", "bot", "check", str(folder))


def _engine_load(folder: Path) -> subprocess.CompletedProcess[str]:
    return _run("-c", _ENGINE_LOAD, str(folder))


def _reports(result: subprocess.CompletedProcess[str], prefix: str, *words: str) -> bool:
    """Exit status 1 and a problem line starting with ``prefix`` and holding every word."""
    lines = [line.removeprefix("jiebei-bot: ") for line in result.stderr.splitlines()]
    return result.returncode == 1 and any(line.startswith(prefix) and all(w in line for w in words)
                                          for line in lines)


_problems = load_problems
_edit = edit_json


def _set_template(folder: Path, *lines: str, topic: str = "lawsuit") -> Path:
    """Replace the Chinese answer of ``topic`` with ``lines``; returns its file."""
    return _edit(folder / "topics" / f"{topic}.json", lambda d: d["answer"].__setitem__("zh", list(lines)))


# --- Nesting -----------------------------------------------------------------------------------

def test_topic_nested_200000_deep_is_a_problem_for_check(knowledge_copy: Path) -> None:
    path = knowledge_copy / "topics" / "lawsuit.json"
    path.write_text("[" * DEEP + "]" * DEEP, encoding="utf-8")  # segfaulted rapidjson.Validator
    assert _reports(_check(knowledge_copy), f"{path}: /: ", "nested")


def test_topic_nested_200000_deep_is_a_problem_for_engine_load(knowledge_copy: Path) -> None:
    path = knowledge_copy / "topics" / "lawsuit.json"
    path.write_text('{"id":' * DEEP + "1" + "}" * DEEP, encoding="utf-8")
    assert _reports(_engine_load(knowledge_copy), f"{path}: /: ", "nested")


def test_model_nested_deep_is_a_problem(knowledge_copy: Path) -> None:
    path = knowledge_copy / MODEL_FILE
    path.write_text("[" * DEEP + "]" * DEEP, encoding="utf-8")  # RecursionError escaped Engine.load
    with pytest.raises(KnowledgeError) as caught:
        Engine.load(knowledge_copy)
    assert str(caught.value.problems[0]).startswith(f"{path}: /: ")
    assert "nested" in str(caught.value)


def test_model_nested_a_little_too_deep_but_parseable_is_the_same_problem(knowledge_copy: Path) -> None:
    # (parsed first since perf19; the text is scanned when the parsed data nests too deep)
    path = knowledge_copy / MODEL_FILE
    path.write_text('{"model": ' + "[" * 65 + "]" * 65 + "}", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        Engine.load(knowledge_copy)
    assert str(caught.value.problems[0]) == f"{path}: /: {nesting_error(path.read_text(encoding='utf-8'))}"
    assert "nested at most 64 deep" in str(caught.value)


@pytest.mark.parametrize("text", ['[' * 64 + ']' * 64, '[' * 65 + ']' * 65, '{"a": ' * 64 + '1' + '}' * 64,
                                  '{"a": ' * 65 + '1' + '}' * 65, '["' + '[' * 70 + '"]', '[{"a": [{}]}, []]', '"x"', '3',
                                  '[' * 30 + '{"[": "{"}' + ']' * 30])
def test_parsed_depth_says_what_the_text_scan_says(text: str) -> None:
    assert deeper_than(json.loads(text)) == (nesting_error(text) is not None)


# --- Templates ---------------------------------------------------------------------------------

# Each hung or crashed `check` and `Engine.load` (a memory cap turns runaway allocation into a crash).
HOSTILE_TEMPLATES = {
    "power": ["{{ 9**(10**9) }}"],
    "nested_loops": ["{% for a in range(100000) %}{% for b in range(100000) %}{{ a }}{% endfor %}{% endfor %}"],
    "huge_range": ["{% for i in range(10**9) %}{{ i }}{% endfor %}"],
    "string_multiplication": ['{{ "借呗" * 10**10 }}'],
    "doubling_concatenation": ['{% set s = "还款" %}'] + ["{% set s = s ~ s ~ s ~ s %}" for _ in range(20)] + ["{{ s }}"],
    "exponential_macro": ["{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}"],
    "string_method": ['{{ "x".ljust(10**9) }}'],
    "output_size": ["{% for a in range(100000) %}{% for b in range(3000) %}第一行：一两句话的直接回答。{% endfor %}{% endfor %}"],
}




@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One folder with each hostile template in the Chinese answer of its own topic (one
    subprocess then checks them all); maps each case to its topic file."""
    folder = tmp_path_factory.mktemp("hostile") / "knowledge"
    shutil.copytree(default_path(), folder)
    files = {}
    for case, topic in zip(sorted(HOSTILE_TEMPLATES), DOMAIN_TOPICS):
        files[case] = _set_template(folder, *HOSTILE_TEMPLATES[case], topic=topic)
    return files


@pytest.fixture(scope="module")
def checked(hostile_folder: dict[str, Path]) -> subprocess.CompletedProcess[str]:
    return _check(next(iter(hostile_folder.values())).parent.parent)


@pytest.mark.parametrize("case", sorted(HOSTILE_TEMPLATES))
def test_hostile_template_is_a_problem(case: str, hostile_folder: dict[str, Path],
                                       checked: subprocess.CompletedProcess[str]) -> None:
    assert _reports(checked, f"{hostile_folder[case]}: /answer/zh: ", "template")


def test_hostile_templates_are_problems_for_engine_load(hostile_folder: dict[str, Path]) -> None:
    result = _engine_load(next(iter(hostile_folder.values())).parent.parent)
    assert all(_reports(result, f"{path}: /answer/zh: ", "template") for path in hostile_folder.values())


def test_template_that_raises_is_a_problem(knowledge_copy: Path) -> None:
    path = _set_template(knowledge_copy, "{{ 1 // 0 }}", '{% include "other" %}')
    assert any(p.startswith(f"{path}: /answer/zh: template does not render") for p in _problems(knowledge_copy))


def test_recursive_loop_is_a_problem(knowledge_copy: Path) -> None:
    # A recursive loop re-enters itself without passing the loop bound: refused when compiled.
    path = _set_template(knowledge_copy, "{% for x in [1, 2] recursive %}{{ loop([x, x]) }}{% endfor %}")
    assert any(p.startswith(f"{path}: /answer/zh: template syntax error") and "recursive" in p
               for p in _problems(knowledge_copy))


_RENDER_AT_RUNTIME = """
from bot import BotError
from bot.templates import compile_lines, render
source = compile_lines(["{% for a in range(days) %}{% for b in range(days) %}.{% endfor %}{% endfor %}"])
print(render(source, {"days": 2}))
try:
    render(source, {"days": 20000})
except BotError as error:
    print(type(error).__name__, error)
"""


def test_bound_exceeded_at_render_time_is_a_bot_error() -> None:
    # A template can pass the checks (sample details) and still explode on a borrower's details.
    result = _run("-c", _RENDER_AT_RUNTIME)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.splitlines()[0] == "...."
    assert result.stdout.splitlines()[1].startswith("RenderError template limit")


# --- Files -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def unreadable(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], subprocess.CompletedProcess[str]]:
    """One folder with three topic files no loader may read (each once hung or crashed `check`), checked by one
    subprocess, as the hostile templates are (PERF_LOG part 47: two process starts less); each is its own test below."""
    folder = tmp_path_factory.mktemp("unreadable") / "knowledge"
    shutil.copytree(default_path(), folder)
    paths = {name: folder / "topics" / f"{name}.json" for name in ("zero", "pipe", "sub")}
    paths["zero"].symlink_to("/dev/zero")  # read until MemoryError
    os.mkfifo(paths["pipe"])  # opening it waited for a writer forever
    paths["sub"].mkdir()  # fdopen's IsADirectoryError named the descriptor's number ("Is a directory: 3")
    return paths, _check(folder)


def test_link_to_dev_zero_is_refused(unreadable: tuple[dict[str, Path], subprocess.CompletedProcess[str]]) -> None:
    paths, result = unreadable
    assert _reports(result, f"{paths['zero']}: /: ", "refused")


def test_fifo_is_refused(unreadable: tuple[dict[str, Path], subprocess.CompletedProcess[str]]) -> None:
    paths, result = unreadable
    assert _reports(result, f"{paths['pipe']}: /: ", "not a regular file")


def test_directory_named_like_a_topic_is_refused_by_its_path(
        unreadable: tuple[dict[str, Path], subprocess.CompletedProcess[str]]) -> None:
    paths, result = unreadable
    assert _reports(result, f"{paths['sub']}: /: ", "not a regular file (a directory)")
    assert "Is a directory" not in result.stderr


def test_link_out_of_the_folder_is_refused(knowledge_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.json"
    outside.write_text((knowledge_copy / "topics" / "thanks.json").read_text(encoding="utf-8"), encoding="utf-8")
    (knowledge_copy / "topics" / "thanks.json").unlink()
    path = knowledge_copy / "topics" / "thanks.json"
    path.symlink_to(outside)  # was loaded as if it were part of the folder
    assert any(p.startswith(f"{path}: /: refused") and str(outside) in p and "outside the knowledge folder" in p
               for p in _problems(knowledge_copy))


def test_link_inside_the_folder_is_followed(knowledge_copy: Path) -> None:
    # Guard: a link that stays in the folder is an ordinary file.
    original = knowledge_copy / "topics" / "thanks.json"
    kept = knowledge_copy / "thanks.txt"
    original.rename(kept)
    original.symlink_to(kept)
    assert load(knowledge_copy).topic("thanks").file == str(original)


def test_huge_topic_file_is_refused_unread(knowledge_copy: Path) -> None:
    path = knowledge_copy / "topics" / "lawsuit.json"
    with path.open("r+b") as file:
        file.truncate(100 << 20)  # sparse: no disk used, but read it all before
    assert any(p.startswith(f"{path}: /: refused") and "byte limit" in p for p in _problems(knowledge_copy))


def test_huge_model_file_is_refused_unread(knowledge_copy: Path) -> None:
    path = knowledge_copy / MODEL_FILE
    with path.open("r+b") as file:
        file.truncate(1 << 30)
    with pytest.raises(KnowledgeError, match="byte limit"):
        Engine.load(knowledge_copy)


# --- Trust in model.json -----------------------------------------------------------------------

def _digest(folder: Path) -> str:
    """The knowledge digest a model file records, computed as anyone can (it is no secret)."""
    digest = hashlib.blake2b(digest_size=32)
    lexicon = [folder / "lexicon.json"] if (folder / "lexicon.json").exists() else []
    for path in [folder / "article.json", folder / "frame.json", *sorted((folder / "topics").glob("*.json")), *lexicon]:
        digest.update(f"{path.name}\0".encode() + path.read_bytes() + b"\0")
    return digest.hexdigest()


def test_crafted_digest_does_not_skip_the_checks(knowledge_copy: Path) -> None:
    assert _digest(knowledge_copy) == load(knowledge_copy).digest  # the attacker's sum is the real one
    path = _set_template(knowledge_copy, "{{ no_such_detail }}")
    _edit(knowledge_copy / MODEL_FILE, lambda d: d.__setitem__("knowledge", _digest(knowledge_copy)))
    with pytest.raises(KnowledgeError) as caught:
        Engine.load(knowledge_copy)
    assert any(str(p).startswith(f"{path}: /answer/zh: template does not render") for p in caught.value.problems)


@pytest.mark.parametrize("key, change", [
    ("topics", lambda model: model["topics"].__setitem__(0, "no_such_topic")),
    ("bias", lambda model: model["bias"].pop()),
    ("params", lambda model: model["params"].__setitem__("threshold", "high")),
])
def test_model_tables_that_do_not_match_are_a_problem(key: str, change: Callable[[Any], None],
                                                      knowledge_copy: Path) -> None:
    path = _edit(knowledge_copy / MODEL_FILE, lambda data: change(data["model"]))
    with pytest.raises(KnowledgeError) as caught:
        Engine.load(knowledge_copy)
    assert str(caught.value.problems[0]).startswith(f"{path}: /model/{key}: ")


def test_packaged_folder_is_trusted_only_while_its_digest_matches(knowledge_copy: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # Guard for the design: the packaged folder stays fast (no checks) while unchanged since
    # `jiebei-bot train`, and is checked in full once edited.
    import bot.checks
    import bot.knowledge

    monkeypatch.setattr(bot.knowledge, "default_path", lambda: knowledge_copy)
    real_checks = bot.checks.check_content

    def no_checks(knowledge: Any) -> Any:
        raise AssertionError("the unchanged packaged folder was checked again")

    monkeypatch.setattr(bot.checks, "check_content", no_checks)
    Engine.load(knowledge_copy)
    monkeypatch.setattr(bot.checks, "check_content", real_checks)
    path = _set_template(knowledge_copy, "{{ no_such_detail }}")
    with pytest.raises(KnowledgeError) as caught:
        Engine.load(knowledge_copy)
    assert any(str(p).startswith(f"{path}: /answer/zh: template does not render") for p in caught.value.problems)
