"""faster-whisper backend: file decoding, transcripts, bad input."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import numpy as np
import pytest

from neuralux.backends.stt import decode_file, load_transcriber, resolve_model, to_float32_mono
from neuralux.config import VoiceSettings
from neuralux.errors import InvalidArgument, ModelUnavailable


@pytest.fixture(scope="module")
def speech_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audio") / "question.wav"
    subprocess.run(["espeak-ng", "-s", "150", "-w", str(path), "What is the capital of Peru?"],
                   check=True)
    return path


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["wav", "flac", "mp3", "ogg"])
def test_files_in_common_formats_are_transcribed(speech_wav: Path, tmp_path: Path,
                                                 fmt: str) -> None:
    path = tmp_path / f"q.{fmt}"
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(speech_wav), str(path)],
                   check=True)
    samples = decode_file(path)
    assert samples.dtype == np.float32 and 1.0 < len(samples) / 16000 < 4.0
    result = _transcriber().transcribe(samples, 16000, None)
    assert "capital" in result.text.lower() and "peru" in result.text.lower()
    assert result.language == "en" and result.segments
    assert result.timings["transcribe_s"] > 0


_CACHE: dict[str, object] = {}


def _transcriber():  # type: ignore[no-untyped-def]
    if "t" not in _CACHE:
        _CACHE["t"] = load_transcriber(VoiceSettings())
    return _CACHE["t"]


@pytest.mark.parametrize("content", [b"", b"hello, this is text\n", bytes(range(256)) * 40,
                                     b"RIFF\x24\x00\x00\x00WAVEfmt garbage"])
def test_malformed_files_are_invalid_argument(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    with pytest.raises(InvalidArgument, match="wav, flac, mp3 or ogg"):
        decode_file(path)


def test_missing_file_is_invalid_argument(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgument, match="No such audio file"):
        decode_file(tmp_path / "nope.wav")


def test_model_resolution() -> None:
    assert Path(resolve_model("tiny.en"), "model.bin").is_file()
    with pytest.raises(ModelUnavailable, match="not a faster-whisper model"):
        resolve_model("/nonexistent/model")
    settings = dataclasses.replace(VoiceSettings(), stt_model="/nonexistent/model")
    with pytest.raises(ModelUnavailable):
        load_transcriber(settings)


def test_resampling_and_int16() -> None:
    pcm = (np.sin(np.arange(22050) / 4) * 10000).astype(np.int16)
    out = to_float32_mono(pcm, 22050)
    assert out.dtype == np.float32 and len(out) == 16000
    assert 0.2 < float(np.abs(out).max()) < 0.35
    stereo = np.stack([pcm, pcm], axis=1)
    assert len(to_float32_mono(stereo, 16000)) == 22050
