"""The web chat page in a real browser: headless Chromium (Debian's chromium and chromium-driver,
through Selenium) against `serve --http` (waitress) and `gunicorn -w 3` on loopback.

Every answer the page shows is checked against the engine's own answer to the same conversation;
every test ends with an empty browser console (no errors, no CSP violations); axe-core, from the
npm registry (`.ci/run` installs it into .cache/axe), checks accessibility.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

from bot import Engine, Reply
from servers import ROOT, Gunicorn, Waitress

pytestmark = [pytest.mark.integration, pytest.mark.browser]
pytest.importorskip("selenium", reason="selenium is not installed: pip install '.[test]'")
sys.path.insert(0, str(ROOT / "benchmarks"))

import web_page  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

if web_page.find_chromium() is None:
    pytest.skip("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver; "
                ".ci/run installs them)", allow_module_level=True)

AXE_JS = Path(os.environ.get("JIEBEI_AXE_JS") or ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js")
STORE_KEY = "jiebei-bot:conversation"
CRISIS = "我不想活了 借呗还不上"
ABUSE = "催收天天打电话骂我 还说要去我老家贴大字报"


class Page:
    """The chat page in one browser tab, with helpers that act as a borrower would."""

    def __init__(self, driver: Any, url: str) -> None:
        self.driver, self.url = driver, url
        self.allowed_errors: list[str] = []  # console errors a test provokes on purpose

    def open(self) -> None:
        self.driver.get(self.url)
        self.driver.execute_script("sessionStorage.clear()")
        self.driver.get(self.url)
        self.driver.get_log("browser")  # start each test with an empty console

    def find(self, css: str) -> WebElement:
        element: WebElement = self.driver.find_element(By.CSS_SELECTOR, css)
        return element

    def all(self, css: str) -> list[WebElement]:
        return list(self.driver.find_elements(By.CSS_SELECTOR, css))

    def answers(self) -> list[WebElement]:
        return self.all("#log article.msg.bot")

    def ask(self, question: str) -> WebElement:
        """Type the question into the box and press Enter; the new answer."""
        web_page.ask(self.driver, question)
        return self.answers()[-1]

    def click(self, button: WebElement) -> WebElement:
        """Click a suggestion or choice; the new answer."""
        count = len(self.answers())
        button.click()
        web_page.wait_for_answers(self.driver, count + 1)
        return self.answers()[-1]

    def reload(self) -> None:
        count = len(self.answers())
        self.driver.refresh()
        WebDriverWait(self.driver, 10).until(lambda d: len(self.answers()) == count)

    def console_errors(self) -> list[str]:
        entries = self.driver.get_log("browser")
        return [entry["message"] for entry in entries if entry["level"] == "SEVERE"
                and not any(allowed in entry["message"] for allowed in self.allowed_errors)]

    def js(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    driver = web_page.start_chromium()
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def waitress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Waitress]:
    server = Waitress(tmp_path_factory.mktemp("waitress"))
    yield server
    server.stop()


@pytest.fixture()
def page(browser: Any, waitress: Waitress) -> Iterator[Page]:
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    tab = Page(browser, waitress.url + "/")
    tab.open()
    yield tab
    errors = tab.console_errors()
    assert not errors, f"browser console errors: {errors}"


def expected(engine: Engine, *questions: str, langs: tuple[str | None, ...] = ()) -> Reply:
    """The engine's answer to the last question of this conversation (``langs``: the language
    chosen before each question, as the page's switch sends it)."""
    session = engine.session()
    reply = None
    for index, question in enumerate(questions):
        lang = langs[index] if index < len(langs) else None
        if lang:
            session.set_language(lang)
        reply = session.ask(question)
    assert reply is not None
    return reply


def shown(answer: WebElement) -> dict[str, Any]:
    """What an answer shows, part by part."""
    def texts(css: str) -> list[str]:
        return [element.text for element in answer.find_elements(By.CSS_SELECTOR, css)]
    return {"lead": " ".join(texts(".lead strong")), "points": texts(".points li"), "fine": texts(".fine p"),
            "choices": texts(".choices button"), "lang": answer.get_attribute("lang")}


def points_of(reply: Reply) -> list[str]:
    return [line[2:].strip() for line in reply.text.splitlines() if line.startswith("- ")]


