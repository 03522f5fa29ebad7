"""Run a command the person confirmed: their $SHELL, their directory, its own process group.

Two modes:

* terminal (aish in a real terminal): the command's process group becomes the
  terminal's foreground group, exactly as a shell runs a job, so it can prompt
  (sudo), draw (top) and Ctrl+C reaches every process in it. Output goes straight
  to the terminal.
* piped (tests, the overlay, aish without a terminal): the command gets a new
  session; its output is read live and handed to ``on_output``; Ctrl+C in the
  caller (KeyboardInterrupt) or ``cancel`` stops it.

Either way a timeout, an interrupt or a cancel ends the WHOLE process group
(SIGTERM, then SIGKILL after a grace period), so nothing it started lives on.
This module never decides whether to run: callers only call it after a person
confirmed the command.
"""

from __future__ import annotations

import codecs
import contextlib
import logging
import os
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

log = logging.getLogger(__name__)

KILL_GRACE_SECONDS = 2.0
TAIL_CHARS = 4000


@dataclass(frozen=True)
class RunResult:
    command: str
    exit_code: int  # negative: killed by that signal
    duration: float
    timed_out: bool = False
    interrupted: bool = False
    output_tail: str = ""  # last output in piped mode
    pgid: int = 0  # the command's process group (gone when it was interrupted or timed out)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def user_shell(env: dict[str, str] | None = None) -> str:
    shell = (env if env is not None else os.environ).get("SHELL", "")
    return shell if shell and os.path.exists(shell) else "/bin/sh"


def can_use_terminal() -> bool:
    """True when stdin is our controlling terminal and we are its foreground group."""
    try:
        return os.isatty(sys.stdin.fileno()) and os.tcgetpgrp(sys.stdin.fileno()) == \
            os.getpgrp()
    except (OSError, ValueError):
        return False


def run_command(command: str, *, cwd: str, shell: str | None = None,
                timeout: float | None = None, terminal: bool | None = None,
                on_output: Callable[[str], None] | None = None,
                cancel: threading.Event | None = None,
                env: dict[str, str] | None = None,
                on_start: Callable[[int], None] | None = None) -> RunResult:
    shell = shell or user_shell(env)
    if terminal is None:
        terminal = on_output is None and can_use_terminal()
    timeout = timeout if timeout and timeout > 0 else None
    started = time.monotonic()
    if terminal:
        code, timed_out, interrupted, pgid = _run_in_terminal(command, cwd, shell, timeout, env,
                                                              on_start)
        tail = ""
    else:
        code, timed_out, interrupted, tail, pgid = _run_piped(command, cwd, shell, timeout,
                                                              on_output, cancel, env, on_start)
    duration = time.monotonic() - started
    log.info("ran %r in %s: exit %s after %.2fs%s", command, cwd, code, duration,
             " (timed out)" if timed_out else " (interrupted)" if interrupted else "")
    return RunResult(command, code, round(duration, 3), timed_out, interrupted, tail, pgid)


def kill_group(pgid: int, grace: float = KILL_GRACE_SECONDS) -> None:
    """SIGTERM the group, then SIGKILL whatever is still there after ``grace``."""
    # After SIGKILL, wait a moment too: the kernel takes a few ms to finish the processes.
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 1.0)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        except PermissionError:
            log.warning("not allowed to signal process group %d", pgid)
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not group_alive(pgid):
                return
            time.sleep(0.05)


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # Zombies still count for killpg; look for a live member.
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def _run_in_terminal(command: str, cwd: str, shell: str, timeout: float | None,
                     env: dict[str, str] | None, on_start: Callable[[int], None] | None
                     ) -> tuple[int, bool, bool, int]:
    tty = sys.stdin.fileno()
    proc = subprocess.Popen([shell, "-c", command], cwd=cwd, env=env, process_group=0)
    if on_start is not None:
        on_start(proc.pid)
    previous = signal.signal(signal.SIGTTOU, signal.SIG_IGN)  # we are about to go background
    timed_out = False
    try:
        with contextlib.suppress(OSError):
            os.tcsetpgrp(tty, proc.pid)
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            kill_group(proc.pid)
            code = proc.wait()
    finally:
        with contextlib.suppress(OSError):
            os.tcsetpgrp(tty, os.getpgrp())
        signal.signal(signal.SIGTTOU, previous)
    interrupted = code in (-signal.SIGINT, 128 + signal.SIGINT)
    if interrupted or timed_out:
        kill_group(proc.pid, grace=0.5)
    return code, timed_out, interrupted, proc.pid


def _run_piped(command: str, cwd: str, shell: str, timeout: float | None,
               on_output: Callable[[str], None] | None, cancel: threading.Event | None,
               env: dict[str, str] | None, on_start: Callable[[int], None] | None
               ) -> tuple[int, bool, bool, str, int]:
    proc = subprocess.Popen([shell, "-c", command], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    if on_start is not None:
        on_start(proc.pid)
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    tail = ""
    deadline = time.monotonic() + timeout if timeout else None
    timed_out = interrupted = False
    exited_at: float | None = None
    try:
        while True:
            if cancel is not None and cancel.is_set():
                interrupted = True
                break
            if deadline is not None and time.monotonic() > deadline:
                timed_out = True
                break
            if exited_at is None and proc.poll() is not None:
                exited_at = time.monotonic()
            # Something it left in the background may hold the pipe open: stop reading soon.
            if exited_at is not None and time.monotonic() - exited_at > 0.5:
                break
            ready, _, _ = select.select([fd], [], [], 0.1)
            if not ready:
                continue
            data = os.read(fd, 65536)
            if not data:
                break
            text = decoder.decode(data)
            tail = (tail + text)[-TAIL_CHARS:]
            if on_output is not None and text:
                on_output(text)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if timed_out or interrupted:
            kill_group(proc.pid)
        proc.stdout.close()
    code = proc.wait()
    return code, timed_out, interrupted, tail, proc.pid
