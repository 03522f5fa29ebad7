"""Append-only audit log: what ran, who confirmed it, what was shared."""

from __future__ import annotations

import json
import time
from typing import Any

import sqlite_utils


def record(db: sqlite_utils.Database, kind: str, data: dict[str, Any]) -> int:
    with db.conn:
        cur = db.execute("INSERT INTO audit(created, kind, data) VALUES (?, ?, ?)",
                         [time.time(), kind, json.dumps(data, ensure_ascii=False)])
        return int(cur.lastrowid or 0)


def entries(db: sqlite_utils.Database, kind: str | None = None,
            limit: int = 50) -> list[dict[str, Any]]:
    if kind:
        rows = db.execute("SELECT id, created, kind, data FROM audit WHERE kind = ? "
                          "ORDER BY id DESC LIMIT ?", [kind, limit]).fetchall()
    else:
        rows = db.execute("SELECT id, created, kind, data FROM audit ORDER BY id DESC LIMIT ?",
                          [limit]).fetchall()
    return [{"id": r[0], "created": r[1], "kind": r[2], **json.loads(r[3])} for r in rows]