def check_answer(answer: WebElement, reply: Reply) -> None:
    seen = shown(answer)
    assert seen["lead"] == reply.lead
    assert seen["points"] == points_of(reply)
    assert seen["choices"] == list(reply.suggestions)
    assert seen["lang"] == {"zh": "zh-CN", "en": "en"}[reply.lang]


def test_asks_in_chinese_and_english_and_shows_every_part(page: Page, engine: Engine) -> None:
    first_q, second_q = "借呗逾期会上门吗", "Will they call my parents if I can't pay?"
    answer = page.ask(first_q)
    reply = expected(engine, first_q)
    check_answer(answer, reply)
    assert reply.lead and len(points_of(reply)) >= 2 and reply.suggestions  # something to show in each part
    fine = shown(answer)["fine"]
    assert any(line.startswith("依据：") for line in fine) and any(line.startswith("以上为一般性信息") for line in fine)
    lead_size = float(page.js("return parseFloat(getComputedStyle(arguments[0]).fontSize)", answer.find_element(By.CSS_SELECTOR, ".lead")))
    fine_size = float(page.js("return parseFloat(getComputedStyle(arguments[0]).fontSize)", answer.find_element(By.CSS_SELECTOR, ".fine p")))
    assert fine_size < lead_size  # small print
    assert page.js("return getComputedStyle(arguments[0]).fontWeight", answer.find_element(By.CSS_SELECTOR, ".lead strong")) == "700"
    # The hotline in a point is a tap-to-call link, and still reads as the same text.
    assert "tel:95188" in [a.get_attribute("href") for a in answer.find_elements(By.CSS_SELECTOR, ".points a")]
    # The live region announces the answer.
    WebDriverWait(page.driver, 5).until(lambda d: reply.lead in (page.find("#status").get_attribute("textContent") or ""))

    answer = page.ask(second_q)
    check_answer(answer, expected(engine, first_q, second_q))
    assert page.js("return document.documentElement.lang") == "en"  # the interface follows the question
    assert page.find("#send").text == "Send" and (page.find("#question").get_attribute("placeholder") or "").startswith("Type")


def test_suggestion_and_clarification_by_button(page: Page, engine: Engine) -> None:
    first = page.ask("借呗逾期会上门吗")  # a first message is answered, not clarified (front5)
    check_answer(first, expected(engine, "借呗逾期会上门吗"))
    answer = page.ask("逾期")
    reply = expected(engine, "借呗逾期会上门吗", "逾期")
    assert reply.rule == "clarify" and len(reply.suggestions) >= 2
    check_answer(answer, reply)
    assert answer.find_elements(By.CSS_SELECTOR, ".choices.clarify")
    # The numbered list of the text is shown as the buttons, not twice.
    assert not [p for p in answer.find_elements(By.CSS_SELECTOR, "p") if p.text.startswith("1.")]

    choice = page.all(".choices.clarify button")[1]
    answer = page.click(choice)
    check_answer(answer, expected(engine, "借呗逾期会上门吗", "逾期", "2"))
    assert page.all(".msg.user")[-1].text.endswith(reply.suggestions[1])  # the words, not the number
    assert page.js("return document.activeElement") == answer  # focus moves to the new answer
    assert len(page.all(".choices")) == 1  # only the latest answer offers choices

    suggestion = page.all(".choices button")[0]
    answer = page.click(suggestion)
    check_answer(answer, expected(engine, "借呗逾期会上门吗", "逾期", "2", "1"))


def test_a_first_message_is_answered_as_engine_ask_answers_it(page: Page, engine: Engine) -> None:
    # front5: the page asked "which one?" where `jiebei-bot ask` answered; "help" asked "lawsuit or prevention?".
    for question in ("逾期", "help"):
        page.find("#new").click()
        answer = page.ask(question)
        check_answer(answer, engine.ask(question))
        assert not answer.find_elements(By.CSS_SELECTOR, ".choices.clarify")


