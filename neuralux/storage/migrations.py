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
