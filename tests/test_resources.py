"""The desktop integration files agree with the code and pass freedesktop validation."""

from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

import pytest

from neuralux.dbus.names import BUS_NAME

RES = Path(__file__).resolve().parent.parent / "resources"


def ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path)
    return parser


def test_dbus_activation_file_matches_the_bus_name_and_unit() -> None:
    svc = ini(RES / "dbus" / f"{BUS_NAME}.service")["D-BUS Service"]
    assert svc["Name"] == BUS_NAME
    assert svc["Exec"].endswith("neuralux run")
    unit = ini(RES / "systemd" / svc["SystemdService"])
    assert unit["Service"]["Type"] == "dbus" and unit["Service"]["BusName"] == BUS_NAME


@pytest.mark.parametrize("name", ["neuralux.desktop", "neuralux-autostart.desktop"])
def test_desktop_files_validate(name: str) -> None:
    out = subprocess.run(["desktop-file-validate", str(RES / "applications" / name)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
