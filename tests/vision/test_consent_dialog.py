"""The consent dialog on a real X server: it names the program; keys pick the answer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")]

SCRIPT = """
from PySide6.QtWidgets import QApplication
from neuralux.dbus.consent import Program
from neuralux.ui.consent_dialog import ask_screen_consent
app = QApplication([])
program = Program(4242, "/usr/bin/python3", "/usr/bin/python3 /home/u/grabber.py",
                  "grabber.py (/usr/bin/python3 /home/u/grabber.py, pid 4242)")
print("ANSWER", ask_screen_consent(program), flush=True)
"""


def _assert_names_the_program(display: str) -> None:
    """Read the dialog with our own OCR: the user must see which program is asking."""
    from neuralux.backends.ocr import create_engine
    from neuralux.config import OcrSettings
    from neuralux.vision import capture as cap

    old = os.environ.get("DISPLAY")
    os.environ["DISPLAY"] = display
    engine = create_engine(OcrSettings())
    try:
        text = engine.read(cap.capture("window").image).text
    finally:
        engine.close()
        if old is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = old
    assert "grabber.py" in text and "wants to read the text on your screen" in text
    assert "4242" in text


@pytest.mark.parametrize(("keys", "answer"), [
    (["Escape"], "deny"), (["Return"], "deny"), (["alt+o"], "once"), (["alt+a"], "always")])
def test_dialog_answers(window_manager: str, keys: list[str], answer: str) -> None:
    env = {**os.environ, "DISPLAY": window_manager, "QT_QPA_PLATFORM": "xcb",
           "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                                "Neuralux: screen access"],
                               env=env, timeout=20, capture_output=True, text=True, check=True)
        win = found.stdout.split()[0]
        subprocess.run(["xdotool", "windowactivate", "--sync", win], env=env, timeout=10,
                       check=False)
        name = subprocess.run(["xdotool", "getwindowname", win], env=env, capture_output=True,
                              text=True, timeout=10).stdout
        assert "screen access" in name
        if answer == "once" and shutil.which("tesseract"):
            _assert_names_the_program(window_manager)
        subprocess.run(["xdotool", "key", *keys], env=env, timeout=10, check=True)
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert f"ANSWER {answer}" in out, err
