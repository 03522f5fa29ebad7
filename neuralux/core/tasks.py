"""Long-running requests as tasks: ids, a bounded queue, cancellation, timeouts.

Requests are accepted while fewer than ``limit`` are waiting or running; the
excess get ``Busy`` at once rather than piling up. The model worker itself
serialises inference, so accepted tasks wait their turn there.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from neuralux.errors import Busy, Cancelled, InvalidArgument, NeuraluxError, Timeout

log = logging.getLogger(__name__)


@dataclass
class TaskHandle:
    id: str
    kind: str
    cancel_event: threading.Event = field(default_factory=threading.Event)
    task: asyncio.Task[Any] | None = None


OnError = Callable[[str, NeuraluxError], None]


class TaskRegistry:
    def __init__(self, limit: int, timeout_seconds: float) -> None:
        self.limit = limit
        self.timeout = timeout_seconds
        self._tasks: dict[str, TaskHandle] = {}

    def __len__(self) -> int:
        return len(self._tasks)

    def submit(self, kind: str, work: Callable[[TaskHandle], Awaitable[Any]],
               on_error: OnError) -> TaskHandle:
        """Start ``work(handle)`` as a task; raise Busy when the queue is full."""
        if len(self._tasks) >= self.limit:
            raise Busy(f"Neuralux is busy ({len(self._tasks)} requests queued, the limit is "
                       f"{self.limit}). Try again shortly, or raise [daemon] queue_size.")
        handle = TaskHandle(uuid.uuid4().hex[:16], kind)
        self._tasks[handle.id] = handle
        handle.task = asyncio.get_running_loop().create_task(
            self._run(handle, work, on_error), name=f"{kind}-{handle.id}")

        def finished(task: asyncio.Task[Any]) -> None:
            # A task cancelled before it ever ran never enters _run: report it here.
            if self._tasks.pop(handle.id, None) is not None and task.cancelled():
                on_error(handle.id, Cancelled("The request was cancelled."))

        handle.task.add_done_callback(finished)
        return handle

    async def _run(self, handle: TaskHandle, work: Callable[[TaskHandle], Awaitable[Any]],
                   on_error: OnError) -> None:
        try:
            await asyncio.wait_for(work(handle), self.timeout)
        except TimeoutError:
            handle.cancel_event.set()
            on_error(handle.id, Timeout(f"The request took longer than {self.timeout:.0f}s and "
                                        "was stopped."))
        except asyncio.CancelledError:
            handle.cancel_event.set()
            self._tasks.pop(handle.id, None)
            on_error(handle.id, Cancelled("The request was cancelled."))
            raise
        except NeuraluxError as exc:
            on_error(handle.id, exc)
        except Exception as exc:
            log.exception("task %s failed", handle.id)
            on_error(handle.id, NeuraluxError(f"Internal error: {type(exc).__name__}: {exc}"))
        finally:
            self._tasks.pop(handle.id, None)

    def cancel(self, task_id: str) -> None:
        handle = self._tasks.get(task_id)
        if handle is None:
            raise InvalidArgument(f"No running task {task_id!r} (it may have finished).")
        handle.cancel_event.set()
        if handle.task is not None:
            handle.task.cancel()

    async def close(self) -> None:
        tasks = [h.task for h in self._tasks.values() if h.task is not None]
        for h in self._tasks.values():
            h.cancel_event.set()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
