"""``neuralux run``: the daemon in the foreground."""

from __future__ import annotations

import argparse
import sys

from neuralux import config
from neuralux.errors import ConfigError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="start the Neuralux daemon in the foreground")
    p.add_argument("--headless", action="store_true", help="no overlay even with a display")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from neuralux.daemon import log_to_stderr

    try:
        loaded = config.load(create=True)
    except ConfigError as exc:
        print(f"neuralux: invalid configuration: {exc.message}", file=sys.stderr)
        print("Neuralux did not start. Fix the value (or remove it to use the default).",
              file=sys.stderr)
        return exc.exit_code
    log_to_stderr(loaded.settings.general.log_level)
    from neuralux import daemon
    from neuralux.app import App

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    try:
        return daemon.run(App(loaded), args.headless, say)
    except daemon.AlreadyRunning as exc:
        print(f"neuralux: {exc.message}", file=sys.stderr)
        return exc.exit_code
