"""Tiny stand-ins for the core, used to test the GUI without a model.

``FakeRuntime`` behaves like the lead's ``CoreRuntime`` (a loop on its own thread,
``submit(coro) -> concurrent.futures.Future``); ``FakeAssistant`` streams a canned
answer with a delay between tokens, calling ``on_chunk`` in the loop thread as the
real one does.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from dataclasses import dataclass, field
from typing import Any

from neuralux.config import Settings
from neuralux.errors import Cancelled

CANNED = (
    "**2 + 2 = 4.**\n\nA quick way to check it in a shell:\n\n"
    "```bash\necho $((2 + 2))\n```\n\n"
    "- Addition is *commutative*: `2 + 2` reads the same both ways.\n"
    "- The answer stays 4 in any base above 4.\n"
)


@dataclass
class FakeAnswer:
    text: str
    model: str
    where: str
    conversation_id: str
    timings: dict[str, float] = field(default_factory=dict)


class FakeAssistant:
    def __init__(self, answer: str = CANNED, token_delay: float = 0.01,
                 token_chars: int = 4, model: str = "smollm2-135m-instruct") -> None:
        self.answer = answer
        self.token_delay = token_delay
        self.token_chars = token_chars
        self.model = model
        self.requests: list[Any] = []

    async def ask(self, req: Any, on_chunk: Any = None, cancel: Any = None) -> FakeAnswer:
        self.requests.append(req)
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        first = None
        text = self.answer
        for i in range(0, len(text), self.token_chars):
            if cancel is not None and cancel.is_set():
                raise Cancelled("Cancelled by the user.")
            await asyncio.sleep(self.token_delay)
            if first is None:
                first = loop.time() - t0
            if on_chunk is not None:
                on_chunk(text[i:i + self.token_chars])
        return FakeAnswer(text, self.model, "local", req.conversation_id or "c1",
                          {"first_token_s": first or 0.0})


class FakeRuntime:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="core", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def submit(self, coro: Any) -> concurrent.futures.Future[Any]:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=5)
        self.loop.close()


class FakeApp:
    def __init__(self, settings: Settings | None = None,
                 assistant: FakeAssistant | None = None) -> None:
        self.settings = settings or Settings()
        self.assistant = assistant or FakeAssistant()
        self.db = None
        self.ui: Any = None
