"""``neuralux history --commands``: the executed-command part of the history command.

The lead's ``neuralux/cli/history.py`` owns the ``history`` parser; it calls
``add_commands_flag(parser)`` when building it and, in its ``run``, returns
``run_commands_history(args)`` when ``args.commands`` is set.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from neuralux.commands.audit import CommandLog, format_runs


def add_commands_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--commands", action="store_true",
                        help="list shell commands run through aish or the overlay, with who "
                             "confirmed them, exit code and duration")
    if not any("--limit" in a.option_strings for a in parser._actions):
        parser.add_argument("--limit", type=int, default=20, help="how many entries")
    if not any("--json" in a.option_strings for a in parser._actions):
        parser.add_argument("--json", action="store_true", help="one JSON object a line")


def run_commands_history(args: argparse.Namespace, audit: object | None = None,
                         out: TextIO | None = None) -> int:
    out = out or sys.stdout
    rows = CommandLog(audit).recent(max(1, int(getattr(args, "limit", 20) or 20)))  # type: ignore[arg-type]
    if getattr(args, "json", False):
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    lines = format_runs(rows) or ["No commands have been run through Neuralux yet."]
    out.write("\n".join(lines) + "\n")
    return 0
