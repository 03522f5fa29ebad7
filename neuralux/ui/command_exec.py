"""Runs a command the person confirmed in the overlay, off both the GUI and the core loop.

Each run gets its own thread (``commands.runner.run_command`` blocks while it reads
the output), so neither the Qt thread nor the core's event loop ever waits on it.
Output and the end come back as Qt signals (queued into the GUI thread). Stop sets
the runner's cancel event, which ends the command's whole process group.

Where it runs: the user's ``$SHELL`` in their home directory. The overlay is not
attached to any terminal, and the daemon's own working directory is an accident
of how it was started (systemd: ``/``), so home is the one place a person
expects "show disk usage here" or "list my files" to mean.

Every run is written to the audit log (``commands.audit``), with who confirmed it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from neuralux.commands.audit import CommandLog, confirmed_by
from neuralux.commands.runner import RunResult, run_command, user_shell
from neuralux.errors import NeuraluxError
from neuralux.ui.qtcompat import emit

log = logging.getLogger(__name__)


def working_directory() -> str:
    return str(Path.home())


class CommandExecutor(QObject):
    started = Signal(int, str)  # run id, command
    output = Signal(int, str)  # run id, text as it arrives
    finished = Signal(int, object)  # run id, dict: RunResult fields + audited, audit_error

    def __init__(self, app: Any) -> None:
        super().__init__()
        self.app = app
        self.run_id = 0
        self._cancel: threading.Event | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, suggestion: Any, how: str) -> int:
        """Run ``suggestion.command`` (already confirmed by the person, ``how`` says how);
        returns the run id, or 0 when a command is still running."""
        if self.running:
            return 0
        self.run_id += 1
        rid = self.run_id
        cancel = threading.Event()
        self._cancel = cancel
        self._thread = threading.Thread(target=self._run, args=(rid, suggestion, how, cancel),
                                        name=f"overlay-command-{rid}", daemon=True)
        emit(self.started, rid, str(suggestion.command))
        self._thread.start()
        return rid

    def stop(self) -> None:
        """Stop the running command (its whole process group); returns at once."""
        if self._cancel is not None:
            self._cancel.set()

    def join(self, timeout: float = 5.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    # -- the worker thread ---------------------------------------------------
    def _run(self, rid: int, suggestion: Any, how: str, cancel: threading.Event) -> None:
        cwd = working_directory()
        settings = getattr(getattr(self.app, "settings", None), "commands", None)
        timeout = float(getattr(settings, "run_timeout_seconds", 0.0) or 0.0)
        try:
            result = run_command(suggestion.command, cwd=cwd, shell=user_shell(),
                                 timeout=timeout, terminal=False, cancel=cancel,
                                 on_output=lambda text: emit(self.output, rid, text))
        except OSError as exc:  # the shell itself could not start
            log.warning("could not run %r: %s", suggestion.command, exc)
            result = RunResult(suggestion.command, 127, 0.0, output_tail=str(exc))
            emit(self.output, rid, f"Could not start the command: {exc}\n")
        info = result.to_dict()
        info["cwd"] = cwd
        info.update(self._audit(suggestion, how, cwd, result))
        emit(self.finished, rid, info)

    def _audit(self, suggestion: Any, how: str, cwd: str, result: RunResult) -> dict[str, Any]:
        db = getattr(self.app, "db", None)
        if db is None:
            return {"audited": False, "audit_error": "no database"}
        try:
            CommandLog(db).record(
                request=str(getattr(suggestion, "request", "")), command=suggestion.command,
                risk=str(getattr(suggestion, "risk", "")),
                source=str(getattr(suggestion, "source", "")), cwd=cwd,
                confirmed_by=confirmed_by(how), result=result)
        except (OSError, sqlite3.Error, NeuraluxError) as exc:
            log.error("could not audit the overlay's command run: %s", exc)
            return {"audited": False, "audit_error": str(exc)}
        return {"audited": True, "audit_error": ""}
