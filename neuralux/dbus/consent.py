"""Who may read the screen over D-Bus.

A D-Bus caller is identified by the bus (``GetConnectionUnixProcessID``), never
by what it says about itself. Its executable (plus the script, for
interpreters — every Python program is ``/usr/bin/python3``) names the program
the user approves: allow once, allow always, or deny, remembered per program
in ``$XDG_CONFIG_HOME/neuralux/screen-consent.json`` (edit or delete entries to
revoke; ``neuralux ocr-consent`` lists and forgets them). Neuralux's own CLI and
overlay are always allowed. With nobody to ask (headless, or no overlay
running) the answer is no, unless ``ocr.allow_headless_callers`` is set.

The decision itself is a pure function (``decide``) so it is tested without a
bus or a display.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import re
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from neuralux import paths
from neuralux.errors import PermissionDenied, Unavailable

log = logging.getLogger(__name__)

# The unique bus name of the caller of the D-Bus method being handled. Set by a bus
# message handler just before dispatch; asyncio copies it into the method's task.
CALLER: contextvars.ContextVar[str | None] = contextvars.ContextVar("neuralux_dbus_caller",
                                                                    default=None)

_INTERPRETER = re.compile(r"^(python[\d.]*|perl[\d.]*|ruby[\d.]*|node|nodejs|bash|sh|dash|zsh|"
                          r"java|gjs|php[\d.]*|lua[\d.]*)$")

ALLOW, DENY, ASK = "allow", "deny", "ask"
ANSWERS = ("once", "always", "deny")  # what the overlay dialog returns


@dataclass(frozen=True)
class Program:
    pid: int
    exe: str
    identity: str  # what decisions are remembered under
    label: str  # what the dialog shows

    @property
    def is_neuralux(self) -> bool:
        """Neuralux's own CLI or overlay from this same installation."""
        if self.pid == os.getpid():
            return True
        ours = os.path.realpath(sys.executable)
        parts = self.identity.split(" ", 1)
        script = parts[1] if len(parts) > 1 else ""
        return (os.path.realpath(self.exe) == ours
                and (os.path.basename(script) in ("neuralux", "aish")
                     or script.startswith("-m neuralux")))


def program_of_pid(pid: int, proc: Path = Path("/proc")) -> Program:
    try:
        exe = os.readlink(proc / str(pid) / "exe")
        raw = (proc / str(pid) / "cmdline").read_bytes()
    except OSError as exc:
        raise PermissionDenied(f"Cannot identify the calling process {pid}: {exc}") from exc
    argv = [a.decode("utf-8", "replace") for a in raw.split(b"\0") if a]
    identity = exe
    name = os.path.basename(exe)
    if _INTERPRETER.match(name) and len(argv) > 1:
        script = _script_of(argv[1:])
        if script:
            identity = f"{exe} {script}"
            name = os.path.basename(script.removeprefix("-m ")) or name
    return Program(pid, exe, identity, f"{name} ({identity}, pid {pid})")


def _script_of(args: list[str]) -> str:
    """The program an interpreter runs: its script path or ``-m module``."""
    it = iter(args)
    for arg in it:
        if arg == "-m":
            return "-m " + next(it, "")
        if arg in ("-c", "-e"):
            return arg  # inline code: all such callers share one identity
        if arg.startswith("-"):
            continue
        return os.path.realpath(arg) if os.path.exists(arg) else arg
    return ""


def decide(program: Program, remembered: str | None, can_ask: bool,
           allow_headless: bool) -> str:
    """ALLOW, DENY or ASK for a caller, from the facts alone."""
    if program.is_neuralux:
        return ALLOW
    if remembered in (ALLOW, DENY):
        return remembered
    if can_ask:
        return ASK
    return ALLOW if allow_headless else DENY


class ConsentStore:
    """Remembered decisions, one JSON file the user can read and edit."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / "screen-consent.json"

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable %s: %s", self.path, exc)
            return {}
        programs = data.get("programs", {}) if isinstance(data, dict) else {}
        return programs if isinstance(programs, dict) else {}

    def get(self, identity: str) -> str | None:
        entry = self._load().get(identity)
        decision = entry.get("decision") if isinstance(entry, dict) else None
        return decision if decision in (ALLOW, DENY) else None

    def set(self, identity: str, decision: str) -> None:
        if decision not in (ALLOW, DENY):
            raise ValueError(decision)
        programs = self._load()
        programs[identity] = {"decision": decision, "updated": time.time()}
        self._save(programs)

    def forget(self, identity: str) -> bool:
        programs = self._load()
        if programs.pop(identity, None) is None:
            return False
        self._save(programs)
        return True

    def all(self) -> dict[str, str]:
        return {k: v.get("decision", "") for k, v in self._load().items() if isinstance(v, dict)}

    def _save(self, programs: dict[str, Any]) -> None:
        paths.ensure(self.path.parent)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"version": 1, "programs": programs}, indent=2),
                       encoding="utf-8")
        tmp.replace(self.path)


Asker = Callable[[Program], Awaitable[str]]  # returns one of ANSWERS


class ConsentGate:
    """Checks a D-Bus caller before the screen is read on its behalf."""

    def __init__(self, store: ConsentStore, allow_headless: bool,
                 asker: Asker | None = None) -> None:
        self.store = store
        self.allow_headless = allow_headless
        self.asker = asker  # set by the overlay while it runs

    async def check(self, bus: Any, sender: str | None) -> Program:
        if not sender:
            raise PermissionDenied("Cannot tell who is calling; screen reading refused.")
        pid = await caller_pid(bus, sender)
        program = program_of_pid(pid)
        verdict = decide(program, self.store.get(program.identity), self.asker is not None,
                         self.allow_headless)
        if verdict == ASK:
            assert self.asker is not None
            answer = await self.asker(program)
            if answer == "always":
                self.store.set(program.identity, ALLOW)
            elif answer == "deny":
                self.store.set(program.identity, DENY)
            verdict = ALLOW if answer in ("once", "always") else DENY
        log.info("screen read by %s: %s", program.label, verdict)
        if verdict != ALLOW:
            raise PermissionDenied(
                f"{program.label} may not read the screen. The user can allow it from the "
                f"Neuralux overlay, or with `neuralux ocr-consent allow '{program.identity}'`.")
        return program


async def caller_pid(bus: Any, sender: str) -> int:
    from dbus_fast import Message, MessageType

    reply = await bus.call(Message(
        destination="org.freedesktop.DBus", path="/org/freedesktop/DBus",
        interface="org.freedesktop.DBus", member="GetConnectionUnixProcessID",
        signature="s", body=[sender]))
    if reply is None or reply.message_type == MessageType.ERROR:
        raise Unavailable(f"The bus could not tell the caller's process id ({sender}).")
    return int(reply.body[0])


def install_caller_tracking(bus: Any) -> None:
    """Record each incoming call's sender in ``CALLER`` (call once per bus, before export)."""
    from dbus_fast import MessageType

    def track(msg: Any) -> None:
        if msg.message_type == MessageType.METHOD_CALL:
            CALLER.set(msg.sender)
        # Returning None leaves the message to the normal method dispatch.

    bus.add_message_handler(track)
