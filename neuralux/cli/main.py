"""The ``neuralux`` command: one module per command group, each with ``register``."""

from __future__ import annotations

import argparse
import sys
from types import ModuleType

from neuralux import __version__
from neuralux.cli import ask, config_cmd, doctor, history_cmd, models, ocr, overlay, run, status
from neuralux.cli.common import fail
from neuralux.errors import EXIT_USAGE, NeuraluxError

COMMAND_MODULES: list[ModuleType] = [run, ask, status, models, history_cmd, config_cmd, doctor,
                                     ocr, overlay]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neuralux", description="Neuralux: a local-first AI layer for your Linux desktop.")
    parser.add_argument("--version", action="version", version=f"neuralux {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except NeuraluxError as exc:
        return fail(exc)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
