"""The packaged knowledge loads; each kind of breakage is reported with its file and JSON pointer."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_files import edit_json, load_problems
from bot.knowledge import DOMAIN_TOPICS, REQUIRED_TOPICS, default_path, load


def _edit(folder: Path, topic: str, change) -> Path:  # type: ignore[no-untyped-def]
    return edit_json(folder / "topics" / f"{topic}.json", change)


_problems = load_problems


def test_packaged_knowledge_loads_with_every_required_topic() -> None:
    knowledge = load()
    assert {topic.id for topic in knowledge.topics} == set(REQUIRED_TOPICS)
    for topic in knowledge.topics:
        if topic.id in DOMAIN_TOPICS:
            assert len(topic.examples("zh")) >= 30 and len(topic.examples("en")) >= 15
            assert topic.sources


def test_loaded_knowledge_is_frozen() -> None:
    topic = load().topics[0]
    with pytest.raises(AttributeError):
        topic.id = "changed"  # type: ignore[misc]


def test_corrupt_json_names_the_file_its_line_and_column_and_nothing_else(knowledge_copy: Path) -> None:
    path = knowledge_copy / "topics" / "lawsuit.json"
    path.write_text('{\n  "id": "lawsuit",\n  "kind": "domain"\n  "title": {}}', encoding="utf-8")
    # Only the root error: not "expected required topic 'lawsuit'" nor every follow-up to it.
    assert _problems(knowledge_copy) == [f"{path}: /: invalid JSON at line 4, column 3: Missing a comma or '}}' after an object member"]


def test_schema_errors_name_file_pointer_what_was_expected_and_found(knowledge_copy: Path) -> None:
    # Two files broken in one folder (one load): each reported once, by its root error only.
    wrong_type = _edit(knowledge_copy, "lawsuit", lambda d: d["examples"]["zh"].__setitem__(2, 42))
    missing = _edit(knowledge_copy, "negotiate", lambda d: d["answer"].pop("en"))
    assert _problems(knowledge_copy) == [f"{wrong_type}: /examples/zh/2: expected a string, found 42",
                                         f"{missing}: /answer: missing required 'en'"]


def test_undefined_template_variable(knowledge_copy: Path) -> None:
    path = _edit(knowledge_copy, "lawsuit", lambda d: d["answer"]["zh"].append("{{ no_such_detail }}"))
    assert any(p.startswith(f"{path}: /answer/zh: template does not render") and "no_such_detail" in p
               for p in _problems(knowledge_copy))


def test_template_syntax_error(knowledge_copy: Path) -> None:
    path = _edit(knowledge_copy, "lawsuit", lambda d: d["answer"]["en"].append("{% if days %}"))
    assert any(p.startswith(f"{path}: /answer/en: template syntax error") for p in _problems(knowledge_copy))


def test_duplicate_id(knowledge_copy: Path) -> None:
    path = _edit(knowledge_copy, "lawsuit", lambda d: d.__setitem__("id", "negotiate"))
    problems = _problems(knowledge_copy)
    other = knowledge_copy / "topics" / "negotiate.json"
    assert f"{other}: /id: duplicate topic id 'negotiate' (also in {path})" in problems
    assert f"{path}: /id: expected id 'lawsuit' to match the file name, found 'negotiate'" in problems


def test_unknown_source_and_followup(knowledge_copy: Path) -> None:
    def change(data):  # type: ignore[no-untyped-def]
        data["sources"].append("no_such_section")
        data["followups"].append("no_such_topic")
    path = _edit(knowledge_copy, "lawsuit", change)
    problems = _problems(knowledge_copy)
    assert any(p.startswith(f"{path}: /sources/") and "no_such_section" in p for p in problems)
    assert any(p.startswith(f"{path}: /followups/") and "no_such_topic" in p for p in problems)


def test_example_under_two_topics(knowledge_copy: Path) -> None:
    borrowed = load(knowledge_copy).topic("negotiate").examples("zh")[0]
    _edit(knowledge_copy, "lawsuit", lambda d: d["examples"]["zh"].append(borrowed))
    other = knowledge_copy / "topics" / "negotiate.json"
    assert f"{other}: /examples/zh/0: example {borrowed!r} is also under topic 'lawsuit'" in _problems(knowledge_copy)


def test_every_problem_is_reported_at_once(knowledge_copy: Path) -> None:
    _edit(knowledge_copy, "lawsuit", lambda d: d["sources"].append("nowhere"))
    _edit(knowledge_copy, "negotiate", lambda d: d["followups"].append("nobody"))
    (knowledge_copy / "topics" / "thanks.json").write_text("[", encoding="utf-8")
    problems = _problems(knowledge_copy)
    assert len(problems) == 3  # two references and one corrupt file (not the topic it makes missing)
    assert any("thanks.json: /: invalid JSON at line 1, column 2: " in p for p in problems)


def test_a_missing_required_topic_is_reported_once_not_at_every_reference(knowledge_copy: Path) -> None:
    (knowledge_copy / "topics" / "lawsuit.json").unlink()  # other topics' follow-ups name it (review13)
    path = knowledge_copy / "topics" / "lawsuit.json"
    assert _problems(knowledge_copy) == [f"{path}: /: expected required topic 'lawsuit', found no such file"]


def test_missing_folder_is_a_knowledge_error(tmp_path: Path) -> None:
    assert _problems(tmp_path / "nowhere") == [f"{tmp_path / 'nowhere'}: /: expected a knowledge folder, found none"]


def test_default_path_is_the_packaged_folder() -> None:
    assert (default_path() / "article.json").is_file()
