"""The real daemon process on a real dbus-daemon with the real default model."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, Bus, neuralux_cmd, run_cli, start_daemon, wait_for_name

pytestmark = [pytest.mark.e2e, pytest.mark.model]


def test_ask_streams_from_the_daemon_and_is_recorded(daemon) -> None:
    out = run_cli("ask", "What is the capital of France?")
    assert out.returncode == 0, out.stderr
    assert "Paris" in out.stdout
    data = json.loads(run_cli("ask", "--json", "What is 2+2?").stdout)
    assert data["where"] == "local" and data["model"] == "smollm2-135m-instruct"
    assert data["tokens"] > 1 and data["first_token_s"] > 0 and "4" in data["text"]
    follow = json.loads(run_cli("ask", "--json", "-c", data["conversation_id"],
                                "And 3+3?").stdout)
    assert follow["conversation_id"] == data["conversation_id"]
    hist = json.loads(run_cli("history", "--json").stdout)
    assert [h["question"] for h in hist[:3]] == ["And 3+3?", "What is 2+2?",
                                                  "What is the capital of France?"]
    assert json.loads(run_cli("history", "--json", "--search", "France").stdout)[0][
        "answer"].count("Paris") >= 1
    status = json.loads(run_cli("status", "--json").stdout)
    assert status["model_loaded"] is True and status["mode"] == "headless"
    models = json.loads(run_cli("models", "--json").stdout)
    assert any(m["name"] == "smollm2-135m-instruct" and m["loaded"] for m in models)


def test_second_daemon_exits_at_once_naming_the_first(daemon) -> None:
    started = time.monotonic()
    out = run_cli("run", "--headless", timeout=30)
    assert out.returncode == 3
    assert f"already running (pid {daemon.proc.pid}" in out.stderr
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(("args", "stdin", "needle"), [
    (["ask", ""], None, "empty"),
    (["ask", "x" * 32001], None, "limit is 32,000"),
    (["ask"], "\udcff", None),
])
def test_cli_bad_input_exits_4(daemon, args: list[str], stdin: str | None,
                               needle: str | None) -> None:
    if stdin is not None:
        proc = subprocess.run(neuralux_cmd(*args), input=b"\xff\xfe bad", capture_output=True,
                              timeout=60, cwd=ROOT)
        assert proc.returncode == 4 and b"UTF-8" in proc.stderr
        return
    out = run_cli(*args)
    assert out.returncode == 4, out.stderr
    assert needle in out.stderr and "Traceback" not in out.stderr


def test_missing_model_is_unavailable_and_daemon_keeps_serving(session_bus: Bus,
                                                               tmp_path: Path) -> None:
    d = start_daemon(session_bus, tmp_path / "d.log",
                     {"NEURALUX_LLM_MODEL": str(tmp_path / "gone.gguf")})
    try:
        out = run_cli("ask", "hello")
        assert out.returncode == 3
        assert f"{tmp_path / 'gone.gguf'} does not exist" in out.stderr
        assert run_cli("status").returncode == 0
    finally:
        d.proc.terminate()
        d.proc.wait(15)


def test_kill_9_mid_answer_loses_nothing_committed(session_bus: Bus, tmp_path: Path) -> None:
    d = start_daemon(session_bus, tmp_path / "d.log")
    assert run_cli("ask", "What is the capital of Peru?").returncode == 0
    env = {**os.environ}
    ask = subprocess.Popen(neuralux_cmd("ask", "--max-tokens", "400",
                                        "Write a long story about a dragon."),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                           cwd=ROOT)
    assert ask.stdout is not None
    ask.stdout.read(20)  # the answer is streaming
    d.proc.send_signal(signal.SIGKILL)
    d.proc.wait(10)
    assert ask.wait(30) == 3
    assert "stopped while answering" in (ask.stderr.read() if ask.stderr else "")
    db = Path(os.environ["XDG_DATA_HOME"]) / "neuralux" / "neuralux.db"
    d2 = start_daemon(session_bus, tmp_path / "d2.log")
    try:
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        texts = [r[0] for r in conn.execute("SELECT text FROM messages ORDER BY id")]
        conn.close()
        assert texts[0] == "What is the capital of Peru?" and len(texts[1]) > 0
        assert texts[2] == "Write a long story about a dragon."
        assert run_cli("ask", "Still there?").returncode == 0
    finally:
        d2.proc.terminate()
        d2.proc.wait(15)


def test_dbus_activation_starts_the_daemon(session_bus: Bus) -> None:
    (session_bus.service_dir / "org.neuralux.Assistant1.service").write_text(
        "[D-BUS Service]\nName=org.neuralux.Assistant1\n"
        f"Exec={sys.executable} -m neuralux run --headless\n")
    out = run_cli("ask", "--json", "What is 2+2?")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["text"]
    pid = json.loads(run_cli("status", "--json").stdout)["pid"]
    os.kill(pid, signal.SIGTERM)


def test_sigterm_shuts_down_cleanly(daemon) -> None:
    assert run_cli("ask", "Hi").returncode == 0
    daemon.proc.send_signal(signal.SIGTERM)
    assert daemon.proc.wait(20) == 0
    log = daemon.output()
    assert "shutting down" in log and "unloading model llm" in log
    assert "Traceback" not in log


def test_no_session_bus_starts_a_private_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS",
                                                             "DISPLAY", "WAYLAND_DISPLAY")}
    log = (tmp_path / "d.log").open("w")
    proc = subprocess.Popen(neuralux_cmd("run"), stdout=log, stderr=subprocess.STDOUT,
                            text=True, env=env, cwd=ROOT)
    try:
        bus_file = Path(env["XDG_RUNTIME_DIR"]) / "neuralux" / "bus-address"
        deadline = time.monotonic() + 20
        while not bus_file.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        wait_for_name(bus_file.read_text().strip())
        text = (tmp_path / "d.log").read_text()
        assert "export DBUS_SESSION_BUS_ADDRESS=" in text
        assert "running headless (no display" in text
        out = subprocess.run(neuralux_cmd("status", "--json"), capture_output=True, text=True,
                             env=env, timeout=30)
        assert out.returncode == 0 and json.loads(out.stdout)["pid"] == proc.pid
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(20) == 0
    assert not bus_file.exists()  # private bus stopped and forgotten


def test_invalid_config_refuses_to_start(tmp_path: Path) -> None:
    cfg = Path(os.environ["XDG_CONFIG_HOME"]) / "neuralux" / "config.toml"
    cfg.parent.mkdir(parents=True)
    cfg.write_text("[llm]\nthreads = -3\n")
    out = run_cli("run", "--headless", timeout=30)
    assert out.returncode == 2
    assert f"llm.threads in {cfg} line 2" in out.stderr and "did not start" in out.stderr


def test_ask_in_process_without_a_daemon() -> None:
    out = run_cli("ask", "--no-daemon", "--json", "What is the capital of Peru?")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert "Lima" in data["text"] and data["where"] == "local"


def test_ask_starts_the_daemon_in_the_background(session_bus: Bus) -> None:
    # No activation file on this bus: the CLI starts `neuralux run` itself.
    out = run_cli("ask", "What is 2+2?")
    assert out.returncode == 0, out.stderr
    assert "4" in out.stdout
    status = json.loads(run_cli("status", "--json").stdout)
    os.kill(status["pid"], signal.SIGTERM)
