"""The one place where Qt meets the core.

Calls go *in* as coroutines submitted to the core loop (``runtime.submit``);
results come *back* as Qt signals. The bridge lives in the GUI thread, so a
signal emitted from the core thread is delivered to GUI slots as a queued call:
the GUI never waits on the model, the bus or the disk.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from neuralux.core.assistant import AskRequest
from neuralux.errors import Cancelled, NeuraluxError
from neuralux.ui import prompt_logic
from neuralux.ui.bridge_commands import (
    DANGEROUS_BY_VOICE,
    NO_PENDING,
    RUNNING_BY_VOICE,
    CommandMode,
)
from neuralux.ui.command_exec import CommandExecutor
from neuralux.ui.qtcompat import emit
from neuralux.voice.loop import VoiceEvents

log = logging.getLogger(__name__)

__all__ = ["DANGEROUS_BY_VOICE", "NO_PENDING", "RUNNING_BY_VOICE", "Bridge"]


class Bridge(CommandMode, QObject):
    chunk = Signal(int, str)  # request id, text
    done = Signal(int, object)  # request id, meta (model, where, first_token_s, text)
    failed = Signal(int, str)  # request id, message for the user
    history_loaded = Signal(list)  # past prompts, oldest first
    toggle_requested = Signal()
    show_requested = Signal(str)  # prefill
    screen_read = Signal()  # the screen was captured (the overlay may show itself again)
    gui_call = Signal(object)  # a job for the Qt thread (see run_on_gui)
    hide_requested = Signal()
    # The voice loop, relayed from the core and capture threads (see voice_events).
    voice_state = Signal(str)  # idle | listening | thinking | speaking
    voice_level = Signal(float)  # 0..1 microphone level while recording
    voice_transcript = Signal(str)
    voice_chunk = Signal(str)
    voice_answer = Signal(str, str)  # question, answer
    voice_message = Signal(str)
    # Command mode: the suggestion on screen (or None), Describe's text, and the voice
    # asking the overlay to run the command it shows (through the overlay's own policy).
    suggestion_ready = Signal(int, object)
    described = Signal(str)
    run_requested = Signal(str)  # the command the voice confirmed

    def __init__(self, app: Any, runtime: Any) -> None:
        super().__init__()
        self.app = app
        self.runtime = runtime
        self.current = 0  # id of the request whose output the overlay shows
        self.conversation_id: str | None = None
        self._cancel: threading.Event | None = None
        # Ids the user stopped. Not ``cancel.is_set()``: the core's worker also sets the
        # event when a stream ends normally, so it cannot tell "stopped" from "finished".
        self._stopped: set[int] = set()
        self._futures: set[concurrent.futures.Future[Any]] = set()
        # Set by the desktop while the overlay is on screen; read from any thread.
        self.visible = threading.Event()
        self._pending: Any = None  # the command suggestion the overlay shows, if any
        self.executor = CommandExecutor(app)  # runs what the person confirmed, on its thread
        self.shows_voice_messages = False  # the overlay pops up for voice messages
        self.gui_call.connect(self._run_gui_job)

    # -- the core awaiting something only the Qt thread may do (a dialog) -------
    async def run_on_gui(self, fn: Any) -> Any:
        """From the core loop: run ``fn()`` on the Qt thread and await its result."""
        loop = asyncio.get_running_loop()
        result: asyncio.Future[Any] = loop.create_future()

        def job() -> None:
            try:
                value = fn()
            except Exception as exc:  # noqa: BLE001 - handed to the awaiting coroutine
                loop.call_soon_threadsafe(result.set_exception, exc)
            else:
                loop.call_soon_threadsafe(result.set_result, value)

        emit(self.gui_call, job)
        return await result

    def _run_gui_job(self, job: Any) -> None:
        job()

    # -- thread-safe control (called from the core thread by the D-Bus mixin) --
    def toggle(self) -> None:
        emit(self.toggle_requested)

    def show(self, prefill: str = "") -> None:
        emit(self.show_requested, prefill)

    def hide(self) -> None:
        emit(self.hide_requested)

    @property
    def overlay_visible(self) -> bool:
        return self.visible.is_set()

    # -- voice (any thread) ------------------------------------------------------
    def voice_events(self) -> VoiceEvents:
        """Observer for ``app.voice.observe``: every callback becomes a queued signal, so
        the capture thread's level updates and the core's chunks reach the GUI safely."""
        def chunk(text: str) -> None:
            if self._pending is not None:  # the voice answer replaces the suggestion on screen
                self._pending = None
                emit(self.suggestion_ready, self.current, None)
            emit(self.voice_chunk, text)

        return VoiceEvents(
            on_state=lambda state: emit(self.voice_state, state),
            on_level=lambda level: emit(self.voice_level, float(level)),
            on_transcript=lambda text: emit(self.voice_transcript, text),
            on_answer_chunk=chunk,
            on_answer=lambda question, answer: emit(self.voice_answer, question, answer),
            on_message=lambda text: emit(self.voice_message, text))

    def yield_to_voice(self) -> None:
        """A spoken question takes over the answer area: drop the typed request's output."""
        self.cancel()
        self.current += 1

    # -- features other engineers build; used when present ---------------------
    @property
    def commands_ready(self) -> bool:
        return hasattr(getattr(self.app, "commands", None), "suggest")

    @property
    def screen_ready(self) -> bool:
        return hasattr(getattr(self.app, "ocr", None), "context_for_question")

    # -- asking (GUI thread) ---------------------------------------------------
    def ask(self, prompt: str, mode: str = prompt_logic.ASK, previous: str = "",
            correction: str = "") -> int:
        self.cancel()
        self._pending = None
        self.current += 1
        rid = self.current
        cancel = threading.Event()
        self._cancel = cancel
        emit(self.suggestion_ready, rid, None)  # the old suggestion's buttons go
        self._submit(self._ask(rid, prompt, mode, cancel, previous, correction), rid)
        return rid

    def cancel(self) -> None:
        if self._cancel is not None:
            self._stopped.add(self.current)
            self._cancel.set()
            self._cancel = None

    def new_conversation(self) -> None:
        self.cancel()
        self._pending = None
        self.current += 1  # late chunks of the old answer are dropped
        self.conversation_id = None

    def load_history(self, limit: int = 200) -> None:
        self._submit(self._history(limit), None)

    def _submit(self, coro: Any, rid: int | None) -> None:
        fut = self.runtime.submit(coro)
        self._futures.add(fut)
        fut.add_done_callback(lambda f: self._finished(f, rid))

    def _finished(self, fut: concurrent.futures.Future[Any], rid: int | None) -> None:
        self._futures.discard(fut)
        if fut.cancelled():
            return
        exc = fut.exception()
        if exc is None or isinstance(exc, (Cancelled, asyncio.CancelledError)):
            if rid is not None:
                self._stopped.discard(rid)
            return
        if isinstance(exc, NeuraluxError):
            message = exc.message
        else:
            log.error("overlay request failed", exc_info=exc)
            message = f"Something went wrong ({type(exc).__name__}); see `neuralux logs`."
        if rid is not None:
            emit(self.failed, rid, message)

    # -- coroutines (core thread) ----------------------------------------------
    async def _ask(self, rid: int, prompt: str, mode: str, cancel: threading.Event,
                   previous: str = "", correction: str = "") -> None:
        t0 = time.monotonic()
        first: list[float] = []

        def on_chunk(text: str) -> None:
            if not first:
                first.append(time.monotonic() - t0)
            if rid not in self._stopped:
                emit(self.chunk, rid, text)

        if mode == prompt_logic.COMMAND and self.commands_ready:
            meta = await self._command(prompt, on_chunk, rid, previous, correction)
        else:
            context, label = "", ""
            if mode == prompt_logic.SCREEN and self.screen_ready:
                context, label = await self._screen_text()
            req = AskRequest(prompt, conversation_id=self.conversation_id, context=context,
                             context_label=label)
            answer = await self.app.assistant.ask(req, on_chunk=on_chunk, cancel=cancel)
            if rid == self.current:
                self.conversation_id = answer.conversation_id
            timings = dict(getattr(answer, "timings", {}) or {})
            meta = {"model": answer.model, "where": answer.where, "text": answer.text,
                    "first_token_s": timings.get("first_token_s",
                                                 first[0] if first else None)}
        if rid in self._stopped:
            self._stopped.discard(rid)
        else:
            emit(self.done, rid, meta)

    async def _screen_text(self) -> tuple[str, str]:
        try:
            context, label = await self.app.ocr.context_for_question()
        finally:
            emit(self.screen_read)  # the overlay hid itself for the capture; bring it back
        return str(context), str(label)

    async def _history(self, limit: int) -> None:
        from neuralux.storage import history

        if getattr(self.app, "db", None) is None:
            return
        newest_first = await self.app.db.run(lambda d: history.prompt_history(d, limit))
        emit(self.history_loaded, list(reversed(newest_first)))
