"""CLI commands that need no daemon: config, models, doctor, history, usage errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.conftest import run_cli


def test_config_show_reports_sources_and_env_override() -> None:
    out = run_cli("config", "show", "--json", env={"NEURALUX_LLM_MAX_TOKENS": "99"})
    data = json.loads(out.stdout)
    assert data["llm.max_tokens"] == {"value": 99, "source": "env (NEURALUX_LLM_MAX_TOKENS)"}
    assert data["llm.threads"]["source"] == "profile balanced"
    table = run_cli("config").stdout
    assert "llm.context_size" in table and "profile balanced" in table


def test_config_init_writes_a_commented_file_once() -> None:
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "neuralux" / "config.toml"
    assert "Wrote" in run_cli("config", "init").stdout
    assert "# max_tokens = 512" in path.read_text()
    assert "already exists" in run_cli("config", "init").stdout


def test_models_lists_the_defaults_without_a_daemon() -> None:
    models = json.loads(run_cli("models", "--json").stdout)
    names = {m["name"]: m for m in models}
    assert names["smollm2-135m-instruct"]["default"] is True
    assert names["smollm2-135m-instruct"]["loaded"] is False
    assert "whisper-tiny.en" in names and "piper-en_US-joe-medium" in names


def test_doctor_has_a_fix_for_every_failing_row() -> None:
    out = run_cli("doctor", "--json")
    rows = json.loads(out.stdout)
    names = {r["name"] for r in rows}
    assert {"config", "session bus", "daemon", "display server", "desktop portal",
            "tesseract", "model smollm2-135m-instruct"} <= names
    assert all(r["fix"] for r in rows if not r["ok"])
    assert out.returncode == 0  # only optional rows fail here (no bus, no display)


def test_history_empty_and_usage_errors() -> None:
    assert "No history yet" in run_cli("history").stdout
    assert json.loads(run_cli("history", "--json").stdout) == []
    assert run_cli().returncode == 2
    assert run_cli("bogus").returncode == 2


def test_status_without_daemon_is_exit_3() -> None:
    out = run_cli("status")
    assert out.returncode == 3 and "neuralux run" in out.stderr
