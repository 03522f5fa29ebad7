"""Real X11 capture on Xvfb: whole screen, active window, regions, bad regions."""

from __future__ import annotations

import shutil

import pytest

from neuralux.backends.ocr import create_engine
from neuralux.config import OcrSettings
from neuralux.errors import InvalidArgument, Unavailable
from neuralux.vision import capture as cap

pytestmark = pytest.mark.e2e


@pytest.fixture
def on_display(traceback_window: dict, monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setenv("DISPLAY", traceback_window["display"])
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    return traceback_window


def test_whole_screen_grab(on_display: dict) -> None:
    shot = cap.capture("screen")
    assert shot.region == cap.Region(0, 0, 1920, 1080)
    assert shot.to_pil().size == (1920, 1080)
    assert shot.seconds < 1.0


def test_active_window_from_net_active_window(on_display: dict) -> None:
    found = cap.active_window()
    assert found is not None
    region, title = found
    assert title == on_display["title"]
    assert 850 <= region.w <= 950 and 380 <= region.h <= 460
    shot = cap.capture("window")
    assert shot.title == on_display["title"] and "Traceback viewer" in shot.label


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")
def test_window_text_is_read(on_display: dict) -> None:
    engine = create_engine(OcrSettings())
    try:
        text = engine.read(cap.capture("window").image).text
    finally:
        engine.close()
    assert "ZeroDivisionError: division by zero" in text
    assert "Traceback (most recent call last):" in text


def test_region_grab(on_display: dict) -> None:
    shot = cap.capture("region", cap.Region(10, 20, 300, 200))
    assert shot.to_pil().size == (300, 200)


@pytest.mark.parametrize("region", [
    cap.Region(1900, 1000, 100, 100),  # hangs off the bottom-right corner
    cap.Region(-10, 0, 100, 100),
    cap.Region(5000, 5000, 10, 10),
    cap.Region(0, 0, 0, 100),  # zero size
    cap.Region(0, 0, 100, -5),
])
def test_bad_regions_are_invalid(on_display: dict, region: cap.Region) -> None:
    with pytest.raises(InvalidArgument):
        cap.capture("region", region)


def test_parse_region() -> None:
    assert cap.parse_region("1, 2,30,40") == cap.Region(1, 2, 30, 40)
    for bad in ("1,2,3", "a,b,c,d", "", "1,2,3,4,5"):
        with pytest.raises(InvalidArgument):
            cap.parse_region(bad)


def test_no_display_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(Unavailable, match="No display"):
        cap.capture("screen")


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")
async def test_screen_memory_skips_ocr_when_the_window_is_unchanged(on_display: dict) -> None:
    from neuralux.vision.pipeline import ScreenReader

    reader = ScreenReader(OcrSettings())
    try:
        first, mark = await reader.read_window_if_changed(None)
        assert first is not None and "ZeroDivisionError" in first.text
        again, mark2 = await reader.read_window_if_changed(mark)
        assert again is None and mark2 is mark
        retitled, _ = await reader.read_window_if_changed(("another window", mark[1]))
        assert retitled is not None  # a different window is always read
    finally:
        await reader.stop()
