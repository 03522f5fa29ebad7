"""The record of every executed command: who confirmed it, what ran, how it ended.

Records go to the storage audit log (kind ``command.run``), which
``neuralux history --commands`` and ``aish --history`` list.
"""

from __future__ import annotations

import getpass
import logging
import os
import time
from typing import Any

from neuralux.commands.runner import RunResult
from neuralux.storage import audit
from neuralux.storage.db import Database

log = logging.getLogger(__name__)

KIND = "command.run"


class CommandLog:
    """Writes and lists command runs through ``storage.audit`` on the given database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, *, request: str, command: str, risk: str, source: str, cwd: str,
               confirmed_by: str, result: RunResult) -> dict[str, Any]:
        data: dict[str, Any] = {
            "time": time.time(), "request": request, "command": command, "risk": risk,
            "source": source, "cwd": cwd, "confirmed_by": confirmed_by,
            "exit_code": result.exit_code, "duration": result.duration,
            "timed_out": result.timed_out, "interrupted": result.interrupted,
        }
        self.db.sync(lambda d: audit.record(d, KIND, data))
        return data

    def recent(self, limit: int = 20) -> list[dict[str, Any]]:
        """Newest first."""
        return self.db.sync(lambda d: audit.entries(d, KIND, limit))


def confirmed_by(how: str) -> str:
    """'ann in a terminal (typed yes)' — the person and the way they confirmed."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    return f"{user} {how}"


def format_runs(rows: list[dict[str, Any]]) -> list[str]:
    lines = []
    for row in rows:
        stamp = float(row.get("time", row.get("created", 0)))
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(stamp))
        status = "timed out" if row.get("timed_out") else "interrupted" if row.get(
            "interrupted") else f"exit {row.get('exit_code')}"
        lines.append(f"{when}  [{row.get('risk', '?')}] {row.get('command', '')}")
        lines.append(f"    {status}, {float(row.get('duration', 0)):.2f}s, in "
                     f"{row.get('cwd', '?')}, confirmed by {row.get('confirmed_by', '?')}"
                     + (f" — asked: {row['request']}" if row.get("request") else ""))
    return lines
