"""Audio devices through sounddevice (PortAudio), with errors a person can act on.

sounddevice is imported on first use: importing it loads PortAudio, which the
daemon does not need until someone talks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from neuralux.errors import Unavailable

log = logging.getLogger(__name__)


def sounddevice() -> Any:
    try:
        import sounddevice as sd
    except (ImportError, OSError) as exc:
        raise Unavailable("Audio needs sounddevice and PortAudio: `pip install sounddevice` and "
                          "`apt install libportaudio2`.") from exc
    return sd


@dataclass(frozen=True)
class Device:
    index: int
    name: str
    inputs: int
    outputs: int
    default_rate: float
    is_default_input: bool = False
    is_default_output: bool = False


def list_devices() -> list[Device]:
    sd = sounddevice()
    try:
        raw = sd.query_devices()
        default_in, default_out = sd.default.device
    except Exception as exc:  # PortAudio errors vary by host API
        raise Unavailable(f"Could not list audio devices: {exc}") from exc
    return [Device(int(d["index"]), str(d["name"]), int(d["max_input_channels"]),
                   int(d["max_output_channels"]), float(d["default_samplerate"]),
                   d["index"] == default_in, d["index"] == default_out) for d in raw]


def _parse(value: str) -> int | str | None:
    value = value.strip()
    if not value:
        return None
    return int(value) if value.isdigit() else value


def resolve(value: str, kind: str) -> int | str | None:
    """Check the configured device (``kind`` "input" or "output") exists; return it for PortAudio.

    Raises ``Unavailable`` naming the setting and how to list devices.
    """
    sd = sounddevice()
    device = _parse(value)
    setting = "voice.input_device" if kind == "input" else "voice.output_device"
    what = "microphone" if kind == "input" else "speaker"
    try:
        info = sd.query_devices(device, kind)
    except Exception as exc:  # ValueError/PortAudioError for a missing device
        if device is None:
            raise Unavailable(f"No {what} found. Connect one (or start PulseAudio/PipeWire) and "
                              f"check `neuralux doctor`.") from exc
        raise Unavailable(f"The {what} {value!r} set in {setting} was not found ({exc}). "
                          f"Run `neuralux doctor` to list devices and fix {setting}.") from exc
    channels = info["max_input_channels" if kind == "input" else "max_output_channels"]
    if channels < 1:
        raise Unavailable(f"{info['name']!r} has no {kind} channels; set {setting} to a "
                          f"{what} listed by `neuralux doctor`.")
    return device