def test_crisis_reply_comes_first_with_calls_and_abuse_reply_links_110_and_12378(page: Page, engine: Engine) -> None:
    answer = page.ask(CRISIS)
    reply = expected(engine, CRISIS)
    assert reply.topic == "crisis"
    check_answer(answer, reply)
    parts = answer.find_elements(By.CSS_SELECTOR, ":scope > :not(.sr-only)")
    assert "crisis" in (parts[0].get_attribute("class") or "").split()  # the panel before anything else
    panel = parts[0]
    assert [a.get_attribute("href") for a in panel.find_elements(By.CSS_SELECTOR, "a")] == ["tel:12356", "tel:110", "tel:120"]
    top, bottom = page.js("const r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom]", panel)
    assert 0 <= top and bottom <= page.js("return innerHeight")  # on screen, not below the fold
    for link in panel.find_elements(By.CSS_SELECTOR, "a"):
        assert link.size["height"] >= 44  # easy to tap

    answer = page.ask(ABUSE)
    reply = expected(engine, CRISIS, ABUSE)
    assert reply.topic == "abusive_collection"
    check_answer(answer, reply)
    assert not answer.find_elements(By.CSS_SELECTOR, ".help.crisis")
    links = [a.get_attribute("href") for a in answer.find_elements(By.CSS_SELECTOR, ".help.abuse a")]
    assert links == ["tel:110", "tel:12378"]


@pytest.mark.parametrize("question", ["老公知道我欠借呗以后就打我，我该怎么办", "my husband hits me when he finds out about the debt, what do I do"])
def test_violence_at_home_offers_the_numbers_its_answer_gives_not_the_complaints_line(page: Page, engine: Engine, question: str) -> None:
    # The engine files violence at home under abusive_collection, but its answer names 110 and 120
    # and never 12378 (a financial complaints line is no help to someone being hit): the panel's
    # buttons are the answer's own numbers (newuser161).
    answer = page.ask(question)
    reply = expected(engine, question)
    assert reply.topic == "abusive_collection" and "12378" not in reply.text and "120" in reply.text
    check_answer(answer, reply)
    links = [a.get_attribute("href") for a in answer.find_elements(By.CSS_SELECTOR, ".help.abuse a")]
    assert links == ["tel:110", "tel:120"]


def style_of(page: Page, element: WebElement, name: str) -> str:
    return str(page.js("return getComputedStyle(arguments[0])[arguments[1]]", element, name))


@pytest.mark.parametrize("crisis, follow_up", [(CRISIS, "那会起诉吗"), ("I don't want to live anymore", "will they sue me?")])
def test_the_check_in_after_a_crisis_is_not_small_print(page: Page, engine: Engine, crisis: str, follow_up: str) -> None:
    page.ask(crisis)
    answer = page.ask(follow_up)
    reply = expected(engine, crisis, follow_up)
    check_answer(answer, reply)
    check_in = reply.text.splitlines()[-1]
    assert "12356" in check_in and reply.topic != "crisis"  # the loan answer, then the check-in line
    seen = shown(answer)
    # Only the source line and the "not legal advice" note are small print.
    assert len(seen["fine"]) == 2 and any(mark in seen["fine"][1] for mark in ("not legal advice", "不构成法律意见"))
    assert check_in not in seen["fine"]
    line = next(p for p in answer.find_elements(By.CSS_SELECTOR, "p.text") if p.text == check_in)
    lead = answer.find_element(By.CSS_SELECTOR, ".lead")
    text_size, fine_size = (float(style_of(page, e, "fontSize").removesuffix("px"))
                            for e in (line, answer.find_element(By.CSS_SELECTOR, ".fine p")))
    assert text_size > fine_size and style_of(page, line, "color") != style_of(page, answer.find_element(By.CSS_SELECTOR, ".fine p"), "color")
    assert style_of(page, line, "color") == style_of(page, lead, "color")  # not muted
    link = line.find_element(By.CSS_SELECTOR, "a")
    assert link.get_attribute("href") == "tel:12356"
    # A phone link keeps the link colour, in the text and in small print alike.
    accent = style_of(page, link, "color")
    assert accent != style_of(page, line, "color")
    for fine_link in answer.find_elements(By.CSS_SELECTOR, ".fine a"):
        assert style_of(page, fine_link, "color") == accent


