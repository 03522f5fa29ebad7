"""Fixtures for the voice tests: a private PulseAudio server, real models, a fake assistant."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import threading
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pytest

from neuralux.backends.stt import make_stt_worker
from neuralux.backends.tts import load_synthesizer, make_tts_worker
from neuralux.backends.worker import ModelWorker
from neuralux.config import VoiceSettings
from tests.voice.pulse import PulseServer, resample_to_16k


def reset_portaudio() -> None:
    """PortAudio lists devices once at start-up; re-list after the audio server changed."""
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


@pytest.fixture(scope="session")
def pulse() -> Iterator[PulseServer]:
    server = PulseServer().start()
    saved = {k: os.environ.get(k) for k in ("PULSE_SERVER",)}
    os.environ["PULSE_SERVER"] = server.env["PULSE_SERVER"]
    reset_portaudio()
    try:
        yield server
    finally:
        server.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        reset_portaudio()


@pytest.fixture
def voice_settings() -> VoiceSettings:
    # Models stay loaded for the whole session (no idle unload between tests).
    return dataclasses.replace(VoiceSettings(), idle_unload_seconds=0.0, input_device="pulse",
                               output_device="pulse", max_record_seconds=15.0)


@pytest.fixture(scope="session")
def stt_worker() -> ModelWorker[Any]:
    return make_stt_worker(dataclasses.replace(VoiceSettings(), idle_unload_seconds=0.0))


@pytest.fixture(scope="session")
def tts_worker() -> ModelWorker[Any]:
    return make_tts_worker(dataclasses.replace(VoiceSettings(), idle_unload_seconds=0.0))


@pytest.fixture(scope="session")
def piper_speech() -> Callable[[str], np.ndarray]:
    """Text → 16 kHz int16 speech in the default piper voice (the 'user' speaking)."""
    synth = load_synthesizer(VoiceSettings())
    lock = threading.Lock()

    def speak(text: str) -> np.ndarray:
        with lock:
            chunks = list(synth.synthesize(text))
        pcm = np.concatenate([np.frombuffer(c.samples, np.int16) for c in chunks])
        return resample_to_16k(pcm, chunks[0].rate)

    return speak


class FakeAssistant:
    """Streams a fixed answer token by token, like the core's ``Assistant.ask``."""

    def __init__(self, answer: str, token_delay: float = 0.01) -> None:
        self.answer = answer
        self.delay = token_delay
        self.questions: list[str] = []

    async def __call__(self, question: str, on_chunk: Callable[[str], None],
                       cancel: threading.Event) -> str:
        self.questions.append(question)
        for word in self.answer.split(" "):
            if cancel.is_set():
                break
            on_chunk(word + " ")
            await asyncio.sleep(self.delay)
        return self.answer


@pytest.fixture
def fake_assistant() -> FakeAssistant:
    return FakeAssistant("The capital of Peru is Lima. It lies on the Pacific coast.")


@pytest.fixture(scope="session")
def xvfb() -> Iterator[str]:
    """A private X server; DISPLAY points at it for the session."""
    import shutil
    import subprocess
    import time

    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    display = f":{90 + os.getpid() % 100}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    saved = os.environ.get("DISPLAY")
    os.environ["DISPLAY"] = display
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["xdpyinfo"], capture_output=True).returncode != 0:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.1)
        yield display
    finally:
        proc.terminate()
        proc.wait(timeout=5)
        if saved is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = saved
