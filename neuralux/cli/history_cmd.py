"""``neuralux history``: past exchanges, searchable."""

from __future__ import annotations

import argparse
import datetime

from neuralux.cli.command_history import add_commands_flag, run_commands_history
from neuralux.cli.common import print_json
from neuralux.errors import EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("history", help="list past questions and answers")
    p.add_argument("--search", default="", help="full-text search over questions and answers")
    p.add_argument("-n", "--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    add_commands_flag(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.commands:
        return run_commands_history(args)
    from neuralux.storage import history
    from neuralux.storage.db import Database

    db = Database()
    try:
        rows = db.sync(lambda d: history.exchanges(d, args.search or None, args.limit))
    finally:
        db.close()
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print("No matching history." if args.search else "No history yet. Ask something: "
              'neuralux ask "What is the capital of France?"')
        return EXIT_OK
    for row in reversed(rows):
        when = datetime.datetime.fromtimestamp(row["created"]).strftime("%Y-%m-%d %H:%M")
        print(f"[{when}] ({row['conversation_id']}) > {row['question']}")
        answer = row["answer"] if row["answer"] is not None else "(no answer recorded)"
        print(f"  {answer}\n")
    return EXIT_OK