def test_a_language_asked_for_in_words_holds_for_the_conversation(page: Page, engine: Engine) -> None:
    page.find("#lang-en").click()
    turns = ["借呗逾期会上门吗", "用中文回答", "那会起诉吗", "in English please", "会联系我家人吗"]
    langs = ["en", "zh", "zh", "en", "en"]
    for index, (question, lang) in enumerate(zip(turns, langs)):
        answer = page.ask(question)
        reply = expected(engine, *turns[: index + 1], langs=("en",))
        assert reply.lang == lang, question
        check_answer(answer, reply)
        # The buttons show the conversation's language, chosen by a button or in words.
        assert page.find(f"#lang-{lang}").get_attribute("aria-pressed") == "true", question
    page.reload()
    assert page.find("#lang-en").get_attribute("aria-pressed") == "true"
    page.find("#lang-zh").click()  # a button pressed later wins again
    answer = page.ask("Can they sue me?")
    check_answer(answer, expected(engine, *turns, "Can they sue me?", langs=("en", None, None, None, None, "zh")))
    assert shown(answer)["lang"] == "zh-CN"


def test_language_switch(page: Page, engine: Engine) -> None:
    english = page.find("#lang-en")
    english.click()
    assert english.get_attribute("aria-pressed") == "true" and page.js("return document.documentElement.lang") == "en"
    assert page.find("h1").text == "Jiebei help"
    answer = page.ask("借呗逾期会上门吗")
    check_answer(answer, expected(engine, "借呗逾期会上门吗", langs=("en",)))

    page.find("#lang-zh").click()
    assert page.find("h1").text == "借呗逾期问答" and english.get_attribute("aria-pressed") == "false"
    answer = page.ask("Can they sue me?")
    check_answer(answer, expected(engine, "借呗逾期会上门吗", "Can they sue me?", langs=("en", "zh")))
    page.reload()
    assert page.find("#lang-zh").get_attribute("aria-pressed") == "true"


def test_reload_keeps_the_conversation_and_new_conversation_clears_it(page: Page, engine: Engine) -> None:
    first, follow_up = "逾期两个月了，欠了一万五，会上门吗", "那会起诉吗"
    page.ask(first)
    before = [element.text for element in page.all("#log .msg")]
    page.reload()
    assert [element.text for element in page.all("#log .msg")] == before
    answer = page.ask(follow_up)
    in_context = expected(engine, first, follow_up)
    check_answer(answer, in_context)
    assert points_of(in_context) != points_of(expected(engine, follow_up))  # the context showed

    page.find("#new").click()
    assert not page.answers() and page.find("#intro").is_displayed()
    assert page.js("return sessionStorage.getItem(arguments[0])", STORE_KEY) is None
    assert page.js("return document.activeElement.id") == "question"
    check_answer(page.ask(follow_up), expected(engine, follow_up))


def test_a_state_the_server_refuses_starts_a_new_conversation(page: Page, engine: Engine) -> None:
    page.js("sessionStorage.setItem(arguments[0], arguments[1])", STORE_KEY,
            json.dumps({"state": {"version": 999}, "lang": None, "turns": []}))
    page.driver.refresh()
    page.allowed_errors.append("/v1/ask - Failed to load resource: the server responded with a status of 400")
    answer = page.ask("借呗逾期会上门吗")
    check_answer(answer, expected(engine, "借呗逾期会上门吗"))
    assert answer.find_elements(By.CSS_SELECTOR, ".notice")


def test_an_urgent_message_with_a_refused_state_is_answered_at_once_and_says_so(page: Page) -> None:
    # front5: the server answers it despite bad_state, with a warning the page used to ignore.
    page.js("sessionStorage.setItem(arguments[0], arguments[1])", STORE_KEY,
            json.dumps({"state": {"version": 999}, "lang": None, "turns": []}))
    page.driver.refresh()
    answer = page.ask("我真的不想活了")
    assert answer.find_elements(By.CSS_SELECTOR, ".help.crisis a[href='tel:12356']")
    assert answer.find_elements(By.CSS_SELECTOR, ".notice")


def paste(page: Page, text: str) -> None:
    """Put ``text`` in the box as a paste would (typing 2,400 characters takes too long) and press Enter."""
    page.js("document.getElementById('question').value = arguments[0]", text)
    page.find("#question").send_keys(Keys.END, "\n")


def test_a_long_message_is_sent_whole_so_a_crisis_at_its_end_is_read(page: Page) -> None:
    # front5: maxlength 2000 dropped the end of a 2,408-character message, and its crisis with it.
    story = "我欠了借呗很多钱，最近一直被催，" * 150
    paste(page, story + "我真的不想活了")
    web_page.wait_for_answers(page.driver, 1)
    assert page.answers()[-1].find_elements(By.CSS_SELECTOR, ".help.crisis a[href='tel:12356']")
    assert page.find("#question").get_attribute("maxlength") is None  # a paste is never cut


