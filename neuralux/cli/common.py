"""Small helpers shared by CLI commands: errors to exit codes, a spinner, JSON output."""

from __future__ import annotations

import itertools
import json
import sys
import time
from typing import Any

from neuralux.errors import NeuraluxError


def fail(exc: NeuraluxError) -> int:
    print(f"neuralux: {exc.message}", file=sys.stderr)
    return exc.exit_code


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


class Spinner:
    """A one-line spinner on stderr, only when stderr is a terminal."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._frames = itertools.cycle("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
        self._shown = False
        self._last = 0.0
        self.enabled = sys.stderr.isatty()

    def tick(self) -> None:
        now = time.monotonic()
        if not self.enabled or now - self._last < 0.08:
            return
        self._last = now
        sys.stderr.write(f"\r{next(self._frames)} {self.text}")
        sys.stderr.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            sys.stderr.write("\r" + " " * (len(self.text) + 2) + "\r")
            sys.stderr.flush()
            self._shown = False


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
              for r in rows]
    return "\n".join(lines)


def load_config() -> Any:
    from neuralux import config

    return config.load()
