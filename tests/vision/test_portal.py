"""Wayland capture uses xdg-desktop-portal; without one, the message says what to install."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest

from neuralux.errors import InvalidArgument, Unavailable
from neuralux.vision import capture as cap

pytestmark = pytest.mark.e2e

# A bus with no activatable services, so no portal can be started behind our back.
CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def empty_bus(tmp_path) -> Iterator[str]:
    if not shutil.which("dbus-daemon"):
        pytest.skip("needs dbus-daemon")
    conf = tmp_path / "bus.conf"
    conf.write_text(CONFIG)
    proc = subprocess.Popen(["dbus-daemon", f"--config-file={conf}", "--nofork",
                             "--print-address=1"], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    try:
        yield address
    finally:
        proc.terminate()
        proc.wait(5)


def test_wayland_without_portal_is_a_clear_message(empty_bus: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", empty_bus)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-test")
    monkeypatch.delenv("DISPLAY", raising=False)
    with pytest.raises(Unavailable) as err:
        cap.capture("screen")
    assert "xdg-desktop-portal" in str(err.value)
    assert "sudo apt install" in str(err.value)


def test_session_kind() -> None:
    assert cap.session_kind({"DISPLAY": ":0"}) == "x11"
    assert cap.session_kind({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
    assert cap.session_kind({"XDG_SESSION_TYPE": "wayland"}) == "wayland"
    assert cap.session_kind({}) == "none"


def _serve_portal(address: str, image: str, code: int) -> subprocess.Popen:
    import os
    import sys
    from pathlib import Path

    proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("fake_portal.py")),
                             address, image, str(code)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert proc.stdout is not None and proc.stdout.readline().startswith("ready")
    return proc


@pytest.fixture
def wayland(empty_bus: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", empty_bus)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-test")
    monkeypatch.delenv("DISPLAY", raising=False)
    return empty_bus


def test_wayland_capture_through_the_portal(wayland: str, tmp_path) -> None:
    from PIL import Image

    image = tmp_path / "desk.png"
    Image.new("RGB", (640, 400), "#123456").save(image)
    proc = _serve_portal(wayland, str(image), 0)
    try:
        shot = cap.capture("screen")
        assert shot.label == "screen (portal)" and shot.to_pil().size == (640, 400)
        assert shot.to_pil().getpixel((5, 5)) == (0x12, 0x34, 0x56)
        part = cap.capture("region", cap.Region(10, 10, 100, 50))
        assert part.to_pil().size == (100, 50)
        with pytest.raises(InvalidArgument):
            cap.capture("region", cap.Region(600, 0, 100, 50))
    finally:
        proc.terminate()
        proc.wait(5)


def test_wayland_refused_in_the_desktop_dialog(wayland: str, tmp_path) -> None:
    from neuralux.errors import PermissionDenied

    proc = _serve_portal(wayland, str(tmp_path / "none.png"), 1)
    try:
        with pytest.raises(PermissionDenied, match="refused or cancelled"):
            cap.capture("screen")
    finally:
        proc.terminate()
        proc.wait(5)


def test_select_on_wayland_uses_the_desktops_own_picker(wayland: str, tmp_path) -> None:
    """`neuralux ocr --select` on Wayland: the portal's interactive screenshot, then OCR."""
    import shutil

    if not shutil.which("tesseract"):
        pytest.skip("needs tesseract")
    from PIL import Image, ImageDraw, ImageFont

    image = tmp_path / "picked.png"
    picture = Image.new("RGB", (900, 120), "white")
    font = ImageFont.truetype("DejaVuSans.ttf", 28)
    ImageDraw.Draw(picture).text((20, 40), "Selected area says hello", fill="black", font=font)
    picture.save(image)
    proc = _serve_portal(wayland, str(image), 0)
    try:
        from tests.conftest import run_cli

        out = run_cli("ocr", "--select", env={"DBUS_SESSION_BUS_ADDRESS": wayland,
                                             "WAYLAND_DISPLAY": "wayland-test"})
        assert out.returncode == 0, out.stderr
        assert "Selected area says hello" in out.stdout
        assert proc.stdout is not None and proc.stdout.readline().strip() == "interactive True"
    finally:
        proc.terminate()
        proc.wait(5)
