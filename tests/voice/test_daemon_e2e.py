"""End to end through the real daemon process: talk key on Xvfb, PulseAudio mic and speaker,
real faster-whisper, SmolLM2 and piper; and the voice CLI commands."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from neuralux.dbus.client import DaemonClient
from tests.conftest import ROOT, Bus, Daemon, neuralux_cmd, run_cli, wait_for_name
from tests.voice.pulse import PulseServer
from tests.voice.test_audio_path import voiced_seconds

pytestmark = [pytest.mark.e2e, pytest.mark.model]


@pytest.fixture
def voice_daemon(session_bus: Bus, tmp_path: Path, xvfb: str,
                 pulse: PulseServer) -> Iterator[Daemon]:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": session_bus.address, "DISPLAY": xvfb,
           "PULSE_SERVER": pulse.env["PULSE_SERVER"], "NEURALUX_VOICE_INPUT_DEVICE": "pulse",
           "NEURALUX_VOICE_OUTPUT_DEVICE": "pulse", "NEURALUX_LLM_MAX_TOKENS": "40"}
    log = tmp_path / "daemon.log"
    with log.open("w") as handle:
        proc = subprocess.Popen(neuralux_cmd("run", "--headless"), stdout=handle,
                                stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT)
    daemon = Daemon(proc, session_bus, log)
    try:
        wait_for_name(session_bus.address)
        yield daemon
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


async def next_signal(queue: asyncio.Queue[Any], member: str, timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        msg = await asyncio.wait_for(queue.get(), max(0.01, deadline - time.monotonic()))
        if msg.member == member:
            return msg


async def test_hold_key_speak_hear_answer_through_the_daemon(
        voice_daemon: Daemon, pulse: PulseServer, piper_speech: Any) -> None:
    assert pulse.mic is not None
    client = await DaemonClient.connect()
    speaker = pulse.record_speaker()
    seen: list[tuple[str, list[Any]]] = []
    try:
        async with client.signals() as queue:
            for _attempt in range(20):  # the talk key is armed just after the name appears
                subprocess.run(["xdotool", "keydown", "Control_R"], check=True)
                try:
                    await next_signal(queue, "VoiceState", 0.5)
                    break
                except TimeoutError:
                    subprocess.run(["xdotool", "keyup", "Control_R"], check=True)
            else:
                raise AssertionError("talk key never armed:\n" + voice_daemon.output())
            pulse.mic.say(np.concatenate([np.zeros(3200, np.int16),
                                          piper_speech("What is the capital of Peru?")]))
            await asyncio.to_thread(pulse.mic.wait_spoken)
            await asyncio.sleep(0.3)
            subprocess.run(["xdotool", "keyup", "Control_R"], check=True)
            while True:
                msg = await asyncio.wait_for(queue.get(), 120)
                seen.append((msg.member, list(msg.body)))
                if msg.member == "VoiceState" and msg.body[0] == "idle":
                    break
    finally:
        await asyncio.sleep(0.3)
        heard = speaker.stop()
        client.close()
    members = [m for m, _ in seen]
    transcript = next(b[0] for m, b in seen if m == "VoiceTranscript")
    question, answer = next(b for m, b in seen if m == "VoiceAnswer")
    assert "capital" in transcript.lower() and "peru" in transcript.lower()
    assert question == transcript and answer.strip()
    assert "VoiceAnswerChunk" in members and "VoiceLevel" in members
    states = [b[0] for m, b in seen if m == "VoiceState"]
    assert states.index("thinking") < states.index("speaking") < states.index("idle")
    assert voiced_seconds(heard) > 0.5, voice_daemon.output()


def test_transcribe_and_say_commands(daemon: Daemon, tmp_path: Path) -> None:
    wav = tmp_path / "q.wav"
    subprocess.run(["espeak-ng", "-s", "150", "-w", str(wav), "What is the capital of Peru?"],
                   check=True)
    ogg = tmp_path / "q.ogg"
    subprocess.run(["ffmpeg", "-loglevel", "error", "-i", str(wav), str(ogg)], check=True)
    out = run_cli("transcribe", str(ogg))
    assert out.returncode == 0, out.stderr
    assert "capital" in out.stdout.lower() and "peru" in out.stdout.lower()
    out = run_cli("transcribe", "--json", str(wav))
    assert out.returncode == 0, out.stderr
    assert '"language": "en"' in out.stdout and '"segments"' in out.stdout
    bad = tmp_path / "notes.mp3"
    bad.write_text("this is not audio\n")
    out = run_cli("transcribe", str(bad))
    assert out.returncode == 4 and "not an audio file" in out.stderr
    assert run_cli("transcribe", str(tmp_path / "missing.wav")).returncode == 4
    assert daemon.proc.poll() is None  # bad input never takes the daemon down
    target = tmp_path / "hello.wav"
    out = run_cli("say", "--out", str(target), "Hello. **This** is Neuralux.")
    assert out.returncode == 0, out.stderr
    assert target.stat().st_size > 22050 * 2
    out = run_cli("say", "--out", str(target), "",
                  env={"NEURALUX_VOICE_TTS_VOICE": "/nonexistent/voice.onnx"})
    assert out.returncode == 4
    out = run_cli("say", "--out", str(target), "Hi",
                  env={"NEURALUX_VOICE_TTS_VOICE": "/nonexistent/voice.onnx"})
    assert out.returncode == 3 and "voice" in out.stderr and "missing" in out.stderr


async def test_listen_command_stops_on_silence(voice_daemon: Daemon, pulse: PulseServer,
                                               piper_speech: Any) -> None:
    import json

    assert pulse.mic is not None
    proc = await asyncio.create_subprocess_exec(
        *neuralux_cmd("listen", "--json"), cwd=ROOT, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    await asyncio.sleep(1.5)  # connect + ListenOnce
    pulse.mic.say(piper_speech("What is the capital of Peru?"))
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode == 0, err.decode()
    result = json.loads(out)
    assert "peru" in result["transcript"].lower() and result["answer"].strip()

    # Speak: a task id at once, the words on the speaker.
    client = await DaemonClient.connect()
    speaker = pulse.record_speaker()
    try:
        async with client.signals() as queue:
            [task] = await client.call("Speak", "s", ["Hello there. This is **Neuralux**."])
            assert task
            while True:
                msg = await next_signal(queue, "VoiceState", 30)
                if msg.body[0] == "idle":
                    break
    finally:
        await asyncio.sleep(0.3)
        heard = speaker.stop()
        client.close()
    assert 1.0 < voiced_seconds(heard) < 6.0


async def test_dbus_voice_errors_leave_the_daemon_running(session_bus: Bus,
                                                          tmp_path: Path) -> None:
    from neuralux.errors import Busy, InvalidArgument, Unavailable
    from tests.conftest import start_daemon

    daemon = start_daemon(session_bus, tmp_path / "daemon.log",
                          {"NEURALUX_VOICE_INPUT_DEVICE": "no-such-mic"})
    client = await DaemonClient.connect()
    try:
        with pytest.raises(Unavailable, match="no-such-mic"):
            await client.call("StartListening")
        with pytest.raises(Busy, match="Not listening"):
            await client.call("StopListening")
        bad = tmp_path / "bad.wav"
        bad.write_bytes(b"RIFF....WAVEjunk")
        with pytest.raises(InvalidArgument, match="not an audio file"):
            await client.call("Transcribe", "s", [str(bad)])
        with pytest.raises(InvalidArgument, match="absolute path"):
            await client.call("Transcribe", "s", ["relative.wav"])
        with pytest.raises(InvalidArgument, match="Nothing to say"):
            await client.call("Speak", "s", ["   "])
        [status] = await client.call("Status")
        assert status["pid"].value == daemon.proc.pid
    finally:
        client.close()
        daemon.proc.send_signal(signal.SIGTERM)
        daemon.proc.wait(15)
