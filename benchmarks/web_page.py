"""The web chat page in headless Chromium: screenshots for the README, page weight and time to
first answer, measured in the browser against `jiebei-bot serve --http` on loopback.

    python benchmarks/web_page.py            # writes docs/web-*.png, prints the numbers as JSON

Needs Debian's chromium and chromium-driver (or JIEBEI_CHROMIUM / JIEBEI_CHROMEDRIVER), selenium
(`pip install '.[test]'`), and a CJK font for readable screenshots (Debian: fonts-noto-cjk).
`start_chromium` is shared with the browser tests (tests/integration/test_web_page.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# Flags for a closed network (no background requests, each one refused and retried) and for
# running as root in a container.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1")
SIZES = ((1280, 800), (390, 844))
STATIC = ROOT / "bot" / "server" / "static"
CONVERSATION = ("借呗逾期两个月了，欠了一万五，会不会上门？", "那会起诉吗")


def find_chromium() -> tuple[str, str] | None:
    """Paths of the Chromium binary and its chromedriver, or None when either is missing."""
    browser = os.environ.get("JIEBEI_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.environ.get("JIEBEI_CHROMEDRIVER") or shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def start_chromium(lang: str = "en-US") -> Any:
    """A headless Chromium driven through the system chromedriver, with a new empty profile and
    the browser console log kept (``driver.get_log("browser")``). Nothing is downloaded."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = find_chromium()
    if found is None:
        raise RuntimeError("Chromium or chromedriver not found: apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--lang={lang}")
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})  # navigator.languages
    options.add_argument("--window-size=1280,800")
    options.add_argument("--user-data-dir=" + tempfile.mkdtemp(prefix="jiebei-chromium-"))
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(executable_path=found[1]))


def set_viewport(driver: Any, width: int, height: int, dark: bool = False) -> None:
    """Emulate a screen of width x height CSS pixels (a phone below 600) and a colour scheme."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [
        {"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def wait_for_answers(driver: Any, count: int, seconds: float = 30.0) -> None:
    """Wait until the page shows ``count`` answers and is not waiting for another."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, seconds).until(lambda d: len(d.find_elements("css selector", "article.msg.bot")) >= count
                                         and d.find_element("id", "log").get_attribute("aria-busy") == "false")


def ask(driver: Any, question: str) -> None:
    """Type a question and press Enter, as a borrower would; wait for its answer."""
    count = len(driver.find_elements("css selector", "article.msg.bot"))
    box = driver.find_element("id", "question")
    box.send_keys(question)
    box.send_keys("\n")
    wait_for_answers(driver, count + 1)


def _serve() -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(port)],
                              cwd=ROOT, env={**os.environ, "JIEBEI_ACCESS_LOG": "off"})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return server, f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("serve --http did not start within 60 s")


def screenshots(driver: Any, url: str, out: Path) -> list[Path]:
    """The README's screenshots: a two-turn conversation at each size, light and dark."""
    saved = []
    for width, height in SIZES:
        for dark in (False, True):
            set_viewport(driver, width, height, dark)
            driver.get(url)
            driver.execute_script("sessionStorage.clear()")
            driver.get(url)
            for question in CONVERSATION:
                ask(driver, question)
            # The start of the last answer, as the page leaves it (without the focus ring).
            driver.execute_script("document.activeElement.blur()")
            path = out / f"web-{width}x{height}-{'dark' if dark else 'light'}.png"
            driver.save_screenshot(str(path))
            saved.append(path)
    return saved


def measure(driver: Any, url: str, runs: int) -> dict[str, Any]:
    """Page weight (bytes on the wire per file) and, per run on a fresh page, time to a loaded
    page and from pressing Enter to the answer shown (performance marks set by chat.js)."""
    set_viewport(driver, 390, 844)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})  # a first visit, every time
    loads, answers = [], []
    weight: dict[str, int] = {}
    for _ in range(runs):
        driver.get(url)
        driver.execute_script("sessionStorage.clear()")
        driver.get(url)
        timing = driver.execute_script(
            "const n = performance.getEntriesByType('navigation')[0];"
            "return {load: n.loadEventEnd, files: [[n.name, n.encodedBodySize]].concat("
            "performance.getEntriesByType('resource').map(r => [r.name, r.encodedBodySize]))}")
        loads.append(timing["load"])
        weight = {name.rsplit("/", 1)[-1] or "index.html": size for name, size in timing["files"]}
        ask(driver, CONVERSATION[0])
        answers.append(driver.execute_script(
            "return performance.getEntriesByName('jiebei-ask-to-answer', 'measure')[0].duration"))
    return {"page_bytes": weight, "page_total_bytes": sum(weight.values()),
            "load_ms_median": round(statistics.median(loads), 1),
            "first_answer_ms_median": round(statistics.median(answers), 1),
            "first_answer_ms_max": round(max(answers), 1), "runs": runs,
            "files_bytes": {path.name: path.stat().st_size for path in sorted(STATIC.iterdir())
                            if path.name != "README.md"}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the screenshots")
    parser.add_argument("--runs", type=int, default=10, help="fresh page loads to time")
    parser.add_argument("--no-screenshots", action="store_true")
    args = parser.parse_args()
    if shutil.which("fc-list") and not subprocess.run(["fc-list", ":lang=zh"], capture_output=True,
                                                       text=True).stdout.strip():
        print("warning: no CJK font installed (Debian: fonts-noto-cjk): Chinese will show as boxes", file=sys.stderr)
    server, url = _serve()
    driver = start_chromium(lang="zh-CN")
    try:
        result = measure(driver, url, args.runs)
        if not args.no_screenshots:
            result["screenshots"] = [str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
                                     for path in screenshots(driver, url, args.out)]
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
