"""The listening page in headless Chromium (Debian's chromium and chromium-driver, via selenium).

The list shows the narrations; a chapter click moves the audio to the chapter's start; after a
seek, the highlighted sentence is the transcript's cue at that time; and a screenshot at a
phone's width is saved in the test's tmp folder (never committed).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FakeSynthesizer
from served_helpers import narrate_all

from narrator.server.run import RunningServer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="needs Debian's chromium and chromium-driver (make test installs them)",
)
PHONE = (390, 844)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    root = tmp_path_factory.mktemp("page") / "audio"
    narrate_all(root, FakeSynthesizer())
    with RunningServer(root) as server:
        yield server


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    options.add_argument(f"--window-size={PHONE[0]},{PHONE[1]}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_script_timeout(20)
    # Below 500 px a headless window is widened; the phone's width is emulated instead.
    metrics = {"width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 2, "mobile": True}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        yield driver
    finally:
        driver.quit()


def _open(browser: Any, served: RunningServer) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(served.url(""))
    WebDriverWait(browser, 20).until(
        lambda b: b.execute_script(
            "return document.body.dataset.ready === 'true'"
            " && document.querySelectorAll('.cue').length > 0"
            " && [...document.querySelectorAll('audio')].every(a => a.readyState >= 1)"
        )
    )


def _wait_for(browser: Any, script: str, *args: Any) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, 20).until(lambda b: b.execute_script(script, *args))


def test_the_list_shows_the_narrations_newest_first(browser: Any, served: RunningServer) -> None:
    _open(browser, served)
    titles = browser.execute_script(
        "return [...document.querySelectorAll('.narration .title')].map(t => t.textContent)"
    )
    assert titles == ["Ferries in winter", "Night trains return"]
    meta = browser.execute_script("return document.querySelectorAll('.meta')[1].textContent")
    assert "trains.md" in meta and "EN" in meta
    labelled = browser.execute_script(
        "return [...document.querySelectorAll('audio')].map(a => a.getAttribute('aria-label'))"
    )
    assert labelled == ["Narration of Ferries in winter", "Narration of Night trains return"]


def test_a_chapter_click_moves_to_its_start(browser: Any, served: RunningServer) -> None:
    _open(browser, served)
    trains = browser.find_elements("css selector", ".narration")[1]
    button = trains.find_elements("css selector", ".chapter")[2]
    start = float(button.get_attribute("data-start"))
    assert start > 0
    button.click()
    time = _wait_for(
        browser,
        "const a = document.querySelectorAll('audio')[1];"
        "return Math.abs(a.currentTime - arguments[0]) < 0.05 && !a.seeking && a.currentTime",
        start,
    )
    assert time == pytest.approx(start, abs=0.05)
    assert button.get_attribute("aria-current") == "true"


def test_after_a_seek_the_highlighted_sentence_is_the_cue_at_that_time(
    browser: Any, served: RunningServer, tmp_path: Path
) -> None:
    _open(browser, served)
    cues = json.loads(
        browser.execute_script(
            "const spans = document.querySelectorAll('.narration')[1].querySelectorAll('.cue');"
            "return JSON.stringify([...spans].map(s => [Number(s.dataset.start), s.textContent]))"
        )
    )
    target = 4
    seek_to = cues[target][0] + 0.2
    browser.execute_script(
        "document.querySelectorAll('audio')[1].currentTime = arguments[0]", seek_to
    )
    current = _wait_for(
        browser,
        "const c = document.querySelectorAll('.narration')[1].querySelector('.cue.current');"
        "return c && !document.querySelectorAll('audio')[1].seeking ? c.dataset.index : false",
    )
    assert int(current) == target
    # Keys go to the narration that has the focus: → is the next sentence.
    transcript = browser.find_elements("css selector", ".transcript")[1]
    browser.execute_script("arguments[0].focus()", transcript)
    transcript.send_keys("\ue014")  # ArrowRight
    _wait_for(
        browser,
        "return document.querySelectorAll('.narration')[1].querySelector('.cue.current')"
        ".dataset.index === arguments[0]",
        str(target + 1),
    )
    path = tmp_path / "listening-page-phone.png"
    browser.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
