"""Fixtures for the command assistant tests: a tiny fake of ``Assistant.complete``."""

from __future__ import annotations

import json

import pytest

from neuralux.backends.base import ChatMessage, GenerationParams


class FakeCompleter:
    """A tiny stand-in for ``Assistant.complete``: answers from a table, records prompts."""

    def __init__(self, replies: dict[str, str] | None = None, default: str = "") -> None:
        self.replies = replies or {}
        self.default = default
        self.calls: list[tuple[list[ChatMessage], GenerationParams]] = []

    async def complete(self, messages: list[ChatMessage], params: GenerationParams,
                       cancel: object = None) -> str:
        self.calls.append((messages, params))
        request = messages[-1].content
        for key, command in self.replies.items():
            if key in request:
                return json.dumps({"command": command, "explanation": f"does {key}"})
        return self.default


@pytest.fixture
def fake_completer() -> FakeCompleter:
    return FakeCompleter()
