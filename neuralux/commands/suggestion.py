"""The value the command assistant returns, the same over D-Bus, JSON and in-process."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SOURCE_MODEL = "model"
SOURCE_COOKBOOK = "cookbook"
SOURCE_NONE = "none"  # no confident command: ``command`` is empty, ``explanation`` says why


@dataclass(frozen=True)
class Suggestion:
    request: str
    command: str
    explanation: str
    risk: str = ""  # "safe" | "caution" | "dangerous"; "" when there is no command
    risk_reasons: tuple[str, ...] = ()
    source: str = SOURCE_NONE
    problems: tuple[str, ...] = ()  # e.g. "ncdu is not installed on this machine"
    confidence: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def has_command(self) -> bool:
        return bool(self.command)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["risk_reasons"] = list(self.risk_reasons)
        data["problems"] = list(self.problems)
        return data

    def public_dict(self) -> dict[str, Any]:
        """What ``aish --json`` prints."""
        return {"command": self.command, "explanation": self.explanation, "risk": self.risk,
                "risk_reasons": list(self.risk_reasons), "source": self.source,
                "problems": list(self.problems)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Suggestion:
        return cls(request=str(data.get("request", "")), command=str(data.get("command", "")),
                   explanation=str(data.get("explanation", "")), risk=str(data.get("risk", "")),
                   risk_reasons=tuple(data.get("risk_reasons", ())),
                   source=str(data.get("source", SOURCE_NONE)),
                   problems=tuple(data.get("problems", ())),
                   confidence=float(data.get("confidence", 0.0)),
                   timings=dict(data.get("timings", {})))
