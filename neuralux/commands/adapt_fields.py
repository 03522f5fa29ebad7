"""Adapting column selections: "the 2nd column", "columns 2 and 5", "comma separated".

A cookbook example picks its own columns (`cut -d, -f1`, `awk '{print $3}'`, `sort -k 3`);
the request's column numbers replace them all at once, and a request that says its file
is comma separated gets the comma delimiter the example may lack.
"""

from __future__ import annotations

import re

_ORDINAL_WORDS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
                  "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
                  "last": "NF"}
_ONE = r"(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_LIST = rf"{_ONE}(?:\s*(?:,|and|&|\+|-|to|through)\s*(?:the\s+)?{_ONE})*"
# "columns 2 and 5", "field 3", "col 4"
_AFTER = re.compile(rf"\b(?:columns?|fields?|cols?)\s+(?:no\.?\s*|number\s+|#)?({_LIST})\b",
                    re.IGNORECASE)
# "the 2nd column", "second and fourth columns", "last column"
_BEFORE = re.compile(rf"\b({_LIST}|last)\s+(?:columns?|fields?|cols?)\b", re.IGNORECASE)
_COMMA = re.compile(r"\b(?:comma[- ]?(?:separated|delimited)|csv)\b|\.csv\b", re.IGNORECASE)

_CUT_FIELDS = re.compile(r"(\bcut\b[^|;&]*?\s-f\s?)([\d,-]+)")
_AWK_PRINT = re.compile(r"(\bawk\b[^|;&]*?\{\s*print\s+)(\$(?:\d+|NF)(?:\s*[, ]\s*\$(?:\d+|NF))*)")
_SORT_KEY = re.compile(r"(\bsort\b[^|;&]*?\s-k\s?)(\d+)")


# "columns 1 to 3000000" must not become three million awk fields: longer ranges are left
# to the example as it is.
MAX_RANGE = 20


def columns(request: str) -> list[str]:
    """The column numbers a request names, in order ("NF" for the last one); [] when it
    names none or a range too long or backwards to spell out."""
    found = _AFTER.search(request) or _BEFORE.search(request)
    if not found:
        return []
    out: list[str] = []
    in_range = False
    for m in re.finditer(rf"({_ONE}|last)|-|to|through", found.group(1).lower()):
        if not m.group(1):
            in_range = bool(out)
            continue
        value = _ORDINAL_WORDS.get(m.group(1)) or re.sub(r"\D", "", m.group(1))
        if in_range:  # "2 to 5" → 2 3 4 5
            start = out[-1]
            if not (start.isdigit() and value.isdigit()
                    and 0 < int(value) - int(start) <= MAX_RANGE):
                return []
            out += [str(n) for n in range(int(start) + 1, int(value) + 1)]
        else:
            out.append(value)
        in_range = False
    return out


def adapt_columns(command: str, request: str, done: list[tuple[str, str]]) -> str:
    """Put the request's columns (and a comma delimiter it asks for) into the command."""
    wanted = columns(request)
    if wanted:
        command = _put_columns(command, wanted, done)
    if _COMMA.search(request):
        command = _comma(command, done)
    return command


def _put_columns(command: str, wanted: list[str], done: list[tuple[str, str]]) -> str:
    numeric = [c for c in wanted if c.isdigit()]
    m = _CUT_FIELDS.search(command)
    if m and numeric and len(numeric) == len(wanted):
        new = ",".join(numeric)
        if m.group(2) != new:
            done.append((m.group(2), new))
            return command[:m.start(2)] + new + command[m.end(2):]
        return command
    m = _AWK_PRINT.search(command)
    if m:
        new = ", ".join(f"${c}" for c in wanted)
        if m.group(2) != new:
            done.append((m.group(2), new))
            return command[:m.start(2)] + new + command[m.end(2):]
        return command
    m = _SORT_KEY.search(command)
    if m and len(numeric) == 1 and m.group(2) != numeric[0]:
        done.append((m.group(2), numeric[0]))
        return command[:m.start(2)] + numeric[0] + command[m.end(2):]
    return command


def _comma(command: str, done: list[tuple[str, str]]) -> str:
    """`awk '{print $2}'` on a csv needs -F, ; `cut -f2` needs -d, . The explanation's
    separator changes with it ("splits each line on whitespace" → "on commas")."""
    awk = re.search(r"\bawk\s+(?!-F)(?='\{)", command)
    if awk:
        done.append(("whitespace", "commas"))
        return command[:awk.end()] + "-F, " + command[awk.end():]
    cut = re.search(r"\bcut\s+(?![^|;&]*\s-d)(?=-f)", command)
    if cut:
        done += [("tabs", "commas"), ("tab", "comma")]
        return command[:cut.end()] + "-d, " + command[cut.end():]
    return command


# "replace localhost with 127.0.0.1", "swap http for https", "change foo to bar":
# the old text, then the new. "swap A for B" and "replace A with B" both put B in.
_REPLACE = re.compile(
    r"\b(?:replace|swap|change|substitute|switch|turn)\s+(?:all\s+|every\s+|each\s+)?"
    r"(?:(?:the\s+)?(?:word|string|text)\s+)?(?:occurrences?\s+of\s+)?"
    r"""(?P<old>'[^']+'|"[^"]+"|[^\s'"]+)\s+(?:with|for|to|by|into)\s+"""
    r"""(?P<new>'[^']+'|"[^"]+"|[^\s'",]+)""", re.IGNORECASE)
_SED_SUB = re.compile(r"(\bsed\b[^|;&]*?'s)([/|#])(old)\2(new)\2")


def replacement_pair(request: str) -> tuple[str, str] | None:
    """The old and new text of a find-and-replace request, or None."""
    m = _REPLACE.search(request)
    if m is None:
        return None
    old, new = (v.strip("'\"") for v in (m.group("old"), m.group("new")))
    if old.lower() in {"it", "them", "this", "that", "text", "the"}:
        return None
    return old, new


def adapt_substitution(command: str, request: str, done: list[tuple[str, str]]) -> str:
    """`sed -i 's/old/new/g'` takes the request's old and new text."""
    pair = replacement_pair(request)
    m = _SED_SUB.search(command)
    if pair is None or m is None:
        return command
    old, new = pair
    sep = next((c for c in "/|#" if c not in old + new), "")
    if not sep:
        return command
    done += [("old", old), ("new", new)]
    # inside the single-quoted script a ' is written '\''
    script = f"{sep}{old}{sep}{new}{sep}".replace("'", "'\\''")
    return command[:m.start(2)] + script + command[m.end():]
