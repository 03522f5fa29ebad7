"""``neuralux history --commands``: the executed-command part of the history command.

``neuralux/cli/history_cmd.py`` owns the ``history`` parser; it calls
``add_commands_flag(parser)`` when building it and, in its ``run``, returns
``run_commands_history(args)`` when ``args.commands`` is set.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from neuralux.commands.audit import CommandLog, format_runs
from neuralux.storage.db import Database


def add_commands_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--commands", action="store_true",
                        help="list shell commands run through aish or the overlay, with who "
                             "confirmed them, exit code and duration")
    # history already has --limit/-n and --json; add them only for a parser without them
    options = {o for a in parser._actions for o in a.option_strings}
    if "--limit" not in options:
        parser.add_argument("--limit", type=int, default=20, help="how many entries")
    if "--json" not in options:
        parser.add_argument("--json", action="store_true", help="one JSON object a line")


def run_commands_history(args: argparse.Namespace, db: Database | None = None,
                         out: TextIO | None = None) -> int:
    out = out or sys.stdout
    owned = db is None
    db = db or Database()
    try:
        rows = CommandLog(db).recent(max(1, int(getattr(args, "limit", 20) or 20)))
    finally:
        if owned:
            db.close()
    if getattr(args, "json", False):
        out.write(json.dumps(rows, indent=2, ensure_ascii=False, default=str) + "\n")
        return 0
    lines = format_runs(rows) or ["No commands have been run through Neuralux yet."]
    out.write("\n".join(lines) + "\n")
    return 0
