"""The runner with real processes: live output, exit codes, and killing whole groups."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from neuralux.commands.runner import group_alive, run_command

pytestmark = pytest.mark.e2e


def test_exit_code_duration_and_cwd(tmp_path: Path) -> None:
    result = run_command("pwd; exit 3", cwd=str(tmp_path), shell="/bin/sh", on_output=None,
                         terminal=False)
    assert result.exit_code == 3
    assert result.output_tail.strip() == str(tmp_path)
    assert 0 <= result.duration < 5
    assert not result.timed_out and not result.interrupted


def test_uses_the_users_shell(tmp_path: Path) -> None:
    result = run_command("echo $0", cwd=str(tmp_path), terminal=False,
                         env={**os.environ, "SHELL": "/bin/bash"})
    assert result.output_tail.strip() == "/bin/bash"


def test_output_arrives_live_before_the_command_ends(tmp_path: Path) -> None:
    chunks: list[tuple[float, str]] = []
    started = time.monotonic()
    result = run_command("echo first; sleep 1.5; echo second", cwd=str(tmp_path),
                         shell="/bin/sh", on_output=lambda t: chunks.append(
                             (time.monotonic() - started, t)))
    assert result.exit_code == 0
    first_at = next(at for at, text in chunks if "first" in text)
    assert first_at < 1.0, chunks  # seen while the command was still sleeping
    assert "second" in "".join(t for _, t in chunks)
    assert result.duration >= 1.4


def test_timeout_kills_the_whole_process_group(tmp_path: Path) -> None:
    started = time.monotonic()
    result = run_command("sleep 300 & sleep 301 & sleep 302", cwd=str(tmp_path),
                         shell="/bin/sh", timeout=1.0, terminal=False)
    assert result.timed_out
    assert time.monotonic() - started < 6
    assert result.pgid > 0
    assert not group_alive(result.pgid), "a background child of the command survived"


def test_cancel_kills_a_command_that_ignores_sigterm(tmp_path: Path) -> None:
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    result = run_command("trap '' TERM INT; sleep 300 & wait", cwd=str(tmp_path),
                         shell="/bin/bash", cancel=cancel, terminal=False)
    assert result.interrupted
    assert not group_alive(result.pgid)


def test_ctrl_c_in_the_caller_kills_the_group(tmp_path: Path) -> None:
    """SIGINT to the process running the command (as Ctrl+C would) ends the command group."""
    helper = tmp_path / "helper.py"
    helper.write_text(textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(Path.cwd())!r})
        from neuralux.commands.runner import run_command
        def started(pgid):
            print(json.dumps({{"pgid": pgid}}), flush=True)
        r = run_command("sleep 300 & sleep 300", cwd={str(tmp_path)!r}, shell="/bin/sh",
                        terminal=False, on_start=started)
        print(json.dumps(r.to_dict()), flush=True)
    """))
    proc = subprocess.Popen([sys.executable, str(helper)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    pgid = json.loads(proc.stdout.readline())["pgid"]
    time.sleep(0.3)
    assert group_alive(pgid)
    proc.send_signal(signal.SIGINT)
    result = json.loads(proc.stdout.readline())
    proc.wait(timeout=10)
    assert result["interrupted"] is True
    assert not group_alive(pgid)


def test_program_not_installed_reports_127(tmp_path: Path) -> None:
    result = run_command("definitely-not-a-program-xyz", cwd=str(tmp_path), shell="/bin/sh",
                         terminal=False)
    assert result.exit_code == 127
    assert "not found" in result.output_tail
