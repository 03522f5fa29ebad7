"""Microphone capture: 16 kHz mono int16 through sounddevice.

The PortAudio callback only copies each block into a queue; a small consumer
thread does everything else (level meter, maximum length, end-of-speech
silence, a watchdog for a microphone that stops delivering). ``stop()`` returns
what was captured, whatever the reason the recording ended.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from neuralux.config import VoiceSettings
from neuralux.errors import NeuraluxError, Unavailable
from neuralux.voice import devices

log = logging.getLogger(__name__)

RATE = 16000
BLOCK = 480  # 30 ms: fine-grained enough for the level meter and a prompt release.
SPEECH_LEVEL = 0.35  # level (0..1 ≈ -60..0 dBFS) above which a block counts as speech
WATCHDOG_SECONDS = 2.0


@dataclass(frozen=True)
class Recording:
    samples: np.ndarray  # int16 mono at ``rate``
    rate: int
    reason: str  # "released" | "max_length" | "silence" | "device_lost" | "cancelled"
    peak_level: float
    speech_seen: bool

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate


def level_of(block: np.ndarray) -> float:
    """RMS of an int16 block mapped from -60..0 dBFS to 0..1 (what a meter shows)."""
    if block.size == 0:
        return 0.0
    rms = float(np.sqrt(np.mean(np.square(block.astype(np.float32) / 32768.0))))
    if rms <= 1e-6:
        return 0.0
    return min(1.0, max(0.0, (20 * math.log10(rms) + 60) / 60))


def _close_stream(stream: Any) -> None:
    try:
        stream.abort()
        stream.close()
    except Exception:  # a vanished device may fail to close cleanly
        log.debug("closing the input stream failed", exc_info=True)


class Recorder:
    """One recording. ``start()`` opens the microphone; ``stop()`` closes it and returns audio."""

    def __init__(self, settings: VoiceSettings, on_level: Callable[[float], None] | None = None,
                 stop_on_silence: bool = False) -> None:
        self._settings = settings
        self._on_level = on_level
        self._stop_on_silence = stop_on_silence
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue()
        self._blocks: list[np.ndarray] = []
        self._frames = 0
        self._stream: Any = None
        self._thread: threading.Thread | None = None
        self._closing = threading.Event()
        self._lost = threading.Event()
        self.finished = threading.Event()  # set when the recording ended by itself
        self.reason = "released"
        self.error: NeuraluxError | None = None
        self._peak = 0.0
        self._speech_seen = False

    def start(self) -> None:
        sd = devices.sounddevice()
        device = devices.resolve(self._settings.input_device, "input")
        try:
            self._stream = sd.InputStream(samplerate=RATE, channels=1, dtype="int16",
                                          blocksize=BLOCK, device=device,
                                          callback=self._callback,
                                          finished_callback=self._stream_finished)
            self._stream.start()
        except Exception as exc:  # PortAudioError and friends
            self._stream = None
            raise Unavailable(f"Could not open the microphone ({exc}). Check "
                              "voice.input_device with `neuralux doctor`.") from exc
        self._thread = threading.Thread(target=self._consume, name="voice-capture", daemon=True)
        self._thread.start()

    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        # Runs on PortAudio's real-time thread: copy and hand off, nothing else.
        self._queue.put_nowait(indata[:, 0].copy())

    def _stream_finished(self) -> None:
        # PortAudio ends the stream on its own when the device fails; wake the consumer.
        if not self._closing.is_set():
            self._lost.set()

    def _consume(self) -> None:
        max_frames = int(self._settings.max_record_seconds * RATE)
        silence_frames = int(self._settings.silence_stop_seconds * RATE)
        quiet = 0
        last_block = time.monotonic()
        while not self._closing.is_set():
            try:
                block = self._queue.get(timeout=0.1)
            except queue.Empty:
                if self._lost.is_set() or time.monotonic() - last_block > WATCHDOG_SECONDS:
                    self._end("device_lost", Unavailable(
                        "The microphone stopped delivering audio (unplugged or taken by "
                        "another program?). Check it with `neuralux doctor`."))
                    return
                continue
            if block is None:  # stop() wakes us at once instead of waiting for a timeout
                return
            last_block = time.monotonic()
            room = max_frames - self._frames
            block = block[:room]
            self._blocks.append(block)
            self._frames += len(block)
            level = level_of(block)
            self._peak = max(self._peak, level)
            if self._on_level is not None:
                self._on_level(level)
            if level >= SPEECH_LEVEL:
                self._speech_seen, quiet = True, 0
            else:
                quiet += len(block)
            if self._frames >= max_frames:
                self._end("max_length")
                return
            if self._stop_on_silence and self._speech_seen and quiet >= silence_frames:
                self._end("silence")
                return

    def _end(self, reason: str, error: NeuraluxError | None = None) -> None:
        self.reason, self.error = reason, error
        if error is not None:
            log.warning("recording ended: %s", error.message)
        self.finished.set()

    def stop(self, reason: str = "released") -> Recording:
        """Close the microphone and return everything captured so far."""
        self._closing.set()
        self._queue.put_nowait(None)
        if self._thread is not None:
            self._thread.join(timeout=2)
        stream, self._stream = self._stream, None
        if stream is not None:
            # Closing a PortAudio stream takes ~80 ms; the audio is already ours, so the
            # transcript need not wait for it.
            threading.Thread(target=_close_stream, args=(stream,), name="voice-capture-close",
                             daemon=True).start()
        if not self.finished.is_set():
            self.reason = reason
        # Blocks still queued after the consumer stopped belong to the recording too.
        max_frames = int(self._settings.max_record_seconds * RATE)
        while self.reason != "max_length" and not self._queue.empty():
            item = self._queue.get_nowait()
            if item is None:
                continue
            block = item[: max(0, max_frames - self._frames)]
            self._blocks.append(block)
            self._frames += len(block)
        samples = np.concatenate(self._blocks) if self._blocks else np.zeros(0, np.int16)
        self.finished.set()  # releases anyone waiting for the recording to end
        return Recording(samples, RATE, self.reason, self._peak, self._speech_seen)
