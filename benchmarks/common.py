"""Shared pieces of the benchmarks: the row type, timing helpers, a private bus + daemon."""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Row:
    path: str
    neuralux: str
    direct: str
    ratio: str
    target: str
    ok: bool


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def median(values: list[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


@contextmanager
def isolated_env() -> Iterator[dict[str, str]]:
    """Fresh XDG dirs and a private dbus-daemon; yields the environment to use."""
    with tempfile.TemporaryDirectory(prefix="nx-bench-") as tmp:
        env = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY") and not k.startswith("NEURALUX_")}
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                    "XDG_RUNTIME_DIR"):
            path = Path(tmp, var.lower())
            path.mkdir(mode=0o700)
            env[var] = str(path)
        out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                              "--print-pid=1", "--nopidfile"], capture_output=True, text=True,
                             check=True, env=env).stdout.split()
        env["DBUS_SESSION_BUS_ADDRESS"] = out[0]
        try:
            yield env
        finally:
            os.kill(int(out[1]), signal.SIGTERM)


def start_daemon(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], float]:
    """Start ``neuralux run --headless``; return it and seconds until its bus name is owned."""
    import asyncio

    from dbus_fast.aio import MessageBus

    async def wait() -> tuple[subprocess.Popen[bytes], float]:
        bus = await MessageBus(bus_address=env["DBUS_SESSION_BUS_ADDRESS"]).connect()
        acquired = asyncio.get_running_loop().create_future()

        def on_msg(msg) -> None:  # type: ignore[no-untyped-def]
            if (msg.member == "NameOwnerChanged" and msg.body[0] == "org.neuralux.Assistant1"
                    and msg.body[2] and not acquired.done()):
                acquired.set_result(time.perf_counter())

        bus.add_message_handler(on_msg)
        from dbus_fast import Message

        await bus.call(Message(destination="org.freedesktop.DBus", path="/org/freedesktop/DBus",
                               interface="org.freedesktop.DBus", member="AddMatch",
                               signature="s", body=["type='signal',member='NameOwnerChanged'"]))
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "neuralux", "run", "--headless"],  # noqa: ASYNC220 - timing the spawn itself
                                env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        done = await asyncio.wait_for(acquired, 30)
        bus.disconnect()
        return proc, done - started

    return asyncio.run(wait())


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
