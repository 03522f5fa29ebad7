"""ScreenReader: capture → OCR → redact, and the screen context for questions.

One ``ModelWorker`` owns the OCR engine; capture also runs on it, so the event
loop never blocks on X11 or tesseract. Text used as context for a question is
always redacted (the router may send the prompt to another machine) and
trimmed to a budget with a note saying so.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from dataclasses import dataclass, field
from typing import Any

from neuralux.backends.base import OcrResult
from neuralux.backends.worker import ModelWorker
from neuralux.config import OcrSettings
from neuralux.errors import InvalidArgument
from neuralux.vision import capture as cap
from neuralux.vision.redact import redact

log = logging.getLogger(__name__)

SCREEN_COMMAND = re.compile(r"^\s*/screen\b\s*(?P<question>.*)$", re.S)
# The voice command: "read my screen", "look at my screen: what does this error mean?"
SCREEN_PHRASE = re.compile(r"^\s*(?:read|look at|check)\s+(?:my|the)\s+screen\b[\s,.:;!?-]*"
                           r"(?P<question>.*)$", re.S | re.I)
DEFAULT_SCREEN_QUESTION = "What is on my screen? Explain anything that looks like a problem."


@dataclass(frozen=True)
class ScreenText:
    text: str
    label: str  # what was read: "window “Terminal”", "screen", "file x.png"
    title: str = ""
    region: cap.Region | None = None
    result: OcrResult | None = None
    redactions: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self, words: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "source": self.label, "title": self.title,
                               "redactions": dict(self.redactions), "timings": dict(self.timings)}
        if self.region is not None:
            r = self.region
            out["region"] = {"x": r.x, "y": r.y, "width": r.w, "height": r.h}
        if words and self.result is not None:
            out["words"] = [{"text": w.text, "left": w.left, "top": w.top, "width": w.width,
                             "height": w.height, "confidence": round(w.confidence, 1)}
                            for w in self.result.words]
        return out


def trim_text(text: str, max_chars: int) -> tuple[str, int]:
    """Keep the start and (mostly) the end: on screens, the latest output is at the bottom.

    Returns (text, number of characters dropped).
    """
    if len(text) <= max_chars:
        return text, 0
    marker = "\n[… {} characters of screen text omitted …]\n"
    budget = max(0, max_chars - len(marker.format(len(text))))
    head = budget // 3
    tail = budget - head
    dropped = len(text) - head - tail
    return text[:head] + marker.format(dropped) + text[len(text) - tail:], dropped


def screen_context(st: ScreenText, max_chars: int) -> tuple[str, str]:
    """(context, context_label) for ``AskRequest``: redacted, trimmed, labelled."""
    red = redact(st.text)
    text, dropped = trim_text(red.text.strip(), max_chars)
    label = f"Text read by OCR from the {st.label}"
    if dropped:
        label += f" (trimmed: {dropped} of {len(red.text)} characters left out)"
    if red.count:
        label += f" ({red.count} secret(s) masked)"
    if not text:
        text = "(no readable text was found on the screen)"
    return text, label


def parse_screen_command(prompt: str) -> str | None:
    """The question of ``/screen question`` (overlay) or "read my screen …" (voice), or None."""
    m = SCREEN_COMMAND.match(prompt) or SCREEN_PHRASE.match(prompt)
    if not m:
        return None
    return m.group("question").strip() or DEFAULT_SCREEN_QUESTION


class ScreenReader:
    """The screen OCR service (``app.ocr``)."""

    def __init__(self, settings: OcrSettings, engine_factory: Any = None,
                 context_chars: int | None = None) -> None:
        self.settings = settings
        # Screen text allowed in a question; the composition root sizes it to the model.
        self.context_chars = context_chars or settings.max_context_chars
        if engine_factory is None:
            from neuralux.backends.ocr import create_engine

            def engine_factory() -> Any:
                return create_engine(settings)

        # Tesseract keeps no model in memory between runs; the "model" is the engine
        # (process pool + cache), cheap to keep, so never unload it.
        self.worker: ModelWorker[Any] = ModelWorker("ocr", engine_factory, 0.0,
                                                    close=lambda e: e.close())

    async def start(self) -> None:
        """Nothing to load eagerly: tesseract is found on first use."""

    async def stop(self) -> None:
        await self.worker.close()

    async def read_screen(self, target: str = "screen", region: cap.Region | None = None,
                          monitor: int = 0) -> ScreenText:
        if target not in ("screen", "window", "region"):
            raise InvalidArgument(f"unknown capture target {target!r}; use screen, window or "
                                  "region")

        def run(engine: Any) -> ScreenText:
            shot = cap.capture(target, region, monitor)
            result = engine.read(shot.image)
            timings = {"capture": shot.seconds, **result.timings}
            return ScreenText(result.text, shot.label, shot.title, shot.region, result,
                              timings=timings)

        return await self.worker.call(run)

    async def read_window_if_changed(self, previous: Any = None) -> tuple[ScreenText | None, Any]:
        """For screen memory: OCR the active window only if it visibly changed.

        Returns (text or None when unchanged, a fingerprint to pass next time). A
        blinking cursor or a ticking clock is not a change worth an OCR run.
        """

        def run(engine: Any) -> tuple[ScreenText | None, Any]:
            shot = cap.capture("window")
            mark = (shot.title, _thumbnail(shot.image))
            if previous is not None and _same_view(previous, mark):
                return None, previous
            result = engine.read(shot.image)
            return ScreenText(result.text, shot.label, shot.title, shot.region, result,
                              timings={"capture": shot.seconds, **result.timings}), mark

        result: tuple[ScreenText | None, Any] = await self.worker.call(run)
        return result

    async def read_image_bytes(self, data: bytes, label: str = "uploaded image") -> ScreenText:
        """OCR an encoded image (e.g. the node's ``/v1/ocr``); bad bytes are InvalidArgument."""
        return await self.read_image(decode_image(data, label), label)

    async def read_image(self, image: Any, label: str = "image") -> ScreenText:
        def run(engine: Any) -> ScreenText:
            result = engine.read(image)
            return ScreenText(result.text, label, result=result, timings=dict(result.timings))

        return await self.worker.call(run)

    async def context_for_question(self, target: str | None = None) -> tuple[str, str]:
        """Screen text for ``/screen``: (context, context_label), ready for AskRequest."""
        started = time.perf_counter()
        st = await self.read_screen(target or self.settings.screen_source)
        context, label = screen_context(st, self.context_chars)
        log.info("screen context from %s: %d chars in %.2fs", st.label, len(context),
                 time.perf_counter() - started)
        return context, label


def redacted(st: ScreenText) -> ScreenText:
    red = redact(st.text)
    return ScreenText(red.text, st.label, st.title, st.region, st.result, red.found, st.timings)


def screen_budget(settings: Any) -> int:
    """Characters of screen text that fit next to the question and the answer."""
    from neuralux.config import resolved_context

    tokens = resolved_context(settings.llm) - settings.llm.max_tokens - 256
    # Screen text (paths, code, numbers) runs about 2.5 characters per token.
    return max(400, min(settings.ocr.max_context_chars, int(tokens * 2.5)))


async def with_screen(app: Any, req: Any, target: str = "") -> tuple[Any, str]:
    """``req`` (an AskRequest) with the screen text as its context, and what was read.

    Used by the overlay's ``/screen question``, the voice command "read my screen" and
    D-Bus ``Ask(…, {screen: true})`` (which checks consent first). ``target`` "" means
    ``ocr.screen_source``.
    """
    st = await app.ocr.read_screen(target or app.settings.ocr.screen_source)
    context, label = screen_context(st, screen_budget(app.settings))
    log.info("screen context from the %s: %d characters", st.label, len(context))
    if req.context:  # the caller's own context comes first
        context = f"{req.context}\n\n{label}:\n{context}"
        label = req.context_label or "Context"
    return dataclasses.replace(req, context=context, context_label=label), st.label


async def screen_request(app: Any, text: str, conversation_id: str | None = None,
                         ) -> tuple[Any, str] | None:
    """For the overlay: ``/screen question`` → (AskRequest with screen context, source).

    Returns None when ``text`` is not a ``/screen`` command, so the caller asks as usual.
    """
    from neuralux.core.assistant import AskRequest

    question = parse_screen_command(text)
    if question is None:
        return None
    return await with_screen(app, AskRequest(question, conversation_id=conversation_id))


def _thumbnail(image: Any) -> Any:
    from neuralux.backends.ocr import to_gray

    gray = to_gray(image)
    h, w = gray.shape[0] // 4 * 4, gray.shape[1] // 4 * 4
    return gray[:h, :w].reshape(h // 4, 4, w // 4, 4).mean(axis=(1, 3))


def _same_view(a: tuple[str, Any], b: tuple[str, Any]) -> bool:
    """Same window title and nearly the same pixels (mean change under 0.3 grey levels)."""
    import numpy as np

    return bool(a[0] == b[0] and a[1].shape == b[1].shape
                and float(np.abs(a[1] - b[1]).mean()) < 0.3)


def decode_image(source: Any, name: str = "image") -> Any:
    """A PIL RGB image from a path or bytes (a --file, a /v1/ocr upload), or InvalidArgument."""
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(source) if isinstance(source, bytes) else source) as img:
            img.load()
            return img.convert("RGB")
    except UnidentifiedImageError as exc:
        raise InvalidArgument(f"{name}: not an image (PNG, JPEG, BMP, TIFF, WebP …)") from exc
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InvalidArgument(f"{name}: cannot read the image: {exc}") from exc
