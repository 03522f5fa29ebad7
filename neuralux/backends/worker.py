"""One worker thread per model: it loads the model, runs inference, and unloads it.

Async code never touches the model object. It awaits ``worker.call(fn)`` or
iterates ``worker.stream(fn)``; the blocking work runs on the worker's only
thread, so a model is never used from two threads and the event loop never
blocks. Streams are pulled in the worker and pushed into an asyncio queue.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Generic, TypeVar

from neuralux.errors import Cancelled

log = logging.getLogger(__name__)

M = TypeVar("M")
R = TypeVar("R")
T = TypeVar("T")

_DONE = object()


class ModelWorker(Generic[M]):
    """Owns one model, created lazily by ``factory`` on the worker thread."""

    def __init__(self, name: str, factory: Callable[[], M], idle_unload_seconds: float = 0.0,
                 close: Callable[[M], None] | None = None) -> None:
        self.name = name
        self._factory = factory
        self._close = close
        self._idle = idle_unload_seconds
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=f"model-{name}")
        self._model: M | None = None
        self._last_used = time.monotonic()
        self._active = 0
        self._idle_task: asyncio.Task[None] | None = None
        self.load_seconds: float | None = None

    @property
    def loaded(self) -> bool:
        return self._model is not None

    # --- runs on the worker thread -------------------------------------------------
    def _ensure(self) -> M:
        if self._model is None:
            started = time.perf_counter()
            log.info("loading model %s", self.name)
            self._model = self._factory()
            self.load_seconds = time.perf_counter() - started
            log.info("model %s loaded in %.2fs", self.name, self.load_seconds)
        return self._model

    def _unload_now(self) -> None:
        model, self._model = self._model, None
        if model is not None:
            log.info("unloading model %s", self.name)
            if self._close is not None:
                self._close(model)

    # --- async API ---------------------------------------------------------------
    async def load(self) -> None:
        await self.call(lambda _m: None)

    async def call(self, fn: Callable[[M], R]) -> R:
        """Run ``fn(model)`` on the worker thread, loading the model first if needed."""
        loop = asyncio.get_running_loop()
        self._active += 1
        try:
            return await loop.run_in_executor(self._executor, lambda: fn(self._ensure()))
        finally:
            self._active -= 1
            self._touch()

    async def stream(self, fn: Callable[[M], Iterator[T]],
                     cancel: threading.Event | None = None) -> AsyncIterator[T]:
        """Iterate ``fn(model)`` on the worker thread, yielding items in the loop.

        Setting ``cancel`` (or closing this async generator) stops the worker-side
        iteration at the next item, so the model thread frees up promptly.
        """
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[object] = asyncio.Queue()
        stop = threading.Event()  # ours: set when the consumer goes away
        cancelled = cancel or threading.Event()  # the caller's

        def pump() -> None:
            try:
                if stop.is_set() or cancelled.is_set():  # cancelled while waiting for the thread
                    loop.call_soon_threadsafe(queue.put_nowait, _DONE)
                    return
                iterator = fn(self._ensure())
                try:
                    for item in iterator:
                        if stop.is_set() or cancelled.is_set():
                            break
                        loop.call_soon_threadsafe(queue.put_nowait, item)
                finally:
                    close = getattr(iterator, "close", None)
                    if close is not None:
                        close()
                loop.call_soon_threadsafe(queue.put_nowait, _DONE)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the loop below
                loop.call_soon_threadsafe(queue.put_nowait, exc)

        self._active += 1
        future = loop.run_in_executor(self._executor, pump)
        try:
            while True:
                item = await queue.get()
                if item is _DONE:
                    if cancelled.is_set():
                        raise Cancelled("The request was cancelled.")
                    break
                if isinstance(item, BaseException):
                    raise item
                if cancelled.is_set():
                    raise Cancelled("The request was cancelled.")
                yield item  # type: ignore[misc]
        finally:
            stop.set()
            try:
                await asyncio.shield(future)
            except Exception:
                log.debug("stream worker ended with an error", exc_info=True)
            self._active -= 1
            self._touch()

    async def unload(self) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self._unload_now)

    def _touch(self) -> None:
        self._last_used = time.monotonic()
        if self._idle > 0 and self._idle_task is None:
            self._idle_task = asyncio.get_running_loop().create_task(self._idle_watch())

    async def _idle_watch(self) -> None:
        try:
            while True:
                remaining = self._last_used + self._idle - time.monotonic()
                if remaining > 0 or self._active:
                    await asyncio.sleep(max(remaining, 0.5))
                    continue
                if self.loaded:
                    await self.unload()
                return
        finally:
            self._idle_task = None

    async def close(self) -> None:
        """Unload the model and stop the thread."""
        if self._idle_task is not None:
            self._idle_task.cancel()
        await self.unload()
        self._executor.shutdown(wait=False, cancel_futures=True)
