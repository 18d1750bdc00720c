"""The concept lexicon (knowledge/lexicon.json): it finds its concepts in the ways borrowers write,
it is checked like every knowledge file, and the model depends on it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

import pytest

from knowledge_files import edit_json, load_problems
from bot.classifier import Classifier
from bot.knowledge import load
from bot.lexicon import LEXICON_FILE, Concept, Lexicon, check_lexicon
from bot.model import fingerprint
from bot.text import normalize


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    found = load().lexicon
    assert found is not None, "knowledge/lexicon.json is missing"
    return found


@pytest.mark.parametrize("message, concept", [
    ("借呗逾期了会不会被打官司", "sue"), ("他们会告我吗", "sue"), ("will they take legal action", "sue"),
    ("could they file lawsuits against me", "sue"),  # plural: stemmed as the classifier stems
    ("人行那边会有记录吗", "credit_record"), ("will it go on my credit report", "credit_record"),
    ("会不会登门", "visit"), ("will they show up at my door", "visit"),
    ("逾期多花多少钱", "cost"), ("are there extra charges", "cost"), ("違約金怎麼算", "penalty"),
    ("能不能缓一缓", "delay"), ("can i get a payment plan", "instalment"),
    ("会打电话给她娘家吗", "family"),
])
def test_concepts_are_found_in_the_ways_borrowers_write(lexicon: Lexicon, message: str, concept: str) -> None:
    assert concept in lexicon.find(normalize(message))


@pytest.mark.parametrize("message", ["huabei isn't fully paid", "huabei isnt fully paid", "i havent repaid yet",
                                     "i didnt clear it"])
def test_english_negation_with_or_without_the_apostrophe(lexicon: Lexicon, message: str) -> None:
    found = lexicon.find(normalize(message))
    assert "!repaid" in found and "repaid" not in found


def test_words_inside_other_words_are_not_concepts(lexicon: Lexicon) -> None:
    assert "call" not in lexicon.find(normalize("recall the date"))  # English: whole words only
    assert lexicon.find(normalize("")) == [] and lexicon.find(normalize("？？？")) == []


def test_the_classifier_sees_concepts_and_their_pairs(lexicon: Lexicon) -> None:
    texts, labels = ["会起诉吗", "会上门吗"], ["lawsuit", "home_visit"]
    model = Classifier(epochs=1, runs=1, pairs=0.5).fit(texts, labels, lexicon)
    feats = model.features(normalize("会打电话给我爸妈吗"))
    assert feats["k:call"] == 1.0 and feats["k:family"] == 1.0 and feats["k:call+family"] == 0.5
    assert not any(key.startswith("k:") for key in Classifier().features(normalize("会打电话给我爸妈吗")))


def test_the_model_fingerprint_covers_the_lexicon(lexicon: Lexicon) -> None:
    smaller = Lexicon.build(lexicon.concepts[1:])
    params = Classifier().params()
    assert fingerprint(["a"], ["b"], params, lexicon) != fingerprint(["a"], ["b"], params, smaller)
    assert fingerprint(["a"], ["b"], params, lexicon) != fingerprint(["a"], ["b"], params, None)


@pytest.mark.parametrize("concept, message", [
    (Concept("x", ("起诉",), ("sue",)), ""),
    (Concept("y", ("起诉",), ("court",)), "expected each form once, found '起诉' again (already under x/zh)"),
    (Concept("z", ("借呗12",), ("court",)), "without digits (numbers are masked before matching), found '借呗12'"),
    (Concept("z", ("court",), ("judge",)), "expected a Chinese word without spaces"),
    (Concept("z", ("法院",), ("法院",)), "expected English words"),
    (Concept("z", ("这是一整句话而不是一个词语",), ("x",)), "a word, not a sentence"),
    (Concept("z", ("法院",), ("one two three four five six",)), "a phrase, not a sentence"),
])
def test_content_checks_name_the_form(concept: Concept, message: str) -> None:
    first = Concept("x", ("起诉",), ("sue",))
    concepts = (first,) if concept == first else (first, concept)
    problems = [str(p) for p in check_lexicon(Lexicon.build(concepts), "lexicon.json")]
    if not message:
        assert problems == []
    else:
        assert len(problems) == 1 and problems[0].startswith("lexicon.json: /concepts/1/") and message in problems[0]


def _edit(folder: Path, change: Callable[[Any], None]) -> Path:
    return edit_json(folder / LEXICON_FILE, change)


_problems = load_problems


def test_schema_errors_name_file_and_pointer(knowledge_copy: Path) -> None:
    path = _edit(knowledge_copy, lambda d: d["concepts"][2]["zh"].__setitem__(1, 7))
    assert f"{path}: /concepts/2/zh/1: expected a string, found 7" in _problems(knowledge_copy)


def test_duplicate_concept_id_is_a_problem(knowledge_copy: Path) -> None:
    path = _edit(knowledge_copy, lambda d: d["concepts"][1].__setitem__("id", d["concepts"][0]["id"]))
    assert any(p.startswith(f"{path}: /concepts/1/id: duplicate concept id") for p in _problems(knowledge_copy))


def test_the_lexicon_is_read_within_bounds(knowledge_copy: Path, tmp_path: Path) -> None:
    path = knowledge_copy / LEXICON_FILE
    outside = tmp_path / "elsewhere.json"
    outside.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    path.unlink()
    path.symlink_to(outside)
    assert any(p.startswith(f"{path}: /: refused: a link to") for p in _problems(knowledge_copy))
    path.unlink()
    os.mkfifo(path)
    assert any(p.startswith(f"{path}: /: refused: not a regular file (a FIFO)") for p in _problems(knowledge_copy))


def test_a_folder_without_a_lexicon_loads(knowledge_copy: Path) -> None:
    (knowledge_copy / LEXICON_FILE).unlink()
    assert load(knowledge_copy).lexicon is None


def test_saved_form_keys_build_the_same_lexicon_and_unfit_ones_are_ignored() -> None:
    from bot.lexicon import Concept, Lexicon

    concepts = (Concept("sue", ("起訴", "吃官司"), ("Sued", "take to court")), Concept("visit", ("上门",), ("visits",)))
    fresh = Lexicon.build(concepts)
    keys = fresh.form_keys()
    assert keys == {"zh": ["起诉", "吃官司", "上门"], "en": [["sued"], ["take", "to", "court"], ["visit"]]}
    for saved in (keys, {**keys, "zh": keys["zh"][:-1]}, {**keys, "en": [["x"], 3, ["y"]]}, {}):
        again = Lexicon.build(concepts, saved)
        assert again.find("会被起诉吗 take to court") == fresh.find("会被起诉吗 take to court") == ["sue"]
        assert (again._chinese, again._english, again._lengths) == (fresh._chinese, fresh._english, fresh._lengths)
    wrong = Lexicon.build(concepts, {**keys, "zh": ["甲", "乙", "丙"]})  # fits in shape: used as saved
    assert wrong.find("起诉") == []
