"""piper backend: bundled voice, sentence chunks, real-time factor, a missing voice."""

from __future__ import annotations

import dataclasses
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from neuralux.backends.tts import load_synthesizer, resolve_voice, write_wav
from neuralux.config import VoiceSettings
from neuralux.errors import ModelUnavailable


@pytest.mark.model
def test_bundled_voice_speaks_sentence_by_sentence(tmp_path: Path) -> None:
    synth = load_synthesizer(VoiceSettings())
    chunks = list(synth.synthesize("The capital of Peru is Lima. It lies on the coast."))
    assert len(chunks) == 2 and all(c.rate == 22050 for c in chunks)
    started = time.perf_counter()
    one = synth.synthesize_sentence("Lima is the capital of Peru.")
    elapsed = time.perf_counter() - started
    seconds = len(one.samples) / 2 / one.rate
    assert 1.0 < seconds < 4.0 and one.text == "Lima is the capital of Peru."
    assert elapsed / seconds < 0.8  # faster than real time even on a busy 2-core machine
    samples = np.frombuffer(one.samples, np.int16)
    assert np.abs(samples).max() > 5000
    out = tmp_path / "a.wav"
    assert abs(write_wav(out, chunks) - sum(len(c.samples) for c in chunks) / 2 / 22050) < 1e-6
    with wave.open(str(out)) as w:
        assert w.getframerate() == 22050 and w.getnframes() > 22050


def test_missing_voice_says_how_to_fix() -> None:
    with pytest.raises(ModelUnavailable, match=r"shown as text only.*tts_voice"):
        resolve_voice("/nonexistent/en_US-nobody.onnx")
    with pytest.raises(ModelUnavailable, match="missing"):
        load_synthesizer(dataclasses.replace(VoiceSettings(), tts_voice="en_US-nobody-low"))
    assert resolve_voice("en_US-joe-medium").is_file()
