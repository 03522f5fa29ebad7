"""The real audio path: PulseAudio virtual mic/speaker, real faster-whisper and piper."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from typing import Any

import numpy as np
import pytest

from neuralux.backends.tts import make_tts_worker
from neuralux.config import VoiceSettings
from neuralux.errors import Unavailable
from neuralux.voice.capture import Recorder
from neuralux.voice.loop import DIDNT_CATCH, VoiceEvents, VoiceLoop
from tests.voice.conftest import FakeAssistant
from tests.voice.pulse import PulseServer, espeak_pcm16k

pytestmark = [pytest.mark.e2e, pytest.mark.model]


def voiced_seconds(samples: np.ndarray, rate: int = 22050, threshold: float = 300.0) -> float:
    """Seconds of 20 ms windows louder than ``threshold`` RMS."""
    win = int(rate * 0.02)
    n = len(samples) // win
    if n == 0:
        return 0.0
    frames = samples[: n * win].astype(np.float32).reshape(n, win)
    return float(np.sum(np.sqrt(np.mean(frames**2, axis=1)) > threshold)) * 0.02


async def hold_and_speak(loop: VoiceLoop, pulse: PulseServer, speech: np.ndarray) -> Any:
    """What a person does: hold the key, speak, let go shortly after the last word."""
    assert pulse.mic is not None
    await loop.start_listening()
    pulse.mic.say(np.concatenate([np.zeros(3200, np.int16), speech]))
    await asyncio.to_thread(pulse.mic.wait_spoken)
    await asyncio.sleep(0.3)
    return await loop.stop_listening()


@pytest.mark.parametrize("source", ["piper", "espeak"])
async def test_recorded_speech_is_transcribed(pulse: PulseServer, voice_settings: VoiceSettings,
                                              stt_worker: Any, piper_speech: Any,
                                              source: str) -> None:
    text = "What is the capital of Peru?"
    speech = piper_speech(text) if source == "piper" else espeak_pcm16k(text)
    levels: list[float] = []
    recorder = Recorder(voice_settings, on_level=levels.append)
    await asyncio.to_thread(recorder.start)
    assert pulse.mic is not None
    pulse.mic.say(speech)
    await asyncio.to_thread(pulse.mic.wait_spoken)
    await asyncio.sleep(0.3)
    recording = await asyncio.to_thread(recorder.stop)
    assert recording.reason == "released"
    assert recording.speech_seen and max(levels) > 0.5
    assert abs(recording.seconds - len(speech) / 16000) < 1.0
    result = await stt_worker.call(lambda m: m.transcribe(recording.samples, 16000, None))
    words = result.text.lower()
    assert "capital" in words and "peru" in words


async def test_hold_speak_hear_the_answer(pulse: PulseServer, voice_settings: VoiceSettings,
                                          stt_worker: Any, tts_worker: Any, piper_speech: Any,
                                          fake_assistant: FakeAssistant) -> None:
    transcripts: list[str] = []
    loop = VoiceLoop(voice_settings, stt_worker, tts_worker, fake_assistant,
                     VoiceEvents(on_transcript=transcripts.append))
    speaker = pulse.record_speaker()
    turn = await hold_and_speak(loop, pulse, piper_speech("What is the capital of Peru?"))
    await asyncio.sleep(0.3)
    heard = speaker.stop()
    assert "capital" in turn.transcript.lower() and "peru" in turn.transcript.lower()
    assert transcripts == [turn.transcript]
    assert fake_assistant.questions == [turn.transcript]
    assert turn.answer == fake_assistant.answer
    assert turn.timings["spoken_sentences"] == 2
    # The answer is ~4 s of speech: it must be on the speaker, not silence, not a blip.
    assert 1.5 < voiced_seconds(heard) < 12
    assert turn.timings["first_audio_s"] < turn.timings["answer_s"] + 2


async def test_silence_only_is_not_a_question(pulse: PulseServer, voice_settings: VoiceSettings,
                                              stt_worker: Any, tts_worker: Any,
                                              fake_assistant: FakeAssistant) -> None:
    messages: list[str] = []
    loop = VoiceLoop(voice_settings, stt_worker, tts_worker, fake_assistant,
                     VoiceEvents(on_message=messages.append))
    speaker = pulse.record_speaker()
    turn = await hold_and_speak(loop, pulse, np.zeros(16000, np.int16))
    await asyncio.sleep(0.3)
    heard = speaker.stop()
    assert turn.transcript == "" and turn.answer == DIDNT_CATCH
    assert fake_assistant.questions == []
    assert DIDNT_CATCH in messages
    assert voiced_seconds(heard) > 0.5  # "I didn't catch that" was said


async def test_max_length_stops_and_transcribes(pulse: PulseServer, voice_settings: VoiceSettings,
                                                stt_worker: Any, tts_worker: Any,
                                                piper_speech: Any) -> None:
    settings = dataclasses.replace(voice_settings, max_record_seconds=2.0, speak_answers=False)
    asker = FakeAssistant("Fine.")
    loop = VoiceLoop(settings, stt_worker, tts_worker, asker)
    assert pulse.mic is not None
    speech = piper_speech("Tell me a long story about the mountains of Peru and the old "
                          "cities that stand in the clouds above the valleys.")
    await loop.start_listening()
    pulse.mic.say(speech)
    started = time.monotonic()
    turn = await asyncio.wait_for(loop.wait_turn(), 20)
    assert time.monotonic() - started < 4
    pulse.mic.clear()
    assert turn.recording_reason == "max_length"
    assert turn.transcript  # what was said before the limit is kept
    assert asker.questions == [turn.transcript]
    assert not loop.listening


async def test_missing_input_device_is_a_clear_error(pulse: PulseServer,
                                                     voice_settings: VoiceSettings,
                                                     stt_worker: Any, tts_worker: Any,
                                                     fake_assistant: FakeAssistant) -> None:
    settings = dataclasses.replace(voice_settings, input_device="no-such-microphone")
    loop = VoiceLoop(settings, stt_worker, tts_worker, fake_assistant)
    with pytest.raises(Unavailable, match=r"no-such-microphone.*neuralux doctor"):
        await loop.start_listening()
    assert not loop.listening  # and the loop is still usable with a working device
    loop.settings = voice_settings
    await loop.start_listening()
    assert loop.listening
    await loop.stop()


async def test_microphone_vanishing_mid_recording(pulse: PulseServer,
                                                  voice_settings: VoiceSettings,
                                                  stt_worker: Any, tts_worker: Any,
                                                  piper_speech: Any) -> None:
    messages: list[str] = []
    settings = dataclasses.replace(voice_settings, speak_answers=False)
    asker = FakeAssistant("Fine.")
    loop = VoiceLoop(settings, stt_worker, tts_worker, asker,
                     VoiceEvents(on_message=messages.append))
    assert pulse.mic is not None
    await loop.start_listening()
    pulse.mic.say(piper_speech("What is the capital of Peru?"))
    await asyncio.to_thread(pulse.mic.wait_spoken)
    pulse.suspend_mic(True)  # the source stops delivering, as when a USB mic is pulled
    try:
        turn = await asyncio.wait_for(loop.wait_turn(), 10)
    finally:
        pulse.suspend_mic(False)
    assert turn.recording_reason == "device_lost"
    assert any("microphone stopped" in m for m in messages)
    assert "peru" in turn.transcript.lower()  # what was captured before is still used
    assert not loop.listening


async def test_missing_voice_keeps_the_text(pulse: PulseServer, voice_settings: VoiceSettings,
                                            stt_worker: Any, piper_speech: Any,
                                            fake_assistant: FakeAssistant) -> None:
    settings = dataclasses.replace(voice_settings, tts_voice="/nonexistent/voice.onnx")
    messages: list[str] = []
    answers: list[tuple[str, str]] = []
    tts = make_tts_worker(settings)
    loop = VoiceLoop(settings, stt_worker, tts, fake_assistant,
                     VoiceEvents(on_message=messages.append,
                                 on_answer=lambda q, a: answers.append((q, a))))
    turn = await hold_and_speak(loop, pulse, piper_speech("What is the capital of Peru?"))
    await tts.close()
    assert turn.answer == fake_assistant.answer
    assert answers == [(turn.transcript, fake_assistant.answer)]
    assert len([m for m in messages if "voice" in m and "missing" in m]) == 1


def test_say_plays_on_the_speaker(pulse: PulseServer) -> None:
    from tests.conftest import run_cli

    speaker = pulse.record_speaker()
    out = run_cli("say", "--no-daemon", "Hello from **Neuralux**. This is a test.",
                  env={"PULSE_SERVER": pulse.env["PULSE_SERVER"],
                       "NEURALUX_VOICE_OUTPUT_DEVICE": "pulse"})
    time.sleep(0.3)
    heard = speaker.stop()
    assert out.returncode == 0, out.stderr
    assert 1.0 < voiced_seconds(heard) < 6.0
