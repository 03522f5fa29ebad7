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
    "cd": "changes the current directory for the parts after it",
    "pwd": "prints the current directory", "mkdir": "creates directories",
    "touch": "creates empty files or updates their times", "ln": "creates links",
    "stat": "shows file details", "file": "guesses a file's type", "zip": "creates zip archives",
    "unzip": "extracts zip archives", "gzip": "compresses files", "wget": "downloads files",
    "ssh": "logs in to another machine", "scp": "copies files over ssh",
    "rsync": "copies and synchronises files", "shred": "overwrites files to destroy them",
    "mkfs": "creates a filesystem, erasing the partition", "nohup": "keeps a command running "
    "after logout", "watch": "reruns a command periodically", "jq": "processes JSON",
    "diff": "compares files", "uname": "prints system information", "date": "prints the date",
    "lsblk": "lists disks and partitions", "lsof": "lists open files",
    "crontab": "manages scheduled jobs", "dpkg": "low-level package tool",
"uptime": "shows how long the system has run",
    "nproc": "prints the number of CPUs", "id": "prints user and group ids",
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
    joins = []
    if any(c.position > 0 for c in parsed.commands):
        joins.append("| passes each part's output to the next")
    meanings = {"&&": "&& runs the next part only if the previous one succeeded",
                "||": "|| runs the next part only if the previous one failed",
                ";": "; runs the next part regardless", "&": "& runs the part before it in "
                "the background"}
    joins += [meanings[op] for op in dict.fromkeys(parsed.operators) if op in meanings]
    if joins:
        lines.append("How the parts connect: " + "; ".join(joins) + ".")
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
