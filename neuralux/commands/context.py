"""What the command assistant knows about where the command will run.

Gathered by the front-end that will run the command (aish in the user's
terminal, the overlay), and sent along with the request, so the daemon can
suggest for the right directory, shell and distribution.
"""

from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CommandContext:
    cwd: str
    shell: str = "/bin/sh"
    distro: str = ""
    git: str = ""  # "" outside a repository, else e.g. "branch main, 2 modified, 1 untracked"

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CommandContext:
        """From a plain dict or D-Bus a{sv} (values may be Variants with ``.value``)."""
        def text(key: str, default: str = "") -> str:
            value = data.get(key, default)
            return str(getattr(value, "value", value))

        cwd = text("cwd", "/")
        return cls(cwd=cwd, shell=text("shell", "/bin/sh"), distro=text("distro"),
                   git=text("git"))

    def describe(self) -> str:
        """The one-paragraph context block sent to the model."""
        parts = [f"Current directory: {self.cwd}", f"Shell: {os.path.basename(self.shell)}"]
        if self.distro:
            parts.append(f"System: {self.distro}")
        parts.append(f"Git: {self.git}" if self.git else "Not inside a git repository")
        return "\n".join(parts)


def gather(cwd: str | None = None, env: dict[str, str] | None = None) -> CommandContext:
    env = dict(os.environ) if env is None else env
    cwd = cwd or os.getcwd()
    return CommandContext(cwd=cwd, shell=env.get("SHELL") or "/bin/sh", distro=distro(),
                          git=git_summary(cwd))


def distro(os_release: Path = Path("/etc/os-release")) -> str:
    try:
        fields = {}
        for line in os_release.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            fields[key.strip()] = value.strip().strip('"')
        return fields.get("PRETTY_NAME") or fields.get("NAME", "")
    except OSError:
        return ""


def git_summary(cwd: str, timeout: float = 1.0) -> str:
    """'branch main, 2 modified, 1 untracked' — or '' when not in a repository."""
    try:
        result = subprocess.run(["git", "status", "--porcelain=v1", "--branch"], cwd=cwd,
                                capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    if result.returncode != 0:
        return ""
    lines = result.stdout.splitlines()
    branch = "unknown"
    if lines and lines[0].startswith("## "):
        head = lines[0][3:]
        branch = head.split("...")[0].replace("No commits yet on ", "")
        lines = lines[1:]
    untracked = sum(1 for ln in lines if ln.startswith("??"))
    staged = sum(1 for ln in lines if ln[:1] not in (" ", "?"))
    modified = sum(1 for ln in lines if ln[1:2] not in (" ", "?"))
    summary = [f"branch {branch}"]
    for count, label in ((staged, "staged"), (modified, "modified"), (untracked, "untracked")):
        if count:
            summary.append(f"{count} {label}")
    if len(summary) == 1:
        summary.append("clean")
    return ", ".join(summary)
