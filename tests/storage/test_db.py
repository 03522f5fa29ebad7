from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from neuralux.errors import NeuraluxError
from neuralux.storage import audit, history
from neuralux.storage.db import Database
from neuralux.storage.migrations import MIGRATIONS


@pytest.fixture
def db(tmp_path: Path):
    database = Database(tmp_path / "n.db")
    yield database
    database.close()


def test_migrates_to_latest_in_wal_mode(db: Database) -> None:
    assert db.schema_version() == len(MIGRATIONS)
    assert db.sync(lambda d: d.execute("PRAGMA journal_mode").fetchone()[0]) == "wal"
    assert {"conversations", "messages", "audit"} <= set(db.sync(lambda d: d.table_names()))
    assert db.integrity_check() == "ok"


def test_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    database = Database(path)
    with pytest.raises(NeuraluxError, match="newer than this Neuralux"):
        database.schema_version()
    database.close()


def test_exchanges_and_fts_search(db: Database) -> None:
    def fill(d) -> None:
        history.ensure_conversation(d, "c1", "capital")
        history.add_message(d, "c1", "user", "What is the capital of France?")
        history.add_message(d, "c1", "assistant", "Paris.", model="m", location="local",
                            first_token_s=0.1, total_s=0.5, tokens=2)
        history.ensure_conversation(d, "c2", "math")
        history.add_message(d, "c2", "user", "What is 2+2?")
        history.add_message(d, "c2", "assistant", "4")

    db.sync(fill)
    rows = db.sync(lambda d: history.exchanges(d))
    assert [r["question"] for r in rows] == ["What is 2+2?", "What is the capital of France?"]
    assert rows[1]["answer"] == "Paris." and rows[1]["where"] == "local"
    found = db.sync(lambda d: history.exchanges(d, "paris"))
    assert [r["question"] for r in found] == ["What is the capital of France?"]
    # FTS syntax in user input is treated as words, never as a query language
    assert db.sync(lambda d: history.exchanges(d, 'capital"* (')) != []
    assert db.sync(lambda d: history.exchanges(d, "???")) == []
    assert db.sync(lambda d: history.prompt_history(d)) == ["What is 2+2?",
                                                           "What is the capital of France?"]
    recent = db.sync(lambda d: history.recent_messages(d, "c1", 10))
    assert [m.role for m in recent] == ["user", "assistant"]


def test_audit_log(db: Database) -> None:
    db.sync(lambda d: audit.record(d, "command", {"command": "ls", "exit_code": 0}))
    db.sync(lambda d: audit.record(d, "other", {"x": 1}))
    rows = db.sync(lambda d: audit.entries(d, "command"))
    assert len(rows) == 1 and rows[0]["command"] == "ls" and rows[0]["exit_code"] == 0
