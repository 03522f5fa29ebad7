"""The hold-to-talk key on a real X server (Xvfb), driven by xdotool keydown/keyup."""

from __future__ import annotations

import asyncio
import dataclasses
import subprocess
import threading
import time
from typing import Any

import numpy as np
import pytest

from neuralux.config import VoiceSettings
from neuralux.voice.loop import VoiceEvents
from neuralux.voice.ptt import X11PushToTalk
from neuralux.voice.service import VoiceService
from tests.voice.conftest import FakeAssistant
from tests.voice.pulse import PulseServer

pytestmark = pytest.mark.e2e


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


def wait_for(predicate: Any, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_hold_and_release(xvfb: str) -> None:
    events: list[str] = []
    changed = threading.Event()

    def note(name: str) -> Any:
        return lambda: (events.append(name), changed.set())

    key = X11PushToTalk("<ctrl_r>", note("press"), note("release"), note("cancel"))
    key.start()
    try:
        xdotool("keydown", "Control_R")
        assert wait_for(lambda: events == ["press"])
        time.sleep(0.2)
        assert events == ["press"]  # holding is not repeated presses
        xdotool("keyup", "Control_R")
        assert wait_for(lambda: events == ["press", "release"])
        # A chord with the talk key is a shortcut: it cancels instead of asking.
        xdotool("keydown", "Control_R")
        xdotool("key", "c")
        xdotool("keyup", "Control_R")
        assert wait_for(lambda: events[2:] == ["press", "cancel"])
        time.sleep(0.2)
        assert events[2:] == ["press", "cancel"]
        # Other keys alone never start listening (Alt+Space belongs to the overlay).
        xdotool("key", "alt+space")
        xdotool("key", "Control_L")
        time.sleep(0.3)
        assert len(events) == 4
    finally:
        listener = key._listener
        key.stop()
    assert listener is not None and not listener.is_alive()  # no thread leaks on stop


@pytest.mark.model
async def test_talk_key_drives_the_voice_loop(xvfb: str, pulse: PulseServer,
                                              voice_settings: VoiceSettings,
                                              piper_speech: Any) -> None:
    settings = dataclasses.replace(voice_settings, hotkey_backend="x11")
    asker = FakeAssistant("Lima is the capital of Peru.")
    done = asyncio.Event()
    answers: list[tuple[str, str]] = []

    def on_answer(question: str, answer: str) -> None:
        answers.append((question, answer))

    states: list[str] = []
    service = VoiceService(settings, asker, VoiceEvents(on_answer=on_answer,
                                                        on_state=states.append))
    service.observe(VoiceEvents(on_state=lambda s: s == "idle" and done.set()))
    await service.start()
    assert service.talk_key is not None, service.talk_key_error
    speaker = pulse.record_speaker()
    try:
        assert pulse.mic is not None
        await asyncio.to_thread(xdotool, "keydown", "Control_R")
        for _ in range(100):
            if service.loop.listening:
                break
            await asyncio.sleep(0.02)
        assert service.loop.listening
        pulse.mic.say(np.concatenate([np.zeros(3200, np.int16),
                                      piper_speech("What is the capital of Peru?")]))
        await asyncio.to_thread(pulse.mic.wait_spoken)
        await asyncio.sleep(0.3)
        await asyncio.to_thread(xdotool, "keyup", "Control_R")
        await asyncio.wait_for(done.wait(), 60)
    finally:
        await asyncio.sleep(0.2)
        heard = speaker.stop()
        await service.stop()
    assert len(answers) == 1 and "peru" in answers[0][0].lower()
    assert states[:2] == ["listening", "thinking"]
    assert float(np.sqrt(np.mean(heard.astype(np.float32) ** 2))) > 100  # the answer was spoken
