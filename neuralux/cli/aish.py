"""aish — describe what you want, get one checked shell command, run it only if you say so.

    aish "find the 5 largest files here"     propose → [E]xecute [R]evise [D]escribe [A]bort
    aish --explain "du -sh * | sort -h"      explain and judge an existing command
    aish --json "show my ip address"         machine-readable suggestion; never executes

Suggestions come from the daemon over D-Bus when it runs, else are made in this
process (``--no-daemon``). Execution always happens here, in your terminal, in
your $SHELL and current directory, after you confirm; a dangerous command needs
you to type ``yes``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sqlite3
import sys
from typing import TextIO

from neuralux import errors
from neuralux.cli import aish_backend
from neuralux.cli.command_history import run_commands_history
from neuralux.commands import policy
from neuralux.commands.audit import CommandLog, confirmed_by
from neuralux.commands.context import CommandContext, gather
from neuralux.commands.describe import describe
from neuralux.commands.runner import can_use_terminal, run_command
from neuralux.commands.suggestion import Suggestion
from neuralux.storage.db import Database

log = logging.getLogger(__name__)

COLORS = {"safe": "32", "caution": "33", "dangerous": "1;31"}
CHOICES = "[E]xecute  [R]evise  [D]escribe  [A]bort"


class Ui:
    """Terminal input/output; injectable streams so tests can drive it."""

    def __init__(self, out: TextIO, inp: TextIO, color: bool) -> None:
        self.out, self.inp, self.color = out, inp, color

    def paint(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.color else text

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def ask(self, prompt: str) -> str | None:
        self.out.write(prompt)
        self.out.flush()
        line = self.inp.readline()
        if not line:
            self.say()
            return None
        return line.strip()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aish", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("request", nargs="*", help="what the command should do")
    parser.add_argument("--explain", metavar="COMMAND", help="explain an existing command")
    parser.add_argument("--json", action="store_true",
                        help="print {command, explanation, risk, risk_reasons, source}; "
                             "never executes")
    parser.add_argument("--no-daemon", action="store_true",
                        help="suggest in this process instead of asking the daemon")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="stop the command after this long (default: config, 0 = none)")
    parser.add_argument("--history", action="store_true", help="list executed commands")
    parser.add_argument("--no-color", action="store_true", help="plain output")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=os.environ.get("NEURALUX_LOG", "WARNING"),
                        format="%(levelname)s %(name)s: %(message)s")
    color = sys.stdout.isatty() and not args.no_color and "NO_COLOR" not in os.environ
    ui = Ui(sys.stdout, sys.stdin, color)
    try:
        return asyncio.run(_main(args, ui))
    except errors.NeuraluxError as exc:
        print(f"aish: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("\naish: aborted", file=sys.stderr)
        return 130


async def _main(args: argparse.Namespace, ui: Ui) -> int:
    if args.history:
        return run_commands_history(argparse.Namespace(limit=20, json=args.json),
                                    out=ui.out)
    context = gather()
    async with aish_backend.connect(no_daemon=args.no_daemon) as backend:
        if args.explain is not None:
            suggestion = await backend.explain(args.explain, context)
            if args.json:
                ui.say(json.dumps(suggestion.public_dict(), ensure_ascii=False))
            else:
                show(ui, suggestion)
                if suggestion.source == "cookbook":  # else the explanation is the description
                    ui.say(describe(suggestion.command))
            return 0
        request = " ".join(args.request).strip()
        if not request and not args.json and sys.stdin.isatty():
            request = (ui.ask("What should the command do? ") or "").strip()
        if not request:
            raise errors.InvalidArgument('Say what the command should do, e.g. aish "find the '
                                         '5 largest files here".')
        suggestion = await backend.suggest(request, context)
        if args.json:
            ui.say(json.dumps(suggestion.public_dict(), ensure_ascii=False))
            return 0 if suggestion.has_command else 1
        timeout = args.timeout if args.timeout is not None else backend.run_timeout
        return await interact(ui, backend, request, context, suggestion, timeout)


def show(ui: Ui, s: Suggestion) -> None:
    if not s.has_command:
        ui.say(s.explanation)
        return
    ui.say()
    ui.say("  " + ui.paint(s.command, "1;36"))
    ui.say()
    ui.say(s.explanation)
    label = ui.paint(s.risk.upper(), COLORS.get(s.risk, "0"))
    ui.say(f"Risk: {label}" + (f" — {s.risk_reasons[0]}" if s.risk_reasons else ""))
    for reason in s.risk_reasons[1:]:
        ui.say(f"      {reason}")
    for problem in s.problems:
        ui.say(ui.paint(f"Note: {problem}", "33"))
    ui.say(f"(from the {s.source})" if s.source in ("model", "cookbook") else "")


async def interact(ui: Ui, backend: aish_backend.Backend, request: str,
                   context: CommandContext, suggestion: Suggestion, run_timeout: float) -> int:
    while True:
        show(ui, suggestion)
        if not suggestion.has_command:
            answer = ui.ask("[R]evise  [A]bort: ")
            if answer and answer[:1].lower() == "r":
                suggestion = await _revise(ui, backend, request, context, suggestion)
                continue
            return 1
        answer = ui.ask(CHOICES + ": ")
        key = (answer or "a")[:1].lower()
        if key == "e":
            word = policy.typed_confirmation(suggestion.risk)
            if word:
                typed = ui.ask(ui.paint(f"This command is DANGEROUS. Type {word} to run it: ",
                                        COLORS["dangerous"]))
                if not policy.confirmation_accepted(suggestion.risk, typed or ""):
                    ui.say("Not run.")
                    continue
            how = "in a terminal (typed yes)" if suggestion.risk == "dangerous" else \
                "in a terminal (chose Execute)"
            return execute(ui, backend, request, context, suggestion, run_timeout, how)
        if key == "r":
            suggestion = await _revise(ui, backend, request, context, suggestion)
        elif key == "d":
            ui.say(describe(suggestion.command))
            ui.ask("(press Enter) ")
        else:
            ui.say("Aborted; nothing was run.")
            return 1


async def _revise(ui: Ui, backend: aish_backend.Backend, request: str, context: CommandContext,
                  previous: Suggestion) -> Suggestion:
    correction = ui.ask("What should be different? ") or ""
    if not correction:
        return previous
    return await backend.suggest(request, context, previous.command, correction)


def execute(ui: Ui, backend: aish_backend.Backend, request: str, context: CommandContext,
            suggestion: Suggestion, timeout: float, how: str) -> int:
    ui.say(ui.paint(f"$ {suggestion.command}", "2"))
    terminal = ui.out is sys.stdout and ui.inp is sys.stdin and can_use_terminal()

    def on_output(text: str) -> None:
        ui.out.write(text)
        ui.out.flush()

    result = run_command(suggestion.command, cwd=context.cwd, shell=context.shell,
                         timeout=timeout, terminal=terminal,
                         on_output=None if terminal else on_output)
    status = ("timed out" if result.timed_out else "interrupted" if result.interrupted
              else f"exit code {result.exit_code}")
    ui.say(ui.paint(f"[{status}, {result.duration:.2f}s]",
                    "32" if result.exit_code == 0 else "31"))
    db = Database()
    try:
        CommandLog(db).record(
            request=request, command=suggestion.command, risk=suggestion.risk,
            source=suggestion.source, cwd=context.cwd, confirmed_by=confirmed_by(how),
            result=result)
    except (OSError, errors.NeuraluxError, sqlite3.Error) as exc:
        ui.say(f"aish: could not write the audit record: {exc}")
    finally:
        db.close()
    if result.timed_out or result.interrupted:
        return 130 if result.interrupted else 124
    return result.exit_code if result.exit_code >= 0 else 128 - result.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
