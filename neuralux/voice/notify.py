"""Desktop notifications for voice turns when the overlay is not on screen.

With the overlay hidden (or no overlay at all), the transcript and answer, and
messages such as "no microphone", would otherwise go unseen. ``notify-send``
talks to the session's notification daemon; it never leaves the machine.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
from collections.abc import Callable
from typing import Any

from neuralux.voice.loop import VoiceEvents

log = logging.getLogger(__name__)

MAX_BODY = 600


def overlay_visible(ui: Any) -> bool:
    if ui is None:
        return False
    visible = getattr(ui, "overlay_visible", False)
    return bool(visible() if callable(visible) else visible)


def send(summary: str, body: str) -> None:
    """Fire and forget: a missing notification daemon must not stall the voice loop."""
    program = shutil.which("notify-send")
    if program is None:
        log.info("%s: %s", summary, body)
        return

    def run() -> None:
        try:
            subprocess.run([program, "--app-name=Neuralux", "--", summary, body[:MAX_BODY]],
                           timeout=5, capture_output=True, check=False)
        except (OSError, subprocess.TimeoutExpired):
            log.debug("notify-send failed", exc_info=True)

    threading.Thread(target=run, name="notify", daemon=True).start()


class HiddenOverlayNotifier:
    def __init__(self, get_ui: Callable[[], Any],
                 sender: Callable[[str, str], None] = send) -> None:
        self._get_ui = get_ui
        self._send = sender

    def events(self) -> VoiceEvents:
        return VoiceEvents(on_answer=self._answer, on_message=self._message)

    def _answer(self, question: str, answer: str) -> None:
        if not overlay_visible(self._get_ui()):
            self._send(f"“{question}”", answer)

    def _message(self, text: str) -> None:
        ui = self._get_ui()
        # An overlay that pops up for voice shows the message itself ("no microphone").
        if not overlay_visible(ui) and not getattr(ui, "shows_voice_messages", False):
            self._send("Neuralux voice", text)