def test_a_message_over_the_limit_is_answered_if_urgent_else_kept_with_an_error(page: Page) -> None:
    page.allowed_errors.append("/v1/ask - Failed to load resource: the server responded with a status of 413")
    story = "我欠了借呗很多钱，" * 700  # 6,300 characters, over the protocol's 6,000
    paste(page, story + "我真的不想活了")
    web_page.wait_for_answers(page.driver, 1)  # urgent: answered despite too_long
    assert page.answers()[-1].find_elements(By.CSS_SELECTOR, ".help.crisis a[href='tel:12356']")
    calm = "a" * 6300 + "会起诉吗"  # (a long Chinese story earns the 12356 line, so counts as urgent)
    paste(page, calm)
    WebDriverWait(page.driver, 10).until(lambda d: page.all("#log .error"))
    assert len(page.answers()) == 1 and any(limit in page.find("#log .error").text for limit in ("6000", "6,000"))
    assert page.find("#question").get_attribute("value") == calm  # nothing lost
    assert "12356" in page.find("#log .error").text


@pytest.mark.parametrize("failure, words", [("Promise.reject(new TypeError('Failed to fetch'))", "连不上服务"),
                                            ("Promise.resolve(new Response('oops', {status: 502}))", "服务暂时出了问题")])
def test_an_unreachable_server_shows_the_help_numbers(page: Page, failure: str, words: str) -> None:
    # front5: with a conversation on screen the intro's 110/120/12356 line is hidden, and the error
    # said only "连不上服务"; a borrower in crisis must see where to call.
    page.ask("借呗逾期会上门吗")
    page.js(f"window.fetch = () => {failure};")
    page.find("#question").send_keys("我不想活了\n")
    WebDriverWait(page.driver, 5).until(lambda d: page.all("#log .error"))
    error = page.find("#log .error")
    assert words in error.text
    assert [link.get_attribute("href") for link in error.find_elements(By.CSS_SELECTOR, "a")] == \
        ["tel:12356", "tel:110", "tel:120"]
    assert page.find("#question").get_attribute("value") == "我不想活了"


def test_an_injection_attempt_is_shown_as_text(page: Page) -> None:
    attack = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script><b>bold</b>'
    page.ask(attack)
    for _ in range(2):  # as asked, and as restored from sessionStorage after a reload
        bubble = page.all("#log .msg.user p")[-1]
        assert bubble.get_attribute("textContent") == attack
        assert not page.all("#log img, #log script, #log b, #log [onerror]")
        assert page.driver.title != "pwned"
        page.reload()


