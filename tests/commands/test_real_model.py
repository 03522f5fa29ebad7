"""The real default model (SmolLM2-135M) through the core's Assistant.complete.

Checks that constrained decoding really yields {command, explanation} JSON, and
that whatever the tiny model says, the suggestion is checked and labelled.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from neuralux import config
from neuralux.app import App
from neuralux.commands.context import CommandContext
from neuralux.commands.generate import Example, generate
from neuralux.commands.local_llm import LlamaCompleter
from neuralux.commands.risk import assess
from neuralux.commands.service import CommandAssistant
from neuralux.commands.validate import validate
from neuralux.config import CommandsSettings

pytestmark = pytest.mark.model

EXAMPLES = [Example("count lines in a file", "wc -l data.csv", "Counts the lines."),
            Example("show free disk space", "df -h", "Shows free space per filesystem.")]
REQUESTS = ["count the lines in notes.txt", "list the files here", "show my ip address"]


@pytest.fixture
async def app(tmp_path: Path):
    app = App(config.load(), tmp_path / "n.db")
    await app.start()
    yield app
    await app.stop()


async def test_core_complete_returns_schema_json(app: App, tmp_path: Path) -> None:
    ctx = CommandContext(cwd=str(tmp_path), shell="/bin/bash")
    for request in REQUESTS:
        answer = await generate(app.assistant, request, ctx, EXAMPLES, max_tokens=64)
        assert answer is not None, f"no schema-conforming JSON for {request!r}"
        assert answer.command.strip()


async def test_app_command_assistant_labels_whatever_the_model_says(app: App,
                                                                    tmp_path: Path) -> None:
    ctx = CommandContext(cwd=str(tmp_path), shell="/bin/bash")
    trusting = CommandAssistant(CommandsSettings(use_model="always"), app.assistant)
    for request in ("show the hidden files", "frobnicate the quantum flux"):
        s = await trusting.suggest(request, ctx)
        if s.command:
            assert validate(s.command).ok or s.source == "cookbook"
            assert s.risk == assess(s.command, str(tmp_path)).level
        else:
            assert "no confident command" in s.explanation
    s = await app.commands.suggest("count the lines in notes.txt", ctx)
    assert s.command == "wc -l notes.txt"


async def test_direct_llama_completer_matches(tmp_path: Path) -> None:
    completer = LlamaCompleter(threads=2)
    try:
        answer = await generate(completer, "list the files here",
                                CommandContext(cwd=str(tmp_path)), EXAMPLES, max_tokens=64)
    finally:
        await completer.close()
    assert answer is not None and answer.command
