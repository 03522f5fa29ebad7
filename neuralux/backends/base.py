"""The small Protocols every backend implements, and the values they exchange.

Backends are blocking and single-threaded by contract: each runs inside its own
``ModelWorker`` thread (see ``worker.py``), which owns both loading and inference.
A remote node is another implementation of the same Protocols.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system" | "user" | "assistant"
    content: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChatMessage:
        return cls(str(data["role"]), str(data["content"]))


@dataclass(frozen=True)
class GenerationParams:
    max_tokens: int = 512
    temperature: float = 0.3
    repeat_penalty: float = 1.1
    stop: tuple[str, ...] = ()
    # Constrained decoding: a JSON schema (converted to a grammar) or a raw GBNF grammar.
    json_schema: dict[str, Any] | None = None
    grammar: str | None = None
    seed: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ModelInfo:
    """One model Neuralux can use, as listed by ``neuralux models``."""

    name: str
    kind: str  # "llm" | "stt" | "tts"
    path: str
    size_bytes: int
    source: str  # "package <dist>" | "config" | "user models dir"
    loaded: bool = False
    default: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@runtime_checkable
class ChatModel(Protocol):
    """A loaded chat model. ``stream`` blocks and yields text pieces as decoded."""

    name: str

    def stream(self, messages: list[ChatMessage], params: GenerationParams) -> Iterator[str]: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    segments: tuple[Segment, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Transcriber(Protocol):
    def transcribe(self, audio: Any, rate: int, lang: str | None) -> Transcript: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class AudioChunk:
    samples: bytes  # signed 16-bit little-endian mono PCM
    rate: int
    text: str = ""  # the sentence this chunk speaks


class Synthesizer(Protocol):
    def synthesize(self, text: str) -> Iterator[AudioChunk]: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class OcrWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float


@dataclass(frozen=True)
class OcrResult:
    text: str
    words: tuple[OcrWord, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class OcrEngine(Protocol):
    def read(self, image: Any) -> OcrResult: ...