def test_keyboard_only(page: Page, engine: Engine) -> None:
    keys = ActionChains(page.driver)
    keys.send_keys(Keys.TAB).perform()
    assert page.js("return document.activeElement.className") == "skip"
    ActionChains(page.driver).send_keys(Keys.ENTER).perform()
    WebDriverWait(page.driver, 5).until(lambda d: page.js("return document.activeElement.id") == "question")
    outline = page.js("const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]")
    assert outline[0] != "none" and outline[1] != "0px"  # focus is visible

    ActionChains(page.driver).send_keys("借呗逾期会上门吗").send_keys(Keys.ENTER).perform()
    web_page.wait_for_answers(page.driver, 1)
    ActionChains(page.driver).send_keys("第一行").key_down(Keys.SHIFT).send_keys(Keys.ENTER).key_up(Keys.SHIFT) \
        .send_keys("第二行").perform()
    assert page.find("#question").get_attribute("value") == "第一行\n第二行" and len(page.answers()) == 1
    ActionChains(page.driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).send_keys(Keys.DELETE).perform()

    # Tab back from the box to the last suggestion, and press Enter on it.
    ActionChains(page.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    focused = page.js("return document.activeElement")
    assert "choice" in (focused.get_attribute("class") or "").split()
    outline = page.js("const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]")
    assert outline[0] != "none" and outline[1] != "0px"
    suggestions = expected(engine, "借呗逾期会上门吗").suggestions
    assert focused.text == suggestions[-1]
    ActionChains(page.driver).send_keys(Keys.ENTER).perform()
    web_page.wait_for_answers(page.driver, 2)
    check_answer(page.answers()[-1], expected(engine, "借呗逾期会上门吗", str(len(suggestions))))


def test_usable_at_360_pixels(page: Page) -> None:
    web_page.set_viewport(page.driver, 360, 740)
    page.open()
    page.ask(CRISIS)
    page.ask(ABUSE)
    for number in page.all(".call-number"):
        assert number.size["height"] < 40, number.text  # a number never breaks over two lines
    page.ask("逾期")
    assert page.js("return document.documentElement.scrollWidth") <= 360  # nothing wider than the screen
    assert page.find(".bar").size["height"] < 80  # the header stays one row
    for selector in ("#question", "#send", "#new", "#lang-en", ".choices button"):
        element = page.find(selector)
        left, right = page.js("const r = arguments[0].getBoundingClientRect(); return [r.left, r.right]", element)
        assert 0 <= left and right <= 360, selector
        assert element.size["height"] >= 44, selector


def test_no_serious_accessibility_violations(page: Page) -> None:
    if not AXE_JS.is_file():
        pytest.skip(f"axe-core is not installed at {AXE_JS} (npm install --prefix .cache/axe axe-core@4.14.1; "
                    ".ci/run does it; or set JIEBEI_AXE_JS)")
    axe = AXE_JS.read_text(encoding="utf-8")
    found = {}
    for width, height, dark, questions in ((1280, 800, False, ()), (1280, 800, False, (CRISIS, ABUSE, "逾期")),
                                           (390, 844, True, (CRISIS, ABUSE, "逾期")),
                                           (390, 844, True, ("Can they sue me?",))):
        web_page.set_viewport(page.driver, width, height, dark)
        page.open()
        for question in questions:
            page.ask(question)
        page.js(axe)
        violations = page.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then("
            "  r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            "    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))),"
            "  e => done([{id: 'axe failed', impact: 'critical', help: String(e), nodes: []}]));")
        found[f"{width}x{height}{' dark' if dark else ''} after {len(questions)} questions"] = [
            v for v in violations if v["impact"] in ("serious", "critical")]
    assert not any(found.values()), json.dumps(found, ensure_ascii=False, indent=1)


MORE_TURNS = 8


def test_conversation_across_three_gunicorn_workers(browser: Any, tmp_path: Path, engine: Engine) -> None:
    # No keep-alive, so every request of the page is a new connection that any worker may take.
    server = Gunicorn(tmp_path, {"JIEBEI_SESSION_STORE": ""}, args=("--keep-alive", "0"))
    try:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        page = Page(browser, server.url + "/")
        page.open()
        turns = ["逾期两个月了，欠了一万五，会上门吗", "那会起诉吗", "2", "in English please"]
        # The kernel spreads new connections over the workers at random: four turns all land on
        # one of three workers about 4% of the time. More turns (each checked) until two workers
        # have answered, at most MORE_TURNS: then the chance of never leaving one is ~1e-5.
        more = iter(["tell me more", "花呗呢", "为什么", "and court?", "会联系我家人吗", "详细点", "thanks", "会起诉吗"])
        workers: set[str] = set()
        index, scripted = 0, len(turns)
        while index < scripted or (len(workers) < 2 and index < scripted + MORE_TURNS):
            if index >= len(turns):
                turns.append(next(more))
            check_answer(page.ask(turns[index]), expected(engine, *turns[: index + 1]))
            if index == 1:
                page.reload()
            workers = {pid for method, path, _, pid in server.access_log() if path == "/v1/ask"}
            index += 1
        assert len(workers) >= 2, f"all {len(turns)} turns reached the same worker: nothing shown"
        assert not page.console_errors()
    finally:
        server.stop()


@pytest.mark.parametrize("question", ["微粒贷逾期了打95188有用吗", "should i call 95188 for my weilidai loan"])
def test_a_line_saying_95188_is_not_for_this_lender_has_no_tap_to_call(page: Page, engine: Engine, question: str) -> None:
    # newuser161 #9 (answer171): the line says 95188 is only for Jiebei and Huabei, so it is not offered as a call.
    answer = page.ask(question)
    reply = expected(engine, question)
    assert reply.lead.startswith("95188")
    check_answer(answer, reply)
    assert "tel:95188" not in [a.get_attribute("href") for a in answer.find_elements(By.CSS_SELECTOR, "a")]
    assert "95188" in answer.text
