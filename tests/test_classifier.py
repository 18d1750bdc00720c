import pytest

from bot.classifier import Classifier

TEXTS = ["会上门吗", "会不会上门催收", "走访户籍地", "会起诉吗", "会不会被起诉", "法院传票", "今天天气", "做饭菜谱"]
LABELS = ["visit", "visit", "visit", "law", "law", "law", "out_of_scope", "out_of_scope"]


def test_fit_returns_self_and_learns_underscored_state() -> None:
    model = Classifier()
    assert model.fit(TEXTS, LABELS) is model
    assert model.topics_ == ("law", "out_of_scope", "visit")


def test_predicts_and_scores_are_probabilities() -> None:
    model = Classifier().fit(TEXTS, LABELS)
    prediction = model.predict("他们会上门吗")
    assert prediction.topic == "visit"
    assert all(0.0 <= c.score <= 1.0 for c in prediction.candidates)
    assert model.nearest("他们会上门吗")[0][0] == "visit"


def test_text_with_no_known_feature_is_out_of_scope() -> None:
    model = Classifier().fit(TEXTS, LABELS)
    assert model.predict("量子计算机原理").topic == "out_of_scope"


def test_saved_model_predicts_exactly_the_same() -> None:
    model = Classifier().fit(TEXTS, LABELS)
    again = Classifier.from_dict(model.to_dict(), TEXTS, LABELS)
    for text in ["他们会上门吗", "起诉", "天气", "会被起诉上门吗"]:
        assert again.predict(text) == model.predict(text)


def test_deterministic() -> None:
    first = Classifier().fit(TEXTS, LABELS).predict("会被起诉上门吗")
    second = Classifier().fit(list(TEXTS), list(LABELS)).predict("会被起诉上门吗")
    assert first == second


def test_fit_rejects_mismatched_input() -> None:
    with pytest.raises(ValueError):
        Classifier().fit(TEXTS, LABELS[:-1])


def test_averaged_runs_are_the_mean_of_single_runs() -> None:
    singles = [Classifier(seed=s, runs=1).fit(TEXTS, LABELS) for s in (0, 1, 2)]
    averaged = Classifier(seed=0, runs=3).fit(TEXTS, LABELS)
    assert averaged.params()["runs"] == 3
    for key, row in averaged.weights_.items():
        mean = [sum(m.weights_.get(key, [0] * len(row))[c] for m in singles) / 3 for c in range(len(row))]
        # Each single run is quantised and pruned (weights under PRUNE units) on its own, so the
        # mean of the saved singles may differ from the averaged model by a unit or two.
        assert all(abs(a - b) <= 2 for a, b in zip(row, mean))


def test_the_lexicon_carries_a_topic_to_synonyms_never_seen() -> None:
    from bot.lexicon import Concept, Lexicon

    lexicon = Lexicon.build((Concept("sue", ("起诉", "吃官司"), ("sue",)), Concept("visit", ("上门", "登门"), ("visit",))))
    plain = Classifier().fit(TEXTS, LABELS)
    with_concepts = Classifier().fit(TEXTS, LABELS, lexicon)
    assert plain.predict("吃官司").topic == "out_of_scope"  # no n-gram of it was ever seen
    assert with_concepts.predict("吃官司").topic == "law"
    assert with_concepts.predict("登门").topic == "visit"
    assert "k:sue" in with_concepts.predict("吃官司").features
    again = Classifier.from_dict(with_concepts.to_dict(), TEXTS, LABELS, lexicon)
    assert again.predict("会吃官司吗") == with_concepts.predict("会吃官司吗")


def test_tables_round_trip_through_json_and_bytes_with_sparse_and_full_rows() -> None:
    import array

    from bot.tables import Tables

    keys = ["a", "b", "c", "d"]
    rows: dict[str, dict[int, int] | list[int]] = {"a": {1: 5}, "b": [3, 0, -7, 2], "d": {0: 4, 2: 9}}
    tables = Tables.of_features(keys, array.array("i", [10, 20, 30, 40])).with_rows(rows, 4)
    assert list(tables.counts) == [1, 4, 0, 4]  # "d" holds half the topics: stored full
    for again in (Tables.from_dict(tables.to_dict(), 4), Tables.from_bytes(tables.to_bytes(), tables.layout(), 4)):
        assert again.dense_rows() == {"a": [0, 5, 0, 0], "b": [3, 0, -7, 2], "d": [4, 0, 9, 0]}
        assert again.scores({"a": 1.0, "b": 0.5, "zz": 1.0}, [0.0] * 4) == [1.5 / 10_000, 5 / 10_000, -3.5 / 10_000, 1 / 10_000]
    broken = dict(tables.to_dict(), columns=tables.to_dict()["weights"])
    with pytest.raises(ValueError):
        Tables.from_dict(broken, 4)



