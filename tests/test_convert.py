"""bot.convert: the tables convert exactly as OpenCC's s2tw and t2s do (the whole pool's replies,
templates and 200,000 random texts: benchmarks/script_identity.py)."""

from __future__ import annotations

import json
import sys

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from run_kind import examples

from bot import BotError, convert, script
from bot.knowledge import default_path

NAMES = ("s2tw", "t2s")
ORACLES = {name: opencc.OpenCC(name) for name in NAMES}
TABLES = {name: convert.load_tables(name) for name in NAMES}
current = pytest.mark.skipif(any(tables is None for tables in TABLES.values()),
                             reason="tables made for other OpenCC dictionaries: python -m bot.convert_build")
# Characters that phrases of both directions start, end or hold, variants, compatibility
# ideographs, punctuation, Latin and emoji: random mixtures meet phrase boundaries often.
ALPHABET = ("为什么干后来面条发现头发只是里面台湾历史标准复合联合借呗逾期会上门吗欠钱还不上怎么办"
            "爲什麼幹後來麵條發現頭髮裡臺灣歷史標準複合聯合借唄會門嗎錢還辦回覆深沈瞭解甦醒藉口"
            "黃東樑純喫茶牛驥同一皁林杰國棟張楊士羅興葉步蔣痹痺牀床着著了瞭乾干幹余餘於"
            "\uf900\uf901\ufa0c\U0002f800，。？！ \nab1１😀")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for key, item in value.items() for text in [key, *_strings(item)]]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


@current
@pytest.mark.parametrize("name", NAMES)
def test_template_and_frame_text_converts_as_opencc_does(name: str) -> None:
    tables = TABLES[name]
    assert tables is not None
    folder = default_path()
    files = [folder / "frame.json", folder / "rendered.json", folder / "article.json", *folder.glob("topics/*.json")]
    texts = [text for file in files for text in _strings(json.loads(file.read_text(encoding="utf-8")))]
    texts = [text for text in dict.fromkeys(texts) if tables.fallback.isdisjoint(text)]
    assert len(texts) > 1000
    assert [tables.convert(text) for text in texts] == [ORACLES[name].convert(text) for text in texts]


@current
@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_random_mixtures_convert_as_opencc_does(text: str) -> None:
    for name in NAMES:
        assert convert.converter(name).convert(text) == ORACLES[name].convert(text)


@current
@settings(max_examples=examples(200), deadline=None)
@given(st.text(max_size=20))
def test_any_text_converts_as_opencc_does(text: str) -> None:
    text = text.encode("utf-8", "replace").decode("utf-8")  # OpenCC cannot encode lone surrogates
    for name in NAMES:
        assert convert.converter(name).convert(text) == ORACLES[name].convert(text)


@current
def test_texts_the_tables_do_not_cover_go_to_opencc() -> None:
    for text in ("⿰讠永为", "⿱艹为发", "a\x00为什么", "为\x01发"):
        for name in NAMES:
            tables = TABLES[name]
            assert tables is not None and not tables.fallback.isdisjoint(text)
            assert convert.converter(name).convert(text) == ORACLES[name].convert(text)
    assert convert.converter("s2tw").convert("⿱艹为") == "⿱艹为"  # operands stay as they are


@current
def test_phrases_and_variants_follow_opencc() -> None:
    s2tw = convert.converter("s2tw")
    assert s2tw.convert("干什么 后来 面条 发现头发 只是里面") == "幹什麼 後來 麵條 發現頭髮 只是裡面"
    assert s2tw.convert("黄东梁为") == ORACLES["s2tw"].convert("黄东梁为")
    assert convert.converter("t2s").convert("深沈 回覆 借唄") == "深沉 回复 借呗"
    assert script.to_traditional("为什么\n会上门吗") == "為什麼\n會上門嗎"


def test_other_dictionaries_use_opencc_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert, "dictionary_digest", lambda name: "other")
    assert convert.load_tables("s2tw") is None
    monkeypatch.setattr(convert, "_converters", {})
    assert convert.converter("t2s") is convert.opencc_converter("t2s")


