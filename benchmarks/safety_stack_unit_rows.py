"""Round 82b (issue 12): the team's unit tests' messages as labelled rows for the safety stacker's refit.

    python benchmarks/safety_stack_unit_rows.py     # runs the unit suite once with the recorder, writes the rows
    (python benchmarks/safety_stack.py refit --write runs it first: one command for the whole refit)

The extractor is mechanical, not a hand-picked list. The unit suite (``-m "not integration and not corpus"``) is run
once with this module as a pytest plugin and the stacker switched OFF (``bot.engine.stacked`` made the identity, so
the readings are the engine's own before any promotion, as the refit's features are). Every message a test sends
through ``Engine.route`` (``ask``, sessions and the servers all pass there) is recorded with its route; a test's
messages are kept only when the test PASSED (a failed test's and an expected failure's (xfail) messages are dropped:
their readings are not what the test asserts). The unit suite is green on the unstacked engine, so a kept message's
reading is the one its test pins: a benign look-alike asserted not to get the crisis reply has a route without it,
a crisis asserted to get it has it.

Labels, from the route's reading (the team sets' labels, tests/safety_figures.LABELS):
- crisis first -> ``crisis`` (``crisis+abuse`` when the abuse reply follows);
- abuse first -> ``abuse``;
- anything else WITH the check-in line -> ``benign`` (the stacker's gate: the rows it can change; this is where
  the look-alikes the Round 82 candidate promoted sit);
- anything else without the check-in line is not written (the stacker never reads it: an easy negative that only
  costs the refit's reading time).
A message the team's safety sets already hold keeps the set's label (not written here); a message read two ways
(two knowledge folders) is dropped. The tests of the stacker itself (any test file that names ``safety_stack``) are
left out: they assert readings THROUGH a stacker (a crisis it must promote), which the unstacked route does not show. Messages with a tab or line break cannot be a row and are dropped.

Folds: each test file's rows go to one of ``FOLDS`` folds by a CRC of its name (a file's twins stay together: the
out-of-fold score of a look-alike never saw its own file). The file (benchmarks/safety_stack_unit_rows.tsv) is in
the team sets' format, with ``# fold: unit:N`` lines, so ``python tests/safety_figures.py`` reads it too; it is NOT
in tests/data (the team's safety figures stay comparable with earlier rounds).

Caveat: a message a passing test sends but asserts nothing about is labelled by the engine's reading all the same
(mostly loan questions, with no check-in line, so not written). A real crisis the engine answers with the check-in
line alone in such a test becomes a ``benign`` row: the unit rows only ever add caution to promotions, never take a
crisis reply away (the stacker cannot remove one).
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import tempfile
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "benchmarks" / "safety_stack_unit_rows.tsv"
FOLDS = 5
RECORDS = Path(tempfile.gettempdir()) / "safety_stack_unit_records.jsonl"  # the last run's routes (rewrite: main's argv)
_OUT = "SAFETY_STACK_UNIT_ROWS_DIR"  # the folder each pytest process writes its records to

# ---- the pytest plugin (loaded with -p safety_stack_unit_rows in every xdist worker) ---------------------------

_SEEN: list[dict[str, Any]] = []


def pytest_configure(config: Any) -> None:
    """Switch the stacker off and record every route the engine gives."""
    if not os.environ.get(_OUT):
        return
    from bot import engine as engine_module

    def unstacked(route: Any, question: str, stacker: Any, router: Any) -> Any:
        _SEEN.append({"text": question, "topics": list(route.topics), "check_in": bool(route.check_in)})
        return route

    engine_module.stacked = unstacked  # type: ignore[assignment]  (Engine.route calls it by the module's name)
    from bot import session as session_module
    plain_ask = session_module.Session.ask

    def ask_in_context(self: Any, text: str, lang: str | None = None) -> Any:
        # Round 94 (review150 #1): a session turn's reply IN ITS CONTEXT, beside its own route recorded above; a
        # turn the conversation answers with the crisis reply is never a benign row (rows()).
        reply = plain_ask(self, text, lang)
        _SEEN.append({"text": text, "context": list(reply.topics)})
        return reply

    session_module.Session.ask = ask_in_context  # type: ignore[method-assign]


def pytest_runtest_logstart(nodeid: str, location: Any) -> None:
    """A test's records start empty (its setup's routes, fixtures made for it, count as its own)."""
    _SEEN.clear()


def pytest_runtest_logreport(report: Any) -> None:
    """Keep a passed test's routes (not an xfail's), one JSON line each, in this process's file."""
    folder = os.environ.get(_OUT)
    if not folder or report.when != "call":
        return
    if report.passed and not hasattr(report, "wasxfail") and _SEEN:
        test = report.nodeid.split("::", 1)[0]
        with open(Path(folder) / f"{os.getpid()}.jsonl", "a", encoding="utf-8") as file:
            for seen in _SEEN:
                file.write(json.dumps({**seen, "test": test, "node": report.nodeid}, ensure_ascii=False) + "\n")
    _SEEN.clear()


# ---- the rows --------------------------------------------------------------------------------------------------

