"""Speaker output through sounddevice, interruptible between small blocks (barge-in).

One ``Speaker`` session plays the sentences of one answer back to back on a
single output stream, so there is no gap or click between sentences. Writes
are blocking and run off the event loop (``asyncio.to_thread``).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import numpy as np

from neuralux.backends.base import AudioChunk
from neuralux.config import VoiceSettings
from neuralux.errors import Unavailable
from neuralux.voice import devices

log = logging.getLogger(__name__)

BLOCK_SECONDS = 0.05  # barge-in reacts within one block


class Speaker:
    """Plays chunks until ``interrupt()``; ``first_sample_at`` is when audio first went out."""

    def __init__(self, settings: VoiceSettings) -> None:
        self._settings = settings
        self._stream: Any = None
        self._rate = 0
        self.interrupted = threading.Event()
        self.first_sample_at: float | None = None
        self.played_seconds = 0.0

    def _open(self, rate: int) -> None:
        sd = devices.sounddevice()
        device = devices.resolve(self._settings.output_device, "output")
        try:
            self._stream = sd.OutputStream(samplerate=rate, channels=1, dtype="int16",
                                           device=device)
            self._stream.start()
        except Exception as exc:  # PortAudioError and friends
            self._stream = None
            raise Unavailable(f"Could not open the speaker ({exc}). Check voice.output_device "
                              "with `neuralux doctor`.") from exc
        self._rate = rate

    def play(self, chunk: AudioChunk) -> bool:
        """Play one chunk (blocking). Returns False when interrupted."""
        if self.interrupted.is_set():
            return False
        if self._stream is not None and chunk.rate != self._rate:
            self._close(drain=True)
        if self._stream is None:
            self._open(chunk.rate)
        samples = np.frombuffer(chunk.samples, dtype=np.int16)
        step = max(1, int(self._rate * BLOCK_SECONDS))
        for start in range(0, len(samples), step):
            if self.interrupted.is_set():
                return False
            if self.first_sample_at is None:
                self.first_sample_at = time.perf_counter()
            block = samples[start:start + step]
            try:
                self._stream.write(block.reshape(-1, 1))
            except Exception as exc:  # the device went away mid-answer
                self._close(drain=False)
                raise Unavailable(f"The speaker stopped working ({exc}).") from exc
            self.played_seconds += len(block) / self._rate
        return True

    def interrupt(self) -> None:
        self.interrupted.set()

    def finish(self) -> None:
        """Let the last audio drain (unless interrupted) and close the device."""
        self._close(drain=not self.interrupted.is_set())

    def _close(self, drain: bool) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        try:
            if drain:
                stream.stop()
            else:
                stream.abort()
            stream.close()
        except Exception:  # closing a vanished device may fail; nothing to do
            log.debug("closing the output stream failed", exc_info=True)
