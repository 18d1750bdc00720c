"""bot.records makes the same classes as the standard dataclasses module for the options the
package uses, and records.marshal holds the compiled methods of every record class."""

from __future__ import annotations

import dataclasses
import marshal
from typing import Any, Callable, Generic, TypeVar

import pytest

import bot
from bot import records

T = TypeVar("T")


def _shapes(dataclass: Callable[..., Any], field: Callable[..., Any]) -> dict[str, type]:
    """The same record shapes, made by one implementation or the other."""

    @dataclass(frozen=True)
    class Plain:
        a: int
        b: str = "x"
        c: tuple[int, ...] = ()

    @dataclass(frozen=True)
    class Options:
        a: int
        hidden: str = field(default="h", repr=False, compare=False)
        items: list[int] = field(default_factory=list)
        memo: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)
        late: int | None = field(default=None, repr=False, compare=False)

    @dataclass(frozen=True)
    class Boxed(Generic[T]):
        zh: T
        en: T

    @dataclass(frozen=True)
    class Empty:
        pass

    @dataclass
    class Mutable:
        a: int
        seen: list[str] = field(default_factory=list)

    return {"Plain": Plain, "Options": Options, "Boxed": Boxed, "Empty": Empty, "Mutable": Mutable}


OURS = _shapes(records.dataclass, records.field)
THEIRS = _shapes(dataclasses.dataclass, dataclasses.field)
CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("Plain", (1,), {}), ("Plain", (1, "y", (2, 3)), {}), ("Plain", (), {"a": 2, "c": (1,)}),
    ("Options", (1,), {}), ("Options", (1, "other", [1, 2]), {}), ("Options", (), {"a": 1, "late": 5}),
    ("Boxed", ("中", "en"), {}), ("Boxed", ([1], [2]), {}), ("Empty", (), {}),
    ("Mutable", (3,), {}), ("Mutable", (3, ["a"]), {}),
]


def _observe(kind: dict[str, type], name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[Any]:
    first, second = kind[name](*args, **kwargs), kind[name](*args, **kwargs)
    seen: list[Any] = [repr(first).replace("_shapes.<locals>.", ""), first == second, first != second,
                       first == object(), type(first).__match_args__, type(first).__hash__ is None]
    try:
        seen.append(hash(first) == hash(second))
    except TypeError as error:
        seen.append(str(error))
    for attribute in ("a", "b", "c", "zh", "en", "hidden", "items", "memo", "late", "seen"):
        seen.append(getattr(first, attribute, "absent"))
    for mutate in (lambda: setattr(first, "a", 9), lambda: delattr(first, "a"), lambda: setattr(first, "new", 1)):
        try:
            mutate()  # type: ignore[no-untyped-call]
            seen.append("allowed")
        except AttributeError as error:
            seen.append(str(error))
    return seen


@pytest.mark.parametrize("name, args, kwargs", CALLS)
def test_same_behaviour_as_dataclasses(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    assert _observe(OURS, name, args, kwargs) == _observe(THEIRS, name, args, kwargs)


def test_replace_and_mistakes_as_dataclasses() -> None:
    for kind, replace in ((OURS, records.replace), (THEIRS, dataclasses.replace)):
        options = kind["Options"](1, items=[4])
        changed = replace(options, a=2)
        assert (changed.a, changed.items, changed.hidden) == (2, [4], "h")
        with pytest.raises(ValueError):
            replace(options, memo={})
        with pytest.raises(TypeError):
            kind["Plain"]()
    with pytest.raises(ValueError):
        records.field(default=1, default_factory=list)  # type: ignore[call-overload]  # the mistake under test
    # Frozen records are hashable by their compared fields; mutable ones are not hashable.
    assert hash(OURS["Boxed"]("a", 1)) == hash(OURS["Boxed"]("a", 1)) == hash(("a", 1))
    with pytest.raises(TypeError):
        hash(OURS["Mutable"](1))


def test_package_records_work_with_the_dataclasses_module_when_an_embedder_asks() -> None:
    # No dataclasses (nor inspect) on the way to an answer, but an embedder's is_dataclass,
    # fields, asdict and replace still work (a review: they raised TypeError).
    assert bot.Reply.__match_args__[0] == "topic"
    from bot.slots import Slot

    slot = Slot("days", 3, "三天")
    assert dataclasses.is_dataclass(Slot) and dataclasses.is_dataclass(slot)
    assert [f.name for f in dataclasses.fields(slot)] == ["name", "value", "text"]
    assert dataclasses.asdict(slot) == {"name": "days", "value": 3, "text": "三天"}
    assert dataclasses.replace(slot, value=4) == Slot("days", 4, "三天")


def test_answering_imports_no_dataclasses() -> None:
    import subprocess
    import sys

    code = "import sys, bot; bot.Engine.load().ask('逾期会上门吗'); print('dataclasses' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_cache_file_holds_every_record_class() -> None:
    # records.marshal must be rebuilt after a record class changes (python -m bot.records_build):
    # a stale file is not wrong, only ~60 M instructions slower at every start.
    with open(records.CACHE_FILE, "rb") as file:
        data = file.read()
    if not data.startswith(records.TAG):
        pytest.skip("records.marshal was written by another Python version")
    cached = marshal.loads(data[len(records.TAG):])
    import bot.session  # noqa: F401  (its records too)

    package = {name: source for name, source in records.made.items() if name.startswith("bot.")}
    assert len(package) >= 20
    missing = sorted(name for name, source in package.items() if source not in cached)
    assert not missing, f"missing from records.marshal (run python -m bot.records_build): {missing}"