def label(topics: list[str], check_in: bool) -> str | None:
    """The row's label from the route's reading (module doc), None when the stacker never reads such a reply."""
    if topics and topics[0] == "crisis":
        return "crisis+abuse" if "abusive_collection" in topics else "crisis"
    if topics and topics[0] == "abusive_collection":
        return "abuse"
    return "benign" if check_in else None


def fold(test: str) -> str:
    """A test file's fold."""
    return f"unit:{zlib.crc32(test.encode()) % FOLDS}"


def of_the_stacker(test: str) -> bool:
    """Whether a test file tests the stacker itself (its readings are asserted through one)."""
    path = ROOT / test
    return path.exists() and "safety_stack" in path.read_text(encoding="utf-8")


_READING = re.compile(r"crisis|12356|abus|12378|check_in|topics|safety|alarm", re.IGNORECASE)


@lru_cache(maxsize=None)
def _parsed(test: str) -> tuple[str, ast.Module] | None:
    path = ROOT / test
    if not path.exists():
        return None
    source = path.read_text(encoding="utf-8")
    return source, ast.parse(source)


def _pins(source: str, function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether a function's body names a safety reading and asserts."""
    body = "\n".join(ast.get_source_segment(source, statement) or "" for statement in function.body)
    return bool(_READING.search(body)) and "assert" in body


def _helper(test: str, name: str, depth: int = 0) -> bool:
    """Whether the module-level function ``name`` that a test calls (defined in its file, or imported from a test
    module beside it) pins a safety reading."""
    parsed = _parsed(test)
    if parsed is None or depth > 1:
        return False
    source, tree = parsed
    for item in tree.body:
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == name:
            return _pins(source, item) or any(_helper(test, called, depth + 1) for called in _calls(item))
        if isinstance(item, ast.ImportFrom) and item.module and item.level == 0 \
                and any((alias.asname or alias.name) == name for alias in item.names):
            other = f"{Path(test).parent.as_posix()}/{item.module.replace('.', '/')}.py"
            original = next(alias.name for alias in item.names if (alias.asname or alias.name) == name)
            return _helper(other, original, depth + 1)
    return False


def _calls(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    return {node.func.id for node in ast.walk(function) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}


def _test_function(node: str) -> tuple[str, str, ast.FunctionDef | ast.AsyncFunctionDef] | None:
    """The test file, its source and the function of ``node`` (pytest's node id), None when not found."""
    test, _, rest = node.partition("::")
    parsed = _parsed(test)
    if parsed is None or not rest:
        return None
    source, tree = parsed
    *classes, name = rest.split("::")
    name = name.split("[", 1)[0]
    scope: list[ast.stmt] = tree.body
    for cls in classes:
        scope = next((item.body for item in scope if isinstance(item, ast.ClassDef) and item.name == cls), [])
    for item in scope:
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == name:
            return test, source, item
    return None


@lru_cache(maxsize=None)
def asserts_a_reading(node: str) -> bool:
    """Round 88: whether the test of ``node`` (pytest's node id) asserts a safety reading: its function's body (not
    its decorators, which hold the messages) names one (``_READING``) and asserts, or it calls a helper of its module
    (or imported from a test module) that does. A message sent by a test that pins no safety reading is not labelled
    by whatever the engine answered."""
    found = _test_function(node)
    if found is None:
        return False
    test, source, item = found
    return _pins(source, item) or any(_helper(test, called) for called in _calls(item))


_NUMBER = re.compile(r"""['"]12356['"]\s+in\b|\bcheck_in\b""")
_NOT_CRISIS = re.compile(r"""(CRISIS|['"]crisis['"])\s+not\s+in|not\s+in\s+[\w.()\[\]]*topics|!=\s*(CRISIS|['"]crisis['"])"""
                         r"""|assert\s+not\b[^\n]*crisis|topics\[0\]\s*(==|in)\s*(?!CRISIS|['"]crisis)|topics\s*==\s*\("""
                         r"""|alarm|==\s*\(\s*['"](?!crisis)""")


@lru_cache(maxsize=None)
def pins_only_the_number(node: str) -> bool:
    """Round 94 (review150 #1): whether the test of ``node`` asserts the number (12356 in the reply, the check-in
    line) and nothing that rules the crisis reply out (``crisis not in topics``, a first topic named, a false alarm
    counted). Such a test says "at least the number", not "benign": "借呗结清那天，就是我离开的那天" and "别问了 我都安排好
    了 明天一早" are pinned so, and were benign rows by the engine's reading alone."""
    found = _test_function(node)
    if found is None:
        return False
    _, source, item = found
    body = "\n".join(ast.get_source_segment(source, statement) or "" for statement in item.body)
    return bool(_NUMBER.search(body)) and not _NOT_CRISIS.search(body)


def rows(records: list[dict[str, Any]], known: set[str], asserting: bool = True) -> dict[str, list[tuple[str, str]]]:
    """The (label, text) rows by fold: deduplicated, the team sets' messages, the stacker's own tests' and messages
    read two ways left out; ``asserting`` (Round 88) keeps only the messages of tests that assert a safety reading
    (records without a node id, from before Round 88, are kept)."""
    labels: dict[str, set[str | None]] = {}
    first: dict[str, str] = {}
    stackers = {test for test in {record["test"] for record in records} if of_the_stacker(test)}
    answered = in_context_safety(records, asserting)
    for record in records:
        if "context" in record:  # (a session turn's reply in context, Round 94: read by in_context_safety only)
            continue
        text = record["text"]
        if not text.strip() or "\t" in text or text.splitlines() != [text] or text in known \
                or record["test"] in stackers:
            continue
        if asserting and "node" in record and not asserts_a_reading(record["node"]):
            continue
        read = label(record["topics"], record["check_in"])
        if read == "benign" and "node" in record and pins_only_the_number(record["node"]):
            continue  # Round 94: the test pins the number, not a benign reading (pins_only_the_number)
        labels.setdefault(text, set()).add(read)
        first.setdefault(text, record["test"])
    out: dict[str, list[tuple[str, str]]] = {}
    for text in sorted(labels):
        found = labels[text]
        if found == {"benign"} and text.strip() in answered:
            continue  # Round 94 (review150 #1): the test's conversation gives it a safety reply; never benign
        if len(found) == 1 and None not in found:
            out.setdefault(fold(first[text]), []).append((found.pop() or "", text))
    return out


def in_context_safety(records: list[dict[str, Any]], asserting: bool = True) -> set[str]:
    """Round 94 (review150 #1): the messages a passing test's conversation answered with the crisis reply (anywhere)
    or the abuse reply first, IN CONTEXT. Their own route is the engine's reading of the message alone; a session test
    that pins the crisis reply for "sunday night. the quarry. no one will know" after talk of a court date pins a
    crisis there, so the message alone must not become a benign row (it taught the stacker the opposite)."""
    out: set[str] = set()
    for record in records:
        context = record.get("context")
        if context is None or (asserting and "node" in record and not asserts_a_reading(record["node"])):
            continue
        if "crisis" in context or context[:1] == ["abusive_collection"]:
            out.add(record["text"].strip())
    return out


def lang(text: str) -> str:
    return "zh" if any("\u3400" <= char <= "\u9fff" for char in text) else "en"


def record_suite(workers: int = 2) -> list[dict[str, Any]]:
    """Run the unit suite once with the recorder; every passed test's routes."""
    with tempfile.TemporaryDirectory(prefix="stack-unit-rows-") as folder:
        env = dict(os.environ, **{_OUT: folder})
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "benchmarks"), str(ROOT), env.get("PYTHONPATH", "")])
        command = [sys.executable, "-m", "pytest", "-q", "-p", "safety_stack_unit_rows", "-n", str(workers),
                   "-m", "not integration and not corpus", "-p", "no:cacheprovider"]
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        tail = done.stdout.strip().splitlines()[-1:] if done.stdout.strip() else []
        print(f"unit suite with the recorder (stacker off): {' '.join(tail)}", file=sys.stderr)
        for line in done.stdout.splitlines():
            if line.startswith(("FAILED", "ERROR")):  # (their messages are not recorded)
                print(f"  {line[:160]}", file=sys.stderr)
        records: list[dict[str, Any]] = []
        for path in sorted(Path(folder).glob("*.jsonl")):
            # (split on "\n" only: str.splitlines also splits inside a JSON string at U+2028, U+0085 and the like)
            records += [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]
        records.sort(key=lambda record: (record["test"], record.get("node", ""), record["text"]))
        RECORDS.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
        return records


