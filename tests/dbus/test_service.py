"""The D-Bus service on a real dbus-daemon, with a tiny fake model (logic, not the model)."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from dbus_fast import Variant

from neuralux import config
from neuralux.app import App
from neuralux.backends.worker import ModelWorker
from neuralux.core.assistant import Assistant
from neuralux.daemon import AlreadyRunning, serve
from neuralux.dbus.client import DaemonClient
from neuralux.errors import Busy, InvalidArgument, NeuraluxError
from tests.fakes import FakeChatModel

pytestmark = pytest.mark.e2e


@contextlib.asynccontextmanager
async def served(address: str, tmp: Path, model: FakeChatModel,
                 env: dict[str, str] | None = None) -> AsyncIterator[App]:
    app = App(config.load(tmp / "c.toml", env=env or {}), db_path=tmp / "n.db")
    app.assistant = Assistant(app.settings.llm, ModelWorker("fake", lambda: model), app.db,
                              "fake")
    stop = asyncio.Event()
    ready = asyncio.Event()
    task = asyncio.create_task(serve(app, address, stop, on_ready=ready.set))
    waiter = asyncio.create_task(ready.wait())
    await asyncio.wait({waiter, task}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        waiter.cancel()
        task.result()  # raises what serve raised
    try:
        yield app
    finally:
        stop.set()
        await task


async def collect(client: DaemonClient, queue: asyncio.Queue[Any], task: str
                  ) -> tuple[list[str], Any]:
    chunks: list[str] = []
    while True:
        msg = await asyncio.wait_for(queue.get(), 10)
        if msg.body[0] != task:
            continue
        if msg.member == "AnswerChunk":
            chunks.append(msg.body[1])
        else:
            return chunks, msg


async def test_ask_streams_chunks_then_done(session_bus, tmp_path: Path) -> None:
    async with served(session_bus.address, tmp_path, FakeChatModel("one two three")):
        client = await DaemonClient.connect()
        async with client.signals() as queue:
            [task] = await client.call("Ask", "sa{sv}", ["hi", {}])
            chunks, done = await collect(client, queue, task)
        assert done.member == "AnswerDone"
        assert "".join(chunks).strip() == done.body[1] == "one two three"
        meta = {k: v.value for k, v in done.body[2].items()}
        assert meta["model"] == "fake" and meta["where"] == "local"
        assert meta["tokens"] == 3.0
        conv = meta["conversation_id"]
        text = await client.call("AskSync", "sa{sv}",
                                 ["again", {"conversation_id": Variant("s", conv)}])
        assert text == ["one two three"]
        [status] = await client.call("Status")
        assert status["model"].value == "fake" and status["tasks"].value == 0
        models = json.loads((await client.call("ListModels"))[0])
        assert any(m["name"] == "smollm2-135m-instruct" for m in models)
        client.close()


@pytest.mark.parametrize(("prompt", "options", "match"), [
    ("", {}, "empty"),
    ("x" * 40000, {}, "limit"),
    ("ok", {"bogus": Variant("s", "1")}, "Unknown option"),
    ("ok", {"max_tokens": Variant("s", "5")}, "must have D-Bus type"),
])
async def test_bad_input_is_typed_invalid_argument(session_bus, tmp_path: Path, prompt: str,
                                                   options: dict[str, Variant],
                                                   match: str) -> None:
    async with served(session_bus.address, tmp_path, FakeChatModel()):
        client = await DaemonClient.connect()
        with pytest.raises(InvalidArgument, match=match):
            await client.call("Ask", "sa{sv}", [prompt, options])
        with pytest.raises(InvalidArgument):
            await client.call("Cancel", "s", ["no-such-task"])
        client.close()


async def test_backend_exception_fails_only_that_task(session_bus, tmp_path: Path) -> None:
    model = FakeChatModel(fail=RuntimeError("kaboom"))
    async with served(session_bus.address, tmp_path, model) as app:
        client = await DaemonClient.connect()
        async with client.signals() as queue:
            [task] = await client.call("Ask", "sa{sv}", ["hi", {}])
            _, failed = await collect(client, queue, task)
        assert failed.member == "TaskFailed" and failed.body[1] == "Failed"
        assert "kaboom" in failed.body[2] and "Traceback" not in failed.body[2]
        model.fail = None
        assert await client.call("AskSync", "sa{sv}", ["hi", {}]) == ["Paris is the capital."]
        assert len(app.tasks) == 0
        client.close()


async def test_200_concurrent_asks_bounded_queue(session_bus, tmp_path: Path) -> None:
    model = FakeChatModel("a b", delay=0.002)
    env = {"NEURALUX_DAEMON_QUEUE_SIZE": "16"}
    async with served(session_bus.address, tmp_path, model, env):
        client = await DaemonClient.connect()
        async with client.signals() as queue:
            results = await asyncio.gather(
                *(client.call("Ask", "sa{sv}", [f"q{i}", {}]) for i in range(200)),
                return_exceptions=True)
            accepted = {r[0] for r in results if isinstance(r, list)}
            busy = [r for r in results if isinstance(r, Busy)]
            assert len(accepted) + len(busy) == 200
            assert busy and len(accepted) >= 16
            assert all("busy" in str(b).lower() for b in busy)
            done: set[str] = set()
            while done != accepted:
                msg = await asyncio.wait_for(queue.get(), 20)
                if msg.member == "AnswerDone":
                    done.add(msg.body[0])
                assert msg.member != "TaskFailed", msg.body
        client.close()


async def test_cancel_running_task(session_bus, tmp_path: Path) -> None:
    model = FakeChatModel("w " * 500, delay=0.01)
    async with served(session_bus.address, tmp_path, model):
        client = await DaemonClient.connect()
        async with client.signals() as queue:
            [task] = await client.call("Ask", "sa{sv}", ["long", {"max_tokens": Variant("i", 999)}])
            while (await asyncio.wait_for(queue.get(), 10)).member != "AnswerChunk":
                pass
            await client.call("Cancel", "s", [task])
            _, end = await collect(client, queue, task)
        assert end.member == "TaskFailed" and end.body[1] == "Cancelled"
        assert model.produced < 100
        client.close()


async def test_second_daemon_is_refused_naming_the_first(session_bus, tmp_path: Path) -> None:
    async with served(session_bus.address, tmp_path / "a", FakeChatModel()):
        with pytest.raises(AlreadyRunning, match=r"already running \(pid \d+"):
            async with served(session_bus.address, tmp_path / "b", FakeChatModel()):
                pass


async def test_errors_translate_on_the_wire(session_bus, tmp_path: Path) -> None:
    async with served(session_bus.address, tmp_path, FakeChatModel()):
        client = await DaemonClient.connect()
        reply = await client.bus.call(__import__("dbus_fast").Message(
            destination="org.neuralux.Assistant1", path="/org/neuralux/Assistant1",
            interface="org.neuralux.Assistant1", member="Ask", signature="sa{sv}",
            body=["", {}]))
        assert reply.error_name == "org.neuralux.Error.InvalidArgument"
        with pytest.raises(NeuraluxError):
            await client.call("Ask", "sa{sv}", ["", {}])
        client.close()
