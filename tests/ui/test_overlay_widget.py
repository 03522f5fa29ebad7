"""The overlay window's keys and rendering, on Qt's offscreen platform."""

from __future__ import annotations

import time
from typing import Any

import pytest

from neuralux.config import OverlaySettings
from neuralux.ui import theme

pytestmark = pytest.mark.usefixtures("qapp")


def make_overlay() -> Any:
    from neuralux.ui.overlay import OverlayWindow

    w = OverlayWindow(OverlaySettings(), theme.LIGHT, compositing=False)
    w.show_overlay()
    return w


def key(widget: Any, k: Any, mods: Any = None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, k, mods or Qt.KeyboardModifier.NoModifier)


def test_enter_asks_and_shift_enter_breaks_line() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    w = make_overlay()
    asked: list[tuple[str, str]] = []
    w.ask.connect(lambda p, m: asked.append((p, m)))
    QTest.keyClicks(w.input, "line one")
    key(w.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(w.input, "line two")
    assert w.input.text() == "line one\nline two"
    key(w.input, Qt.Key.Key_Return)
    assert asked == [("line one\nline two", "ask")]
    assert w.input.text() == "" and w.running and w.question.text() == "line one\nline two"
    w.close()


def test_escape_cancels_running_answer_then_hides() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    w = make_overlay()
    cancels: list[bool] = []
    w.cancel.connect(lambda: cancels.append(True))
    QTest.keyClicks(w.input, "question")
    key(w.input, Qt.Key.Key_Return)
    w.append_chunk("partial ")
    key(w.input, Qt.Key.Key_Escape)
    assert cancels == [True] and w.isVisible() and not w.running
    key(w.input, Qt.Key.Key_Escape)
    assert not w.isVisible()


def test_up_down_recall_history_and_mode_chip() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    w = make_overlay()
    w.set_history(["first question", "second question"])
    key(w.input, Qt.Key.Key_Up)
    assert w.input.text() == "second question"
    key(w.input, Qt.Key.Key_Up)
    assert w.input.text() == "first question"
    key(w.input, Qt.Key.Key_Down)
    key(w.input, Qt.Key.Key_Down)
    assert w.input.text() == ""
    QTest.keyClicks(w.input, "!find big files")
    assert w.chip.text() == "Command · soon" and "command assistant" in w.note.text()
    w.input.set_text("")
    key(w.input, Qt.Key.Key_Tab)
    assert w.chip.text() == "Command · soon"
    w.set_features(commands_ready=True, screen_ready=False)
    assert w.chip.text() == "Command"
    w.close()


def test_ctrl_c_copies_answer_and_ctrl_l_starts_over() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    w = make_overlay()
    new: list[bool] = []
    w.new_conversation.connect(lambda: new.append(True))
    w.begin_answer("q")
    w.append_chunk("The answer is **4**.")
    w.finish_answer({"model": "smollm2", "where": "local", "first_token_s": 0.16})
    assert w.footer.text() == "smollm2  ·  local  ·  first token 160 ms"
    key(w.input, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "The answer is **4**."
    key(w.input, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert new == [True] and w.answer.isHidden() and w.answer.text() == ""
    w.close()


def test_copy_button_copies_code_block() -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QGuiApplication

    w = make_overlay()
    w.begin_answer("q")
    w.append_chunk("Run:\n\n```bash\ndf -h\n```\n")
    w.finish_answer({})
    assert w.answer.code_blocks() == ["df -h\n"]
    w.answer.anchorClicked.emit(QUrl("copy:0"))
    assert QGuiApplication.clipboard().text() == "df -h\n"
    w.close()


def test_twenty_thousand_characters_stream_with_small_frames() -> None:
    w = make_overlay()
    w.begin_answer("long")
    para = "word " * 30 + "\n\n"
    worst = 0.0
    total = 0
    while total < 20_000:
        w.append_chunk(para)
        total += len(para)
        t0 = time.perf_counter()
        w.answer.flush()
        worst = max(worst, (time.perf_counter() - t0) * 1000)
    w.finish_answer({})
    assert len(w.answer.text()) == total
    assert w.height() <= OverlaySettings().max_height
    bar = w.answer.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    assert worst < 30, f"one frame took {worst:.1f} ms"
    w.close()


def test_theme_follows_platform_then_palette() -> None:
    assert theme.pick("auto", 240, None) is theme.LIGHT
    assert theme.pick("auto", 30, None) is theme.DARK
    assert theme.pick("auto", 240, True) is theme.DARK
    assert theme.pick("light", 30, True) is theme.LIGHT


def document_rows(view: Any) -> list[tuple[str, bool]]:
    rows = []
    b = view.document().begin()
    while b.isValid():
        rows.append((b.text(), b.textList() is not None))
        b = b.next()
    return rows


def test_streamed_document_matches_whole_and_blocks_do_not_merge() -> None:
    from neuralux.ui.markdown_view import MarkdownView

    text = ("Intro:\n\n1. **A**: one\n2. **B**: two\n\nAfter.\n\n```sh\nls\n```\n\n"
            "## Head\n\n- x\n\nend")
    whole = MarkdownView(theme.LIGHT.markdown)
    whole.set_text(text)
    streamed = MarkdownView(theme.LIGHT.markdown)
    for i in range(0, len(text), 3):
        streamed.append_text(text[i:i + 3])
        streamed.flush()
    rows = document_rows(whole)
    assert rows == document_rows(streamed)
    assert ("After.", False) in rows and ("end", False) in rows  # not swallowed by lists
    assert ("", False) not in rows[:-1], rows  # no stray empty paragraphs between blocks


FUZZ_TEXT = (
    "**Bold start**\n\nPara with `code`.\n\n```bash\necho one\n```\n\n- after code\n- two\n\n"
    "```python\nx = 1\n```\n```sh\nback to back\n```\n1. one\n2. two\n\n## Heading\n\n"
    "> quote\n\n---\n\n```\nunclosed at the end"
)


@pytest.mark.parametrize("step", [1, 2, 3, 5, 7, 8, 13, 16, 31, 64, 1000])
def test_streaming_any_chunking_never_corrupts_the_document(step: int) -> None:
    """Regression: removing the block after a code block's table crashed Qt (segfault)."""
    from neuralux.ui.markdown_view import MarkdownView

    whole = MarkdownView(theme.LIGHT.markdown)
    whole.set_text(FUZZ_TEXT)
    view = MarkdownView(theme.LIGHT.markdown)
    for i in range(0, len(FUZZ_TEXT), step):
        view.append_text(FUZZ_TEXT[i:i + step])
        view.flush()
    assert view.text() == FUZZ_TEXT
    # Same visible blocks; empty ones after code tables (1 px tall, required by Qt) may differ.
    visible = [r for r in document_rows(view) if r != ("", False)]
    assert visible == [r for r in document_rows(whole) if r != ("", False)]
    assert len(view.code_blocks()) == 3


def test_with_a_compositor_corners_are_clear_and_a_shadow_falls_below() -> None:
    from neuralux.ui.overlay import OverlayWindow

    w = OverlayWindow(OverlaySettings(), theme.LIGHT, compositing=True)
    w.show_overlay()
    image = w.grab().toImage()
    _left, top, _right, bottom = w.shadow_margins
    assert image.pixelColor(0, 0).alpha() == 0  # outside the rounded panel
    centre = image.pixelColor(image.width() // 2, top + 20)
    assert centre.alpha() > 240  # the panel itself
    shadow = image.pixelColor(image.width() // 2, image.height() - bottom + 4)
    assert 0 < shadow.alpha() < 200  # soft, not solid
    w.close()


def test_without_a_compositor_the_panel_fills_the_window() -> None:
    from neuralux.ui.overlay import OverlayWindow

    w = OverlayWindow(OverlaySettings(), theme.DARK, compositing=False)
    w.show_overlay()
    assert w.shadow_margins == (0, 0, 0, 0)
    assert w.width() == OverlaySettings().width
    w.close()
