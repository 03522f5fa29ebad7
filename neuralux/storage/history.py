"""Conversations and messages. Functions take a sqlite-utils Database and run on its thread."""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import asdict, dataclass
from typing import Any

import sqlite_utils


@dataclass(frozen=True)
class StoredMessage:
    id: int
    conversation_id: str
    role: str
    text: str
    model: str
    location: str
    created: float
    first_token_s: float | None = None
    total_s: float | None = None
    tokens: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def new_conversation_id() -> str:
    return uuid.uuid4().hex[:12]


def ensure_conversation(db: sqlite_utils.Database, conversation_id: str, title: str) -> None:
    now = time.time()
    db.execute(
        "INSERT INTO conversations(id, title, created, updated) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET updated = excluded.updated",
        [conversation_id, title[:120], now, now],
    )
    db.conn.commit()


def add_message(db: sqlite_utils.Database, conversation_id: str, role: str, text: str, *,
                model: str = "", location: str = "", first_token_s: float | None = None,
                total_s: float | None = None, tokens: int | None = None) -> int:
    with db.conn:
        cur = db.execute(
            "INSERT INTO messages(conversation_id, role, text, model, location, created, "
            "first_token_s, total_s, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [conversation_id, role, text, model, location, time.time(), first_token_s, total_s,
             tokens],
        )
        return int(cur.lastrowid or 0)


def conversation_exists(db: sqlite_utils.Database, conversation_id: str) -> bool:
    row = db.execute("SELECT 1 FROM conversations WHERE id = ?", [conversation_id]).fetchone()
    return row is not None


def recent_messages(db: sqlite_utils.Database, conversation_id: str,
                    limit: int) -> list[StoredMessage]:
    """The last ``limit`` messages of a conversation, oldest first."""
    rows = db.execute(
        "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT ?",
        [conversation_id, limit],
    ).fetchall()
    return [_message(r) for r in reversed(rows)]


def _message(row: tuple[Any, ...]) -> StoredMessage:
    return StoredMessage(*row)


def _fts_query(text: str) -> str:
    # Quote every word so user input is never parsed as FTS5 syntax.
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"' for w in words)


def search_messages(db: sqlite_utils.Database, search: str | None = None,
                    limit: int = 20) -> list[StoredMessage]:
    """Newest messages first, optionally full-text filtered."""
    if search:
        query = _fts_query(search)
        if not query:
            return []
        rows = db.execute(
            "SELECT m.* FROM messages_fts f JOIN messages m ON m.id = f.rowid "
            "WHERE messages_fts MATCH ? ORDER BY m.id DESC LIMIT ?", [query, limit]).fetchall()
    else:
        rows = db.execute("SELECT * FROM messages ORDER BY id DESC LIMIT ?", [limit]).fetchall()
    return [_message(r) for r in rows]


def exchanges(db: sqlite_utils.Database, search: str | None = None,
              limit: int = 20) -> list[dict[str, Any]]:
    """Question/answer pairs, newest first. A search matches either side."""
    matched = search_messages(db, search, limit * 2) if search else None
    ids: list[int] | None = None
    if matched is not None:
        ids = sorted({m.id if m.role == "user" else m.id - 1 for m in matched}, reverse=True)
        ids = ids[:limit]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        users = db.execute(f"SELECT * FROM messages WHERE role = 'user' AND id IN ({marks}) "  # noqa: S608 - only placeholders
                           "ORDER BY id DESC", ids).fetchall()
    else:
        users = db.execute("SELECT * FROM messages WHERE role = 'user' ORDER BY id DESC LIMIT ?",
                           [limit]).fetchall()
    result = []
    for row in users:
        question = _message(row)
        answer_row = db.execute(
            "SELECT * FROM messages WHERE conversation_id = ? AND id > ? AND role = 'assistant' "
            "ORDER BY id LIMIT 1", [question.conversation_id, question.id]).fetchone()
        answer = _message(answer_row) if answer_row else None
        result.append({
            "conversation_id": question.conversation_id,
            "created": question.created,
            "question": question.text,
            "answer": answer.text if answer else None,
            "model": answer.model if answer else "",
            "where": answer.location if answer else "",
            "first_token_s": answer.first_token_s if answer else None,
            "total_s": answer.total_s if answer else None,
        })
    return result


def prompt_history(db: sqlite_utils.Database, limit: int = 200) -> list[str]:
    """Distinct past prompts, newest first (for Up/Down recall in the overlay)."""
    rows = db.execute(
        "SELECT text FROM messages WHERE role = 'user' GROUP BY text ORDER BY MAX(id) DESC "
        "LIMIT ?", [limit]).fetchall()
    return [r[0] for r in rows]
