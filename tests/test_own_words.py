"""Answers are in our own words: no template line repeats a long run of the article's text.
Two quotations are deliberate (issue 11: the regulation is quoted as the article states it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.knowledge import default_path

ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_3fc76fff7e385834.txt"
QUOTED = ("《互联网金融风险专项整治工作实施方案》", "禁止采用暴力手段催收债务")
LONGEST_SHARED = 16  # characters (punctuation and spaces left out) a line may share with the article
_NOISE = re.compile(r"[\s,，。；;、：:（）()“”\"'‘’!！?？—\-]|\{[{%].*?[%}]\}")


def _plain(text: str) -> str:
    for quote in QUOTED:
        text = text.replace(quote, "")
    return _NOISE.sub("", text)


def _template_lines() -> list[tuple[str, str]]:
    lines = []
    folder = default_path()
    for path in sorted((folder / "topics").glob("*.json")) + [folder / "frame.json"]:
        data = json.loads(path.read_text(encoding="utf-8"))
        for part in ("answer", "more", "why", "before", "after"):
            for lang_lines in (data.get(part) or {}).values() if isinstance(data.get(part), dict) else ():
                lines += [(f"{path.name}/{part}", line) for line in lang_lines if isinstance(line, str)]
    return lines


def _longest_run(line: str, article: str) -> str:
    best = ""
    for start in range(len(line)):
        size = len(best) + 1
        while start + size <= len(line) and line[start:start + size] in article:
            best = line[start:start + size]
            size += 1
    return best


@pytest.mark.skipif(not ARTICLE.is_file(), reason=f"{ARTICLE} not found: the own-words check needs ../shared/seed beside this checkout")
def test_no_template_line_repeats_the_articles_sentences() -> None:
    article = _plain(ARTICLE.read_text(encoding="utf-8"))
    too_long = [(where, run) for where, line in _template_lines()
                if len(run := _longest_run(_plain(line), article)) > LONGEST_SHARED]
    assert not too_long, too_long
