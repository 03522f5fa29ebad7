"""A spoken question in the real daemon's overlay: Xvfb, the real talk key (xdotool), the
PulseAudio virtual microphone, faster-whisper and SmolLM2. The overlay pops up with the
level meter, shows the transcript at once, and the answer streams in under it.

``VOICE_OVERLAY_SCREENSHOT=docs/voice-overlay.png`` also saves a picture of it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from tests.e2e.desktop_env import ROOT, Desktop, OverlayProcess, running_desktop, stop
from tests.voice.pulse import PulseServer

pytestmark = [pytest.mark.e2e, pytest.mark.model, pytest.mark.timeout(90)]

QUESTION = "What is the capital of Peru?"


def press_talk_key(desk: Desktop, proc: OverlayProcess, answer: str = "voice_state") -> int:
    """Hold Right Ctrl until the daemon answers with ``answer`` in the trace (the key is
    armed just after the overlay is ready). Returns the trace position before the press."""
    for _attempt in range(40):
        mark = proc.count()
        desk.run("xdotool", "keydown", "Control_R")
        try:
            proc.wait_for(answer, after=mark, timeout=0.5)
            return mark
        except AssertionError:
            desk.run("xdotool", "keyup", "Control_R")
    raise AssertionError("talk key never armed: " + proc.log.read_text()[-2000:])


def screenshot(desk: Desktop, out: Path) -> None:
    wid = desk.run("xdotool", "search", "--onlyvisible", "--name", "^Neuralux$").split()[0]
    geo = dict(line.strip().split(": ", 1) for line in
               desk.run("xwininfo", "-id", wid).splitlines() if ": " in line)
    margin = 40
    region = {"left": max(0, int(geo["Absolute upper-left X"]) - margin),
              "top": max(0, int(geo["Absolute upper-left Y"]) - margin),
              "width": int(geo["Width"]) + 2 * margin, "height": int(geo["Height"]) + 2 * margin}
    code = ("import mss, mss.tools, sys, json\n"
            "with mss.MSS() as s:\n"
            "    img = s.grab(json.loads(sys.argv[2]))\n"
            "    mss.tools.to_png(img.rgb, img.size, output=sys.argv[1])\n")
    subprocess.run([sys.executable, "-c", code, str(out.resolve()), json.dumps(region)],
                   env=desk.env(), check=True, cwd=ROOT)


def test_spoken_question_transcript_and_streamed_answer_in_overlay(
        tmp_path: Path, pulse: PulseServer, piper_speech: Callable[[str], np.ndarray]) -> None:
    assert pulse.mic is not None
    shot = os.environ.get("VOICE_OVERLAY_SCREENSHOT", "")
    with running_desktop("bare", tmp_path) as desk:
        wall = None
        if shot:  # a desktop behind the overlay, for the picture only
            from tests.e2e.overlay_screenshot import WALLPAPER

            wall = subprocess.Popen([sys.executable, "-c", WALLPAPER, "light"], env=desk.env(),
                                    stdout=subprocess.PIPE, text=True)
        proc = OverlayProcess(desk, tmp_path, PULSE_SERVER=pulse.env["PULSE_SERVER"],
                              NEURALUX_VOICE_INPUT_DEVICE="pulse",
                              NEURALUX_VOICE_OUTPUT_DEVICE="pulse",
                              # the spoken answer is covered by test_daemon_e2e; here the
                              # overlay is what is checked, so the turn ends sooner
                              NEURALUX_VOICE_SPEAK_ANSWERS="false",
                              NEURALUX_OVERLAY_THEME="light", NEURALUX_OVERLAY_WIDTH="680",
                              NEURALUX_LLM_MAX_TOKENS="60" if shot else "32")
        try:
            assert not desk.visible_overlay()
            mark = press_talk_key(desk, proc)
            assert proc.wait_for("voice_state", after=mark) == "listening"
            # The talk key alone brings the overlay up, meter first.
            deadline = time.monotonic() + 5
            while not desk.visible_overlay() and time.monotonic() < deadline:
                time.sleep(0.05)
            assert desk.visible_overlay()
            pulse.mic.say(np.concatenate([np.zeros(3200, np.int16), piper_speech(QUESTION)]))
            if shot:  # mid-sentence: the level meter moving
                time.sleep(1.2)
                screenshot(desk, Path(shot).with_name(Path(shot).stem + "-listening.png"))
            pulse.mic.wait_spoken()
            time.sleep(0.3)
            desk.run("xdotool", "keyup", "Control_R")
            transcript = proc.wait_for("voice_transcript", after=mark, timeout=40)
            assert "capital" in transcript.lower() and "peru" in transcript.lower()
            first = proc.wait_for("voice_first_chunk", after=mark, timeout=40)
            answer = proc.wait_for("voice_done", after=mark, timeout=40)
            assert first.strip() and answer.strip()
            kinds = [k for k, _t, _d in proc.lines()[mark:]]
            # transcript shown before the first token, which comes before the end
            assert kinds.index("voice_transcript") < kinds.index("voice_first_chunk") \
                < kinds.index("voice_done")
            assert desk.visible_overlay()
            if shot:
                time.sleep(0.3)
                screenshot(desk, Path(shot))
        finally:
            desk.run("xdotool", "keyup", "Control_R", check=False)
            proc.close()
            if wall is not None:
                stop(wall)  # type: ignore[arg-type]


def test_no_microphone_message_in_overlay(tmp_path: Path) -> None:
    """The talk key with no input device: the overlay comes up with a clear message and the
    daemon keeps running (the models are never loaded)."""
    with running_desktop("bare", tmp_path) as desk:
        proc = OverlayProcess(desk, tmp_path, NEURALUX_VOICE_INPUT_DEVICE="no-such-mic")
        try:
            mark = press_talk_key(desk, proc, "voice_message")
            desk.run("xdotool", "keyup", "Control_R")
            message = proc.wait_for("voice_message", after=mark)
            assert "no-such-mic" in message
            deadline = time.monotonic() + 5
            while not desk.visible_overlay() and time.monotonic() < deadline:
                time.sleep(0.05)
            assert desk.visible_overlay()
            assert "voice_state" not in [k for k, _t, _d in proc.lines()[mark:]]
            assert proc.proc.poll() is None
        finally:
            desk.run("xdotool", "keyup", "Control_R", check=False)
            proc.close()
