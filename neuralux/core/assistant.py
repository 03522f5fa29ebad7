"""The Assistant orchestrates one request: validate, build the prompt, run, stream, record."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from neuralux.backends.base import ChatMessage, ChatModel, GenerationParams
from neuralux.backends.worker import ModelWorker
from neuralux.config import LlmSettings
from neuralux.core import router
from neuralux.core.prompt import validate_prompt
from neuralux.errors import Cancelled
from neuralux.storage import history
from neuralux.storage.db import Database

log = logging.getLogger(__name__)

CONTEXT_NOTE = "\n[… trimmed to fit the model's context]"


@dataclass(frozen=True)
class AskRequest:
    prompt: str
    conversation_id: str | None = None
    # Extra material for the question (screen text, command output), with a label.
    context: str = ""
    context_label: str = ""
    system: str | None = None
    max_tokens: int | None = None


@dataclass(frozen=True)
class Answer:
    text: str
    model: str
    where: str
    conversation_id: str
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def trim_context(context: str, max_chars: int) -> str:
    if len(context) <= max_chars:
        return context
    return context[:max_chars] + CONTEXT_NOTE


class Assistant:
    def __init__(self, settings: LlmSettings, worker: ModelWorker[ChatModel], db: Database,
                 model_name: str) -> None:
        self._settings = settings
        self._worker = worker
        self._db = db
        self.model_name = model_name

    @property
    def model_loaded(self) -> bool:
        return self._worker.loaded

    def _messages(self, req: AskRequest, prompt: str,
                  past: list[history.StoredMessage]) -> list[ChatMessage]:
        system = req.system or self._settings.system_prompt
        messages = [ChatMessage("system", system)] if system else []
        messages += [ChatMessage(m.role, m.text) for m in past]
        content = prompt
        if req.context:
            # Bounded by characters here; the model trims history further to fit its context.
            budget = max(500, self._settings.max_prompt_chars - len(prompt))
            label = req.context_label or "Context"
            content = f"{label}:\n{trim_context(req.context, budget)}\n\n{prompt}"
        messages.append(ChatMessage("user", content))
        return messages

    async def ask(self, req: AskRequest, on_chunk: Callable[[str], None] | None = None,
                  cancel: threading.Event | None = None) -> Answer:
        prompt = validate_prompt(req.prompt, self._settings.max_prompt_chars)
        where = router.choose_target(router.LocalState(model_available=True), (), "never")
        conversation_id = req.conversation_id or history.new_conversation_id()

        turns = self._settings.history_turns * 2

        def _begin(d: Any) -> list[history.StoredMessage]:
            # Past turns are read before the new question is stored (committed at once,
            # so it survives a crash mid-answer).
            past = history.recent_messages(d, conversation_id, turns) if turns else []
            history.ensure_conversation(d, conversation_id, prompt)
            history.add_message(d, conversation_id, "user", prompt)
            return past

        past = await self._db.run(_begin)
        messages = self._messages(req, prompt, past)
        params = GenerationParams(max_tokens=req.max_tokens or self._settings.max_tokens,
                                  temperature=self._settings.temperature,
                                  repeat_penalty=self._settings.repeat_penalty)
        started = time.perf_counter()
        first: float | None = None
        pieces: list[str] = []
        cancel = cancel or threading.Event()
        async for piece in self._worker.stream(lambda m: m.stream(messages, params), cancel):
            if first is None:
                first = time.perf_counter()
            pieces.append(piece)
            if on_chunk is not None:
                on_chunk(piece)
        if cancel.is_set():
            raise Cancelled("The request was cancelled.")
        end = time.perf_counter()
        text = "".join(pieces).strip()
        first_s = (first or end) - started
        decode_s = end - (first or end)
        timings = {
            "first_token_s": round(first_s, 4),
            "total_s": round(end - started, 4),
            "tokens": float(len(pieces)),
            "tokens_per_s": round((len(pieces) - 1) / decode_s, 2) if decode_s > 0 else 0.0,
        }
        if self._worker.load_seconds is not None:
            timings["load_s"] = round(self._worker.load_seconds, 4)
        await self._db.run(lambda d: history.add_message(
            d, conversation_id, "assistant", text, model=self.model_name, location=where,
            first_token_s=first_s, total_s=timings["total_s"], tokens=len(pieces)))
        return Answer(text, self.model_name, where, conversation_id, timings)

    async def complete(self, messages: list[ChatMessage], params: GenerationParams,
                       cancel: threading.Event | None = None) -> str:
        """One-shot generation (e.g. constrained JSON); not recorded in history."""
        pieces = [p async for p in self._worker.stream(lambda m: m.stream(messages, params),
                                                       cancel)]
        return "".join(pieces)
