"""The record of every executed command: who confirmed it, what ran, how it ended.

It goes to the storage audit log (``audit.record(kind, data)``) when the app has
one. Without it (``aish --no-daemon`` before the storage layer is set up, tests)
records go to a JSON-lines file in the data directory, which ``recent`` reads.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import time
from pathlib import Path
from typing import Any, Protocol

from neuralux import paths
from neuralux.commands.runner import RunResult

log = logging.getLogger(__name__)

KIND = "command.run"


class AuditSink(Protocol):
    def record(self, kind: str, data: dict[str, Any]) -> Any: ...


def default_path() -> Path:
    return paths.data_dir() / "command-runs.jsonl"


class CommandLog:
    def __init__(self, audit: AuditSink | None = None, path: Path | None = None) -> None:
        self.audit = audit
        self.path = path or default_path()

    def record(self, *, request: str, command: str, risk: str, source: str, cwd: str,
               confirmed_by: str, result: RunResult) -> dict[str, Any]:
        data: dict[str, Any] = {
            "time": time.time(), "request": request, "command": command, "risk": risk,
            "source": source, "cwd": cwd, "confirmed_by": confirmed_by,
            "exit_code": result.exit_code, "duration": result.duration,
            "timed_out": result.timed_out, "interrupted": result.interrupted,
        }
        if self.audit is not None:
            try:
                self.audit.record(KIND, data)
                return data
            except Exception:
                log.warning("storage audit failed; writing the command record to %s",
                            self.path, exc_info=True)
        paths.ensure(self.path.parent)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(data, ensure_ascii=False) + "\n")
        return data

    def recent(self, limit: int = 20) -> list[dict[str, Any]]:
        """Newest first. Reads the storage audit if it can list, else the file."""
        rows: list[dict[str, Any]] = []
        lister = getattr(self.audit, "recent", None) or getattr(self.audit, "list", None)
        if callable(lister):
            try:
                for row in lister(kind=KIND, limit=limit):
                    rows.append(dict(row.get("data", row)) if isinstance(row, dict) else row)
            except Exception:
                log.debug("storage audit could not list command runs", exc_info=True)
        if self.path.exists():
            with self.path.open(encoding="utf-8") as fh:
                for line in fh:
                    try:
                        rows.append(json.loads(line))
                    except ValueError:
                        continue
        rows.sort(key=lambda r: float(r.get("time", 0)), reverse=True)
        return rows[:limit]


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
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(row.get("time", 0))))
        status = "timed out" if row.get("timed_out") else "interrupted" if row.get(
            "interrupted") else f"exit {row.get('exit_code')}"
        lines.append(f"{when}  [{row.get('risk', '?')}] {row.get('command', '')}")
        lines.append(f"    {status}, {float(row.get('duration', 0)):.2f}s, in "
                     f"{row.get('cwd', '?')}, confirmed by {row.get('confirmed_by', '?')}"
                     + (f" — asked: {row['request']}" if row.get("request") else ""))
    return lines
