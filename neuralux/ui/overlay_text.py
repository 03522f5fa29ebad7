"""Texts of the overlay's chrome: key hints and the footer line."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)

HINTS_IDLE = "↵ ask   ⇧↵ new line   ↑↓ history   ! or Tab command   /screen   Esc close"
HINTS_RUNNING = "Esc stop"
HINTS_DONE = "↵ ask   Ctrl+C copy   Ctrl+L new chat   Esc close"


def named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def format_meta(meta: dict[str, Any]) -> str:
    """Footer text: model · where it ran · time to first token."""
    parts = [str(meta.get("model") or "")]
    where = str(meta.get("where") or "")
    parts.append("local" if where in ("", "local") else f"on {where}")
    ttft = meta.get("first_token_s")
    if isinstance(ttft, (int, float)):
        parts.append(f"first token {ttft * 1000:.0f} ms" if ttft < 1 else
                     f"first token {ttft:.1f} s")
    return "  ·  ".join(p for p in parts if p)
