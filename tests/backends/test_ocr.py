"""The tesseract OCR engine, on real tesseract with screens drawn by Qt."""

from __future__ import annotations

import re
import shutil
import time

import numpy as np
import pytest

from neuralux.backends import ocr_layout
from neuralux.backends.ocr import INSTALL_HINT, TesseractOcr, create_engine
from neuralux.config import OcrSettings
from neuralux.errors import InvalidArgument, Unavailable

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _cer(truth: str, got: str) -> float:
    from rapidfuzz.distance import Levenshtein

    a, b = _norm(truth), _norm(got)
    return Levenshtein.distance(a, b) / max(1, len(a))


@pytest.fixture(scope="module")
def rendered() -> dict:
    from benchmarks.ocr_screens import render, screens

    wanted = {"terminal_traceback", "dark_terminal", "editor_code", "desktop_mixed"}
    return {s.name: (s, render(s).copy()) for s in screens() if s.name in wanted}


@pytest.fixture(scope="module")
def engine():
    eng = create_engine(OcrSettings())
    yield eng
    eng.close()


@pytest.mark.parametrize("name", ["terminal_traceback", "dark_terminal", "editor_code",
                                  "desktop_mixed"])
def test_reads_screens_accurately(engine: TesseractOcr, rendered: dict, name: str) -> None:
    screen, image = rendered[name]
    result = engine.read(image)
    assert _cer(screen.truth, result.text) < 0.05
    assert result.timings["blocks"] >= 1


def test_dark_theme_text_is_read(engine: TesseractOcr, rendered: dict) -> None:
    _, image = rendered["dark_terminal"]
    text = engine.read(image).text
    assert "load average: 1.84, 1.52, 1.37" in text
    assert "Filesystem Size Used Avail" in _norm(text)


def test_word_boxes_point_at_the_words(engine: TesseractOcr, rendered: dict) -> None:
    screen, image = rendered["terminal_traceback"]
    result = engine.read(image)
    words = [w for w in result.words if w.text == "Traceback"]
    assert len(words) == 1
    w = words[0]
    block = screen.blocks[1]  # the terminal text, line 2 is "Traceback (...)"
    line_top = block.y + round(block.px * block.line_gap)
    assert abs(w.left - block.x) <= 4
    assert line_top - 4 <= w.top <= line_top + block.px
    assert 60 <= w.width <= 110 and 8 <= w.height <= 22
    assert w.confidence > 80


def test_unchanged_screen_comes_from_cache(rendered: dict) -> None:
    eng = TesseractOcr(OcrSettings(cache_size=2))
    try:
        _, image = rendered["editor_code"]
        first = eng.read(image)
        started = time.perf_counter()
        second = eng.read(image.copy())  # same pixels, different object
        elapsed = time.perf_counter() - started
        assert second.text == first.text
        assert second.timings.get("cached") == 1.0
        assert elapsed < 0.05
    finally:
        eng.close()


def test_blank_image_is_not_ocrd(engine: TesseractOcr) -> None:
    result = engine.read(np.full((1080, 1920), 40, np.uint8))
    assert result.text == "" and result.words == ()
    assert result.timings["blocks"] == 0


def test_small_text_is_upscaled_and_read(engine: TesseractOcr) -> None:
    from benchmarks.ocr_screens import Block, Screen, render

    screen = Screen("tiny", "#ffffff", (), (
        Block(20, 20, ("Small print: the warranty expires in 2031.",), "DejaVu Sans", 9, "#000000"),
    ))
    gray = np.asarray(render(screen).convert("L"))
    blocks = ocr_layout.find_blocks(gray)
    assert len(blocks) == 1 and ocr_layout.scale_for(blocks[0].line_px) > 1.0
    assert "warranty expires in 2031" in engine.read(gray).text


def test_large_text_is_not_upscaled() -> None:
    assert ocr_layout.scale_for(30.0) == 1.0


def test_columns_are_read_one_after_the_other(engine: TesseractOcr, rendered: dict) -> None:
    _, image = rendered["editor_code"]
    text = engine.read(image).text
    # The sidebar comes whole before the code; no line mixes the two columns.
    assert text.index("pyproject.toml") < text.index("import asyncio")
    assert not any("README" in line and "def" in line for line in text.splitlines())


def test_missing_tesseract_says_how_to_install(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty directory: no tesseract on PATH
    with pytest.raises(Unavailable) as err:
        create_engine(OcrSettings())
    assert "sudo apt install tesseract-ocr" in str(err.value)
    assert INSTALL_HINT in str(err.value)


def test_not_an_image_is_invalid(engine: TesseractOcr) -> None:
    with pytest.raises(InvalidArgument):
        engine.read(np.zeros((4, 4, 7), np.uint8))
    with pytest.raises(InvalidArgument):
        engine.read(np.zeros((0, 10), np.uint8))


def test_missing_language_says_which_package(rendered: dict) -> None:
    eng = TesseractOcr(OcrSettings(lang="zzz", cache_size=0))
    try:
        with pytest.raises(Unavailable, match="sudo apt install tesseract-ocr-zzz"):
            eng.read(rendered["editor_code"][1])
    finally:
        eng.close()


def test_slow_tesseract_is_a_timeout(rendered: dict) -> None:
    from pathlib import Path

    from neuralux.errors import Timeout

    def leftovers() -> set[str]:
        return {p.name for p in Path(eng._tmp_root or "/tmp").glob("neuralux-ocr-*")}

    eng = TesseractOcr(OcrSettings(timeout_seconds=0.001, cache_size=0))
    before = leftovers()
    try:
        with pytest.raises(Timeout, match=r"ocr\.timeout_seconds"):
            eng.read(rendered["terminal_traceback"][1])
    finally:
        eng.close()
    assert leftovers() <= before  # the pages were cleaned up
