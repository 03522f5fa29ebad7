"""What the deterministic voice commands do, through the parts the app has.

Duck-typed on purpose: the overlay (``app.ui``), OCR (``app.ocr``) and command
assistant are built by other issues and may be absent (headless, not landed
yet); each action then answers with a sentence saying so, never an exception.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from neuralux.voice import commands

log = logging.getLogger(__name__)

READ_SCREEN_PROMPT = ("Briefly tell me, in two or three sentences, what is on my screen, "
                      "reading out the most important text.")


class AppVoiceActions:
    def __init__(self, app: Any) -> None:
        self._app = app

    def has_pending_command(self) -> bool:
        """A suggested shell command is on screen waiting for confirmation."""
        return bool(getattr(self._app.ui, "pending_command", None))

    async def perform(self, action: str) -> str | None:
        ui = self._app.ui
        if action == commands.SHOW:
            return self._call(ui, "show", "The overlay is not running.")
        if action == commands.HIDE:
            return self._call(ui, "hide", "The overlay is not running.")
        if action == commands.READ_SCREEN:
            return await self._read_screen()
        if action == commands.RUN_COMMAND:
            # Only reached when has_pending_command() said yes: this confirms what the
            # person already sees; it never runs anything the voice invented.
            return self._call(ui, "confirm_pending_command", "There is no command to run.")
        return None

    @staticmethod
    def _call(target: Any, name: str, missing: str) -> str | None:
        if target is None:
            return missing
        fn = getattr(target, name, None)
        if fn is None:
            return "That is not available from voice yet."
        reply = fn()
        # An action may answer with a sentence to speak (e.g. why nothing was run).
        return reply if isinstance(reply, str) and reply else None

    async def _read_screen(self) -> str:
        ocr: Any = getattr(self._app, "ocr", None)
        if not hasattr(ocr, "context_for_question"):
            return "Reading the screen is not available."
        from neuralux.core.assistant import AskRequest

        context, label = await ocr.context_for_question()
        if not context.strip():
            return "I could not find any text on your screen."
        answer = await self._app.assistant.ask(
            AskRequest(READ_SCREEN_PROMPT, context=context, context_label=label),
            cancel=threading.Event())
        return str(answer.text)
