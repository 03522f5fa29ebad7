"""Screen memory (opt-in, off by default): what was on screen a while ago.

While enabled and not paused, every ``ocr.memory_interval_seconds`` the active
window is OCR'd; when its text changed since the last entry, the *redacted*
text is stored with the time and window title in SQLite (FTS5), and entries
older than the retention limit are deleted. ``neuralux recall "query"`` and the
overlay's ``/recall`` search it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
import time
from dataclasses import asdict, dataclass
from typing import Any

from neuralux.config import OcrSettings
from neuralux.errors import NeuraluxError
from neuralux.storage.migrations import SCREEN_MEMORY_SCHEMA
from neuralux.vision.redact import redact

log = logging.getLogger(__name__)

# The schema is a migration step (storage/migrations.py); its statements are
# idempotent, so recall also works on a database file opened directly.
SCHEMA = SCREEN_MEMORY_SCHEMA


@dataclass(frozen=True)
class Memory:
    id: int
    created: float
    title: str
    source: str
    snippet: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def ensure_schema(db: Any) -> None:
    for sql in SCHEMA:
        db.execute(sql)


def store(db: Any, text: str, title: str, source: str, now: float | None = None) -> int | None:
    """Insert redacted ``text`` unless it equals the latest entry. Returns the new id."""
    ensure_schema(db)
    clean = redact(text).text.strip()
    if not clean:
        return None
    digest = hashlib.blake2b(clean.encode(), digest_size=16).hexdigest()
    last = db.execute("SELECT digest FROM screen_memory ORDER BY id DESC LIMIT 1").fetchone()
    if last and last[0] == digest:
        return None
    with db.conn:
        cur = db.execute("INSERT INTO screen_memory(created, title, source, text, digest) "
                         "VALUES (?, ?, ?, ?, ?)",
                         (now or time.time(), redact(title).text, source, clean, digest))
    return int(cur.lastrowid)


def prune(db: Any, retention_hours: float, now: float | None = None) -> int:
    ensure_schema(db)
    cutoff = (now or time.time()) - retention_hours * 3600
    with db.conn:
        cur = db.execute("DELETE FROM screen_memory WHERE created < ?", (cutoff,))
    return int(cur.rowcount)


_STOPWORDS = frozenset(
    "a an and any are at be did do does for from had has have how i in is it me my of on or "
    "that the there this to was were what when where which who why with you your ago "
    "minute minutes hour hours second seconds earlier before just saw see seen".split())


def _fts_query(query: str) -> str:
    """Quoted prefix terms joined by OR (ranked by bm25); user input can't break the syntax.

    Questions like "what was that error 10 minutes ago?" keep only the telling words.
    """
    words = [w for w in re.findall(r"\w+", query.lower())
             if w not in _STOPWORDS and not w.isdigit()]
    if not words:
        return ""
    # Prefix terms: "import" should find "ImportError", one token to the FTS tokenizer.
    return " OR ".join(f'"{w}"*' for w in words)


_AGO = re.compile(r"(\d+)\s*(second|sec|minute|min|hour|hr|h)s?\s+ago", re.I)


def time_hint(query: str, now: float) -> float | None:
    """The moment "… 10 minutes ago" points at, if the question names one."""
    m = _AGO.search(query)
    if not m:
        return None
    unit = m.group(2).lower()
    seconds = 1 if unit.startswith("s") else 60 if unit.startswith("m") else 3600
    return now - int(m.group(1)) * seconds


def search(db: Any, query: str, limit: int = 5, now: float | None = None) -> list[Memory]:
    """Best matches; when the query says "N minutes ago", those nearest that time first."""
    near = time_hint(query, now or time.time())
    if near is not None:
        found = _search(db, query, limit * 4)
        found.sort(key=lambda m: abs(m.created - near))
        return found[:limit]
    return _search(db, query, limit)


def entry_text(db: Any, entry_id: int) -> str:
    row = db.execute("SELECT text FROM screen_memory WHERE id = ?", (entry_id,)).fetchone()
    return str(row[0]) if row else ""


def recall_context(db: Any, query: str, max_chars: int, now: float | None = None,
                   ) -> tuple[str, int]:
    """Context for a ``/recall`` question: the best entries, newest wording, with times."""
    now = now or time.time()
    found = search(db, query, 3, now)
    parts, used = [], 0
    for m in found:
        ago = max(0, round((now - m.created) / 60))
        head = f"[{time.strftime('%H:%M', time.localtime(m.created))}, {ago} min ago, " \
               f"{m.title or m.source}]\n"
        body = entry_text(db, m.id)[: max(0, max_chars - used - len(head))]
        if not body:
            break
        parts.append(head + body)
        used += len(head) + len(body)
    return "\n\n".join(parts), len(parts)


def _search(db: Any, query: str, limit: int) -> list[Memory]:
    ensure_schema(db)
    match = _fts_query(query)
    if not match:
        rows = db.execute("SELECT id, created, title, source, substr(text, 1, 300) "
                          "FROM screen_memory ORDER BY created DESC LIMIT ?", (limit,))
    else:
        rows = db.execute(
            "SELECT m.id, m.created, m.title, m.source, "
            "snippet(screen_memory_fts, 0, '[', ']', ' … ', 24) "
            "FROM screen_memory_fts JOIN screen_memory m ON m.id = screen_memory_fts.rowid "
            "WHERE screen_memory_fts MATCH ? ORDER BY rank, m.created DESC LIMIT ?",
            (match, limit))
    return [Memory(int(r[0]), float(r[1]), r[2], r[3], r[4]) for r in rows.fetchall()]


class ScreenMemory:
    """The background recorder. ``db`` is the app ``Database`` (``run(fn)`` on its thread)."""

    def __init__(self, settings: OcrSettings, reader: Any, db: Any) -> None:
        self.settings = settings
        self.reader = reader
        self.db = db
        self.enabled = settings.memory_enabled
        self.paused = False
        self._task: asyncio.Task[None] | None = None
        self._last_view: Any = None

    async def start(self) -> None:
        from neuralux.vision.capture import session_kind

        if self.enabled and session_kind() == "wayland":
            # Each capture would open the desktop's screenshot dialog: not for a timer.
            log.warning("screen memory is not available on Wayland; it stays off")
            return
        if self.enabled and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._loop(),
                                                                 name="screen-memory")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def pause(self, paused: bool = True) -> None:
        """From the tray: stop recording without forgetting the setting."""
        self.paused = paused

    async def set_enabled(self, enabled: bool) -> None:
        """Turn recording on or off for this session (the config file is unchanged)."""
        self.enabled = enabled
        if enabled:
            await self.start()
        else:
            await self.stop()

    async def tick(self) -> int | None:
        """Record the active window once. Returns the new entry id, if one was stored."""
        st, self._last_view = await self.reader.read_window_if_changed(self._last_view)
        if st is None:
            return None  # nothing changed on screen: no OCR was run
        new_id: int | None = await self.db.run(
            lambda db: store(db, st.text, st.title, st.label))
        await self.db.run(lambda db: prune(db, self.settings.memory_retention_hours))
        return new_id

    async def _loop(self) -> None:
        while True:
            if not self.paused:
                try:
                    await self.tick()
                except NeuraluxError as exc:
                    log.info("screen memory skipped a round: %s", exc.message)
            await asyncio.sleep(self.settings.memory_interval_seconds)

    async def recall_request(self, text: str, max_chars: int) -> Any | None:
        """For the overlay: ``/recall question`` → AskRequest with past screen text, or None."""
        from neuralux.core.assistant import AskRequest

        m = re.match(r"^\s*/recall\b\s*(.*)$", text, re.S)
        if not m or not m.group(1).strip():
            return None
        question = m.group(1).strip()
        context, n = await self.db.run(lambda db: recall_context(db, question, max_chars))
        if not n:
            context = "(screen memory has nothing that matches"
            context += ")" if self.enabled else "; screen memory is turned off)"
        return AskRequest(question, context=context,
                          context_label=f"Screen memory ({n} matching moment(s))")

    async def recall(self, query: str, limit: int = 5) -> list[Memory]:
        result: list[Memory] = await self.db.run(lambda db: search(db, query, limit))
        return result
