"""Shared fixtures: an isolated XDG home per test, a real dbus-daemon, a real daemon process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SMOLLM = "smollm2-135m-instruct"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own XDG dirs and no session bus unless it asks for one."""
    home = tmp_path / "home"
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"),
                     ("XDG_RUNTIME_DIR", "run")):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    (home / "run").chmod(0o700)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    for var in [v for v in os.environ if v.startswith("NEURALUX_")]:
        monkeypatch.delenv(var)
    return home


@dataclass
class Bus:
    address: str
    pid: int
    service_dir: Path


def start_bus(tmp: Path, env: dict[str, str] | None = None) -> Bus:
    """A private dbus-daemon whose activation directory is ``tmp/services``."""
    services = tmp / "services"
    services.mkdir(parents=True, exist_ok=True)
    conf = tmp / "session.conf"
    conf.write_text(f"""<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={tmp}</listen>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
  <limit name="max_replies_per_connection">50000</limit>
  <limit name="max_connections_per_user">2000</limit>
</busconfig>
""")
    out = subprocess.run(["dbus-daemon", f"--config-file={conf}", "--fork", "--print-address=1",
                          "--print-pid=1", "--nopidfile"], capture_output=True, text=True,
                         check=True, timeout=10, env=env).stdout.split()
    return Bus(out[0], int(out[1]), services)


def stop_pid(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass


@pytest.fixture
def session_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Bus]:
    bus = start_bus(tmp_path / "bus", env=dict(os.environ))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    yield bus
    stop_pid(bus.pid)


@dataclass
class Daemon:
    proc: subprocess.Popen[str]
    bus: Bus
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")


def neuralux_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "neuralux", *args]


def wait_for_name(address: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        out = subprocess.run(
            ["dbus-send", f"--bus={address}", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
             "string:org.neuralux.Assistant1"], capture_output=True, text=True)
        if "boolean true" in out.stdout:
            return
        time.sleep(0.05)
    raise TimeoutError("daemon did not acquire its bus name")


def start_daemon(bus: Bus, log: Path, extra_env: dict[str, str] | None = None) -> Daemon:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus.address, **(extra_env or {})}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    handle = log.open("w")
    proc = subprocess.Popen(neuralux_cmd("run", "--headless"), stdout=handle,
                            stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT)
    daemon = Daemon(proc, bus, log)
    try:
        wait_for_name(bus.address)
    except TimeoutError:
        proc.kill()
        raise AssertionError("daemon did not start:\n" + daemon.output()) from None
    return daemon


@pytest.fixture
def daemon(session_bus: Bus, tmp_path: Path) -> Iterator[Daemon]:
    d = start_daemon(session_bus, tmp_path / "daemon.log")
    yield d
    if d.proc.poll() is None:
        d.proc.send_signal(signal.SIGTERM)
        try:
            d.proc.wait(15)
        except subprocess.TimeoutExpired:
            d.proc.kill()


def run_cli(*args: str, input: str | None = None, timeout: float = 120,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(neuralux_cmd(*args), capture_output=True, text=True, input=input,
                          timeout=timeout, cwd=ROOT, env={**os.environ, **(env or {})})
