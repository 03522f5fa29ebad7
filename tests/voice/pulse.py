"""A private PulseAudio server with a virtual microphone and speaker, for tests and benchmarks.

- speaker: ``module-null-sink`` named ``spk``; ``parec`` on ``spk.monitor`` records it.
- microphone: ``module-pipe-source`` named ``mic`` reading a FIFO. It yields audio only
  while something writes, so ``VirtualMic`` writes 20 ms frames at real-time pace:
  queued speech when there is some, silence otherwise.
sounddevice reaches it through ALSA's ``pulse``/``default`` device via ``PULSE_SERVER``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

MIC_RATE = 16000
SPK_RATE = 22050
FRAME_SECONDS = 0.02


class VirtualMic:
    def __init__(self, fifo: Path) -> None:
        self._fifo = fifo
        self._pending = bytearray()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._run, name="virtual-mic", daemon=True)
        self._thread.start()

    def say(self, pcm16k: np.ndarray) -> None:
        """Queue int16 16 kHz mono samples; they are 'spoken' at real-time pace."""
        with self._lock:
            self._pending += np.asarray(pcm16k, dtype=np.int16).tobytes()
            self._idle.clear()

    def clear(self) -> None:
        """Drop speech not yet 'said'."""
        with self._lock:
            self._pending.clear()
            self._idle.set()

    def wait_spoken(self, timeout: float = 60) -> bool:
        return self._idle.wait(timeout)

    def pause(self) -> None:
        """Stop writing altogether: the source then delivers nothing (a 'vanished' mic)."""
        self._paused.set()

    def resume(self) -> None:
        self._paused.clear()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _open(self) -> int | None:
        # Non-blocking open fails (ENXIO) while PulseAudio has the FIFO closed, e.g. while the
        # source is suspended; retry instead of blocking so close() never hangs.
        while not self._stop.is_set():
            try:
                fd = os.open(self._fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                time.sleep(FRAME_SECONDS)
                continue
            return fd
        return None

    def _run(self) -> None:
        frame = int(MIC_RATE * FRAME_SECONDS) * 2
        fd = self._open()
        start, n = time.monotonic(), 0
        while fd is not None and not self._stop.is_set():
            if self._paused.is_set():
                time.sleep(FRAME_SECONDS)
                start, n = time.monotonic(), 0
                continue
            with self._lock:
                chunk = bytes(self._pending[:frame])
            try:
                os.write(fd, chunk.ljust(frame, b"\0"))
            except BlockingIOError:
                pass  # nobody is recording and the FIFO is full: the words are lost, as in a room
            except BrokenPipeError:
                os.close(fd)
                fd = self._open()
                start, n = time.monotonic(), 0
                continue
            with self._lock:
                del self._pending[:frame]
                if not self._pending:
                    self._idle.set()
            n += 1
            delay = start + n * FRAME_SECONDS - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        if fd is not None:
            os.close(fd)


class SpeakerRecorder:
    """``parec`` on the null sink's monitor: what Neuralux said."""

    def __init__(self, env: dict[str, str]) -> None:
        self._out = tempfile.NamedTemporaryFile(suffix=".raw", delete=False)
        self._proc = subprocess.Popen(
            ["parec", "-d", "spk.monitor", "--format=s16le", f"--rate={SPK_RATE}",
             "--channels=1", "--raw", "--latency-msec=20"],
            stdout=self._out, stderr=subprocess.DEVNULL, env=env)

    def stop(self) -> np.ndarray:
        self._proc.terminate()
        self._proc.wait(timeout=5)
        self._out.close()
        data = Path(self._out.name).read_bytes()
        os.unlink(self._out.name)
        return np.frombuffer(data[: len(data) // 2 * 2], dtype=np.int16)


class PulseServer:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="nlx-pulse-"))
        self.socket = self.dir / "native"
        self.fifo = self.dir / "mic.fifo"
        self.env = dict(os.environ, XDG_RUNTIME_DIR=str(self.dir), HOME=str(self.dir),
                        PULSE_SERVER=f"unix:{self.socket}")
        self.env.pop("PULSE_COOKIE", None)
        self.mic: VirtualMic | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> PulseServer:
        if shutil.which("pulseaudio") is None:
            raise RuntimeError("pulseaudio is not installed (apt install pulseaudio)")
        self._proc = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--system=false",
             "--disallow-exit=yes", "--use-pid-file=no", "--log-target=stderr",
             "-L", f"module-native-protocol-unix socket={self.socket} auth-anonymous=1",
             "-L", f"module-null-sink sink_name=spk rate={SPK_RATE} channels=1",
             "-L", f"module-pipe-source source_name=mic file={self.fifo} format=s16le "
                   f"rate={MIC_RATE} channels=1",
             "-L", "module-always-sink"],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not (self.socket.exists() and self.fifo.exists()):
            if self._proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("pulseaudio did not start")
            time.sleep(0.05)
        subprocess.run(["pactl", "set-default-source", "mic"], env=self.env, check=True)
        subprocess.run(["pactl", "set-default-sink", "spk"], env=self.env, check=True)
        self.mic = VirtualMic(self.fifo)
        return self

    def suspend_mic(self, suspended: bool) -> None:
        """A suspended source delivers nothing: to the recorder, the microphone is gone."""
        subprocess.run(["pactl", "suspend-source", "mic", "1" if suspended else "0"],
                       env=self.env, check=True)

    def record_speaker(self) -> SpeakerRecorder:
        return SpeakerRecorder(self.env)

    def stop(self) -> None:
        if self.mic is not None:
            self.mic.close()
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def espeak_pcm16k(text: str, voice: str = "en-us", speed: int = 160) -> np.ndarray:
    """Speech from espeak-ng, resampled with sox to 16 kHz mono int16."""
    wav = subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "--stdout", text],
                         check=True, capture_output=True).stdout
    raw = subprocess.run(["sox", "-t", "wav", "-", "-r", str(MIC_RATE), "-c", "1", "-b", "16",
                          "-e", "signed", "-t", "raw", "-"], input=wav, check=True,
                         capture_output=True).stdout
    return np.frombuffer(raw, dtype=np.int16)


def resample_to_16k(samples: np.ndarray, rate: int) -> np.ndarray:
    f = samples.astype(np.float32)
    n = round(len(f) * MIC_RATE / rate)
    out = np.interp(np.linspace(0, len(f) - 1, n), np.arange(len(f)), f)
    return np.clip(out, -32768, 32767).astype(np.int16)


def with_noise(samples: np.ndarray, snr_db: float, seed: int = 0) -> np.ndarray:
    """Add white noise at the given signal-to-noise ratio."""
    rng = np.random.default_rng(seed)
    s = samples.astype(np.float32)
    power = float(np.mean(s**2)) or 1.0
    noise = rng.normal(0, np.sqrt(power / 10 ** (snr_db / 10)), len(s))
    return np.clip(s + noise, -32768, 32767).astype(np.int16)


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(np.float32) ** 2))) if len(samples) else 0.0
