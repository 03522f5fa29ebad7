"""Incremental Markdown → Qt rich-text HTML, with no Qt import (pure, testable).

An answer streams in token by token. Re-rendering the whole text on every
token is quadratic and, for a 20,000-character answer, stalls the GUI. So the
text is cut into *blocks* (paragraphs, lists, headings, fenced code): a block
that is complete never changes again and is rendered once; only the trailing,
still-growing block is re-rendered on each update.

The HTML targets Qt's rich-text subset (QTextDocument), not a browser: code
blocks are one-cell tables because that is how Qt draws a background box.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

FENCE = re.compile(r"^\s{0,3}(```|~~~)\s*([\w+#.-]*)\s*$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
NUMBERED = re.compile(r"^\s*(\d{1,9})[.)]\s+(.*)$")
RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


@dataclass(frozen=True)
class Colors:
    """The few colours the HTML needs; the theme supplies them."""

    text: str = "#1f2328"
    muted: str = "#6e7781"
    code_bg: str = "#f3f4f6"
    code_border: str = "#d8dee4"
    inline_code_bg: str = "#eceef1"
    link: str = "#0969da"
    mono: str = "monospace"


@dataclass(frozen=True)
class CodeBlock:
    lang: str
    code: str


@dataclass
class RenderedBlocks:
    """What one ``feed`` produced: newly completed blocks and the live tail."""

    complete_html: list[str] = field(default_factory=list)
    tail_html: str = ""


def _inline(text: str, colors: Colors) -> str:
    """Inline Markdown: `code`, **bold**, *italic*, [links](http...)."""
    out: list[str] = []
    # Split out code spans first so nothing inside them is interpreted.
    for i, part in enumerate(re.split(r"(`[^`\n]+`)", text)):
        if i % 2 == 1:
            code = html.escape(part[1:-1])
            out.append(f'<code style="font-family:{colors.mono};'
                       f'background-color:{colors.inline_code_bg};">&#8202;{code}&#8202;</code>')
            continue
        s = html.escape(part, quote=False)
        s = re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"<b>\1</b>", s)
        s = re.sub(r"__(?=\S)(.+?)(?<=\S)__", r"<b>\1</b>", s)
        s = re.sub(r"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])", r"<i>\1</i>", s)
        s = re.sub(r"(?<![_\w])_(?=\S)([^_]+?)(?<=\S)_(?![_\w])", r"<i>\1</i>", s)
        s = re.sub(r"\[([^\]]+)\]\((https?://[^\s)]+)\)",
                   lambda m: f'<a style="color:{colors.link};" href="{m.group(2)}">'
                             f"{m.group(1)}</a>", s)
        out.append(s)
    return "".join(out)


def code_html(block: CodeBlock, index: int, colors: Colors, running: bool = False) -> str:
    """A code block: a one-cell table with a header row holding the language and Copy."""
    code = html.escape(block.code.rstrip("\n")) or "&nbsp;"
    label = html.escape(block.lang) if block.lang else "code"
    copy = ("" if running else
            f'<a href="copy:{index}" style="color:{colors.link};text-decoration:none;">'
            "Copy</a>")
    return (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="7" '
        f'bgcolor="{colors.code_bg}" style="margin-top:8px;margin-bottom:4px;">'
        f'<tr><td bgcolor="{colors.code_border}"><span style="color:{colors.muted};'
        f'font-size:small;">{label}</span></td>'
        f'<td bgcolor="{colors.code_border}" align="right"><span style="font-size:small;">'
        f"{copy}</span></td></tr>"
        f'<tr><td colspan="2"><pre style="font-family:{colors.mono};margin:0;">{code}</pre>'
        "</td></tr></table>"
    )


def _list_html(lines: list[str], colors: Colors) -> str:
    ordered = bool(NUMBERED.match(lines[0]))
    items: list[str] = []
    for line in lines:
        m = NUMBERED.match(line) if ordered else BULLET.match(line)
        if m:
            items.append(m.group(m.lastindex or 1))
        elif items:  # a continuation line belongs to the previous item
            items[-1] += " " + line.strip()
    tag = "ol" if ordered else "ul"
    first = NUMBERED.match(lines[0]) if ordered else None
    # A list the model split with blank lines arrives as one-item blocks: keep numbering.
    start = f' start="{int(first.group(1))}"' if first and int(first.group(1)) != 1 else ""
    body = "".join(f"<li>{_inline(it, colors)}</li>" for it in items)
    return f'<{tag}{start} style="margin-top:2px;margin-bottom:6px;">{body}</{tag}>'


def block_html(block: str, colors: Colors) -> str:
    """One non-code block (heading, list, quote, rule or paragraph) as HTML."""
    lines = [ln for ln in block.split("\n") if ln.strip()]
    if not lines:
        return ""
    first = lines[0]
    if len(lines) == 1 and RULE.match(first):
        return f'<hr style="color:{colors.code_border};"/>'
    m = HEADING.match(first)
    if m and len(lines) == 1:
        level = min(len(m.group(1)) + 2, 6)  # h1 in an overlay is shouting; start at h3
        return f'<h{level} style="margin-top:6px;margin-bottom:4px;">' \
               f"{_inline(m.group(2), colors)}</h{level}>"
    if BULLET.match(first) or NUMBERED.match(first):
        return _list_html(lines, colors)
    if all(ln.lstrip().startswith(">") for ln in lines):
        inner = "<br/>".join(_inline(ln.lstrip()[1:].strip(), colors) for ln in lines)
        return f'<p style="color:{colors.muted};margin-left:12px;">{inner}</p>'
    inner = "<br/>".join(_inline(ln.strip(), colors) for ln in lines)
    return f'<p style="margin-top:0px;margin-bottom:8px;">{inner}</p>'


class IncrementalMarkdown:
    """Feed text as it streams; get completed blocks once and the live tail each time."""

    def __init__(self, colors: Colors | None = None) -> None:
        self.colors = colors or Colors()
        self.text = ""
        self.code_blocks: list[CodeBlock] = []
        self._done = 0  # offset in self.text where the unfinished part starts

    def feed(self, chunk: str) -> RenderedBlocks:
        self.text += chunk
        out = RenderedBlocks()
        for kind, body, lang in self._take_complete():
            out.complete_html.append(self._render(kind, body, lang, running=False))
        out.tail_html = self._render_tail()
        return out

    def _render(self, kind: str, body: str, lang: str, running: bool) -> str:
        if kind == "code":
            block = CodeBlock(lang, body)
            if running:
                return code_html(block, len(self.code_blocks), self.colors, running=True)
            self.code_blocks.append(block)
            return code_html(block, len(self.code_blocks) - 1, self.colors)
        return block_html(body, self.colors)

    def _take_complete(self) -> list[tuple[str, str, str]]:
        """Cut finished blocks off the pending text; only whole lines are considered."""
        blocks: list[tuple[str, str, str]] = []
        pending = self.text[self._done:]
        start = 0  # start of the current block within pending
        pos = 0
        fence: tuple[str, str] | None = None  # (marker, lang) while inside a code block
        while True:
            nl = pending.find("\n", pos)
            if nl < 0:
                break
            line = pending[pos:nl]
            next_pos = nl + 1
            m = FENCE.match(line)
            if fence is not None:
                if m and m.group(1) == fence[0] and not m.group(2):
                    body = pending[start:pos].split("\n", 1)[1] if "\n" in pending[start:pos] \
                        else ""
                    blocks.append(("code", body, fence[1]))
                    start, fence = next_pos, None
            elif m:
                if pending[start:pos].strip():
                    blocks.append(("text", pending[start:pos], ""))
                start, fence = pos, (m.group(1), m.group(2))
            elif not line.strip():
                if pending[start:pos].strip():
                    blocks.append(("text", pending[start:pos], ""))
                start = next_pos
            elif HEADING.match(line) or RULE.match(line):
                if pending[start:pos].strip():
                    blocks.append(("text", pending[start:pos], ""))
                blocks.append(("text", line, ""))
                start = next_pos
            pos = next_pos
        self._done += start
        return blocks

    def _render_tail(self) -> str:
        tail = self.text[self._done:]
        if not tail.strip():
            return ""
        first, _, rest = tail.partition("\n")
        m = FENCE.match(first)
        if m:
            return self._render("code", rest, m.group(2), running=True)
        return block_html(tail, self.colors)


def render_all(text: str, colors: Colors | None = None) -> str:
    """Render a whole text at once (used for finished answers and tests)."""
    md = IncrementalMarkdown(colors)
    out = md.feed(text if text.endswith("\n") else text + "\n")
    return "".join(out.complete_html) + out.tail_html
