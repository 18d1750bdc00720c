"""The web chat page while it waits, and after a long paste (front7's findings), in headless
Chromium against `serve --http` on 127.0.0.1: a long question scrolls to its answer's help panel;
a question sent while an answer is pending waits its turn; a server that never answers is given
up with the help numbers shown; 新对话 drops a reply still on its way; a state the server refuses
keeps the conversation's language and options. Slow or hung servers are stood in for by wrapping
the page's own ``fetch`` (the requests that do go out reach the real server)."""

from __future__ import annotations

import json
import time
from typing import Any, Iterator

import pytest

from bot import Engine
from test_web_page import (ABUSE, CRISIS, STORE_KEY, Page, browser, check_answer, expected, paste,  # noqa: F401
                           waitress, web_page)
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

pytestmark = [pytest.mark.integration, pytest.mark.browser]


@pytest.fixture()
def page(request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh tab of the page at the browser's own size, as test_web_page's ``page`` (its
    ``browser`` and ``waitress`` fixtures, imported above)."""
    driver: Any = request.getfixturevalue("browser")
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    tab = Page(driver, request.getfixturevalue("waitress").url + "/")
    tab.open()
    yield tab
    errors = tab.console_errors()
    assert not errors, f"browser console errors: {errors}"

SLOW_FETCH = """const real = window.fetch;
window.fetch = (url, options) => new Promise((done) => setTimeout(done, arguments[0])).then(() => real(url, options));"""
HUNG_FETCH = """window.fetch = (url, options) => new Promise((_, fail) => options.signal.addEventListener('abort',
  () => fail(new DOMException('The operation was aborted.', 'AbortError'))));
const later = window.setTimeout;  // the page gives up after 20 s; here after 0.3 s
window.setTimeout = (run, ms, ...rest) => later(run, Math.min(ms, 300), ...rest);"""


def visible_between_bars(page: Page, element: object) -> bool:
    """Whether ``element`` is wholly on screen, below the header and above the question box."""
    return bool(page.js("""const r = arguments[0].getBoundingClientRect();
        const top = document.querySelector('.bar').getBoundingClientRect().bottom;
        const bottom = document.getElementById('ask').getBoundingClientRect().top;
        return r.top >= top - 1 && r.bottom <= bottom + 1;""", element))


@pytest.mark.parametrize("urgent, panel", [("我真的不想活了", ".help.crisis"), (ABUSE, ".help.abuse")])
def test_a_question_taller_than_the_window_scrolls_to_its_answer_and_help_panel(page: Page, urgent: str, panel: str) -> None:
    # front7: after a 2,400-character paste ending in a crisis the page showed the question's
    # start; the help panel was three screens down on a 390x844 window.
    web_page.set_viewport(page.driver, 390, 844)
    page.open()
    paste(page, "我欠了借呗很多钱，最近一直被催，" * 150 + urgent)
    web_page.wait_for_answers(page.driver, 1)
    assert page.find("#log .msg.user").size["height"] > 844  # taller than the window
    assert visible_between_bars(page, page.answers()[-1].find_element(By.CSS_SELECTOR, panel))


def test_a_short_question_stays_in_view_above_its_answer(page: Page) -> None:
    # The look-alike that must not change: a question that fits is shown with its answer's start.
    web_page.set_viewport(page.driver, 390, 844)
    page.open()
    page.ask("借呗逾期会上门吗")
    page.find("#new").click()
    answer = page.ask(CRISIS)
    bubble = page.all("#log .msg.user")[-1]
    assert visible_between_bars(page, bubble)
    assert visible_between_bars(page, answer.find_element(By.CSS_SELECTOR, ".help.crisis"))


def test_a_question_sent_while_an_answer_is_pending_waits_and_is_sent_after_it(page: Page, engine: Engine) -> None:
    # front7: Enter pressed while an answer was pending was dropped without a word.
    first = "借呗逾期会上门吗"
    page.js(SLOW_FETCH, 1500)
    box = page.find("#question")
    box.send_keys(first + "\n")
    WebDriverWait(page.driver, 5).until(lambda d: page.all("#log .msg.pending"))
    box.send_keys(CRISIS + "\n")
    notes = [note.text for note in page.all("#log .msg.pending")]
    assert len(notes) == 2 and any(words in notes[1] for words in ("等上一条回答完就发送", "Will be sent when"))  # said to wait
    assert box.get_attribute("value") == ""
    web_page.wait_for_answers(page.driver, 2, seconds=20)
    answers = page.answers()
    # (only the latest answer offers choices: the first one's went when the second was sent)
    assert answers[0].find_element(By.CSS_SELECTOR, ".lead strong").text == expected(engine, first).lead
    check_answer(answers[1], expected(engine, first, CRISIS))
    assert answers[1].find_elements(By.CSS_SELECTOR, ".help.crisis a[href='tel:12356']")
    # In order: each question above its own answer.
    order = [node.get_attribute("class") for node in page.all("#log .msg")]
    assert order == ["msg user", "msg bot", "msg user", "msg bot"]
    assert not page.all("#log .msg.pending")


def test_a_server_that_never_answers_is_given_up_with_the_help_numbers_and_nothing_lost(page: Page) -> None:
    # front7: a server that never answered left "正在回答…" on screen forever.
    page.ask("借呗逾期会上门吗")
    page.js(HUNG_FETCH)
    box = page.find("#question")
    box.send_keys("那会起诉吗\n")
    box.send_keys("我不想活了\n")  # sent while the first waits: it waits too
    WebDriverWait(page.driver, 10).until(lambda d: page.all("#log .error"))
    error = page.find("#log .error")
    assert any(words in error.text for words in ("20 秒", "20 seconds"))
    assert [link.get_attribute("href") for link in error.find_elements(By.CSS_SELECTOR, "a")] == \
        ["tel:12356", "tel:110", "tel:120"]
    assert box.get_attribute("value") == "那会起诉吗\n我不想活了"  # both back in the box, in order
    assert not page.all("#log .msg.pending") and len(page.all("#log .msg.user")) == 1


def test_new_chat_while_an_answer_is_pending_drops_the_reply(page: Page, engine: Engine) -> None:
    # front7: the old answer landed in the new conversation, and its days and amount were saved.
    first, follow_up = "逾期两个月了，欠了一万五，会上门吗", "那会起诉吗"
    page.js(SLOW_FETCH, 1500)
    page.find("#question").send_keys(first + "\n")
    WebDriverWait(page.driver, 5).until(lambda d: page.all("#log .msg.pending"))
    page.find("#new").click()
    time.sleep(2.5)  # past the moment the dropped reply would have arrived
    assert not page.answers() and not page.all("#log .msg")
    assert page.js("return sessionStorage.getItem(arguments[0])", STORE_KEY) is None
    assert page.find("#question").get_attribute("value") == first  # the words are not lost
    page.js("document.getElementById('question').value = ''")
    page.js("window.fetch = window.fetch")  # (still slow: the new conversation waits its answer)
    answer = page.ask(follow_up)
    check_answer(answer, expected(engine, follow_up))  # a new conversation: no days, no amount
    state = json.loads(page.js("return sessionStorage.getItem(arguments[0])", STORE_KEY))
    assert len(state["turns"]) == 1 and not state["state"]["slots"]


def refused_state(page: Page, turns: list[dict[str, object]], lang: str) -> None:
    """A conversation in sessionStorage whose state the server refuses (bad_state)."""
    page.js("sessionStorage.setItem(arguments[0], arguments[1])", STORE_KEY,
            json.dumps({"state": {"version": 999, "lang": lang}, "lang": None, "turns": turns}))
    page.driver.refresh()
    page.allowed_errors.append("/v1/ask - Failed to load resource: the server responded with a status of 400")


def test_a_typed_number_after_a_refused_state_picks_from_the_answer_on_screen(page: Page, engine: Engine) -> None:
    # front7: "2" resent as a new conversation got the "about me" reply, in the wrong language.
    reply = engine.ask("Will they visit my home?")
    assert reply.lang == "en" and len(reply.suggestions) >= 2
    refused_state(page, [{"q": "Will they visit my home?", "reply": reply.to_dict()}], "en")
    answer = page.ask("2")
    check_answer(answer, expected(engine, reply.suggestions[1]))
    assert answer.get_attribute("lang") == "en" and answer.find_elements(By.CSS_SELECTOR, ".notice")


@pytest.mark.parametrize("question, lang", [("2", "en"), ("借呗逾期会上门吗", "zh-CN")])
def test_a_question_without_words_keeps_the_refused_conversations_language(page: Page, engine: Engine,
                                                                           question: str, lang: str) -> None:
    # Nothing on screen to pick from: "2" is answered in the lost conversation's language; a
    # question in words keeps its own (no language is forced on the new conversation).
    refused_state(page, [], "en")
    answer = page.ask(question)
    assert answer.get_attribute("lang") == lang
    check_answer(answer, expected(engine, question, langs=("en" if question == "2" else None,)))


def test_a_paste_over_the_body_limit_opening_with_a_crisis_is_answered(page: Page) -> None:
    # front7: 30,000 characters opening with 我不想活了 got 413 and "问题太长了"; the server now reads
    # an over-long body by its ends. A calm one the same length keeps the error, text kept.
    page.allowed_errors.append("/v1/ask - Failed to load resource: the server responded with a status of 413")
    paste(page, "我不想活了。" + "借呗的事我一直没敢和家里说，" * 2140)
    web_page.wait_for_answers(page.driver, 1)
    assert page.answers()[-1].find_elements(By.CSS_SELECTOR, ".help.crisis a[href='tel:12356']")
    calm = "a" * 70000 + " will they sue me?"
    paste(page, calm)
    WebDriverWait(page.driver, 10).until(lambda d: page.all("#log .error"))
    assert len(page.answers()) == 1 and page.find("#question").get_attribute("value") == calm
