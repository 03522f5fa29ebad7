"""Parse a shell command line into the simple commands it runs.

bashlex gives a real bash AST (pipelines, lists, redirects, ``$(...)``); it does
not know every bash feature (``$((...))``, ``[[ ]]``), so a shlex-based splitter
takes over when it fails. Either way the result is the same flat, ordered list of
``SimpleCommand`` values, which is what validation and risk judge.
"""

from __future__ import annotations

import logging
import shlex
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

CONTROL_OPS = frozenset({";", "&&", "||", "&", "|", "|&", "\n"})
REDIRECT_OPS = frozenset({">", ">>", "<", ">|", "&>", ">&", "<<", "<<<", "<>", "&>>"})


@dataclass(frozen=True)
class Redirect:
    op: str  # ">", ">>", "<", ...
    target: str  # a file name, or "&1" style descriptor duplication
    fd: int | None = None

    @property
    def writes(self) -> bool:
        return self.op in (">", ">>", ">|", "&>", "&>>", ">&") and not self.target.startswith("&")\
            and not self.target.isdigit()

    @property
    def truncates(self) -> bool:
        return self.writes and self.op in (">", ">|", "&>", ">&")


@dataclass(frozen=True)
class SimpleCommand:
    argv: tuple[str, ...]
    redirects: tuple[Redirect, ...] = ()
    pipeline: int = 0  # commands with the same number are joined by pipes
    position: int = 0  # index inside its pipeline
    nested: bool = False  # inside $(...), `...` or <(...)
    feeds: str = ""  # for nested commands: "substitution" or "process"
    parent: int = -1  # index of the command whose word holds this nested one
    assignments: tuple[str, ...] = ()

    @property
    def program(self) -> str:
        return self.argv[0] if self.argv else ""


@dataclass(frozen=True)
class ParsedCommand:
    text: str
    commands: tuple[SimpleCommand, ...] = ()
    operators: tuple[str, ...] = ()  # list operators in order: ";", "&&", "||", "&"
    error: str = ""  # non-empty when the text could not be parsed at all
    parser: str = "bashlex"
    has_function: bool = False
    has_loop: bool = False
    substitutions: tuple[str, ...] = field(default=())  # raw $(...) / <(...) texts

    @property
    def ok(self) -> bool:
        return not self.error and bool(self.commands)

    @property
    def programs(self) -> tuple[str, ...]:
        return tuple(c.program for c in self.commands if c.program)


def parse_command(text: str) -> ParsedCommand:
    """Parse ``text``; never raises. ``error`` says why when nothing could be parsed."""
    text = text.strip()
    if not text:
        return ParsedCommand(text, error="empty command")
    try:
        import bashlex  # local import: only the command assistant needs it

        trees = bashlex.parse(text)
    except Exception as exc:  # noqa: BLE001 - bashlex raises many types; fall back below
        log.debug("bashlex could not parse %r: %s", text, exc)
        return _parse_with_shlex(text)
    walker = _Walker(text)
    for tree in trees:
        walker.visit(tree)
    return ParsedCommand(text, tuple(walker.commands), tuple(walker.operators),
                         has_function=walker.has_function, has_loop=walker.has_loop,
                         substitutions=tuple(walker.substitutions))


