"""Screen memory storage: redacted, de-duplicated, searchable, pruned; and the recorder loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import sqlite3
import time

import sqlite_utils

from neuralux.config import OcrSettings
from neuralux.vision import memory
from neuralux.vision.pipeline import ScreenText


def _db(tmp_path) -> sqlite_utils.Database:
    return sqlite_utils.Database(sqlite3.connect(str(tmp_path / "m.db")))


def test_store_is_redacted_and_searchable(tmp_path) -> None:
    db = _db(tmp_path)
    assert memory.store(db, "psycopg2.OperationalError: connection refused\npassword: hunter2",
                        "Terminal", "window") is not None
    found = memory.search(db, "OperationalError")
    assert len(found) == 1 and found[0].title == "Terminal"
    assert "[OperationalError]" in found[0].snippet
    raw = db.execute("SELECT text FROM screen_memory").fetchone()[0]
    assert "hunter2" not in raw and "[REDACTED:password]" in raw
    assert memory.search(db, "hunter2") == []


def test_unchanged_text_is_stored_once(tmp_path) -> None:
    db = _db(tmp_path)
    assert memory.store(db, "same text", "A", "window") is not None
    assert memory.store(db, "same text", "A", "window") is None
    assert memory.store(db, "   ", "A", "window") is None
    assert db.execute("SELECT count(*) FROM screen_memory").fetchone()[0] == 1


def test_retention_prunes_old_entries(tmp_path) -> None:
    db = _db(tmp_path)
    now = time.time()
    memory.store(db, "old error", "A", "window", now=now - 5 * 3600)
    memory.store(db, "new error", "A", "window", now=now)
    assert memory.prune(db, retention_hours=1, now=now) == 1
    assert [m.snippet for m in memory.search(db, "error")] == ["new [error]"]


def test_query_syntax_cannot_break_fts(tmp_path) -> None:
    db = _db(tmp_path)
    memory.store(db, 'KeyError: "user_id" in handler', "Editor", "window")
    assert memory.search(db, 'what was that "KeyError (AND OR') != []
    assert memory.search(db, "") != []  # empty query: most recent entries
    assert memory.search(db, "Key")[0].title == "Editor"  # prefix match on the last word


class _FakeReader:
    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.calls = 0

    async def read_screen(self, target: str = "screen") -> ScreenText:
        text = self.texts[min(self.calls, len(self.texts) - 1)]
        self.calls += 1
        return ScreenText(text, "window “Terminal”", "Terminal")

    async def read_window_if_changed(self, previous=None):
        st = await self.read_screen("window")
        return st, st.text


class _Db:
    """The app Database's async surface over a real SQLite file."""

    def __init__(self, path) -> None:
        self.pool = concurrent.futures.ThreadPoolExecutor(1)
        self.db = self.pool.submit(
            lambda: sqlite_utils.Database(sqlite3.connect(str(path)))).result()

    async def run(self, fn):
        return await asyncio.get_running_loop().run_in_executor(self.pool, lambda: fn(self.db))


async def test_recorder_loop_records_changes_only(tmp_path) -> None:
    settings = OcrSettings(memory_enabled=True, memory_interval_seconds=2.0)
    reader = _FakeReader(["first screen", "first screen", "second screen"])
    rec = memory.ScreenMemory(settings, reader, _Db(tmp_path / "m.db"))
    assert await rec.tick() is not None
    assert await rec.tick() is None  # unchanged
    assert await rec.tick() is not None
    assert [m.snippet for m in await rec.recall("screen")] != []
    rec.pause()
    assert rec.paused


async def test_memory_is_off_by_default(tmp_path) -> None:
    rec = memory.ScreenMemory(OcrSettings(), _FakeReader(["x"]), _Db(tmp_path / "m.db"))
    await rec.start()
    assert rec._task is None
    await rec.stop()


async def test_enabled_recorder_runs_and_stops(tmp_path) -> None:
    reader = _FakeReader(["text on screen"])
    rec = memory.ScreenMemory(OcrSettings(memory_enabled=True), reader, _Db(tmp_path / "m.db"))
    await rec.start()
    for _ in range(100):
        if reader.calls:
            break
        await asyncio.sleep(0.01)
    await rec.stop()
    assert reader.calls >= 1 and rec._task is None


def test_minutes_ago_prefers_that_moment(tmp_path) -> None:
    db = _db(tmp_path)
    now = time.time()
    memory.store(db, "TypeError: bad operand (old)", "A", "window", now=now - 3600)
    memory.store(db, "TypeError: bad operand (recent)", "B", "window", now=now - 600)
    memory.store(db, "TypeError: bad operand (just now)", "C", "window", now=now - 5)
    found = memory.search(db, "what was that TypeError 10 minutes ago?", 3, now=now)
    assert [m.title for m in found] == ["B", "C", "A"]
    assert memory.time_hint("an hour ago", now) is None
    assert memory.time_hint("2 hours ago", now) == now - 7200


def test_recall_context_has_times_and_titles(tmp_path) -> None:
    db = _db(tmp_path)
    now = time.time()
    memory.store(db, "ConnectionRefusedError: [Errno 111]", "Terminal", "window", now=now - 600)
    context, n = memory.recall_context(db, "connection error", 2000, now=now)
    assert n == 1 and "10 min ago, Terminal]" in context and "Errno 111" in context


async def test_recall_request_for_the_overlay(tmp_path) -> None:
    store_db = _Db(tmp_path / "m.db")
    await store_db.run(lambda db: memory.store(db, "KeyError: 'user'", "Editor", "window"))
    rec = memory.ScreenMemory(OcrSettings(memory_enabled=True), _FakeReader(["x"]), store_db)
    assert await rec.recall_request("hello", 2000) is None
    req = await rec.recall_request("/recall what was that KeyError?", 2000)
    assert req.prompt == "what was that KeyError?"
    assert "KeyError: 'user'" in req.context and "1 matching" in req.context_label
    empty = await rec.recall_request("/recall zebra", 2000)
    assert "nothing that matches" in empty.context


async def test_memory_can_be_switched_on_and_off_at_run_time(tmp_path) -> None:
    reader = _FakeReader(["on screen"])
    rec = memory.ScreenMemory(OcrSettings(), reader, _Db(tmp_path / "m.db"))
    await rec.set_enabled(True)
    for _ in range(100):
        if reader.calls:
            break
        await asyncio.sleep(0.01)
    assert reader.calls >= 1 and rec._task is not None
    await rec.set_enabled(False)
    assert rec._task is None and not rec.enabled


async def test_memory_stays_off_on_wayland(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    rec = memory.ScreenMemory(OcrSettings(memory_enabled=True), _FakeReader(["x"]),
                              _Db(tmp_path / "m.db"))
    await rec.start()
    assert rec._task is None
