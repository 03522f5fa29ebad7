"""Is a proposed command usable here? Parse it, find every program, check its options.

A command passes when it parses, every program it runs exists on this machine
(or is a shell builtin), and every option it gives a well-known program appears
in that program's ``--help``. ``--help`` is only run for programs on an allow
list, where it is known to print help and do nothing else, with a short timeout.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from neuralux.commands.parse import ParsedCommand, parse_command
from neuralux.commands.risk_rules import unwrap

log = logging.getLogger(__name__)

BUILTINS = frozenset("""
cd echo printf export unset set alias unalias type command builtin source . eval exec exit
read test [ true false pwd pushd popd dirs history jobs fg bg wait kill ulimit umask trap
shift let declare local readonly return break continue hash help times getopts : shopt
""".split())
# Programs whose --help only prints help (coreutils, findutils and a few others).
HELP_SAFE = frozenset("""
ls cat head tail wc sort uniq cut tr du df find grep sed tar gzip gunzip xz zstd
cp mv rm mkdir rmdir touch ln chmod chown stat realpath readlink basename dirname date
pgrep pkill free uptime nproc lscpu lsblk findmnt ss wget diff comm
paste join column nl tac shuf split md5sum sha256sum base64 tee xargs timeout nice
journalctl id who env printenv uname getent iconv
""".split())
# Options that never appear literally in help texts but are valid.
_ALWAYS_OK = re.compile(r"^-(\d+|-|h|-help|-version)$")


@dataclass(frozen=True)
class Validation:
    ok: bool
    problems: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()  # programs not installed
    parsed: ParsedCommand | None = field(default=None, compare=False)


def validate(command: str, which: Callable[[str], str | None] = shutil.which,
             help_text: Callable[[str], str] | None = None) -> Validation:
    """Check ``command``; ``which``/``help_text`` are injectable for tests."""
    parsed = parse_command(command)
    problems: list[str] = []
    missing: list[str] = []
    if not parsed.ok:
        return Validation(False, (f"cannot parse the command: {parsed.error or 'no command'}",),
                          parsed=parsed)
    if "\n" in command.strip():
        problems.append("spans several lines")
    for simple in parsed.commands:
        argv = list(simple.argv)
        for _ in range(4):
            inner = unwrap(argv) if argv else None
            if inner is None:
                break
            program = argv[0]
            if not _exists(program, which) and program not in missing:
                missing.append(program)
            argv = inner
        if not argv:
            continue
        program = argv[0]
        if program in BUILTINS or "=" in program or program in ("for", "while", "if", "do"):
            continue
        if not _exists(program, which):
            if program not in missing:
                missing.append(program)
            continue
        name = os.path.basename(program)
        if help_text is not None or name in HELP_SAFE:
            bad = unknown_options(argv, (help_text or _help_text)(name))
            problems.extend(f"{name} has no option {opt}" for opt in bad)
    problems.extend(f"{m} is not installed on this machine" for m in missing)
    return Validation(not problems, tuple(problems), tuple(missing), parsed)


def _exists(program: str, which: Callable[[str], str | None]) -> bool:
    if program in BUILTINS:
        return True
    if "/" in program:
        return os.path.exists(os.path.expanduser(program))
    return which(program) is not None


def unknown_options(argv: list[str], help_text: str) -> list[str]:
    """Options in ``argv`` that the help text never mentions (empty help → no verdict)."""
    if not help_text:
        return []
    bad = []
    for arg in argv[1:]:
        if not arg.startswith("-") or _ALWAYS_OK.match(arg) or len(arg) < 2:
            continue
        if arg.startswith("--"):
            option = arg.split("=", 1)[0]
            if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", help_text):
                bad.append(option)
        elif os.path.basename(argv[0]) == "find" or (len(arg) > 2 and _mentions(help_text, arg)):
            if arg in ("-exec", "-execdir", "-ok", "-okdir"):
                break  # what follows belongs to the executed command
            if re.fullmatch(r"-[a-z][a-z0-9]+", arg) and not _mentions(help_text, arg):
                bad.append(arg)
        else:
            for position, letter in enumerate(arg[1:]):
                if not letter.isalpha():
                    break  # the rest is an attached value (-n5, -k2,2)
                if not _mentions(help_text, f"-{letter}"):
                    if position == 0:
                        bad.append(f"-{letter}")
                    break  # later letters may be a value attached to the previous option
    return bad


def _mentions(help_text: str, option: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", help_text) is not None


@lru_cache(maxsize=128)
def _help_text(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        return ""
    try:
        result = subprocess.run([path, "--help"], capture_output=True, text=True, timeout=1.5,
                                stdin=subprocess.DEVNULL, check=False, env=_help_env())
    except (OSError, subprocess.TimeoutExpired):
        return ""
    text = result.stdout + result.stderr
    # A help text that does not list any option is not one we can check against.
    return text if re.search(r"(?m)^\s*-\w", text) else ""


def _help_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TERM")}
    env.update(LC_ALL="C", PAGER="cat", GIT_PAGER="cat", MANPAGER="cat")
    return env
