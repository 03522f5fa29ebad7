"""Turn an answer (streamed as model tokens) into sentences worth saying aloud.

Speaking starts with the first complete sentence, so the splitter must work on a
stream: ``feed`` returns the sentences completed so far, ``flush`` the rest.
Markdown is for the eye: emphasis marks, headings, bullets and links are
dropped, and a fenced code block is summarised as "Here is a command." rather
than read symbol by symbol.
"""

from __future__ import annotations

import re

CODE_SUMMARY = "Here is a command."
FENCE = "```"

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by whitespace, or at
# a line break (list items, paragraphs).
_END = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n")
_CLAUSE = re.compile(r"[,;:](?=\s)|\s[—–-](?=\s)")
_ABBREVIATIONS = {"e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "no", "approx"}
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"https?://\S+")
_INLINE_CODE = re.compile(r"`([^`]*)`")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_EMPHASIS = re.compile(r"(\*\*|__|\*|~~)")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
_SPACES = re.compile(r"\s+")
_WORDY = re.compile(r"[A-Za-z0-9]")


def clean_for_speech(text: str) -> str:
    """One sentence of Markdown → plain words to synthesise ("" when nothing to say)."""
    if _TABLE_RULE.fullmatch(text) and "-" in text:
        return ""
    text = _HEADING.sub("", text)
    text = _BULLET.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _URL.sub("a link", text)
    text = _INLINE_CODE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    text = text.replace("|", ", ").replace("#", " ")
    text = _SPACES.sub(" ", text).strip(" ,")
    return text if _WORDY.search(text) else ""


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the period at ``end`` closes an abbreviation or an initial, not a sentence."""
    if text[end] != ".":
        return False
    word = re.search(r"([A-Za-z.]+)$", text[:end])
    if not word:
        return False
    w = word.group(1).lower().rstrip(".")
    return w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha())


class SentenceSplitter:
    """Streaming splitter: feed tokens, get speakable sentences as soon as they complete."""

    def __init__(self, min_chars: int = 2, first_clause_chars: int = 0) -> None:
        self._buf = ""
        self._in_code = False
        self._min_chars = min_chars
        # Speaking starts with the first piece, so a long first sentence may be cut at a
        # clause (comma, semicolon, dash) once it has this many characters; 0 = never.
        self._first_clause_chars = first_clause_chars
        self._emitted = 0

    def feed(self, piece: str) -> list[str]:
        out = self._feed(piece)
        if not out and not self._emitted and self._first_clause_chars and not self._in_code:
            out = self._take_first_clause()
        self._emitted += len(out)
        return out

    def _take_first_clause(self) -> list[str]:
        for m in _CLAUSE.finditer(self._buf, self._first_clause_chars):
            if FENCE in self._buf[:m.end()]:
                return []
            clause = clean_for_speech(self._buf[:m.end()])
            if clause:
                self._buf = self._buf[m.end():]
                return [clause]
        return []

    def _feed(self, piece: str) -> list[str]:
        self._buf += piece
        out: list[str] = []
        while True:
            if self._in_code:
                close = self._buf.find(FENCE)
                if close < 0:
                    return out
                self._buf = self._buf[close + len(FENCE):]
                self._in_code = False
                out.append(CODE_SUMMARY)
                continue
            fence = self._buf.find(FENCE)
            prose = self._buf if fence < 0 else self._buf[:fence]
            if fence < 0 and prose.endswith("`"):
                prose = prose.rstrip("`")  # maybe the start of a fence: wait for more
            taken = self._take_sentences(prose, final=fence >= 0)
            out.extend(taken[0])
            if fence < 0:
                self._buf = taken[1] + self._buf[len(prose):]
                return out
            # Everything before the fence is said; the code (and its language tag) is not.
            self._buf = self._buf[fence + len(FENCE):]
            self._in_code = True

    def flush(self) -> list[str]:
        self._emitted = 0
        if self._in_code:
            self._in_code = False
            self._buf = ""
            return [CODE_SUMMARY]
        sentences, _ = self._take_sentences(self._buf, final=True)
        self._buf = ""
        return sentences

    def _take_sentences(self, text: str, final: bool) -> tuple[list[str], str]:
        out: list[str] = []
        start = 0
        for m in _END.finditer(text):
            if _is_abbreviation(text, m.start()):
                continue
            candidate = clean_for_speech(text[start:m.end()])
            if len(candidate) >= self._min_chars:
                out.append(candidate)
                start = m.end()
            elif not candidate:
                start = m.end()
        rest = text[start:]
        if final:
            last = clean_for_speech(rest)
            if last:
                out.append(last)
            rest = ""
        return out, rest


def speakable_sentences(text: str) -> list[str]:
    """A whole answer → the sentences that would be spoken."""
    splitter = SentenceSplitter()
    return splitter.feed(text) + splitter.flush()
