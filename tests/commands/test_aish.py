"""aish end to end: piped stdin and a real terminal (tmux), real execution after confirming."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from neuralux.storage import audit
from neuralux.storage.db import Database

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
AISH = [sys.executable, "-m", "neuralux.cli.aish", "--no-daemon", "--no-color"]


@pytest.fixture
def env(isolated_home: Path) -> dict[str, str]:
    """The test's isolated XDG dirs (from the shared conftest), cookbook-only suggestions."""
    return {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(isolated_home),
            "SHELL": "/bin/bash",
            "NEURALUX_COMMANDS_USE_MODEL": "never"}  # cookbook only: fast and deterministic


def aish(args: list[str], cwd: Path, env: dict[str, str], stdin: str = ""
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*AISH, *args], cwd=cwd, env=env, input=stdin, text=True,
                          capture_output=True, timeout=120, check=False)


def audit_rows(tmp_path: Path) -> list[dict[str, object]]:
    """Command runs from the real audit log in the test's own database."""
    path = Path(os.environ["XDG_DATA_HOME"]) / "neuralux" / "neuralux.db"
    if not path.exists():
        return []
    db = Database(path)
    try:
        return db.sync(lambda d: audit.entries(d, "command.run", 50))
    finally:
        db.close()


def test_json_suggests_and_never_executes(tmp_path: Path, env: dict[str, str]) -> None:
    work = tmp_path / "w"
    work.mkdir()
    r = aish(["--json", "create a folder named reports"], work, env)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["command"] == "mkdir -p reports"
    assert set(data) >= {"command", "explanation", "risk", "risk_reasons", "source"}
    assert data["source"] == "cookbook" and data["risk"] == "safe"
    assert not (work / "reports").exists()


def test_execute_after_confirmation_runs_in_cwd_and_audits(tmp_path: Path,
                                                           env: dict[str, str]) -> None:
    work = tmp_path / "w"
    work.mkdir()
    r = aish(["create a folder named reports"], work, env, stdin="e\n")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "[E]xecute  [R]evise  [D]escribe  [A]bort" in r.stdout
    assert "exit code 0" in r.stdout
    assert (work / "reports").is_dir()
    [row] = audit_rows(tmp_path)
    assert row["command"] == "mkdir -p reports" and row["exit_code"] == 0
    assert row["request"] == "create a folder named reports" and row["cwd"] == str(work)
    assert "chose Execute" in str(row["confirmed_by"])
    history = aish(["--history"], work, env)
    assert "mkdir -p reports" in history.stdout
    neuralux = subprocess.run([sys.executable, "-m", "neuralux", "history", "--commands"],
                              cwd=work, env=env, capture_output=True, text=True, timeout=60,
                              check=False)
    assert neuralux.returncode == 0, neuralux.stderr
    assert "mkdir -p reports" in neuralux.stdout and "exit 0" in neuralux.stdout


def test_dangerous_needs_typed_yes(tmp_path: Path, env: dict[str, str]) -> None:
    work = tmp_path / "w"
    (work / "build").mkdir(parents=True)
    r = aish(["delete the folder build"], work, env, stdin="e\ny\na\n")
    assert "DANGEROUS" in r.stdout and "Type yes" in r.stdout and "Not run." in r.stdout
    assert r.returncode == 1
    assert (work / "build").is_dir() and not audit_rows(tmp_path)
    r = aish(["delete the folder build"], work, env, stdin="e\nyes\n")
    assert r.returncode == 0, r.stdout
    assert not (work / "build").exists()
    assert "typed yes" in str(audit_rows(tmp_path)[0]["confirmed_by"])


def test_abort_and_end_of_input_run_nothing(tmp_path: Path, env: dict[str, str]) -> None:
    work = tmp_path / "w"
    work.mkdir()
    for stdin in ("a\n", ""):
        r = aish(["create a folder named reports"], work, env, stdin=stdin)
        assert r.returncode == 1
        assert not (work / "reports").exists()


def test_describe_then_revise(tmp_path: Path, env: dict[str, str]) -> None:
    r = aish(["show the disk usage"], tmp_path, env,
             stdin="d\n\nr\nper folder sorted by size\na\n")
    assert r.stdout.count("[E]xecute") >= 2
    assert "= " in r.stdout  # the description explains options from --help
    assert "What should be different?" in r.stdout


def test_bad_input(tmp_path: Path, env: dict[str, str]) -> None:
    empty = aish([""], tmp_path, env)
    assert empty.returncode == 4 and "Say what the command should do" in empty.stderr
    everything = aish(["--json", "delete everything"], tmp_path, env)
    assert everything.returncode == 1
    assert json.loads(everything.stdout)["command"] == ""
    foreign = aish(["--json", "zeige mir alle Dateien"], tmp_path, env)
    assert "English" in json.loads(foreign.stdout)["explanation"]
    missing = aish(["--explain", "frobnicate-xyz --all"], tmp_path, env)
    assert "frobnicate-xyz is not installed" in missing.stdout


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux not installed")
def test_real_terminal_run_and_ctrl_c_kills_the_group(tmp_path: Path,
                                                     env: dict[str, str]) -> None:
    book = tmp_path / "book.jsonl"
    book.write_text("\n".join(json.dumps(e) for e in (
        {"id": "t-1", "category": "t", "request": "print a greeting",
         "command": "echo hello-from-aish", "explanation": "Prints a greeting."},
        {"id": "t-2", "category": "t", "request": "wait forever in the background",
         "command": "sleep 3131 & sleep 3132; printf 'after-%s' sleep", "explanation": "Waits."},
    )) + "\n")
    env = {**env, "NEURALUX_COMMANDS_COOKBOOK_PATH": str(book)}
    socket = f"aish-test-{os.getpid()}"
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]

    def screen() -> str:
        return subprocess.run([*tmux, "capture-pane", "-p", "-t", "t"], capture_output=True,
                              text=True, check=False).stdout

    def wait_for(text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = screen()
            if text in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared:\n{screen()}")

    def start(request: str) -> None:
        cmd = " ".join([*AISH, repr(request)]) + "; echo AISH-EXIT=$?; sleep 60"
        subprocess.run([*tmux, "new-session", "-d", "-s", "t", "-x", "150", "-y", "40",
                        "-c", str(tmp_path), "bash", "-c", cmd], env=env, check=True)

    try:
        start("print a greeting")
        wait_for("[A]bort")
        subprocess.run([*tmux, "send-keys", "-t", "t", "e", "Enter"], check=True)
        shown = wait_for("AISH-EXIT=")
        assert "hello-from-aish" in shown and "exit code 0" in shown and "AISH-EXIT=0" in shown
        subprocess.run([*tmux, "kill-session", "-t", "t"], check=False)

        start("wait forever in the background")
        wait_for("[A]bort")
        subprocess.run([*tmux, "send-keys", "-t", "t", "e", "Enter"], check=True)
        wait_for("$ sleep 3131")
        time.sleep(1.0)
        assert subprocess.run(["pgrep", "-f", "sleep 313[12]"], check=False,
                              capture_output=True).returncode == 0
        subprocess.run([*tmux, "send-keys", "-t", "t", "C-c"], check=True)
        shown = wait_for("AISH-EXIT=")
        assert "interrupted" in shown and "after-sleep" not in shown
        deadline = time.monotonic() + 5
        while subprocess.run(["pgrep", "-f", "sleep 313[12]"], check=False,
                              capture_output=True).returncode == 0:
            assert time.monotonic() < deadline, "a process of the command survived Ctrl+C"
            time.sleep(0.2)
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, capture_output=True)
