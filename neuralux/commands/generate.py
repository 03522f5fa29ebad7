"""Ask the model for a command: few-shot prompt from the cookbook, JSON-schema output.

The model only ever sees retrieved, known-good examples and the context, and it
can only answer ``{"command": ..., "explanation": ...}``: the schema is turned
into a grammar by llama.cpp, so there is no free text to pick apart.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from neuralux.backends.base import ChatMessage, GenerationParams
from neuralux.commands.context import CommandContext

log = logging.getLogger(__name__)

COMMAND_SCHEMA: dict[str, object] = {
    "type": "object",
    "properties": {
        # No maxLength: llama.cpp expands it into one grammar rule per character, which
        # made sampling many times slower; max_tokens bounds the answer instead.
        "command": {"type": "string"},
        "explanation": {"type": "string"},
    },
    "required": ["command", "explanation"],
    "additionalProperties": False,
}

SYSTEM_PROMPT = (
    "You turn a request into ONE Linux shell command for the user's terminal. "
    "Use only standard programs. Prefer commands that change nothing. "
    "Answer only with JSON: {\"command\": \"...\", \"explanation\": \"...\"}; "
    "the explanation is one short sentence.\n"
)


class Completer(Protocol):
    """What the generator needs from the core: ``Assistant.complete``."""

    async def complete(self, messages: list[ChatMessage], params: GenerationParams,
                       cancel: threading.Event | None = None) -> str: ...


@dataclass(frozen=True)
class Example:
    request: str
    command: str
    explanation: str


@dataclass(frozen=True)
class ModelAnswer:
    command: str
    explanation: str


def build_messages(request: str, context: CommandContext, examples: Sequence[Example],
                   previous: str = "", correction: str = "") -> list[ChatMessage]:
    """System prompt with the context, then examples as past turns, then the request."""
    messages = [ChatMessage("system", SYSTEM_PROMPT + context.describe())]
    for ex in examples:
        messages.append(ChatMessage("user", ex.request))
        messages.append(ChatMessage("assistant", json.dumps(
            {"command": ex.command, "explanation": ex.explanation})))
    prompt = request
    if previous and correction:
        prompt = (f"{request}\nThe command `{previous}` was not right: {correction}. "
                  "Give a corrected command.")
    messages.append(ChatMessage("user", prompt))
    return messages


def parse_answer(text: str) -> ModelAnswer | None:
    """The JSON object in ``text``, or None. Tolerates code fences from remote models."""
    text = text.strip()
    match = re.search(r"\{.*\}", text, re.DOTALL)
    try:
        data = json.loads(match.group(0)) if match else None
    except ValueError:
        data = None
    if data is None:
        # Cut off by max_tokens while explaining: the command itself is complete.
        cut = re.search(r'\{\s*"command"\s*:\s*"((?:[^"\\]|\\.)*)"', text)
        if not cut:
            return None
        data = {"command": json.loads(f'"{cut.group(1)}"'), "explanation": ""}
    if not isinstance(data, dict):
        return None
    command = str(data.get("command", "")).strip()
    command = re.sub(r"^\$\s+", "", command)  # a prompt sign copied from a tutorial
    explanation = str(data.get("explanation", "")).strip()
    if not command:
        return None
    return ModelAnswer(command, explanation)


async def generate(completer: Completer, request: str, context: CommandContext,
                   examples: Sequence[Example], *, max_tokens: int = 96,
                   temperature: float = 0.1, previous: str = "",
                   correction: str = "", cancel: threading.Event | None = None
                   ) -> ModelAnswer | None:
    messages = build_messages(request, context, examples, previous, correction)
    params = GenerationParams(max_tokens=max_tokens, temperature=temperature,
                              json_schema=COMMAND_SCHEMA, seed=0)
    text = await completer.complete(messages, params, cancel)
    answer = parse_answer(text)
    if answer is None:
        log.info("model reply was not a command: %r", text[:200])
    return answer