@current
def test_tables_share_one_int_per_code_point_and_hold_what_they_read() -> None:
    # Built from the same file twice over, with the other conversion's tables (and a second copy of
    # its own) already held: equal to the table read alone, and each code point one object.
    data = {name: json.loads(convert.table_file(name).read_bytes()) for name in NAMES}
    first = convert.TableConverter(data["t2s"])
    points = convert._points_held(first.normalize, first.characters)
    second = convert._table(data["s2tw"]["characters"], points)
    alone = convert._table(data["s2tw"]["characters"])
    assert second == alone and convert._table(data["t2s"]["characters"]) == first.characters
    objects: dict[int, int] = {}
    for table in (first.normalize, first.characters, second):
        for point, output in table.items():
            for value in (point, output):
                if isinstance(value, int):
                    assert objects.setdefault(value, id(value)) == id(value)
    # A value of several characters stays a string (none in today's files; the format allows it).
    assert convert._table(["ab", "x" + convert.KEY_MARK + "yz"], {}) == {ord("a"): ord("x"), ord("b"): "yz"}


@pytest.mark.parametrize("name", NAMES)
def test_the_stored_tables_decode_two_bytes_a_character(name: str) -> None:
    # One character past U+FFFF anywhere in a file makes its whole decoded text UCS-4 (reading
    # s2tw's peaked at +7.9 MiB): they are stored as escaped surrogate pairs, read back as themselves.
    text = convert.table_file(name).read_text(encoding="utf-8")
    assert max(map(ord, text)) <= 0xFFFF
    assert any(ord(character) > 0xFFFF for value in _strings(json.loads(text)) for character in value)


def test_written_tables_escape_only_characters_past_the_basic_plane() -> None:
    from bot.convert_build import dumps_tables

    data = {"characters": ["\U0002f800鿕a", "丽x\\"], "phrases": {"𠀋": "\U0010ffff"}}
    text = dumps_tables(data)
    assert json.loads(text) == data and max(map(ord, text)) <= 0xFFFF
    assert "鿕" in text and "丽" in text and "\\ud87e\\udc00" in text  # the plane stays; only the astral escaped


@pytest.mark.parametrize("name", NAMES)
def test_a_table_file_reads_as_json_loads_reads_its_bytes(name: str) -> None:
    # Read in 16 KiB pieces (a lower peak, PERF_LOG part 27): the value is the one json.loads makes.
    path = convert.table_file(name)
    assert convert._read_json(path) == json.loads(path.read_bytes())


@pytest.mark.parametrize("data", [
    # a character cut by a piece's end (3-byte and 4-byte UTF-8), a BOM, UTF-16, an escaped surrogate pair
    ("a" * (convert._PIECE - 1) + "借呗" * 9000).encode("utf-8"),
    ("a" * (convert._PIECE - 2) + "\U0002f800" * 4).encode("utf-8"),
    '"\ufeff"'.encode("utf-8-sig"), '{"k": ["借唄"]}'.encode("utf-16"), b'"\\ud87e\\udc00x"',
])
def test_pieces_read_as_the_whole_is_read(tmp_path, data: bytes) -> None:
    path = tmp_path / "t.json"
    path.write_bytes(data if data.startswith((b"{", b"\xef", b"\xff", b"\xfe", b'"')) else b'"' + data + b'"')
    assert convert._read_json(path) == json.loads(path.read_bytes())


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b'"\xe5\x80"', b'"a\xff"', b"[1,", b"\xef\xbb\xbf\xef\xbb\xbf1"])
def test_a_broken_file_fails_as_json_loads_fails(tmp_path, data: bytes) -> None:
    path = tmp_path / "t.json"
    path.write_bytes(data)
    with pytest.raises(ValueError) as expected:
        json.loads(data)
    with pytest.raises(type(expected.value)) as got:
        convert._read_json(path)
    assert str(got.value) == str(expected.value)


def test_a_missing_opencc_is_one_clear_bot_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # A broken install (opencc absent) once crashed with a bare ModuleNotFoundError deep in an import.
    monkeypatch.setitem(sys.modules, "opencc", None)  # `import opencc` now raises ImportError
    monkeypatch.setattr(convert, "_opencc", {})
    with pytest.raises(BotError, match="needs the runtime dependency 'opencc'") as raised:
        convert.opencc_converter("s2tw")
    assert isinstance(raised.value, ImportError) and "\n" not in str(raised.value)
