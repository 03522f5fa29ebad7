"""Tiny implementations of the backend Protocols, for unit tests of logic."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

from neuralux.backends.base import ChatMessage, GenerationParams


class FakeChatModel:
    name = "fake"

    def __init__(self, reply: str = "Paris is the capital.", delay: float = 0.0,
                 fail: Exception | None = None) -> None:
        self.reply = reply
        self.delay = delay
        self.fail = fail
        self.calls: list[list[ChatMessage]] = []
        self.threads: set[str] = set()
        self.closed = False
        self.produced = 0

    def stream(self, messages: list[ChatMessage], params: GenerationParams) -> Iterator[str]:
        self.calls.append(messages)
        self.threads.add(threading.current_thread().name)
        if self.fail is not None:
            raise self.fail
        for word in self.reply.split(" ")[: params.max_tokens]:
            if self.delay:
                time.sleep(self.delay)
            self.produced += 1
            yield word + " "

    def close(self) -> None:
        self.closed = True
