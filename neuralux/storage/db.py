"""The one SQLite database: WAL mode, versioned migrations, accessed through sqlite-utils.

SQLite calls are quick (well under a millisecond for our writes), but they are
still disk I/O: async callers run them through ``Database.run`` on a dedicated
one-thread executor, so the event loop never waits on the disk and the
connection is only ever used from that thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from neuralux import paths
from neuralux.errors import NeuraluxError
from neuralux.storage.migrations import MIGRATIONS

log = logging.getLogger(__name__)
R = TypeVar("R")


class Database:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.database_file()
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="sqlite")
        self._db: sqlite_utils.Database | None = None

    # --- thread-confined ------------------------------------------------------------
    def _open(self) -> sqlite_utils.Database:
        if self._db is None:
            paths.ensure(self.path.parent)
            conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=10)
            db = sqlite_utils.Database(conn)
            conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable across application crashes (kill -9) in WAL mode;
            # only a power loss may drop the last transactions.
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._migrate(conn)
            self._db = db
        return self._db

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise NeuraluxError(
                f"The database schema (version {version}) is newer than this Neuralux "
                f"(knows {len(MIGRATIONS)}). Upgrade Neuralux.")
        for number, steps in enumerate(MIGRATIONS[version:], start=version + 1):
            log.info("migrating database to schema version %d", number)
            with conn:
                for sql in steps:
                    conn.execute(sql)
                conn.execute(f"PRAGMA user_version = {number}")

    def sync(self, fn: Callable[[sqlite_utils.Database], R]) -> R:
        """Run ``fn(db)`` on the database thread and wait (for CLI / non-async callers)."""
        return self._executor.submit(lambda: fn(self._open())).result()

    async def run(self, fn: Callable[[sqlite_utils.Database], R]) -> R:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(self._open()))

    def integrity_check(self) -> str:
        return str(self.sync(lambda db: db.execute("PRAGMA integrity_check").fetchone()[0]))

    def schema_version(self) -> int:
        return int(self.sync(lambda db: db.execute("PRAGMA user_version").fetchone()[0]))

    def close(self) -> None:
        def _close() -> None:
            if self._db is not None:
                self._db.conn.close()
                self._db = None

        self._executor.submit(_close).result()
        self._executor.shutdown(wait=True)
