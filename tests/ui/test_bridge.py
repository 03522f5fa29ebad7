"""The bridge: coroutines go to the core thread, results come back as queued Qt signals."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from neuralux.errors import ModelUnavailable
from tests.ui.fakes import CANNED, FakeApp, FakeAssistant, FakeRuntime

pytestmark = pytest.mark.usefixtures("qapp")


def pump(until: Callable[[], bool], timeout: float = 5.0) -> bool:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if until():
            return True
        time.sleep(0.002)
    return False


@pytest.fixture
def runtime() -> Iterator[FakeRuntime]:
    rt = FakeRuntime()
    rt.start()
    yield rt
    rt.stop()


def make(runtime: FakeRuntime, assistant: Any = None) -> tuple[Any, dict[str, list[Any]]]:
    from neuralux.ui.bridge import Bridge

    bridge = Bridge(FakeApp(assistant=assistant or FakeAssistant(token_delay=0.001)), runtime)
    got: dict[str, list[Any]] = {"chunk": [], "done": [], "failed": [], "threads": []}
    main = threading.get_ident()

    def on_chunk(rid: int, text: str) -> None:
        got["chunk"].append((rid, text))
        got["threads"].append(threading.get_ident() == main)

    bridge.chunk.connect(on_chunk)
    bridge.done.connect(lambda rid, meta: got["done"].append((rid, meta)))
    bridge.failed.connect(lambda rid, msg: got["failed"].append((rid, msg)))
    return bridge, got


def test_answer_streams_back_on_the_gui_thread(runtime: FakeRuntime) -> None:
    bridge, got = make(runtime)
    rid = bridge.ask("What is 2+2?")
    assert pump(lambda: bool(got["done"]))
    assert "".join(t for r, t in got["chunk"] if r == rid) == CANNED
    assert all(got["threads"]), "chunks must be delivered in the GUI thread"
    meta = got["done"][0][1]
    assert meta["model"] == "smollm2-135m-instruct" and meta["where"] == "local"
    assert bridge.conversation_id == "c1"
    bridge.ask("and 3+3?")
    assert pump(lambda: len(got["done"]) == 2)
    assert bridge.app.assistant.requests[1].conversation_id == "c1"
    bridge.new_conversation()
    assert bridge.conversation_id is None


def test_cancel_stops_the_answer(runtime: FakeRuntime) -> None:
    bridge, got = make(runtime, FakeAssistant(token_delay=0.02))
    bridge.ask("long")
    assert pump(lambda: bool(got["chunk"]))
    bridge.cancel()
    time.sleep(0.2)
    pump(lambda: False, timeout=0.1)
    assert got["done"] == [] and got["failed"] == []
    assert len(got["chunk"]) < len(CANNED) // 4


def test_errors_reach_the_overlay_as_messages(runtime: FakeRuntime) -> None:
    class Broken(FakeAssistant):
        async def ask(self, req: Any, on_chunk: Any = None, cancel: Any = None) -> Any:
            raise ModelUnavailable("No chat model found. Run `neuralux models` to see why.")

    bridge, got = make(runtime, Broken())
    rid = bridge.ask("hi")
    assert pump(lambda: bool(got["failed"]))
    assert got["failed"] == [(rid, "No chat model found. Run `neuralux models` to see why.")]


def test_toggle_from_another_thread_is_queued_to_the_gui(runtime: FakeRuntime) -> None:
    bridge, _ = make(runtime)
    seen: list[bool] = []
    main = threading.get_ident()
    bridge.toggle_requested.connect(lambda: seen.append(threading.get_ident() == main))
    runtime.loop.call_soon_threadsafe(bridge.toggle)
    assert pump(lambda: bool(seen))
    assert seen == [True]


def test_done_is_delivered_even_if_the_core_sets_the_cancel_event_on_completion(
        runtime: FakeRuntime) -> None:
    """neuralux.backends.worker.ModelWorker.stream sets the event it is given when a stream
    ends normally; that must not be mistaken for the user pressing Esc."""
    class SetsCancel(FakeAssistant):
        async def ask(self, req: Any, on_chunk: Any = None, cancel: Any = None) -> Any:
            answer = await super().ask(req, on_chunk, cancel)
            cancel.set()
            return answer

    bridge, got = make(runtime, SetsCancel(token_delay=0.0))
    bridge.ask("hi")
    assert pump(lambda: bool(got["done"]))
