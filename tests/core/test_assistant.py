from __future__ import annotations

import threading
from pathlib import Path

import pytest

from neuralux.backends.worker import ModelWorker
from neuralux.config import LlmSettings
from neuralux.core.assistant import CONTEXT_NOTE, AskRequest, Assistant
from neuralux.errors import Cancelled, InvalidArgument
from neuralux.storage import history
from neuralux.storage.db import Database
from tests.fakes import FakeChatModel


@pytest.fixture
def parts(tmp_path: Path):
    model = FakeChatModel("Paris is the capital.")
    db = Database(tmp_path / "a.db")
    worker = ModelWorker("llm", lambda: model)
    yield model, db, Assistant(LlmSettings(max_prompt_chars=2000), worker, db, "fake")
    db.close()


async def test_streams_records_and_times(parts) -> None:
    _model, db, assistant = parts
    chunks: list[str] = []
    answer = await assistant.ask(AskRequest("  capital of France? "), on_chunk=chunks.append)
    assert "".join(chunks).strip() == answer.text == "Paris is the capital."
    assert answer.where == "local" and answer.model == "fake"
    assert answer.timings["tokens"] == 4 and answer.timings["first_token_s"] >= 0
    rows = db.sync(lambda d: history.exchanges(d))
    assert rows[0]["question"] == "capital of France?" and rows[0]["answer"] == answer.text


async def test_conversation_continuity(parts) -> None:
    model, _, assistant = parts
    first = await assistant.ask(AskRequest("one"))
    await assistant.ask(AskRequest("two", conversation_id=first.conversation_id))
    sent = [m.content for m in model.calls[-1]]
    assert sent == ["one", "Paris is the capital.", "two"]
    other = await assistant.ask(AskRequest("three"))
    assert other.conversation_id != first.conversation_id
    assert [m.content for m in model.calls[-1]] == ["three"]


async def test_context_is_labelled_and_trimmed(parts) -> None:
    model, _, assistant = parts
    await assistant.ask(AskRequest("what is wrong?", context="E" * 5000, context_label="Screen"))
    content = model.calls[-1][-1].content
    assert content.startswith("Screen:\n") and CONTEXT_NOTE in content
    assert content.endswith("what is wrong?")


@pytest.mark.parametrize(("prompt", "msg"), [
    ("", "empty"), ("   \n", "empty"), ("x" * 2001, "limit is 2,000"),
    ("bad \udcff byte", "not valid UTF-8"), ("nul\x00", "NUL"),
])
async def test_bad_prompts_are_invalid_argument(parts, prompt: str, msg: str) -> None:
    model, _, assistant = parts
    with pytest.raises(InvalidArgument, match=msg):
        await assistant.ask(AskRequest(prompt))
    assert model.calls == []


async def test_cancel_mid_answer(parts, tmp_path: Path) -> None:
    _, db, _ = parts
    slow = FakeChatModel("w " * 100, delay=0.01)
    assistant = Assistant(LlmSettings(), ModelWorker("s", lambda: slow), db, "slow")
    cancel = threading.Event()

    def on_chunk(_: str) -> None:
        if slow.produced >= 3:
            cancel.set()

    with pytest.raises(Cancelled):
        await assistant.ask(AskRequest("go"), on_chunk=on_chunk, cancel=cancel)
    assert slow.produced < 20
