"""``neuralux run``: own the bus name, serve, shut down cleanly.

Headless: plain asyncio on the main thread, Qt never imported. With a display
(and ``[overlay] enabled``), Qt owns the main thread and the same ``serve``
coroutine runs on the core thread (``core.runtime.CoreRuntime``).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass

from dbus_fast import BusType, Message, MessageType, NameFlag, RequestNameReply
from dbus_fast.aio import MessageBus

from neuralux import paths
from neuralux.app import App
from neuralux.core.runtime import CoreRuntime
from neuralux.dbus.client import session_bus_address
from neuralux.dbus.names import BUS_NAME, OBJECT_PATH
from neuralux.errors import Unavailable

log = logging.getLogger(__name__)


class AlreadyRunning(Unavailable):
    pass


@dataclass
class PrivateBus:
    """A dbus-daemon we started because the session has none."""

    address: str
    pid: int

    @classmethod
    def start(cls) -> PrivateBus:
        try:
            out = subprocess.run(
                ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1",
                 "--nopidfile"], capture_output=True, text=True, timeout=10, check=True).stdout
        except FileNotFoundError as exc:
            raise Unavailable("No session bus and no dbus-daemon to start one. Install it: "
                              "sudo apt install dbus") from exc
        except subprocess.CalledProcessError as exc:
            raise Unavailable(f"Could not start a private session bus: {exc.stderr}") from exc
        address, pid = out.split()[:2]
        bus = cls(address, int(pid))
        target = paths.private_bus_file()
        paths.ensure(target.parent)
        target.write_text(address)
        return bus

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        with contextlib.suppress(FileNotFoundError):
            if paths.private_bus_file().read_text().strip() == self.address:
                paths.private_bus_file().unlink()


def detect_display() -> str | None:
    """"wayland", "x11" or None."""
    if os.environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    if os.environ.get("DISPLAY"):
        return "x11"
    return None


async def _owner_pid(bus: MessageBus) -> int | None:
    reply = await bus.call(Message(
        destination="org.freedesktop.DBus", path="/org/freedesktop/DBus",
        interface="org.freedesktop.DBus", member="GetConnectionUnixProcessID", signature="s",
        body=[BUS_NAME]))
    if reply is None or reply.message_type == MessageType.ERROR:
        return None
    return int(reply.body[0])


async def serve(app: App, address: str, stop: asyncio.Event,
                on_ready: Callable[[], None] | None = None) -> int:
    """Serve ``app`` on the bus at ``address`` until ``stop`` is set. Returns an exit code."""
    from neuralux.dbus.consent import install_caller_tracking
    from neuralux.dbus.service import AssistantInterface

    bus = await MessageBus(bus_address=address, bus_type=BusType.SESSION).connect()
    try:
        install_caller_tracking(bus)  # consent checks need each call's sender
        bus.export(OBJECT_PATH, AssistantInterface(app))
        reply = await bus.request_name(BUS_NAME, NameFlag.DO_NOT_QUEUE)
        if reply not in (RequestNameReply.PRIMARY_OWNER, RequestNameReply.ALREADY_OWNER):
            pid = await _owner_pid(bus)
            raise AlreadyRunning(
                f"Neuralux is already running (pid {pid}, bus name {BUS_NAME}). "
                "Use `neuralux status`, or stop it first.")
        await app.start()
        log.info("serving %s on %s (%s)", BUS_NAME, address, app.mode)
        if on_ready is not None:
            on_ready()
        await stop.wait()
        log.info("shutting down")
        return 0
    finally:
        await app.stop()
        bus.disconnect()


def _install_signal_handlers(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)


def run(app: App, headless: bool, say: Callable[[str], None]) -> int:
    """Run the daemon in the foreground until Ctrl+C / SIGTERM."""
    private: PrivateBus | None = None
    address = session_bus_address()
    if address is None:
        private = PrivateBus.start()
        address = private.address
        say("No session bus found, so Neuralux started a private one. To reach it:\n"
            f"  export DBUS_SESSION_BUS_ADDRESS='{address}'\n"
            f"(The neuralux CLI finds it by itself; the address is in {paths.private_bus_file()})")
    try:
        display = None if headless else detect_display()
        overlay = getattr(app.settings, "overlay", None)
        overlay_enabled = bool(getattr(overlay, "enabled", False))
        if display and overlay_enabled:
            try:
                host = importlib.import_module("neuralux.ui.host")
            except ImportError as exc:
                say(f"The overlay is not available ({exc}); running headless.")
            else:
                app.mode = f"desktop ({display})"
                return _run_desktop(app, address, host.run_desktop)
        reason = "--headless given" if headless else "no display (DISPLAY/WAYLAND_DISPLAY unset)"
        if display and not headless:
            reason = "overlay disabled in config" if overlay is not None else "overlay not built"
        say(f"Neuralux is running headless ({reason}); the overlay is off, D-Bus and the CLI "
            "work.")

        async def main() -> int:
            stop = asyncio.Event()
            _install_signal_handlers(stop)
            return await serve(app, address, stop)

        return asyncio.run(main())
    finally:
        if private is not None:
            private.stop()


def _run_desktop(app: App, address: str, host_main: Callable[[App, CoreRuntime], int]) -> int:
    """Core loop on its own thread, Qt on this one; Qt's exit stops the core."""
    ready = threading.Event()
    runtime = CoreRuntime(lambda stop: serve(app, address, stop, on_ready=ready.set))
    runtime.start()
    while not ready.wait(0.05):
        if not runtime.running:
            if runtime.error is not None:
                raise runtime.error
            return runtime.exit_code or 1
    try:
        return int(host_main(app, runtime))
    finally:
        runtime.stop()
        if runtime.error is not None:
            log.error("core thread failed: %s", runtime.error)


def log_to_stderr(level: str) -> None:
    logging.basicConfig(level=getattr(logging, level, logging.INFO), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
