"""Pure input logic of the overlay (no Qt): modes from prefixes, and history recall."""

from __future__ import annotations

from dataclasses import dataclass

ASK, COMMAND, SCREEN = "ask", "command", "screen"
SCREEN_PREFIX = "/screen"


@dataclass(frozen=True)
class Parsed:
    mode: str
    prompt: str  # the text without its mode prefix


def parse(text: str, command_toggled: bool = False) -> Parsed:
    """`!` (or Tab, which sets ``command_toggled``) is command mode; `/screen` adds the screen."""
    stripped = text.lstrip()
    if stripped.startswith("!"):
        return Parsed(COMMAND, stripped[1:].strip())
    if stripped == SCREEN_PREFIX or stripped.startswith(SCREEN_PREFIX + " ") \
            or stripped.startswith(SCREEN_PREFIX + "\n"):
        return Parsed(SCREEN, stripped[len(SCREEN_PREFIX):].strip())
    if command_toggled:
        return Parsed(COMMAND, text.strip())
    return Parsed(ASK, text.strip())


@dataclass(frozen=True)
class Chip:
    label: str
    note: str  # a short line under the input; empty when there is nothing to say


def chip_for(mode: str, commands_ready: bool, screen_ready: bool) -> Chip:
    """What the mode chip says. A mode whose feature is not installed says so instead of
    failing silently when Enter is pressed."""
    if mode == COMMAND:
        if commands_ready:
            return Chip("Command", "Describe what to do; you confirm before anything runs.")
        return Chip("Command · soon", "Command mode arrives with the command assistant; "
                                      "Enter asks it as a plain question for now.")
    if mode == SCREEN:
        if screen_ready:
            return Chip("Screen", "Your question is answered with the text on your screen.")
        return Chip("Screen · soon", "Screen reading arrives with the OCR feature; "
                                     "Enter asks without the screen for now.")
    return Chip("Ask", "")


class History:
    """Up/Down recall like a shell: Up goes back, Down forward, past the newest is the draft."""

    def __init__(self, entries: list[str] | None = None, limit: int = 200) -> None:
        self._entries: list[str] = []
        self._limit = limit
        self._pos: int | None = None  # index into entries while browsing, None = draft
        self._draft = ""
        for e in entries or []:
            self.add(e)

    @property
    def entries(self) -> list[str]:
        return list(self._entries)

    def replace(self, older_first: list[str]) -> None:
        """Load stored entries (oldest first); entries of this session that the store does
        not have yet (still being saved) stay after them. Reloading never duplicates."""
        stored = set(older_first)
        session = [e for e in self._entries if e not in stored]
        self._entries = []
        for e in [*older_first, *session]:
            self.add(e)
        self._pos = None

    def add(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        if self._entries and self._entries[-1] == text:
            self._pos = None
            return
        self._entries.append(text)
        del self._entries[:-self._limit]
        self._pos = None

    def up(self, current: str) -> str | None:
        if not self._entries:
            return None
        if self._pos is None:
            self._draft = current
            self._pos = len(self._entries) - 1
        elif self._pos > 0:
            self._pos -= 1
        else:
            return None
        return self._entries[self._pos]

    def down(self) -> str | None:
        if self._pos is None:
            return None
        if self._pos < len(self._entries) - 1:
            self._pos += 1
            return self._entries[self._pos]
        self._pos = None
        return self._draft

    def reset(self) -> None:
        self._pos = None
