"""Build resources/cookbook.jsonl from the hand-written tools/cookbook_src_*.txt files.

Source format, one entry a line: ``request @@ other phrasings; ... @@ command @@ explanation``,
with ``#category`` lines starting each group; ``cookbook_aliases.txt`` adds phrasings by id.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    entries = []
    for src in sorted((ROOT / "tools").glob("cookbook_src_*.txt")):
        category = ""
        for lineno, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            if line.startswith("#"):
                category = line[1:].strip()
                continue
            parts = [p.strip() for p in line.split(" @@ ")]
            if len(parts) != 4:
                print(f"{src.name}:{lineno}: expected 4 fields, got {len(parts)}", file=sys.stderr)
                return 1
            request, also, command, explanation = parts
            entries.append({
                "id": f"{category}-{sum(e['category'] == category for e in entries) + 1:03d}",
                "category": category, "request": request,
                "also": [a.strip() for a in also.split(";") if a.strip()],
                "command": command, "explanation": explanation,
            })
    by_id = {e["id"]: e for e in entries}
    aliases = ROOT / "tools" / "cookbook_aliases.txt"
    for lineno, line in enumerate(aliases.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        entry_id, _, extra = (p.strip() for p in line.partition(" @@ "))
        if entry_id not in by_id:
            print(f"{aliases.name}:{lineno}: no entry {entry_id}", file=sys.stderr)
            return 1
        by_id[entry_id]["also"] += [a.strip() for a in extra.split(";") if a.strip()]
    out = ROOT / "resources" / "cookbook.jsonl"
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for entry in entries:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"wrote {len(entries)} entries to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
