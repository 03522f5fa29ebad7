"""Explain a command without a model: each program, and each option from its own --help."""

from __future__ import annotations

import os
import re

from neuralux.commands.parse import parse_command
from neuralux.commands.risk_rules import unwrap
from neuralux.commands.validate import HELP_SAFE, _help_text

PROGRAMS = {
    "ls": "lists directory contents", "find": "searches for files", "grep": "searches text",
    "sort": "sorts lines", "head": "keeps the first lines", "tail": "keeps the last lines",
    "wc": "counts lines, words or bytes", "du": "measures disk usage of files",
    "df": "shows free space per filesystem", "ps": "lists processes", "kill": "signals a process",
    "rm": "deletes files", "cp": "copies files", "mv": "moves or renames files",
    "tar": "creates or extracts archives", "chmod": "changes permissions",
    "chown": "changes ownership", "sed": "edits text", "awk": "processes text by fields",
    "xargs": "runs a command on each input line", "git": "version control",
    "apt": "manages packages", "systemctl": "controls system services",
    "journalctl": "reads the system log", "curl": "transfers data from URLs",
    "ss": "shows network sockets", "ip": "shows or changes network settings",
    "uniq": "drops repeated lines", "cut": "keeps selected columns", "tr": "translates characters",
    "cat": "prints files", "echo": "prints text", "sudo": "runs as root", "dd": "copies raw blocks",
    "pkill": "signals processes by name", "pgrep": "finds processes by name",
    "free": "shows memory use", "tee": "writes its input to files and the screen",
}


def describe(command: str) -> str:
    """One line per program in ``command``: what it does and what each option means."""
    parsed = parse_command(command)
    if not parsed.ok:
        return f"This could not be parsed as a shell command ({parsed.error})."
    lines = []
    for simple in parsed.commands:
        argv = list(simple.argv)
        prefix = ""
        inner = unwrap(argv) if argv else None
        while inner:
            prefix += f"{os.path.basename(argv[0])} → "
            argv, inner = inner, unwrap(inner)
        if not argv:
            continue
        name = os.path.basename(argv[0])
        summary = PROGRAMS.get(name) or _help_summary(name) or "a program"
        options = _options(name, argv[1:])
        line = f"{prefix}{name}: {summary}"
        if options:
            line += "; " + "; ".join(options)
        lines.append(line)
        for r in simple.redirects:
            if r.writes:
                verb = "appends to" if r.op == ">>" else "writes output to"
                lines.append(f"{r.op} {r.target}: {verb} {r.target}")
    if len([c for c in parsed.commands if not c.nested]) > 1:
        lines.append("The parts run together: | passes output on, && runs the next part only "
                     "if the previous one succeeded, ; runs it regardless.")
    return "\n".join(lines)


def _help_summary(name: str) -> str:
    if name not in HELP_SAFE:
        return ""
    for line in _help_text(name).splitlines()[1:4]:
        line = line.strip()
        if line and not line.startswith(("-", "Usage", "or:")):
            return line.rstrip(".")
    return ""


FIND_PREDICATES = {
    "-type": "kind of entry (f file, d directory, l link)", "-name": "name matches a pattern",
    "-iname": "name matches, ignoring case", "-size": "size (+ more than, - less than)",
    "-mtime": "modified N days ago (-N within, +N more than)",
    "-mmin": "modified N minutes ago", "-delete": "DELETES each match",
    "-exec": "runs a command on each match", "-empty": "empty file or directory",
    "-maxdepth": "how many levels deep to search", "-printf": "prints in the given format",
    "-user": "owned by the user", "-perm": "permission bits", "-newer": "newer than a file",
    "-print0": "separates names with NUL for xargs -0", "-prune": "does not descend into it",
}


def _options(name: str, args: list[str]) -> list[str]:
    if name == "find":
        return [f"{a} = {FIND_PREDICATES[a]}" for a in args if a in FIND_PREDICATES]
    if name not in HELP_SAFE:
        return []
    text = _help_text(name)
    out = []
    for arg in args[:8]:
        if not arg.startswith("-") or len(arg) < 2:
            continue
        if arg.startswith("--"):
            options = [arg.split("=", 1)[0]]
        else:
            options = []
            for letter in arg[1:]:
                if not letter.isalpha():
                    break
                options.append("-" + letter)
        for option in options:
            desc = _option_line(text, option)
            if desc:
                out.append(f"{option} = {desc}")
    return out


def _option_line(text: str, option: str) -> str:
    for line in text.splitlines():
        if re.match(rf"^\s*(-\w,\s*)?{re.escape(option)}(?![\w-])", line) or re.match(
                rf"^\s*{re.escape(option)},", line):
            return re.sub(r"^\s*(-[\w-]+(\[?=?[\w\[\]]*)?,?\s*)+", "", line).strip()
    return ""
