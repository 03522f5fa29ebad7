"""The push-to-talk voice loop: listen → transcribe → route → answer → speak.

``VoiceLoop`` is a service owned by the composition root. Front-ends drive it
with ``start_listening()`` / ``stop_listening()`` (the talk key, D-Bus, the
CLI) and observe it through ``VoiceEvents`` callbacks (overlay, D-Bus signals,
notifications). All methods run in the core's event loop; blocking work runs on
the capture thread, the model workers and the playback thread.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from neuralux.backends.worker import ModelWorker
from neuralux.config import VoiceSettings
from neuralux.errors import Busy, Cancelled, NeuraluxError
from neuralux.voice import commands
from neuralux.voice.capture import Recorder, Recording
from neuralux.voice.playback import Speaker
from neuralux.voice.speaking import AnswerSpeaker

log = logging.getLogger(__name__)

DIDNT_CATCH = "I didn't catch that."
NO_COMMAND = "There is no command on screen to run."
NOT_AVAILABLE = "That is not available yet."
MIN_SPEECH_SECONDS = 0.25
MIN_PEAK_LEVEL = 0.15  # ≈ -51 dBFS: quieter than this is no speech at all

# (question, on_chunk, cancel) → answer text
Asker = Callable[[str, Callable[[str], None], threading.Event], Awaitable[str]]


class VoiceActions(Protocol):
    """What voice commands can do outside the voice loop (overlay, OCR, command runner)."""

    def has_pending_command(self) -> bool: ...
    async def perform(self, action: str) -> str | None: ...  # returns text to speak, if any


@dataclass
class VoiceEvents:
    """Callbacks for observers; each is optional and called in the event loop."""

    on_state: Callable[[str], None] | None = None  # idle | listening | thinking | speaking
    on_level: Callable[[float], None] | None = None  # may be called from the capture thread
    on_transcript: Callable[[str], None] | None = None
    on_answer_chunk: Callable[[str], None] | None = None
    on_answer: Callable[[str, str], None] | None = None  # (question, answer)
    on_message: Callable[[str], None] | None = None  # warnings and "I didn't catch that"


@dataclass
class VoiceTurn:
    transcript: str = ""
    action: str = ""
    answer: str = ""
    recording_reason: str = ""
    timings: dict[str, float] = field(default_factory=dict)


def _emit(callback: Callable[..., None] | None, *args: Any) -> None:
    if callback is not None:
        try:
            callback(*args)
        except Exception:  # an observer's bug must not break the voice loop
            log.exception("voice event observer failed")


class VoiceLoop:
    def __init__(self, settings: VoiceSettings, stt: ModelWorker[Any], tts: ModelWorker[Any],
                 ask: Asker, events: VoiceEvents | None = None,
                 actions: VoiceActions | None = None, stream_speech: bool = True,
                 recorder_factory: Callable[..., Recorder] = Recorder,
                 speaker_factory: Callable[[VoiceSettings], Speaker] = Speaker) -> None:
        self.settings = settings
        self._stt, self._tts, self._ask = stt, tts, ask
        self.events = events or VoiceEvents()
        self._actions = actions
        self.stream_speech = stream_speech
        self._recorder_factory = recorder_factory
        self._speaker_factory = speaker_factory
        self._recorder: Recorder | None = None
        self._auto_stop: asyncio.Task[VoiceTurn] | None = None
        self._speaking: AnswerSpeaker | None = None
        self._cancel = threading.Event()
        self._turn_lock = asyncio.Lock()
        self._background: set[asyncio.Task[None]] = set()
        self.last_turn: VoiceTurn | None = None

    @property
    def listening(self) -> bool:
        return self._recorder is not None

    async def start(self) -> None:
        """Nothing heavy: models load on first use and stay warm until idle."""

    async def stop(self) -> None:
        """Stop speaking and drop any recording in progress (nothing is transcribed)."""
        await self.stop_speaking()
        for task in [self._auto_stop, *self._background]:
            if task is not None:
                task.cancel()
        if self._recorder is not None:
            recorder, self._recorder = self._recorder, None
            await asyncio.to_thread(recorder.stop, "cancelled")

    # --- listening --------------------------------------------------------------------
    async def start_listening(self, stop_on_silence: bool = False) -> None:
        """Open the microphone. Barge-in: anything being spoken stops first."""
        if self._recorder is not None:
            raise Busy("Already listening. Release the talk key (or call StopListening) first.")
        await self.stop_speaking()
        self._cancel.set()  # an answer still streaming for the previous turn is dropped
        recorder = self._recorder_factory(self.settings, on_level=self.events.on_level,
                                          stop_on_silence=stop_on_silence)
        await asyncio.to_thread(recorder.start)
        self._recorder = recorder
        self._warm_up()
        self._auto_stop = asyncio.get_running_loop().create_task(self._watch(recorder))
        _emit(self.events.on_state, "listening")

    def _warm_up(self) -> None:
        """Load the models while the person is still talking, not after they let go."""
        loop = asyncio.get_running_loop()
        workers = [self._stt] + ([self._tts] if self.settings.speak_answers else [])
        for worker in workers:
            if not worker.loaded:
                task = loop.create_task(worker.load())
                self._background.add(task)
                task.add_done_callback(self._warmed)

    def _warmed(self, task: asyncio.Task[None]) -> None:
        self._background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            # Reported again, with its message, when the model is actually needed.
            log.debug("warm-up failed", exc_info=task.exception())

    async def _watch(self, recorder: Recorder) -> VoiceTurn:
        """Finish the turn when the recording ends by itself (max length, silence, lost device)."""
        await asyncio.to_thread(recorder.finished.wait)
        if self._recorder is not recorder:
            return self.last_turn or VoiceTurn()
        return await self.stop_listening()

    async def stop_listening(self) -> VoiceTurn:
        """Close the microphone and handle what was said. Returns the finished turn."""
        released = time.perf_counter()
        recorder, self._recorder = self._recorder, None
        if recorder is None:
            raise Busy("Not listening. Call StartListening first.")
        if self._auto_stop is not None and self._auto_stop is not asyncio.current_task():
            self._auto_stop.cancel()
        recording = await asyncio.to_thread(recorder.stop)
        if recorder.error is not None:
            _emit(self.events.on_message, recorder.error.message)
        return await self.handle_recording(recording, released)

    async def wait_turn(self) -> VoiceTurn:
        """For callers that let the recording end by itself (``neuralux listen``)."""
        if self._auto_stop is None:
            raise Busy("Not listening.")
        return await asyncio.shield(self._auto_stop)

    # --- one turn ---------------------------------------------------------------------
    async def handle_recording(self, recording: Recording,
                               released: float | None = None) -> VoiceTurn:
        released = released or time.perf_counter()
        turn = VoiceTurn(recording_reason=recording.reason)
        async with self._turn_lock:
            self._cancel = threading.Event()
            _emit(self.events.on_state, "thinking")
            try:
                turn.transcript = await self._transcribe(recording)
                turn.timings["transcript_s"] = time.perf_counter() - released
                if not turn.transcript:
                    turn.action = "none"
                    await self._say(DIDNT_CATCH, turn, released)
                    return turn
                _emit(self.events.on_transcript, turn.transcript)
                await self._route(turn, released)
                return turn
            except Cancelled:
                return turn  # barge-in dropped this answer on purpose: nothing to report
            except NeuraluxError as exc:
                _emit(self.events.on_message, exc.message)
                exc.reported = True  # type: ignore[attr-defined]
                raise
            finally:
                self.last_turn = turn
                _emit(self.events.on_state, "idle")

    async def _transcribe(self, recording: Recording) -> str:
        if recording.seconds < MIN_SPEECH_SECONDS or recording.peak_level < MIN_PEAK_LEVEL:
            return ""  # nothing but silence: don't spend the model on it
        samples, rate = recording.samples, recording.rate
        result = await self._stt.call(lambda m: m.transcribe(samples, rate, None))
        return str(result.text).strip()

    async def _route(self, turn: VoiceTurn, released: float) -> None:
        pending = self._actions is not None and self._actions.has_pending_command()
        command = commands.route(turn.transcript, pending)
        turn.action = command.action
        if command.action == commands.ASK:
            await self._answer(turn, released)
        elif command.action == commands.STOP:
            await self.stop_speaking()
        elif command.action == commands.NO_COMMAND:
            await self._say(NO_COMMAND, turn, released)
        elif self._actions is None:
            await self._say(NOT_AVAILABLE, turn, released)
        else:
            reply = await self._actions.perform(command.action)
            if reply:
                await self._say(reply, turn, released)

    async def _answer(self, turn: VoiceTurn, released: float) -> None:
        speaking = self._new_speaker() if self.settings.speak_answers else None
        first_token: list[float] = []

        def on_chunk(piece: str) -> None:
            if not first_token:
                first_token.append(time.perf_counter() - released)
            _emit(self.events.on_answer_chunk, piece)
            if speaking is not None and self.stream_speech:
                speaking.feed(piece)

        try:
            turn.answer = await self._ask(turn.transcript, on_chunk, self._cancel)
        except BaseException:
            if speaking is not None:
                await speaking.cancel()
            raise
        turn.timings["answer_s"] = time.perf_counter() - released
        if first_token:
            turn.timings["first_token_s"] = first_token[0]
        _emit(self.events.on_answer, turn.transcript, turn.answer)
        if speaking is not None:
            if not self.stream_speech:
                speaking.say(turn.answer)
            await self._finish_speaking(speaking, turn, released)

    async def _say(self, text: str, turn: VoiceTurn, released: float,
                   announce: bool = True, aloud: bool | None = None) -> None:
        turn.answer = text
        if announce:
            _emit(self.events.on_message, text)
        if self.settings.speak_answers if aloud is None else aloud:
            speaking = self._new_speaker()
            speaking.say(text)
            await self._finish_speaking(speaking, turn, released)

    def _new_speaker(self) -> AnswerSpeaker:
        self._speaking = AnswerSpeaker(self._tts, self._speaker_factory(self.settings),
                                       on_warning=self.events.on_message)
        return self._speaking

    async def _finish_speaking(self, speaking: AnswerSpeaker, turn: VoiceTurn,
                               released: float) -> None:
        _emit(self.events.on_state, "speaking")
        try:
            await speaking.close()
        finally:
            if self._speaking is speaking:
                self._speaking = None
        if speaking.first_sample_at is not None:
            turn.timings["first_audio_s"] = speaking.first_sample_at - released
        turn.timings["spoken_sentences"] = float(speaking.sentences_spoken)

    # --- speaking ---------------------------------------------------------------------
    async def speak(self, text: str) -> None:
        """Say ``text`` (Markdown cleaned up), interrupting anything being said."""
        await self.stop_speaking()
        try:
            # An explicit Speak is said even when voice answers are switched off.
            await self._say(text, VoiceTurn(action="speak"), time.perf_counter(),
                            announce=False, aloud=True)
        finally:
            _emit(self.events.on_state, "idle")

    async def cancel_turn(self) -> None:
        """Esc in the overlay: stop the answer being written and stop saying it."""
        self._cancel.set()
        await self.stop_speaking()

    async def stop_speaking(self) -> None:
        if self._speaking is not None:
            self._speaking.interrupt()
