"""Voice over D-Bus: Transcribe, Speak, StartListening/StopListening/ListenOnce, and signals.

A desktop shortcut (or another app) drives push-to-talk with StartListening on
key press and StopListening on release. What happens next arrives as signals:
VoiceState (idle/listening/thinking/speaking), VoiceLevel (meter, ~15/s),
VoiceTranscript, VoiceAnswerChunk, VoiceAnswer and VoiceMessage (e.g. "I didn't
catch that", a missing voice).
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

from dbus_fast.service import ServiceInterface, dbus_method, dbus_signal

from neuralux.core.tasks import TaskHandle
from neuralux.dbus.errors import translate_errors
from neuralux.dbus.types import DBusDouble, DBusStr, Str2
from neuralux.errors import InvalidArgument, NeuraluxError
from neuralux.voice.loop import VoiceEvents

LEVEL_INTERVAL = 1 / 15  # the meter needs ~15 updates a second, not one per 30 ms block
MAX_SPEAK_CHARS = 20000


class VoiceMethods(ServiceInterface):
    """Mixin for AssistantInterface; ``attach_voice`` connects the voice loop to the signals."""

    app: Any

    def attach_voice(self) -> None:
        voice = getattr(self.app, "voice", None)
        if voice is None:
            return
        loop = asyncio.get_event_loop()
        last_level = [0.0]

        def level(value: float) -> None:  # called on the capture thread
            now = time.monotonic()
            if now - last_level[0] >= LEVEL_INTERVAL:
                last_level[0] = now
                loop.call_soon_threadsafe(self.VoiceLevel, float(value))

        voice.observe(VoiceEvents(
            on_state=self.VoiceState, on_level=level, on_transcript=self.VoiceTranscript,
            on_answer_chunk=self.VoiceAnswerChunk,
            on_answer=lambda q, a: self.VoiceAnswer(q, a), on_message=self.VoiceMessage))

    # --- signals ---------------------------------------------------------------------
    @dbus_signal()
    def VoiceState(self, state: str) -> DBusStr:
        return state

    @dbus_signal()
    def VoiceLevel(self, level: float) -> DBusDouble:
        return level

    @dbus_signal()
    def VoiceTranscript(self, text: str) -> DBusStr:
        return text

    @dbus_signal()
    def VoiceAnswerChunk(self, text: str) -> DBusStr:
        return text

    @dbus_signal()
    def VoiceAnswer(self, question: str, answer: str) -> Str2:
        return [question, answer]

    @dbus_signal()
    def VoiceMessage(self, text: str) -> DBusStr:
        return text

    # --- methods ---------------------------------------------------------------------
    @dbus_method()
    @translate_errors
    async def Transcribe(self, path: DBusStr) -> DBusStr:
        return str((await self._transcribe(path)).text)

    @dbus_method()
    @translate_errors
    async def TranscribeJson(self, path: DBusStr) -> DBusStr:
        """Like Transcribe, with language, segments and timings (what `transcribe --json` shows)."""
        return json.dumps((await self._transcribe(path)).to_dict())

    async def _transcribe(self, path: str) -> Any:
        if not path or not Path(path).is_absolute():
            raise InvalidArgument("Transcribe needs an absolute path to an audio file.")
        return await self.app.voice.transcribe_file(path)

    @dbus_method()
    @translate_errors
    async def Speak(self, text: DBusStr) -> DBusStr:
        if not text.strip():
            raise InvalidArgument("Nothing to say: Speak needs some text.")
        if len(text) > MAX_SPEAK_CHARS:
            raise InvalidArgument(f"Text too long to speak ({len(text)} characters; the limit "
                                  f"is {MAX_SPEAK_CHARS}).")

        async def work(handle: TaskHandle) -> None:
            await self.app.voice.speak(text)

        return str(self.app.tasks.submit("speak", work, self._voice_failed).id)

    def _voice_failed(self, task_id: str, exc: NeuraluxError) -> None:
        self.VoiceMessage(exc.message)

    @dbus_method()
    @translate_errors
    # No return annotation: dbus-fast reads that as "empty reply" (it can't parse "None").
    async def StartListening(self):
        await self.app.voice.loop.start_listening()

    @dbus_method()
    @translate_errors
    async def ListenOnce(self):
        """Listen until silence follows speech (or StopListening), then answer."""
        await self.app.voice.loop.start_listening(stop_on_silence=True)

    @dbus_method()
    @translate_errors
    async def StopListening(self):
        # The turn (transcribe, answer, speak) runs on; results arrive as signals.
        self.app.voice.finish_turn()