def test_tables_without_sparse_rows_score_alike_and_refuse_counts_that_need_columns() -> None:
    import array

    from bot.tables import Tables

    rows: dict[str, dict[int, int] | list[int]] = {"a": [1, -1], "c": [0, 2]}
    tables = Tables.of_features(["a", "b", "c"], array.array("i", [1, 1, 1])).with_rows(rows, 2)
    assert list(tables.counts) == [2, 0, 2] and not tables.columns
    assert tables.scores({"a": 1.0, "b": 1.0, "c": 0.5}, [0.0, 0.0]) == [1 / 10_000, 0.0]
    assert tables.dense_rows() == {"a": [1, -1], "c": [0, 2]}
    from bot.packing import pack

    # As many weights as before, but "b" and "c" now sparse rows of one weight: they need columns.
    data = dict(tables.to_dict(), counts=pack("H", array.array("H", [2, 1, 1])))
    with pytest.raises(ValueError, match="expected 4 weights and 2 columns as the counts say, found 4 and 0"):
        Tables.from_dict(data, 2)


def test_the_topic_model_reads_question_words_in_their_plain_spelling() -> None:
    from bot.lexicon import Concept, Lexicon
    from bot.text import normalize

    lexicon = Lexicon.build((Concept("sue", ("起诉",), ("sue",)),))
    topic_model = Classifier()
    topic_model.lexicon_ = lexicon
    formal, plain = normalize("是否会被起诉"), normalize("会不会被起诉")
    assert {k for k in topic_model.features(formal) if not k.startswith("k:")} == set(
        k for k in topic_model.features(plain) if not k.startswith("k:"))
    assert "k:sue" in topic_model.features(formal)
    # A model without a lexicon (the safety detectors) reads the words as typed.
    assert "是否" in Classifier().features(formal) and "是否" not in topic_model.features(formal)


def test_pinyin_is_read_only_when_the_whole_message_is_pinyin_naming_a_loan_word() -> None:
    from bot.pinyin import read_pinyin

    assert read_pinyin("jiebei yuqi hui shangmen ma") == "借呗逾期会上门吗"
    assert read_pinyin("huibuhui da dianhua gei wo bama") == "会不会打电话给我爸妈"
    # English, pinyin-looking English, mixed scripts and pinyin with no loan word stay as typed.
    for text in ("will they sue", "a man", "change", "ping me", "women", "ni hao ma 借呗", "ma ma"):
        assert read_pinyin(text) == text


def test_unit_weights_and_a_full_vocabulary_change_nothing() -> None:
    # Round 107: per-example weights and a vocabulary limit are optional; all 1 and all texts give the same model.
    plain = Classifier().fit(TEXTS, LABELS)
    same = Classifier().fit(TEXTS, LABELS, weights=[1.0] * len(TEXTS), vocabulary=len(TEXTS))
    assert same.to_dict() == plain.to_dict()


def test_weights_scale_an_examples_pull_and_vocabulary_limits_the_features() -> None:
    texts, labels = [*TEXTS, "上门天气"], [*LABELS, "out_of_scope"]
    light = Classifier().fit(texts, labels, weights=[1.0] * len(TEXTS) + [0.0])
    heavy = Classifier().fit(texts, labels, weights=[1.0] * len(TEXTS) + [3.0])
    assert light.probability("上门天气", "out_of_scope", top=3) < heavy.probability("上门天气", "out_of_scope", top=3)
    limited = Classifier().fit([*TEXTS, "量子计算机原理", "量子计算机原理呢"], [*LABELS, "law", "law"], vocabulary=len(TEXTS))
    assert "<量子" not in limited.idf_ and limited.idf_.keys() == Classifier().fit(TEXTS, LABELS).idf_.keys()
    with pytest.raises(ValueError):
        Classifier().fit(TEXTS, LABELS, weights=[1.0])
