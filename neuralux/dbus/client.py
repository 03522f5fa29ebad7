"""Async client of the running daemon (used by the CLI and other front-ends).

Calls go out as plain method-call messages (no introspection round trip). A
call to a daemon that isn't running lets the bus start it (D-Bus activation);
where no activation file is installed, ``ensure_daemon`` starts ``neuralux run``
in the background and waits for its bus name.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from dbus_fast import BusType, Message, MessageType
from dbus_fast.aio import MessageBus

from neuralux import paths
from neuralux.dbus.names import BUS_NAME, INTERFACE, OBJECT_PATH
from neuralux.errors import Unavailable, from_code

log = logging.getLogger(__name__)

NO_DAEMON_ERRORS = ("org.freedesktop.DBus.Error.ServiceUnknown",
                    "org.freedesktop.DBus.Error.NameHasNoOwner",
                    "org.freedesktop.DBus.Error.Spawn.ChildExited",
                    "org.freedesktop.DBus.Error.Spawn.Failed",
                    "org.freedesktop.DBus.Error.Spawn.ExecFailed")


def session_bus_address() -> str | None:
    """The session bus to use: the environment's, the systemd user bus, or a private one."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return os.environ["DBUS_SESSION_BUS_ADDRESS"]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime, "bus").exists():
        return f"unix:path={runtime}/bus"
    return _live_private_bus()


def _live_private_bus() -> str | None:
    """A private bus a daemon started because the session had none (it may outlive a kill -9)."""
    try:
        address = paths.private_bus_file().read_text().strip()
    except OSError:
        return None
    path = address.removeprefix("unix:path=").split(",")[0]
    return address if address.startswith("unix:path=") and Path(path).exists() else None


class DaemonClient:
    def __init__(self, bus: MessageBus) -> None:
        self.bus = bus
        self._listeners: list[Callable[[Message], None]] = []
        bus.add_message_handler(self._on_message)

    @classmethod
    async def connect(cls, address: str | None = None) -> DaemonClient:
        address = address or session_bus_address()
        if address is None:
            raise Unavailable("No D-Bus session bus found. Start Neuralux with `neuralux run` "
                              "(it starts a private bus when the desktop has none).")
        try:
            bus = await MessageBus(bus_address=address, bus_type=BusType.SESSION).connect()
        except (OSError, ValueError) as exc:
            raise Unavailable(f"Cannot connect to the session bus at {address}: {exc}") from exc
        return cls(bus)

    def _on_message(self, msg: Message) -> None:
        if msg.message_type != MessageType.SIGNAL:
            return
        if msg.interface == INTERFACE or (msg.member == "NameOwnerChanged"
                                          and msg.body and msg.body[0] == BUS_NAME):
            for listener in list(self._listeners):
                listener(msg)

    async def call(self, member: str, signature: str = "", body: list[Any] | None = None,
                   auto_start: bool = True, destination: str = BUS_NAME) -> list[Any]:
        from dbus_fast import MessageFlag

        msg = Message(destination=destination, path=OBJECT_PATH, interface=INTERFACE,
                      member=member, signature=signature, body=body or [],
                      flags=MessageFlag.NONE if auto_start else MessageFlag.NO_AUTOSTART)
        reply = await self.bus.call(msg)
        assert reply is not None
        if reply.message_type == MessageType.ERROR:
            text = reply.body[0] if reply.body else reply.error_name or ""
            if reply.error_name in NO_DAEMON_ERRORS:
                raise Unavailable(f"The Neuralux daemon is not running ({text}). "
                                  "Start it with `neuralux run`.")
            raise from_code(reply.error_name or "Failed", str(text))
        return list(reply.body)

    @contextlib.asynccontextmanager
    async def signals(self) -> AsyncIterator[asyncio.Queue[Message]]:
        """Subscribe to the daemon's signals for the duration of the block.

        The queue also receives ``NameOwnerChanged`` for the daemon's name, so a
        caller notices a daemon that dies mid-answer (see ``daemon_vanished``).
        """
        rules = [f"type='signal',interface='{INTERFACE}',path='{OBJECT_PATH}'",
                 "type='signal',sender='org.freedesktop.DBus',member='NameOwnerChanged',"
                 f"arg0='{BUS_NAME}'"]
        for rule in rules:
            await self._bus_call("AddMatch", rule)
        queue: asyncio.Queue[Message] = asyncio.Queue()
        self._listeners.append(queue.put_nowait)
        try:
            yield queue
        finally:
            self._listeners.remove(queue.put_nowait)
            for rule in rules:
                with contextlib.suppress(Exception):
                    await self._bus_call("RemoveMatch", rule)

    async def _bus_call(self, member: str, arg: str) -> list[Any]:
        reply = await self.bus.call(Message(
            destination="org.freedesktop.DBus", path="/org/freedesktop/DBus",
            interface="org.freedesktop.DBus", member=member, signature="s", body=[arg]))
        assert reply is not None
        if reply.message_type == MessageType.ERROR:
            raise Unavailable(f"The bus refused {member}: {reply.body}")
        return list(reply.body)

    async def name_owner_pid(self) -> int | None:
        try:
            reply = await self.bus.call(Message(
                destination="org.freedesktop.DBus", path="/org/freedesktop/DBus",
                interface="org.freedesktop.DBus", member="GetConnectionUnixProcessID",
                signature="s", body=[BUS_NAME]))
        except Exception:  # noqa: BLE001 - best effort
            return None
        if reply is None or reply.message_type == MessageType.ERROR:
            return None
        return int(reply.body[0])

    def close(self) -> None:
        self.bus.disconnect()


def daemon_vanished(msg: Message) -> bool:
    """True for the signal that says the daemon left the bus (crashed or stopped)."""
    return msg.member == "NameOwnerChanged" and not msg.body[2]


def spawn_daemon() -> subprocess.Popen[bytes]:
    """Start ``neuralux run`` detached, logging to the state dir."""
    log_file = paths.ensure(paths.state_dir()) / "daemon.log"
    with log_file.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "neuralux", "run", "--headless"],
            stdin=subprocess.DEVNULL, stdout=out, stderr=out, start_new_session=True)


async def ensure_daemon(wait_seconds: float = 15.0,
                        on_wait: Callable[[], None] | None = None) -> DaemonClient:
    """A client whose daemon is up: activation first, else a background ``neuralux run``."""
    address = session_bus_address()
    proc = None
    if address is None:
        proc = spawn_daemon()
    deadline = asyncio.get_running_loop().time() + wait_seconds
    client: DaemonClient | None = None
    while True:
        try:
            if client is None:
                client = await DaemonClient.connect()
            await client.call("Status", auto_start=True)
            return client
        except Unavailable as exc:
            if proc is None and client is not None:
                proc = spawn_daemon()
            if proc is not None and proc.poll() is not None:
                raise Unavailable(f"The daemon exited at start (code {proc.returncode}); see "
                                  f"{paths.state_dir() / 'daemon.log'}.") from exc
            if asyncio.get_running_loop().time() > deadline:
                raise Unavailable(f"The daemon did not come up within {wait_seconds:.0f}s; see "
                                  f"{paths.state_dir() / 'daemon.log'}.") from exc
            if on_wait is not None:
                on_wait()
            await asyncio.sleep(0.1)
