from __future__ import annotations

import asyncio
import threading

import pytest

from neuralux.backends.base import GenerationParams
from neuralux.backends.worker import ModelWorker
from neuralux.errors import Cancelled
from tests.fakes import FakeChatModel


async def test_loads_lazily_and_runs_on_its_own_thread() -> None:
    made: list[FakeChatModel] = []

    def factory() -> FakeChatModel:
        made.append(FakeChatModel("a b c"))
        return made[0]

    worker = ModelWorker("t", factory)
    assert not worker.loaded and not made
    out = [x async for x in worker.stream(lambda m: m.stream([], GenerationParams()))]
    assert out == ["a ", "b ", "c "]
    assert made[0].threads == {next(iter(made[0].threads))}
    assert next(iter(made[0].threads)).startswith("model-t")
    assert threading.current_thread().name not in made[0].threads
    await worker.close()
    assert made[0].closed is False  # no close callback given


async def test_loop_stays_responsive_while_model_works() -> None:
    worker = ModelWorker("slow", lambda: FakeChatModel("w " * 20, delay=0.02))
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.005)
            ticks += 1

    t = asyncio.create_task(ticker())
    async for _ in worker.stream(lambda m: m.stream([], GenerationParams())):
        pass
    t.cancel()
    assert ticks > 20  # the loop kept ticking during ~0.4 s of "inference"
    await worker.close()


async def test_cancel_stops_the_worker_side() -> None:
    model = FakeChatModel("w " * 200, delay=0.01)
    worker = ModelWorker("c", lambda: model)
    cancel = threading.Event()
    got = 0
    with pytest.raises(Cancelled):
        async for _ in worker.stream(lambda m: m.stream([], GenerationParams(max_tokens=500)),
                                     cancel):
            got += 1
            if got == 3:
                cancel.set()
    await asyncio.sleep(0.05)
    assert model.produced < 10  # stopped promptly, not after all 200 words
    await worker.close()


async def test_errors_propagate_to_the_caller() -> None:
    worker = ModelWorker("e", lambda: FakeChatModel(fail=RuntimeError("boom")))
    with pytest.raises(RuntimeError, match="boom"):
        async for _ in worker.stream(lambda m: m.stream([], GenerationParams())):
            pass
    # and the worker is still usable afterwards
    assert await worker.call(lambda m: "ok") == "ok"
    await worker.close()


async def test_idle_unload_and_reload() -> None:
    closed: list[FakeChatModel] = []
    worker = ModelWorker("idle", lambda: FakeChatModel(), idle_unload_seconds=0.2,
                         close=closed.append)
    await worker.load()
    assert worker.loaded
    await asyncio.sleep(0.9)
    assert not worker.loaded and len(closed) == 1
    await worker.load()
    assert worker.loaded
    await worker.close()
    assert len(closed) == 2