class _Walker:
    def __init__(self, text: str) -> None:
        self.text = text
        self.commands: list[SimpleCommand] = []
        self.operators: list[str] = []
        self.substitutions: list[str] = []
        self.has_function = False
        self.has_loop = False
        self._pipeline = 0

    def visit(self, node: Any, nested: str = "", parent: int = -1, position: int = 0) -> None:
        kind = node.kind
        if kind == "command":
            self._command(node, nested, parent, position)
        elif kind == "pipeline":
            index = 0
            for part in node.parts:
                if part.kind == "pipe":
                    continue
                self.visit(part, nested, parent, index)
                index += 1
            self._pipeline += 1
        elif kind == "list":
            for part in node.parts:
                if part.kind == "operator":
                    if not nested:
                        self.operators.append(part.op)
                    continue
                self.visit(part, nested, parent)
                if part.kind != "pipeline":
                    self._pipeline += 1
        elif kind == "compound":
            for part in getattr(node, "list", []):
                if part.kind not in ("reservedword", "operator"):
                    self.visit(part, nested, parent)
        elif kind in ("for", "while", "until", "if", "function"):
            self.has_loop = self.has_loop or kind in ("for", "while", "until")
            self.has_function = self.has_function or kind == "function"
            for part in getattr(node, "parts", []):
                if part.kind in ("list", "command", "pipeline", "compound"):
                    self.visit(part, nested, parent)
                elif part.kind == "word":
                    self._nested_in_word(part, parent)
            if kind == "function":
                body = getattr(node, "body", None)
                if body is not None and body not in node.parts:
                    self.visit(body, nested, parent)
        else:
            for part in getattr(node, "parts", []) or []:
                self.visit(part, nested, parent)

    def _command(self, node: Any, nested: str, parent: int, position: int) -> None:
        argv: list[str] = []
        redirects: list[Redirect] = []
        assignments: list[str] = []
        words: list[Any] = []
        for part in node.parts:
            if part.kind == "word":
                argv.append(part.word)
                words.append(part)
            elif part.kind == "assignment":
                assignments.append(part.word)
                words.append(part)
            elif part.kind == "redirect":
                target = part.output
                if hasattr(target, "word"):
                    tgt = target.word
                    words.append(target)
                else:
                    tgt = f"&{target}"
                fd = part.input if isinstance(getattr(part, "input", None), int) else None
                redirects.append(Redirect(part.type, tgt, fd))
        index = len(self.commands)
        self.commands.append(SimpleCommand(tuple(argv), tuple(redirects), self._pipeline,
                                           position, bool(nested), nested, parent,
                                           tuple(assignments)))
        for word in words:
            self._nested_in_word(word, index)

    def _nested_in_word(self, word: Any, parent: int) -> None:
        for part in getattr(word, "parts", []) or []:
            if part.kind in ("commandsubstitution", "processsubstitution"):
                feeds = "substitution" if part.kind == "commandsubstitution" else "process"
                start, end = part.pos
                self.substitutions.append(self.text[start:end])
                saved = self._pipeline
                self._pipeline = 10_000 + len(self.substitutions)
                self.visit(part.command, feeds, parent)
                self._pipeline = saved
            else:
                self._nested_in_word(part, parent)


def _parse_with_shlex(text: str) -> ParsedCommand:
    """A coarse fallback: split on control operators, keep words and redirects."""
    lexer = shlex.shlex(text, posix=True, punctuation_chars=";&|<>")
    lexer.whitespace_split = True
    lexer.commenters = ""
    try:
        tokens = list(lexer)
    except ValueError as exc:
        return ParsedCommand(text, error=f"cannot parse: {exc}", parser="shlex")
    commands: list[SimpleCommand] = []
    operators: list[str] = []
    argv: list[str] = []
    redirects: list[Redirect] = []
    pipeline = position = 0
    pending_redirect = ""

    def flush() -> None:
        nonlocal argv, redirects
        if argv or redirects:
            commands.append(SimpleCommand(tuple(argv), tuple(redirects), pipeline, position))
        argv, redirects = [], []

    for tok in tokens:
        if pending_redirect:
            redirects.append(Redirect(pending_redirect, tok))
            pending_redirect = ""
        elif tok in ("|", "|&"):
            flush()
            position += 1
        elif tok in CONTROL_OPS or tok in (";;",):
            flush()
            operators.append(tok)
            pipeline += 1
            position = 0
        elif tok in REDIRECT_OPS or set(tok) <= set("<>&"):
            if argv and argv[-1].isdigit():
                argv.pop()
            pending_redirect = tok
        else:
            argv.append(tok)
    flush()
    if not commands:
        return ParsedCommand(text, error="no command found", parser="shlex")
    return ParsedCommand(text, tuple(commands), tuple(operators), parser="shlex",
                         has_loop=any(c.program in ("for", "while", "until") for c in commands))
