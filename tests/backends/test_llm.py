"""The real llama.cpp backend with the default SmolLM2 model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from neuralux.backends import catalog
from neuralux.backends.base import ChatMessage, GenerationParams
from neuralux.backends.llm import LlamaChatModel, LlamaOptions, check_template
from neuralux.errors import ModelUnavailable

pytestmark = pytest.mark.model


def default_gguf() -> str:
    info = catalog.resolve_llm("smollm2-135m-instruct", [])
    return info.path


@pytest.fixture(scope="module")
def model():
    m = LlamaChatModel(LlamaOptions(default_gguf(), "smollm2", 2, 1024))
    yield m
    m.close()


def test_streams_an_answer(model: LlamaChatModel) -> None:
    pieces = list(model.stream([ChatMessage("user", "What is the capital of Peru?")],
                               GenerationParams(max_tokens=24, temperature=0.0)))
    assert len(pieces) > 3
    assert "Lima" in "".join(pieces)


def test_json_schema_constrains_output(model: LlamaChatModel) -> None:
    import json

    schema = {"type": "object", "properties": {"answer": {"type": "string"}},
              "required": ["answer"]}
    text = "".join(model.stream([ChatMessage("user", "Capital of France? Reply in JSON.")],
                                GenerationParams(max_tokens=40, temperature=0.0,
                                                 json_schema=schema)))
    assert isinstance(json.loads(text)["answer"], str)


def test_history_is_trimmed_to_fit_the_context(model: LlamaChatModel) -> None:
    long = [ChatMessage("user" if i % 2 == 0 else "assistant", "word " * 300) for i in range(8)]
    fitted = model.fit([*long, ChatMessage("user", "hi")], reserve=64)
    assert fitted[-1].content == "hi" and len(fitted) < 9


def test_malicious_chat_template_is_refused() -> None:
    evil = ("{{ ''.__class__.__mro__[1].__subclasses__() }}"
            "{% for m in messages %}{{ m['content'] }}{% endfor %}")
    with pytest.raises(ModelUnavailable, match="unsafe operation"):
        check_template(evil)
    steal = "{{ cycler.__init__.__globals__.os.popen('id').read() }}"
    with pytest.raises(ModelUnavailable, match="unsafe operation"):
        check_template(steal)


def test_the_default_models_own_template_renders() -> None:
    m = LlamaChatModel(LlamaOptions(default_gguf(), "smollm2", 1, 256))
    try:
        tpl = m._llm.metadata["tokenizer.chat_template"]
        check_template(tpl)  # no exception: the sandbox allows ordinary templates
    finally:
        m.close()


def test_missing_and_corrupt_files(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match="does not exist"):
        LlamaChatModel(LlamaOptions(str(tmp_path / "nope.gguf"), "x", 1, 256))
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(os.urandom(4096))
    with pytest.raises(ModelUnavailable, match="not a GGUF"):
        LlamaChatModel(LlamaOptions(str(junk), "x", 1, 256))
    truncated = tmp_path / "trunc.gguf"
    truncated.write_bytes(Path(default_gguf()).read_bytes()[:100_000])
    with pytest.raises(ModelUnavailable, match="Could not load"):
        LlamaChatModel(LlamaOptions(str(truncated), "x", 1, 256))
