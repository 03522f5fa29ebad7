"""The bridge: coroutines go to the core thread, results come back as queued Qt signals."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
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


class FakeSuggestion:
    command = "du -ah . | sort -rh | head -n 5"
    explanation = "Lists the five largest files and folders here."
    risk = "safe"
    risk_reasons = ()
    problems = ()
    source = "cookbook"


class FakeCommands:
    def __init__(self) -> None:
        self.requests: list[tuple[str, Any]] = []

    async def suggest(self, request: str, context: Any, previous: str = "",
                      correction: str = "") -> FakeSuggestion:
        self.requests.append((request, context))
        return FakeSuggestion()


class FakeOcr:
    async def context_for_question(self, target: str | None = None) -> tuple[str, str]:
        return "Error: disk full on /dev/sda1", "Text on the screen"


def test_command_mode_shows_the_suggestion_without_running_it(runtime: FakeRuntime) -> None:
    from neuralux.ui.prompt_logic import COMMAND

    bridge, got = make(runtime)
    bridge.app.commands = FakeCommands()
    shown: list[Any] = []
    bridge.suggestion_ready.connect(lambda rid, s: shown.append(s))
    assert bridge.commands_ready
    bridge.ask("five largest files", COMMAND)
    assert pump(lambda: bool(got["done"]))
    text = got["done"][0][1]["text"]
    assert "```bash\ndu -ah . | sort -rh | head -n 5\n```" in text
    assert "five largest files and folders" in text
    assert shown[0] is None and isinstance(shown[-1], FakeSuggestion)  # for the risk badge
    assert bridge.executor.run_id == 0  # suggesting never runs anything
    assert bridge.app.commands.requests[0][0] == "five largest files"
    assert bridge.app.assistant.requests == []  # not sent to the chat model


def test_screen_mode_adds_screen_text_as_context(runtime: FakeRuntime) -> None:
    from neuralux.ui.prompt_logic import SCREEN

    bridge, got = make(runtime)
    bridge.app.ocr = FakeOcr()
    read: list[bool] = []
    bridge.screen_read.connect(lambda: read.append(True))
    bridge.ask("what does this error mean?", SCREEN)
    assert pump(lambda: bool(got["done"]))
    req = bridge.app.assistant.requests[0]
    assert req.prompt == "what does this error mean?"
    assert req.context == "Error: disk full on /dev/sda1"
    assert req.context_label == "Text on the screen"
    assert read == [True]


def test_modes_fall_back_to_plain_questions_until_features_exist(runtime: FakeRuntime) -> None:
    from neuralux.ui.prompt_logic import COMMAND, SCREEN

    bridge, got = make(runtime)
    assert not bridge.commands_ready and not bridge.screen_ready
    bridge.ask("list files", COMMAND)
    assert pump(lambda: len(got["done"]) == 1)
    bridge.ask("explain", SCREEN)
    assert pump(lambda: len(got["done"]) == 2)
    assert [r.prompt for r in bridge.app.assistant.requests] == ["list files", "explain"]
    assert bridge.app.assistant.requests[1].context == ""
