"""Local chat model over llama-cpp-python.

The GGUF's own chat template is rendered by llama-cpp-python's Jinja2 chat
formatter, which uses an ImmutableSandboxedEnvironment: a model file cannot run
code through its template. ``check_template`` renders it once at load so a
hostile or broken template is refused with a clear error instead of failing
later.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from neuralux.backends.base import ChatMessage, GenerationParams
from neuralux.errors import InvalidArgument, ModelUnavailable

log = logging.getLogger(__name__)

GGUF_MAGIC = b"GGUF"


@dataclass(frozen=True)
class LlamaOptions:
    path: str
    name: str
    threads: int
    context_size: int


def check_template(template: str, bos: str = "", eos: str = "") -> None:
    """Render ``template`` in llama-cpp-python's sandbox; raise ModelUnavailable if refused."""
    from jinja2.exceptions import SecurityError, TemplateError
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    formatter = Jinja2ChatFormatter(template=template, bos_token=bos, eos_token=eos)
    try:
        formatter(messages=[{"role": "system", "content": "s"}, {"role": "user", "content": "u"}])
    except SecurityError as exc:
        raise ModelUnavailable(f"The model's chat template tried an unsafe operation and was "
                               f"refused: {exc}. Use a model from a trusted source.") from exc
    except TemplateError as exc:
        raise ModelUnavailable(f"The model's chat template is broken: {exc}") from exc


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise ModelUnavailable(f"Model file {path} does not exist.")
    with path.open("rb") as fh:
        if fh.read(4) != GGUF_MAGIC:
            raise ModelUnavailable(f"{path} is not a GGUF model file (corrupt or wrong format). "
                                   "Re-download it or pick another in [llm] model.")


class LlamaChatModel:
    """A loaded GGUF model. Blocking; lives on its ModelWorker thread."""

    def __init__(self, options: LlamaOptions) -> None:
        path = Path(options.path)
        _check_file(path)
        import llama_cpp

        self.name = options.name
        try:
            self._llm = llama_cpp.Llama(model_path=str(path), n_ctx=options.context_size,
                                        n_threads=options.threads,
                                        n_threads_batch=options.threads, verbose=False)
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelUnavailable(f"Could not load model {path}: {exc}. The file may be "
                                   "corrupt or too new for this llama.cpp.") from exc
        template = self._llm.metadata.get("tokenizer.chat_template")
        if template:
            check_template(template)
        self.context_size = options.context_size

    def count_tokens(self, text: str) -> int:
        return len(self._llm.tokenize(text.encode("utf-8", "replace"), add_bos=False,
                                      special=False))

    def fit(self, messages: list[ChatMessage], reserve: int) -> list[ChatMessage]:
        """Drop the oldest history (keeping system + last user turn) until the prompt fits."""
        budget = self.context_size - reserve - 16
        costs = [self.count_tokens(m.content) + 8 for m in messages]
        kept = list(range(len(messages)))
        floor = 2 if messages and messages[0].role == "system" else 1
        while sum(costs[i] for i in kept) > budget and len(kept) > floor:
            drop = 1 if messages[kept[0]].role == "system" else 0
            kept.pop(drop)
        if sum(costs[i] for i in kept) > budget:
            raise InvalidArgument(
                f"The prompt is too long for the model's context ({self.context_size} tokens). "
                "Shorten it, or raise [llm] context_size.")
        return [messages[i] for i in kept]

    def stream(self, messages: list[ChatMessage], params: GenerationParams) -> Iterator[str]:
        messages = self.fit(messages, params.max_tokens)
        kwargs: dict[str, Any] = {
            "messages": [m.to_dict() for m in messages],
            "max_tokens": params.max_tokens,
            "temperature": params.temperature,
            "repeat_penalty": params.repeat_penalty,
            "stop": list(params.stop) or None,
            "stream": True,
        }
        if params.seed is not None:
            kwargs["seed"] = params.seed
        if params.json_schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": params.json_schema}
        elif params.grammar is not None:
            import llama_cpp

            kwargs["grammar"] = llama_cpp.LlamaGrammar.from_string(params.grammar, verbose=False)
        chunks = cast(Iterator[dict[str, Any]], self._llm.create_chat_completion(**kwargs))
        for chunk in chunks:
            text = chunk["choices"][0].get("delta", {}).get("content")
            if text:
                yield str(text)

    def close(self) -> None:
        self._llm.close()