def write(records: list[dict[str, Any]], asserting: bool = True) -> int:
    """Write benchmarks/safety_stack_unit_rows.tsv; the number of rows (``asserting``: ``rows``)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from safety_figures import read_rows

    known = {row.text for path in sorted((ROOT / "tests" / "data").glob("safety_*.tsv")) for row in read_rows(path)}
    by_fold = rows(records, known, asserting)
    lines = ["# Generated by python benchmarks/safety_stack_unit_rows.py (docs/safety.md Round 82b): the unit tests'",
             "# messages labelled by the reading their passing test pins (the module doc). Do not edit by hand.",
             "# label (crisis, abuse, crisis+abuse, benign)"]
    count = 0
    for name in sorted(by_fold):
        lines.append(f"# fold: {name}")
        for row_label, text in by_fold[name]:
            lines.append(f"{row_label}\t{lang(text)}\t{text}")
            count += 1
    ROWS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count


def read_folds(path: Path = ROWS) -> list[tuple[str, str, str]]:
    """The file's rows as (fold, label, text)."""
    out: list[tuple[str, str, str]] = []
    current = "unit"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# fold:"):
            current = line.split(":", 1)[1].strip()
        elif line.strip() and not line.startswith("#"):
            row_label, _, text = line.split("\t", 2)
            out.append((current, row_label, text))
    return out


def main() -> int:
    if len(sys.argv) > 1:  # saved records (JSON lines of a recorder's run): rewrite the rows without a new run
        records = [json.loads(line) for name in sys.argv[1:] for line in Path(name).read_text(encoding="utf-8").split("\n")
                   if line]
    else:
        records = record_suite()
    print(f"{len(records)} routes recorded; wrote {write(records)} rows to {ROWS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
