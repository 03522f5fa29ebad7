"""Versioned schema migrations. Append new steps; never edit a released one.

Each step is a list of SQL statements applied in one transaction; the schema
version is SQLite's ``PRAGMA user_version``.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # 1: conversations, messages with FTS, audit log
    [
        """CREATE TABLE conversations (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            created REAL NOT NULL,
            updated REAL NOT NULL
        )""",
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            text TEXT NOT NULL,
            model TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            created REAL NOT NULL,
            first_token_s REAL,
            total_s REAL,
            tokens INTEGER
        )""",
        "CREATE INDEX messages_conversation ON messages(conversation_id, id)",
        """CREATE VIRTUAL TABLE messages_fts USING fts5(
            text, content='messages', content_rowid='id'
        )""",
        """CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
            INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text);
        END""",
        """CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END""",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created REAL NOT NULL,
            kind TEXT NOT NULL,
            data TEXT NOT NULL
        )""",
        "CREATE INDEX audit_kind ON audit(kind, id)",
    ],
]

# Screen memory (vision/memory.py). Idempotent statements: recall also opens the file
# directly, and must work on a database the daemon has not migrated yet.
SCREEN_MEMORY_SCHEMA: list[str] = [
    """CREATE TABLE IF NOT EXISTS screen_memory (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created REAL NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        digest TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS screen_memory_created ON screen_memory(created)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS screen_memory_fts USING fts5(
        text, title, content='screen_memory', content_rowid='id'
    )""",
    """CREATE TRIGGER IF NOT EXISTS screen_memory_ai AFTER INSERT ON screen_memory BEGIN
        INSERT INTO screen_memory_fts(rowid, text, title) VALUES (new.id, new.text, new.title);
    END""",
    """CREATE TRIGGER IF NOT EXISTS screen_memory_ad AFTER DELETE ON screen_memory BEGIN
        INSERT INTO screen_memory_fts(screen_memory_fts, rowid, text, title)
        VALUES ('delete', old.id, old.text, old.title);
    END""",
]

MIGRATIONS.append(SCREEN_MEMORY_SCHEMA)  # 2: screen memory
