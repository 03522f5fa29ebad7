"""``[commands] model``: the command assistant's own model, separate from the chat model."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from neuralux import config
from neuralux.app import App
from neuralux.backends.base import ChatMessage, GenerationParams
from neuralux.cli.aish_backend import make_completer
from neuralux.commands.local_llm import CommandModelCompleter, default_model_path
from neuralux.errors import ModelUnavailable

HELLO = [ChatMessage("user", "Reply with one word: hello")]

PULL_FIX = re.escape("run `neuralux models pull qwen2.5-coder-0.5b`")


def app_with(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, model: str) -> App:
    monkeypatch.setenv("NEURALUX_COMMANDS_MODEL", model)
    return App(config.load(), db_path=tmp_path / "db.sqlite")


async def test_empty_means_the_chat_model(tmp_path: Path) -> None:
    app = App(config.load(), db_path=tmp_path / "db.sqlite")
    assert app.settings.commands.model == ""
    assert app.command_model is None and app.commands.completer is app.assistant
    await app.stop()


async def test_a_missing_command_model_says_how_to_pull_it(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           ) -> None:
    app = app_with(monkeypatch, tmp_path, "qwen2.5-coder-0.5b")
    assert app.command_model is not None and app.commands.completer is app.command_model
    with pytest.raises(ModelUnavailable, match=PULL_FIX):
        await app.command_model.complete(HELLO, GenerationParams(max_tokens=4))
    await app.stop()
    with pytest.raises(ModelUnavailable, match=PULL_FIX):
        CommandModelCompleter("some-other-model").resolve()


def test_aish_without_daemon_honours_the_setting(monkeypatch: pytest.MonkeyPatch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("NEURALUX_COMMANDS_MODEL", "qwen2.5-coder-0.5b")
    with caplog.at_level(logging.WARNING):
        assert make_completer(config.load().settings) is None  # cookbook only, and it says so
    assert "neuralux models pull qwen2.5-coder-0.5b" in caplog.text
    monkeypatch.setenv("NEURALUX_COMMANDS_MODEL", str(default_model_path()))
    completer = make_completer(config.load().settings)
    assert isinstance(completer, CommandModelCompleter) and not completer.loaded


@pytest.mark.model
async def test_a_real_gguf_gets_its_own_completer(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    app = app_with(monkeypatch, tmp_path, str(default_model_path()))
    command_model = app.command_model
    assert command_model is not None and command_model.inner is None  # nothing loaded yet
    assert app.commands.completer is command_model and command_model is not app.assistant
    text = await app.commands.completer.complete(HELLO, GenerationParams(max_tokens=8,
                                                                         temperature=0.0))
    assert text.strip()
    assert command_model.loaded and not app.llm_worker.loaded  # the chat model stayed cold
    smol = next(m for m in app.models() if m.path == str(default_model_path()))
    assert smol.loaded
    await app.stop()
    assert not command_model.loaded
