"""Context gathering: cwd, shell, distro, git summary (real git in a temp repo)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from dbus_fast import Variant

from neuralux.commands.context import CommandContext, distro, gather, git_summary


def test_outside_git_and_basic_fields(tmp_path: Path) -> None:
    ctx = gather(str(tmp_path), env={"SHELL": "/bin/zsh"})
    assert ctx.cwd == str(tmp_path) and ctx.shell == "/bin/zsh" and ctx.git == ""
    assert "Not inside a git repository" in ctx.describe()


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_git_summary_counts_changes(tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("-c", "user.name=t", "-c", "user.email=t@e", "commit", "-q", "--allow-empty", "-m", "x")
    assert git_summary(str(tmp_path)) == "branch main, clean"
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    git("add", "a.txt")
    assert git_summary(str(tmp_path)) == "branch main, 1 staged, 1 untracked"


def test_distro_reads_os_release(tmp_path: Path) -> None:
    f = tmp_path / "os-release"
    f.write_text('NAME="Ubuntu"\nPRETTY_NAME="Ubuntu 24.04 LTS"\n')
    assert distro(f) == "Ubuntu 24.04 LTS"
    assert distro(tmp_path / "missing") == ""


def test_from_dbus_variants() -> None:
    ctx = CommandContext.from_dict({"cwd": Variant("s", "/home/a"), "shell": Variant("s", "x")})
    assert ctx.cwd == "/home/a" and ctx.shell == "x"
    assert CommandContext.from_dict(ctx.to_dict()) == ctx
