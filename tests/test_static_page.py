"""The web chat page's files as shipped (bot/server/static): small, self-contained, and written
so that the strict Content-Security-Policy holds and user text can only ever become text.
The page's behaviour is tested in a real browser: tests/integration/test_web_page.py."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from bot.server.static import StaticFile, load_static, static_name

PAGE_FILES = {"index.html", "chat.css", "chat.js", "icon.svg"}
MAX_PAGE_BYTES = 40 * 1024


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside <script> and <style>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.inline: list[str] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open = tag if tag in ("script", "style") else None

    def handle_data(self, data: str) -> None:
        if self._open and data.strip():
            self.inline.append(f"<{self._open}>{data.strip()[:40]}")

    def handle_endtag(self, tag: str) -> None:
        self._open = None


@pytest.fixture(scope="module")
def files() -> dict[str, StaticFile]:
    return load_static()


@pytest.fixture(scope="module")
def page(files: dict[str, StaticFile]) -> Tags:
    parser = Tags()
    parser.feed(files["index.html"].body.decode("utf-8"))
    return parser


def test_the_page_ships_and_is_small(files: dict[str, StaticFile]) -> None:
    assert PAGE_FILES <= set(files)
    assert sum(len(files[name].body) for name in PAGE_FILES) < MAX_PAGE_BYTES
    assert files["chat.js"].content_type.startswith("text/javascript")


def test_the_page_loads_only_its_own_files(files: dict[str, StaticFile], page: Tags) -> None:
    links = [attrs.get("src") or attrs.get("href") for tag, attrs in page.tags if tag in ("script", "link", "img", "a")]
    assert links and all(link for link in links)
    for link in links:
        assert link is not None and (link.startswith("/static/") or link.startswith("#")), link
        if link.startswith("/static/"):
            assert static_name(link) in files, link
    for name in ("chat.js", "chat.css", "icon.svg"):
        text = files[name].body.decode("utf-8")
        # No request anywhere else: the only absolute URL is the SVG namespace.
        urls = [url for url in re.findall(r"(?:https?:)?//[\w.-]+\.\w+[^\s'\")]*", text)
                if url != "http://www.w3.org/2000/svg"]
        assert not urls, (name, urls)
        assert "@import" not in text and "url(" not in text, name


def test_nothing_inline_that_the_csp_would_block(page: Tags) -> None:
    assert not page.inline  # no inline script or style
    for tag, attrs in page.tags:
        assert "style" not in attrs, tag
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        if tag == "script":
            assert attrs.get("src"), "every script comes from a file"


def test_user_text_is_only_ever_inserted_as_text(files: dict[str, StaticFile]) -> None:
    script = files["chat.js"].body.decode("utf-8")
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", script, flags=re.S)  # comments may name what is avoided
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setAttribute('style'", ".style", "DOMParser", "createContextualFragment", "srcdoc"):
        assert sink not in code, sink
    assert "textContent" in code
    # Links the page makes are tap-to-call ones only.
    assert re.findall(r"\.href = '([a-z]+):", code) == ["tel", "tel", "tel"]


def test_every_control_is_labelled_and_the_page_is_accessible_by_design(files: dict[str, StaticFile], page: Tags) -> None:
    html = files["index.html"].body.decode("utf-8")
    labels = {attrs.get("for") for tag, attrs in page.tags if tag == "label"}
    for tag, attrs in page.tags:
        if tag in ("textarea", "input", "select"):
            assert attrs.get("id") in labels, tag
    assert 'aria-live="polite"' in html and '<html lang="zh-CN">' in html
    css = files["chat.css"].body.decode("utf-8")
    assert "prefers-color-scheme: dark" in css and ":focus-visible" in css
