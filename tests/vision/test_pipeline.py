"""Screen context for questions: trimming, redaction, labels, the /screen command."""

from __future__ import annotations

from typing import Any

import pytest

from neuralux.config import LlmSettings, OcrSettings, Settings
from neuralux.core.assistant import AskRequest, Assistant
from neuralux.vision.pipeline import (
    ScreenText,
    parse_screen_command,
    screen_budget,
    screen_context,
    screen_request,
    trim_text,
    with_screen,
)


def test_trim_keeps_start_and_end_with_a_note() -> None:
    text = "HEAD " + "x" * 100_000 + " TAIL"
    out, dropped = trim_text(text, 3000)
    assert len(out) <= 3000
    assert out.startswith("HEAD") and out.endswith("TAIL")
    assert f"{dropped} characters of screen text omitted" in out
    assert trim_text("short", 3000) == ("short", 0)


def test_screen_context_is_redacted_and_labelled() -> None:
    st = ScreenText("export OPENAI_API_KEY=sk-abcdefghijklmnopqrstuvwxyz1234\nok",
                    "window “Terminal”", "Terminal")
    context, label = screen_context(st, 5000)
    assert "sk-abc" not in context and "[REDACTED:api_key]" in context
    assert label == "Text read by OCR from the window “Terminal” (1 secret(s) masked)"
    empty, _ = screen_context(ScreenText("", "screen"), 5000)
    assert "no readable text" in empty


@pytest.mark.parametrize(("prompt", "question"), [
    ("/screen what is wrong?", "what is wrong?"),
    ("  /screen   explain this", "explain this"),
    ("Read my screen", None),  # default question
    ("look at the screen: what does this error mean?", "what does this error mean?"),
    ("what is a screen reader?", False),
    ("/screenshot please", False),
])
def test_parse_screen_command(prompt: str, question: Any) -> None:
    got = parse_screen_command(prompt)
    if question is False:
        assert got is None
    elif question is None:
        assert got and "screen" in got.lower()
    else:
        assert got == question


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.targets: list[str] = []

    async def read_screen(self, target: str = "screen") -> ScreenText:
        self.targets.append(target)
        return ScreenText(self.text, f"{target} “Editor”", "Editor")


class _App:
    def __init__(self, text: str, **ocr: Any) -> None:
        self.settings = Settings(llm=LlmSettings(context_size=2048, max_tokens=512),
                                 ocr=OcrSettings(**ocr))
        self.ocr = _Reader(text)


async def test_enormous_screen_is_trimmed_and_the_answer_still_comes(tmp_path) -> None:
    from neuralux.backends.worker import ModelWorker
    from neuralux.storage.db import Database
    from tests.fakes import FakeChatModel

    huge = "Traceback (most recent call last):\n" + "frame line\n" * 50_000 + "KeyError: 'id'"
    app = _App(huge, screen_source="window")
    req, used = await with_screen(app, AskRequest("what is wrong?"))
    assert used == "window “Editor”" and app.ocr.targets == ["window"]
    budget = screen_budget(app.settings)
    assert len(req.context) <= budget < 4000  # fits SmolLM2's 2048 tokens with the answer
    assert req.context.endswith("KeyError: 'id'")  # the bottom of a terminal matters most
    assert "trimmed" in req.context_label

    fake = FakeChatModel("A missing key.")
    worker: ModelWorker[Any] = ModelWorker("llm", lambda: fake)
    db = Database(tmp_path / "db.sqlite")
    try:
        answer = await Assistant(app.settings.llm, worker, db, "fake").ask(req)
    finally:
        await worker.close()
        db.close()
    assert answer.text == "A missing key."
    assert "KeyError: 'id'" in fake.calls[-1][-1].content


async def test_screen_request_for_the_overlay() -> None:
    app = _App("NameError: name 'x' is not defined")
    assert await screen_request(app, "hello") is None
    got = await screen_request(app, "/screen why?", conversation_id="c1")
    assert got is not None
    req, used = got
    assert req.prompt == "why?" and req.conversation_id == "c1"
    assert "NameError" in req.context and used == "window “Editor”"


async def test_callers_context_is_kept() -> None:
    app = _App("screen words")
    req, _ = await with_screen(app, AskRequest("q", context="clipboard words",
                                               context_label="Clipboard"), "screen")
    assert req.context.startswith("clipboard words") and "screen words" in req.context
    assert req.context_label == "Clipboard"


async def test_overlay_entry_point_context_for_question() -> None:
    """What the overlay calls for `/screen`: redacted, trimmed to the model-sized budget."""
    from neuralux.vision.pipeline import ScreenReader

    class _Engine:
        def read(self, image: Any) -> Any:
            from neuralux.backends.base import OcrResult

            return OcrResult("password: hunter2\n" + "log line\n" * 5000 + "FATAL: out of memory")

        def close(self) -> None:
            pass

    reader = ScreenReader(OcrSettings(), engine_factory=_Engine, context_chars=1500)
    import neuralux.vision.pipeline as pipeline

    class _Shot:
        image = object()
        label, title, seconds = "window “Terminal”", "Terminal", 0.0
        region = None

    orig = pipeline.cap.capture
    pipeline.cap.capture = lambda *a, **k: _Shot()  # type: ignore[assignment]
    try:
        context, label = await reader.context_for_question()
    finally:
        pipeline.cap.capture = orig  # type: ignore[assignment]
        await reader.stop()
    assert len(context) <= 1500 and context.endswith("FATAL: out of memory")
    assert "hunter2" not in context
    assert "window “Terminal”" in label and "trimmed" in label and "masked" in label


def test_redacted_json_has_no_secret_words() -> None:
    from neuralux.backends.base import OcrResult, OcrWord
    from neuralux.vision.pipeline import redacted

    words = (OcrWord("password:", 0, 0, 50, 10, 90.0), OcrWord("hunter2", 60, 0, 40, 10, 90.0))
    st = ScreenText("password: hunter2", "screen", result=OcrResult("password: hunter2", words))
    red = redacted(st)
    data = red.to_dict(words=not red.redactions)
    assert data["text"] == "password: [REDACTED:password]"
    assert data["redactions"] == {"password": 1} and "words" not in data
    assert "hunter2" not in str(data)


async def test_read_image_bytes_for_the_node_api() -> None:
    import io
    import shutil

    from PIL import Image, ImageDraw, ImageFont

    from neuralux.errors import InvalidArgument
    from neuralux.vision.pipeline import ScreenReader

    if not shutil.which("tesseract"):
        pytest.skip("needs tesseract")
    picture = Image.new("RGB", (700, 100), "white")
    ImageDraw.Draw(picture).text((20, 30), "Uploaded from a laptop", fill="black",
                                 font=ImageFont.truetype("DejaVuSans.ttf", 26))
    buf = io.BytesIO()
    picture.save(buf, "PNG")
    reader = ScreenReader(OcrSettings())
    try:
        st = await reader.read_image_bytes(buf.getvalue())
        assert st.text == "Uploaded from a laptop" and st.label == "uploaded image"
        with pytest.raises(InvalidArgument, match="not an image"):
            await reader.read_image_bytes(b"GIF89a-not-really")
    finally:
        await reader.stop()
