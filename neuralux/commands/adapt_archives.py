"""tar's compression letter follows the archive the request names.

A `.tar.gz` example serves a `.tar.bz2` request: the name is swapped like any other file,
then the letter is made to match the suffix (z, j, J; `-a` to create a .tar.zst, none to
read one: GNU tar detects the compression when it reads).
"""

from __future__ import annotations

import re

_TAR = re.compile(r"\btar\s+-?([A-Za-z]+)\s+(?:-\S+\s+)*(\S+)")
_LETTER = {".tar.gz": "z", ".tgz": "z", ".tar.bz2": "j", ".tbz2": "j", ".tar.xz": "J",
           ".txz": "J", ".tar.zst": "a", ".tar": ""}


def archive_family(name: str) -> str:
    """Every tar archive is one family ("tar"); others by suffix (zip, 7z, gz ...)."""
    m = re.search(r"\.(tar\.gz|tgz|tar\.xz|tar\.bz2|tar\.zst|tbz2|txz|tar|zip|7z|gz|xz|bz2|zst)$",
                  name.lower())
    if not m:
        return ""
    return "tar" if m.group(1).startswith("t") else m.group(1)


def fit_tar_flags(command: str) -> str:
    """Make `tar`'s compression letter agree with the archive it is given."""
    def fix(m: re.Match[str]) -> str:
        flags, name = m.group(1), m.group(2).strip("'\"")
        suffix = next((s for s in _LETTER if name.lower().endswith(s)), None)
        bare = re.sub(r"[zjJa]", "", flags)
        action = next((a for a in "cxt" if a in bare), "")
        if suffix is None or "f" not in flags or not action:
            return m.group(0)
        letter = _LETTER[suffix] if action == "c" or _LETTER[suffix] != "a" else ""
        start, end = m.start(1) - m.start(), m.end(1) - m.start()
        return m.group(0)[:start] + bare.replace(action, action + letter, 1) + m.group(0)[end:]
    return _TAR.sub(fix, command)
