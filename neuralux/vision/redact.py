"""Mask obvious secrets in screen text before it is stored or leaves the machine.

Deliberately conservative about what it calls a secret (a masked commit hash or
log id would make recall useless) but thorough about the shapes secrets really
have: provider key prefixes, private key blocks, ``password: value`` labels,
credentials in URLs, and card numbers that pass the Luhn check.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Redacted:
    text: str
    found: dict[str, int] = field(default_factory=dict)  # kind -> how many were masked

    @property
    def count(self) -> int:
        return sum(self.found.values())


def _mask(kind: str) -> str:
    return f"[REDACTED:{kind}]"


_PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
    r"(?:.*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|.*\Z)",
    re.DOTALL)

# Known token shapes. Order matters only for readability; each is independent.
_TOKENS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern)) for kind, pattern in (
        ("api_key", r"\bsk-(?:proj-|ant-[a-z0-9]+-)?[A-Za-z0-9_\-]{20,}"),  # OpenAI, Anthropic
        ("api_key", r"\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}"),  # Stripe
        ("token", r"\bgh[pousr]_[A-Za-z0-9]{30,}"),  # GitHub
        ("token", r"\bgithub_pat_[A-Za-z0-9_]{30,}"),
        ("token", r"\bglpat-[A-Za-z0-9_\-]{20,}"),  # GitLab
        ("token", r"\bxox[abprs]-[A-Za-z0-9\-]{10,}"),  # Slack
        ("token", r"\bhf_[A-Za-z0-9]{30,}"),  # Hugging Face
        ("api_key", r"\bAKIA[0-9A-Z]{16}\b"),  # AWS access key id
        ("api_key", r"\bAIza[0-9A-Za-z_\-]{35}"),  # Google
        ("token", r"\beyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}"),  # JWT
    ))

_BEARER = re.compile(r"(?i)\b(bearer|token)(\s+)([A-Za-z0-9_\-.=+/]{16,})")

# "password: hunter2", "API_KEY=abc", '"client_secret": "abc"', "Passwort: ..."
_LABELS = (r"pass(?:word|wd|wort|phrase)?|pwd|secret|client[_\- ]?secret|api[_\- ]?key|"
           r"access[_\- ]?key|secret[_\- ]?key|private[_\- ]?key|auth[_\- ]?token|"
           r"access[_\- ]?token|refresh[_\- ]?token|token")
_LABELLED = re.compile(
    rf"(?i)(?P<label>\b[\w\-]*(?:{_LABELS})[\w\-]*[\"']?\s*(?::|=|:=|=>)\s*[\"']?)"
    r"(?P<value>[^\s\"',;]{3,})")

_URL_CREDS = re.compile(r"(?P<head>\b[a-z][a-z0-9+.\-]*://[^\s:/@]+:)(?P<pw>[^\s@/]+)(?=@)")

# A long run that mixes upper case, lower case and digits looks generated, not written.
_GENERIC = re.compile(r"\b[A-Za-z0-9_\-+/]{32,}={0,2}")

_CARD = re.compile(r"(?<![\d\-])(?:\d[ \-]?){12,18}\d(?![\d\-])")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _looks_generated(s: str) -> bool:
    return (any(c.isupper() for c in s) and any(c.islower() for c in s)
            and sum(c.isdigit() for c in s) >= 3 and "/" not in s.strip("/"))


def redact(text: str) -> Redacted:
    found: Counter[str] = Counter()

    def sub(kind: str) -> str:
        found[kind] += 1
        return _mask(kind)

    text = _PRIVATE_KEY.sub(lambda m: sub("private_key"), text)
    for kind, pattern in _TOKENS:
        text = pattern.sub(lambda m, k=kind: sub(k), text)  # type: ignore[misc]
    text = _URL_CREDS.sub(lambda m: m.group("head") + sub("password"), text)
    text = _BEARER.sub(lambda m: m.group(1) + m.group(2) + sub("token"), text)

    def labelled(m: re.Match[str]) -> str:
        value = m.group("value")
        if value.startswith("[REDACTED:"):
            return m.group(0)
        kind = "password" if re.search(r"(?i)pass|pwd", m.group("label")) else "secret"
        return m.group("label") + sub(kind)

    text = _LABELLED.sub(labelled, text)
    text = _GENERIC.sub(lambda m: sub("token") if _looks_generated(m.group(0)) else m.group(0),
                        text)

    def card(m: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            return sub("card_number")
        return m.group(0)

    text = _CARD.sub(card, text)
    return Redacted(text, dict(found))
