"""bot.patterns_indexes: the indexes of the filters made at import, stored by bot.patterns_build, are what
each filter would make itself, the file holds every such filter's, and a filter without one makes its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot import patterns_filter, patterns_indexes
from bot.patterns_filter import Need, Prefilter

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ("借呗逾期了", "借钱", "上门走访", "门", "", "我不想活了", "goodbye everyone", "还不上钱怎么办")

# In a fresh process (the filters of this one may be indexed already): import every module as
# bot.patterns_build does, then each filter made meanwhile must find its index stored, equal to its own.
CHECK = """
from bot import patterns_filter, patterns_indexes
from bot.patterns_build import used_patterns
patterns_filter.made = []
used_patterns()
stored = patterns_indexes.read_indexes()
missing = [len(f._needs) for f in patterns_filter.made if patterns_indexes.index_key(f._needs) not in stored]
assert not missing, f"filters without a stored index (sizes {missing}): run `python -m bot.patterns_build`"
for found in patterns_filter.made:
    assert stored[patterns_indexes.index_key(found._needs)] == patterns_indexes.make_index(found._needs)
print(len(patterns_filter.made))
"""


def test_the_file_holds_the_index_of_every_filter_made_at_import_as_the_filter_makes_it() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) >= 9  # the crisis, abuse, preparing, others' and concepts' filters at least


def test_a_stored_index_is_taken_once_and_a_filter_without_one_makes_the_same_itself() -> None:
    from bot.safety import crisis

    needs = [patterns_filter.needs(cue.pattern) for cue in crisis._CUES.items]
    key = patterns_indexes.index_key(needs)
    assert key in patterns_indexes.read_indexes()
    again = Prefilter(list(zip(crisis._CUES.items, needs)))  # the same needs: its index was handed out already
    again.possible("")
    assert "_needs" not in again.__dict__
    fresh = patterns_indexes.make_index(needs)
    assert (again._always, again._branches, again._by_char) == fresh
    crisis._CUES.possible("")
    assert (crisis._CUES._always, crisis._CUES._branches, crisis._CUES._by_char) == fresh
    for text in TEXTS:
        assert again.possible(text) == crisis._CUES.possible(text)


def test_the_key_tells_needs_apart_whatever_characters_they_hold() -> None:
    key = patterns_indexes.index_key
    # Separators and lengths inside the characters cannot make two lists read the same.
    lists = [
        [Need("ab"), Need("c")], [Need("a"), Need("bc")], [Need("abc")], [None, Need("abc")], [Need("abc"), None],
        [Need("\x1d"), Need("")], [Need(""), Need("\x1d")], [Need("1,1:a")], [Need("a", "1,1:")], [Need("a", "b")],
        [Need("b", "a")], [frozenset("ab")], [Need("ba")],
    ]
    keys = [key(needs) for needs in lists]
    assert keys[0] != keys[1] and len(set(keys[:11])) == 11
    # A set read in sorted order (PATTERN_FILE's strings are sorted) has one key however it was made; a
    # Need made from an unsorted string has another (a filter of it then makes its own index: never a wrong one).
    assert key([frozenset("ab")]) == key([Need("ab")]) != key([Need("ba")])
    assert key([Need("ab", "x")]) != key([Need("ab")])


def test_shared_gives_an_equal_value_with_each_equal_immutable_part_once() -> None:
    # PERF_LOG part 38: write_indexes shares equal parts, so that marshal writes (and a load makes) each once.
    first, second = (1, 2, 300), (1, 2, 300)
    items = [(first, "ab", ("c", "d")), (second, "ab", ("c", "d"))]
    value = (frozenset({7}), items, {"x": (first, ()), "y": (second, ())})
    held: dict[object, object] = {}
    result = patterns_indexes.shared(value, held)
    assert result == value
    assert result[1][0][0] is result[1][1][0] is result[2]["x"][0] is result[2]["y"][0]
    assert result[1][0][2] is result[1][1][2]
    # Lists and dicts stay their own objects (a reader could change them), and the caller's value is not changed.
    assert result[1] is not items and result[2] is not value[2] and value[1][1][0] is second


def test_the_stored_indexes_hold_each_equal_tuple_once() -> None:
    import marshal

    data = marshal.loads(patterns_indexes.INDEX_FILE.read_bytes())
    seen: dict[tuple[object, ...], int] = {}

    def walk(value: object) -> None:
        if isinstance(value, tuple):
            try:
                assert seen.setdefault(value, id(value)) == id(value), value
            except TypeError:  # (a tuple holding a list)
                pass
        if isinstance(value, (tuple, list, frozenset)):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    walk(data[1])
    assert len(seen) > 1000
