from __future__ import annotations

import asyncio

from neuralux.core.tasks import TaskHandle, TaskRegistry
from neuralux.errors import Busy, NeuraluxError


async def test_bounded_queue_busy_then_all_accepted_complete() -> None:
    reg = TaskRegistry(limit=3, timeout_seconds=5)
    done: list[str] = []
    errors: list[tuple[str, str]] = []
    gate = asyncio.Event()

    async def work(h: TaskHandle) -> None:
        await gate.wait()
        done.append(h.id)

    accepted, busy = [], 0
    for _ in range(10):
        try:
            accepted.append(reg.submit("t", work, lambda t, e: errors.append((t, e.code))).id)
        except Busy:
            busy += 1
    assert len(accepted) == 3 and busy == 7
    gate.set()
    await asyncio.sleep(0.05)
    assert sorted(done) == sorted(accepted) and not errors and len(reg) == 0


async def test_failures_become_task_errors() -> None:
    reg = TaskRegistry(limit=5, timeout_seconds=0.2)
    errors: dict[str, NeuraluxError] = {}

    async def crash(h: TaskHandle) -> None:
        raise ZeroDivisionError("x")

    async def slow(h: TaskHandle) -> None:
        await asyncio.sleep(10)

    a = reg.submit("t", crash, errors.__setitem__).id
    b = reg.submit("t", slow, errors.__setitem__).id
    c = reg.submit("t", slow, errors.__setitem__)
    reg.cancel(c.id)
    await asyncio.sleep(0.4)
    assert errors[a].code == "Failed" and "ZeroDivisionError" in errors[a].message
    assert errors[b].code == "Timeout"
    assert errors[c.id].code == "Cancelled" and c.cancel_event.is_set()
