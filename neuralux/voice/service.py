"""The voice service the composition root owns: models, the loop and the talk key.

Construction is cheap (no model, no PortAudio, no pynput); ``start()`` only
arms the talk key. Models load on first use and unload when idle.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from neuralux.backends.base import Transcript
from neuralux.backends.stt import decode_file, make_stt_worker
from neuralux.backends.tts import make_tts_worker
from neuralux.config import VoiceSettings
from neuralux.errors import Busy, NeuraluxError
from neuralux.voice import ptt
from neuralux.voice.loop import Asker, VoiceActions, VoiceEvents, VoiceLoop

log = logging.getLogger(__name__)


def assistant_asker(get_assistant: Callable[[], Any]) -> Asker:
    """Adapt the core ``Assistant`` to the loop: questions continue one voice conversation."""
    conversation: dict[str, str | None] = {"id": None}

    async def ask(question: str, on_chunk: Callable[[str], None],
                  cancel: threading.Event) -> str:
        from neuralux.core.assistant import AskRequest

        answer = await get_assistant().ask(AskRequest(question, conversation_id=conversation["id"]),
                                     on_chunk=on_chunk, cancel=cancel)
        conversation["id"] = answer.conversation_id
        return str(answer.text)

    return ask


class VoiceService:
    def __init__(self, settings: VoiceSettings, ask: Asker, events: VoiceEvents | None = None,
                 actions: VoiceActions | None = None) -> None:
        self.settings = settings
        self.stt = make_stt_worker(settings)
        self.tts = make_tts_worker(settings)
        self._observers: list[VoiceEvents] = [events] if events is not None else []
        self.loop = VoiceLoop(settings, self.stt, self.tts, ask, self._fan_out(), actions)
        self.talk_key: ptt.X11PushToTalk | ptt.PortalPushToTalk | None = None
        self.talk_key_error = ""
        self.talk_key_paused = False  # the tray's "pause talk key": presses are ignored
        self._aio: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def events(self) -> VoiceEvents:
        return self.loop.events

    def observe(self, events: VoiceEvents) -> None:
        """Add an observer (overlay, D-Bus signals, notifications)."""
        self._observers.append(events)

    def _fan_out(self) -> VoiceEvents:
        def relay(name: str) -> Callable[..., None]:
            def call(*args: Any) -> None:
                for observer in list(self._observers):
                    callback = getattr(observer, name)
                    if callback is not None:
                        callback(*args)
            return call

        return VoiceEvents(**{f.name: relay(f.name) for f in dataclasses.fields(VoiceEvents)})

    def finish_turn(self) -> None:
        """Stop listening now; the rest of the turn runs in the background."""
        if not self.loop.listening:
            raise Busy("Not listening. Call StartListening first.")
        self._spawn(self.loop.stop_listening())

    async def start(self) -> None:
        self._aio = asyncio.get_running_loop()
        if not self.settings.enabled:
            return
        backend = ptt.choose_backend(self.settings.hotkey_backend, dict(os.environ))
        try:
            if backend == "x11":
                key = ptt.X11PushToTalk(self.settings.talk_key, self._pressed, self._released,
                                        self._cancelled)
                await asyncio.to_thread(key.start)
                self.talk_key = key
            elif backend == "portal":
                self.talk_key = ptt.PortalPushToTalk(self._pressed, self._released)
                self.talk_key.start()
        except NeuraluxError as exc:
            # The daemon keeps running: D-Bus StartListening/StopListening still work.
            self.talk_key_error = exc.message
            log.warning("talk key not available: %s", exc.message)

    async def stop(self) -> None:
        if self.talk_key is not None:
            await asyncio.to_thread(self.talk_key.stop)
            self.talk_key = None
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.loop.stop()
        await self.stt.close()
        await self.tts.close()

    # --- talk key (called on the listener thread) ----------------------------------------
    def set_talk_key_paused(self, paused: bool) -> None:
        """Ignore the talk key (D-Bus StartListening still works); a recording in
        progress still finishes when the key is released."""
        self.talk_key_paused = paused

    def _pressed(self) -> None:
        if self.talk_key_paused:
            return
        self._submit(self.loop.start_listening())

    def _released(self) -> None:
        self._submit(self._stop_if_listening())

    def _cancelled(self) -> None:
        self._submit(self.loop.stop())

    async def _stop_if_listening(self) -> None:
        if self.loop.listening:
            await self.loop.stop_listening()

    def _submit(self, coro: Coroutine[Any, Any, Any]) -> None:
        if self._aio is None:
            coro.close()
            return
        self._aio.call_soon_threadsafe(self._spawn, coro)

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if isinstance(exc, NeuraluxError):
            # The loop already told observers about errors inside a turn; this covers the
            # talk key failing to start (no microphone), which has no caller to raise to.
            log.warning("voice: %s", exc.message)
            if not getattr(exc, "reported", False) and self.events.on_message is not None:
                self.events.on_message(exc.message)
        elif exc is not None:
            log.error("voice task failed", exc_info=exc)

    # --- one-shot helpers (D-Bus, CLI) -----------------------------------------------------
    async def transcribe_file(self, path: str | Path, lang: str | None = None) -> Transcript:
        samples = await asyncio.to_thread(decode_file, path)
        result: Transcript = await self.stt.call(lambda m: m.transcribe(samples, 16000, lang))
        return result

    async def speak(self, text: str) -> None:
        await self.loop.speak(text)
