"""`neuralux doctor` rows for voice: configured devices and speech models."""

from __future__ import annotations

import pytest

from neuralux.cli.doctor import check_voice
from tests.voice.pulse import PulseServer

pytestmark = pytest.mark.e2e


def test_doctor_sees_the_devices_and_models(pulse: PulseServer,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEURALUX_VOICE_INPUT_DEVICE", "pulse")
    rows = {c.name: c for c in check_voice()}
    assert rows["voice input device"].ok and "pulse" in rows["voice input device"].detail
    assert rows["voice output device"].ok
    assert rows["speech-to-text model"].ok and rows["text-to-speech voice"].ok


def test_doctor_names_a_missing_device_and_voice(pulse: PulseServer,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEURALUX_VOICE_INPUT_DEVICE", "usb-headset-that-is-gone")
    monkeypatch.setenv("NEURALUX_VOICE_TTS_VOICE", "/nonexistent/voice.onnx")
    rows = {c.name: c for c in check_voice()}
    row = rows["voice input device"]
    assert not row.ok and not row.required and "usb-headset-that-is-gone" in row.detail
    assert row.fix
    assert not rows["text-to-speech voice"].ok and "missing" in rows["text-to-speech voice"].detail
