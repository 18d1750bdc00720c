"""Messages for knowledge files that are not JSON or break their schema (bot.knowledge_errors):
where, what was expected, what was found. Pure functions: no folder is loaded here (loading a
broken copy is tested in test_knowledge.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest
import rapidjson

from bot.knowledge import _schema_data, _schema_validator
from bot.knowledge_errors import json_problem, line_and_column, schema_problem


def _parse_error(text: str) -> str:
    try:
        rapidjson.loads(text, allow_nan=False)
    except rapidjson.JSONDecodeError as error:
        return json_problem(text, error)
    raise AssertionError("parsed")


@pytest.mark.parametrize("text, message", [
    ('{"a": 1,', "invalid JSON at line 1, column 9: Missing a name for object member"),
    ('{"a":\n  "中文" "b"}', "invalid JSON at line 2, column 8: Missing a comma or '}' after an object member"),
    ('{"a": NaN}', "invalid JSON at line 1, column 7: Invalid value"),
    ("[1]\n\n x", "invalid JSON at line 3, column 2: The document root must not be followed by other values"),
])
def test_invalid_json_says_line_and_column(text: str, message: str) -> None:
    assert _parse_error(text) == message


def test_empty_file_and_bom_are_named() -> None:
    assert json_problem("") == "invalid JSON: empty file"
    assert json_problem(" \n") == "invalid JSON: empty file (only white space)"
    assert "UTF-8 BOM" in json_problem("\ufeff{}")
    # The standard library's parser (the packaged folder's fast path) is placed the same way.
    try:
        json.loads('{\n "a" 1}')
    except json.JSONDecodeError as error:
        assert json_problem('{\n "a" 1}', error) == "invalid JSON at line 2, column 6: Expecting ':' delimiter"


def test_line_and_column_count_characters_not_bytes() -> None:
    assert line_and_column("借呗\n逾期x", len("借呗\n逾期".encode())) == (2, 3)
    assert line_and_column("", 0) == (1, 1)


TOPIC = {"id": "lawsuit", "kind": "domain", "title": {"zh": "起诉", "en": "Suing"},
         "question": {"zh": "会起诉吗", "en": "Will they sue?"}, "examples": {"zh": ["会起诉吗"], "en": ["sue?"]},
         "answer": {"zh": ["x"], "en": ["x"]}, "followups": [], "sources": ["s"]}


def _schema_error(change: Any) -> str:
    data = json.loads(json.dumps(TOPIC))
    change(data)
    try:
        _schema_validator("topic.schema.json")(json.dumps(data))
    except rapidjson.ValidationError as error:
        rule, schema_pointer, pointer = error.args
        return f"{pointer.lstrip('#') or '/'}: {schema_problem(rule, schema_pointer, pointer, data, _schema_data('topic.schema.json'))}"
    raise AssertionError("valid")


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(kind="domian"),
     "/kind: expected one of 'domain', 'conversation', 'safety', 'fallback', found 'domian' (did you mean 'domain'?)"),
    (lambda d: d["answer"].pop("en"), "/answer: missing required 'en'"),
    (lambda d: d.pop("sources"), "/: missing required 'sources'"),
    (lambda d: d.update(exmaples={}), "/exmaples: expected one of the fields 'id', 'kind', 'title', 'question', "
     "'examples', 'answer', 'followups', 'sources', 'why', 'more', 'again', 'label', found 'exmaples' (did you mean 'examples'?)"),
    (lambda d: d.update(followups="lawsuit"), "/followups: expected an array, found 'lawsuit'"),
    (lambda d: d["followups"].append("Bad-Id"), "/followups/0: expected text matching ^[a-z][a-z_]*$, found 'Bad-Id'"),
    (lambda d: d["title"].update(zh=""), "/title/zh: expected a non-empty string, found ''"),
    (lambda d: d["answer"].update(en=[]), "/answer/en: expected at least 1 item, found 0"),
])
def test_schema_errors_say_what_was_expected_and_found(change: Any, message: str) -> None:
    assert _schema_error(change) == message
