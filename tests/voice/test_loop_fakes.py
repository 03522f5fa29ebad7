"""VoiceLoop orchestration with tiny fakes: streaming speech, barge-in, routing."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from neuralux.backends.base import AudioChunk, Transcript
from neuralux.backends.worker import ModelWorker
from neuralux.config import VoiceSettings
from neuralux.voice import commands
from neuralux.voice.capture import Recording
from neuralux.voice.loop import DIDNT_CATCH, NO_COMMAND, VoiceEvents, VoiceLoop
from tests.voice.conftest import FakeAssistant

SPEECH = (np.sin(np.arange(16000) / 3) * 8000).astype(np.int16)


class FakeTranscriber:
    def __init__(self, text: str) -> None:
        self.text = text

    def transcribe(self, audio: Any, rate: int, lang: str | None) -> Transcript:
        return Transcript(self.text, "en")

    def close(self) -> None:
        pass


class FakeSynth:
    def __init__(self) -> None:
        self.sentences: list[str] = []

    def synthesize_sentence(self, sentence: str) -> AudioChunk:
        self.sentences.append(sentence)
        time.sleep(0.01)
        return AudioChunk(b"\x01\x00" * 2205, 22050, sentence)  # 0.1 s

    def close(self) -> None:
        pass


class FakeRecorder:
    def __init__(self, settings: VoiceSettings, on_level: Any = None,
                 stop_on_silence: bool = False) -> None:
        self.finished = threading.Event()
        self.error = None

    def start(self) -> None:
        pass

    def stop(self, reason: str = "released") -> Recording:
        self.finished.set()
        return Recording(SPEECH, 16000, reason, 0.8, True)


class FakeSpeaker:
    played: list[str]
    last: FakeSpeaker | None = None

    def __init__(self, settings: VoiceSettings) -> None:
        self.interrupted = threading.Event()
        self.first_sample_at: float | None = None
        self.played = []
        FakeSpeaker.last = self

    def play(self, chunk: AudioChunk) -> bool:
        if self.interrupted.is_set():
            return False
        self.first_sample_at = self.first_sample_at or time.perf_counter()
        self.played.append(chunk.text)
        self.interrupted.wait(0.1)
        return not self.interrupted.is_set()

    def interrupt(self) -> None:
        self.interrupted.set()

    def finish(self) -> None:
        pass


def make_loop(heard: str, asker: Callable[..., Any], synth: FakeSynth,
              events: VoiceEvents | None = None, actions: Any = None) -> VoiceLoop:
    stt: ModelWorker[Any] = ModelWorker("stt", lambda: FakeTranscriber(heard))
    tts: ModelWorker[Any] = ModelWorker("tts", lambda: synth)
    return VoiceLoop(VoiceSettings(), stt, tts, asker, events, actions,
                     recorder_factory=FakeRecorder, speaker_factory=FakeSpeaker)


async def turn(loop: VoiceLoop) -> Any:
    await loop.start_listening()
    return await loop.stop_listening()


async def test_first_sentence_is_spoken_before_the_answer_ends() -> None:
    asker = FakeAssistant("Lima is the capital. " + "It is a big city. " * 5, token_delay=0.05)
    synth = FakeSynth()
    done = await turn(make_loop("What is the capital of Peru?", asker, synth))
    assert done.timings["first_audio_s"] < done.timings["answer_s"] / 2
    assert synth.sentences[0] == "Lima is the capital."
    assert done.timings["spoken_sentences"] == 6


async def test_whole_answer_mode_waits_for_the_model() -> None:
    asker = FakeAssistant("Lima is the capital. It is a big city.", token_delay=0.05)
    loop = make_loop("What is the capital of Peru?", asker, FakeSynth())
    loop.stream_speech = False
    done = await turn(loop)
    assert done.timings["first_audio_s"] > done.timings["answer_s"]


async def test_pressing_the_key_while_speaking_stops_the_speech() -> None:
    asker = FakeAssistant("One sentence here. " * 20, token_delay=0.0)
    loop = make_loop("Tell me a story", asker, FakeSynth())
    FakeSpeaker.last = None
    first = asyncio.create_task(turn(loop))
    try:
        while FakeSpeaker.last is None or not FakeSpeaker.last.played:
            await asyncio.sleep(0.01)
        speaking = FakeSpeaker.last
        await loop.start_listening()  # barge-in
        assert speaking.interrupted.is_set()
        await asyncio.wait_for(first, 5)
        assert len(speaking.played) < 20
    finally:
        await loop.stop()


async def test_stop_command_does_not_ask() -> None:
    asker = FakeAssistant("unused")
    done = await turn(make_loop("Stop.", asker, FakeSynth()))
    assert done.action == commands.STOP and asker.questions == []


async def test_run_without_a_command_on_screen_runs_nothing() -> None:
    asker = FakeAssistant("unused")
    synth = FakeSynth()
    done = await turn(make_loop("Run the command.", asker, synth))
    assert done.action == commands.NO_COMMAND and done.answer == NO_COMMAND
    assert synth.sentences == [NO_COMMAND] and asker.questions == []


async def test_commands_go_to_the_actions() -> None:
    class Actions:
        def __init__(self) -> None:
            self.performed: list[str] = []

        def has_pending_command(self) -> bool:
            return True

        async def perform(self, action: str) -> str | None:
            self.performed.append(action)
            return "Done."

    actions = Actions()
    synth = FakeSynth()
    done = await turn(make_loop("run it", FakeAssistant("unused"), synth, actions=actions))
    assert actions.performed == [commands.RUN_COMMAND] and synth.sentences == ["Done."]
    assert done.action == commands.RUN_COMMAND


async def test_empty_transcript_is_not_a_question() -> None:
    asker = FakeAssistant("unused")
    messages: list[str] = []
    done = await turn(make_loop("", asker, FakeSynth(), VoiceEvents(on_message=messages.append)))
    assert done.answer == DIDNT_CATCH and asker.questions == [] and messages == [DIDNT_CATCH]


async def test_cancel_turn_stops_writing_and_speaking() -> None:
    """Esc in the overlay during a spoken question's answer."""
    asker = FakeAssistant("One sentence here. " * 40, token_delay=0.02)
    loop = make_loop("Tell me a story", asker, FakeSynth())
    FakeSpeaker.last = None
    first = asyncio.create_task(turn(loop))
    try:
        while FakeSpeaker.last is None or not FakeSpeaker.last.played:
            await asyncio.sleep(0.01)
        speaking = FakeSpeaker.last
        await loop.cancel_turn()
        assert speaking.interrupted.is_set()
        await asyncio.wait_for(first, 5)
        assert len(speaking.played) < 5
    finally:
        await loop.stop()
