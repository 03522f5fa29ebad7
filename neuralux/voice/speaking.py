"""Speak an answer while it is still being written.

Three stages overlap: tokens → sentences (``SentenceSplitter``, in the loop),
sentences → audio (piper on its ModelWorker thread), audio → speaker (a
blocking write on another thread). So sentence *n+1* is synthesised while
sentence *n* plays, and the first sentence is heard before the model finishes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from neuralux.backends.base import AudioChunk
from neuralux.backends.worker import ModelWorker
from neuralux.errors import NeuraluxError
from neuralux.voice.playback import Speaker
from neuralux.voice.speech_text import SentenceSplitter

log = logging.getLogger(__name__)

# The first piece is cut at a clause after this many characters: the person hears the
# answer start sooner, and later sentences are synthesised while it plays.
FIRST_CLAUSE_CHARS = 24


def _synthesizer_for(sentence: str) -> Callable[[Any], AudioChunk]:
    def run(model: Any) -> AudioChunk:
        return model.synthesize_sentence(sentence)
    return run


class AnswerSpeaker:
    """Feed tokens (``feed``) or whole text (``say``); ``close()`` waits until all is spoken."""

    def __init__(self, tts: ModelWorker[Any], speaker: Speaker,
                 on_warning: Callable[[str], None] | None = None) -> None:
        self._tts = tts
        self._speaker = speaker
        self._on_warning = on_warning
        self._splitter = SentenceSplitter(first_clause_chars=FIRST_CLAUSE_CHARS)
        self._sentences: asyncio.Queue[str | None] = asyncio.Queue()
        self._audio: asyncio.Queue[AudioChunk | None] = asyncio.Queue(maxsize=2)
        self._tasks: set[asyncio.Task[None]] = set()
        self.failed: NeuraluxError | None = None
        self.sentences_spoken = 0
        self.synth_seconds = 0.0
        for coro in (self._synth(), self._play()):
            task = asyncio.get_running_loop().create_task(coro)
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def feed(self, piece: str) -> None:
        for sentence in self._splitter.feed(piece):
            self._sentences.put_nowait(sentence)

    def say(self, text: str) -> None:
        self.feed(text)
        for sentence in self._splitter.flush():
            self._sentences.put_nowait(sentence)

    def interrupt(self) -> None:
        self._speaker.interrupt()

    @property
    def first_sample_at(self) -> float | None:
        return self._speaker.first_sample_at

    async def close(self) -> None:
        """No more text: speak what is left, then release the speaker."""
        for sentence in self._splitter.flush():
            self._sentences.put_nowait(sentence)
        self._sentences.put_nowait(None)
        try:
            await asyncio.gather(*self._tasks)
        finally:
            await asyncio.to_thread(self._speaker.finish)

    async def cancel(self) -> None:
        self._speaker.interrupt()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await asyncio.to_thread(self._speaker.finish)

    async def _synth(self) -> None:
        try:
            while (sentence := await self._sentences.get()) is not None:
                if self._speaker.interrupted.is_set() or self.failed is not None:
                    continue
                started = time.perf_counter()
                try:
                    chunk = await self._tts.call(_synthesizer_for(sentence))
                except NeuraluxError as exc:
                    self._fail(exc)
                    continue
                self.synth_seconds += time.perf_counter() - started
                await self._audio.put(chunk)
        finally:
            await self._audio.put(None)

    async def _play(self) -> None:
        while (chunk := await self._audio.get()) is not None:
            if self._speaker.interrupted.is_set() or self.failed is not None:
                continue  # keep draining so the synth stage never blocks on a full queue
            try:
                if await asyncio.to_thread(self._speaker.play, chunk):
                    self.sentences_spoken += 1
            except NeuraluxError as exc:
                self._fail(exc)

    def _fail(self, exc: NeuraluxError) -> None:
        # Speech is a bonus on top of the text answer: warn once, keep the answer.
        if self.failed is None:
            self.failed = exc
            log.warning("not speaking the answer: %s", exc.message)
            if self._on_warning is not None:
                self._on_warning(exc.message)
