"""The core thread: one asyncio loop that runs D-Bus, the core and model I/O.

Headless, the loop simply runs on the main thread (``asyncio.run``). On a
desktop, Qt owns the main thread and this class runs the same loop on a
"core" thread; the UI bridge hands coroutines to it with ``submit`` and gets
results back as queued Qt signals.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class CoreRuntime:
    def __init__(self, main: Callable[[asyncio.Event], Coroutine[Any, Any, int]]) -> None:
        """``main(stop_event)`` serves until ``stop_event`` is set and returns an exit code."""
        self._main = main
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="core", daemon=True)
        self.loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self.exit_code: int | None = None
        self.error: BaseException | None = None

    def _run(self) -> None:
        async def runner() -> int:
            self.loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            self._ready.set()
            return await self._main(self._stop)

        try:
            self.exit_code = asyncio.run(runner())
        except BaseException as exc:  # noqa: BLE001 - reported to the thread that waits
            self.error = exc
            self.exit_code = 1
            self._ready.set()

    def start(self) -> None:
        self._thread.start()
        self._ready.wait()

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        assert self.loop is not None, "runtime not started"
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def call_soon(self, fn: Callable[[], None]) -> None:
        assert self.loop is not None, "runtime not started"
        self.loop.call_soon_threadsafe(fn)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> int:
        if self.loop is not None and self._stop is not None and self._thread.is_alive():
            self.loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout)
        return self.exit_code if self.exit_code is not None else 1
