"""perf79 (PERF_LOG part 31): what a window holds remembered by its text alone, and a message's details read once.

Cheap: no Engine; a handful of windows, each read beside several messages. The oracle is the reading as it was
before the memo (every possible cue searched afresh beside each message); the whole pool, safety and sessions
figures were compared once (PERF_LOG part 31), not here.
"""

from __future__ import annotations

from bot.safety import abuse, crisis
from bot.safety.discounted import discounted
from bot.safety.clauses import fold_clause
from bot.safety.idioms import masked
from bot.safety.reach import calls_unreceived
from bot.slots import extract_slots

# Windows with crisis and abuse wording, negated, set in a story, beside a debt paid, and look-alikes.
_WINDOWS = (
    "我不想活了", "我不会自杀的", "还清了 今晚以后我就彻底解脱了", "小说里的主角最后跳楼了", "我想死",
    "催收打电话骂我", "催收没有骂我", "他们天天打电话给我爸妈", "借呗逾期三个月了会起诉吗", "笑死我了",
    "i want to kill myself", "im not going to kill myself", "they called my boss and threatened me",
)
# The messages each window is read beside: its own, and others whose readings (a debt paid, a joke, a story,
# a time that is over) may cancel or require what a cue needs.
_MESSAGES = ("", "借呗已经还清了", "开玩笑的 哈哈", "我在写小说", "以前想过死，现在好多了", "催收说要上门")


def _crisis_fresh(window: str, message: str) -> tuple[tuple[str, ...], bool, bool]:
    """crisis._reading as it was before the memo: every possible cue searched afresh."""
    possible = crisis._CUES.possible(window)
    if crisis._framed(window, message):
        return (), True, any(cue.pattern.search(window) for cue in possible if cue.wanted(message))
    found: list[str] = []
    aside = matched = False
    for cue in possible:
        if not cue.wanted(message):
            continue
        cancelled: bool | None = None
        counted = False
        for match in cue.pattern.finditer(window):
            matched = True
            if cue.negatable and crisis.negated(window[: match.start()]):
                aside = True
            else:
                if cancelled is None:
                    cancelled = cue.cancelled(window, message)
                if cancelled:
                    aside = aside or (cue.hides and (not cue.aside_nearby or cue.cancelled(window, window)))
                elif not counted:
                    found.append(cue.name)
                    counted = True
            if aside and counted:
                break
    return tuple(found), aside, matched


def _abuse_fresh(window: str, context: str) -> list[str]:
    """The cue loop of abuse.abuse_cues as it was before the memo (no question mark, not someone else's story)."""
    found = []
    for name, pattern in abuse._CUES.possible(window):
        if calls_unreceived(name, window, context):
            continue
        for match in pattern.finditer(window):
            if discounted(name, window, match, context):
                continue
            found.append(name)
            break
    return found


def test_a_window_reads_the_same_beside_every_message_with_its_matches_remembered() -> None:
    readings = set()
    for text in _WINDOWS:
        window = masked(fold_clause(text))
        for message in _MESSAGES:
            whole = masked(fold_clause(message + " " + text))
            expected = _crisis_fresh(window, whole)
            assert crisis._reading(window, whole) == expected, (text, message)
            readings.add(expected)
    assert any(found for found, _, _ in readings)  # crisis cues were found
    assert any(aside for _, aside, _ in readings)  # and some set aside (negated, a story, a time over)


def test_abuse_cues_read_the_same_beside_every_context_with_their_matches_remembered() -> None:
    found_any = False
    for text in _WINDOWS:
        window = fold_clause(text)
        for message in _MESSAGES:
            context = fold_clause(message) + " " + window
            expected = _abuse_fresh(window, context)
            got = abuse.abuse_cues(window, context)
            assert [name for name in got if name in expected] == expected, (text, message)
            found_any = found_any or bool(expected)
    assert found_any


def test_details_come_as_a_fresh_dict_each_call() -> None:
    first = extract_slots("借呗逾期3个月了，欠了两万，会被起诉吗")
    assert {"days", "amount"} <= set(first)
    first.clear()
    again = extract_slots("借呗逾期3个月了，欠了两万，会被起诉吗")
    assert {"days", "amount"} <= set(again)


def test_fears_come_as_a_fresh_list_each_call() -> None:
    from bot.concerns import find_concerns

    first = find_concerns("借呗逾期了会影响征信吗，会不会告诉我单位")
    assert first
    kept = list(first)
    first.clear()
    assert find_concerns("借呗逾期了会影响征信吗，会不会告诉我单位") == kept
