"""The answer area: Markdown rendered incrementally as tokens stream in.

Chunks are coalesced and drawn at most once per frame interval, so a model
producing hundreds of tokens a second costs the GUI thread a few small edits a
second, not one relayout per token. Finished blocks are inserted once at the
end of the document; only the growing tail block is replaced on each frame.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from neuralux.ui.markdown import Colors, IncrementalMarkdown
from neuralux.ui.qtcompat import emit

log = logging.getLogger(__name__)

BLOCK_GAP = 8  # px between Markdown blocks
PARAGRAPH_SEPARATOR = "\u2029"  # what QTextDocument stores between plain blocks
FRAME_MS = 33  # ~30 updates a second is smooth to the eye and cheap for the layout


class MarkdownView(QTextBrowser):
    copied = Signal(str)  # what was copied, for a transient "Copied" note
    content_changed = Signal()

    def __init__(self, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answer")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)  # the undo stack would grow with every streamed frame
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(2)
        self.anchorClicked.connect(self._on_anchor)
        self._colors = colors
        self._md = IncrementalMarkdown(colors)
        self._pending = ""
        self._tail_start = 0  # document position where the live tail begins
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.flush)
        self.last_flush_ms = 0.0

    # -- content ---------------------------------------------------------
    def reset(self, colors: Colors | None = None) -> None:
        if colors is not None:
            self._colors = colors
        self._timer.stop()
        self._md = IncrementalMarkdown(self._colors)
        self._pending = ""
        self._tail_start = 0
        self.clear()
        emit(self.content_changed)

    def append_text(self, chunk: str) -> None:
        """Queue streamed text; it is drawn on the next frame."""
        self._pending += chunk
        if not self._timer.isActive():
            self._timer.start()

    def set_text(self, text: str) -> None:
        self.reset()
        self._pending = text
        self.flush()

    def text(self) -> str:
        return self._md.text + self._pending

    def code_blocks(self) -> list[str]:
        return [b.code for b in self._md.code_blocks]

    def flush(self) -> None:
        if not self._pending:
            return
        clock = QElapsedTimer()
        clock.start()
        chunk, self._pending = self._pending, ""
        bar = self.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        out = self._md.feed(chunk)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(self._tail_start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        for block in out.complete_html:
            self._insert_block(cursor, block)
        self._tail_start = cursor.position()
        if out.tail_html:
            self._insert_block(cursor, out.tail_html)
        cursor.endEditBlock()
        if at_bottom:
            bar.setValue(bar.maximum())
        self.last_flush_ms = clock.nsecsElapsed() / 1e6
        emit(self.content_changed)

    def _insert_block(self, cursor: QTextCursor, block_html: str) -> None:
        """Append one Markdown block as its own paragraph(s).

        Rich-text insertion merges into the current block (so a paragraph after a
        list would join the list): each block starts in a fresh, format-free block,
        a leftover empty block is removed, and the gap between blocks is set here
        rather than by HTML margins, which merging would drop."""
        doc = self.document()
        if cursor.block().length() > 1:  # not empty: start a fresh block
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        start = cursor.position()
        cursor.insertHtml(block_html)
        first = doc.findBlock(start)
        if first.length() == 1 and first.next().isValid() and start > 0:
            # The HTML (a list or table) built its own blocks after the empty one.
            if doc.characterAt(start - 1) == PARAGRAPH_SEPARATOR:
                gap = QTextCursor(doc)
                gap.setPosition(start - 1)
                gap.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
                gap.removeSelectedText()
                first = doc.findBlock(start - 1).next()
            else:
                # After a code block's table: Qt requires this block (removing its boundary
                # corrupts the table and crashes), so make it take no space instead.
                flat = QTextBlockFormat()
                flat.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
                QTextCursor(first).setBlockFormat(flat)
                first = first.next()
        # A code block's table keeps its own HTML margin (it is a frame, never merged).
        if start > 0 and first.isValid() and not block_html.startswith("<table"):
            fmt = QTextBlockFormat()
            fmt.setTopMargin(BLOCK_GAP)
            QTextCursor(first).mergeBlockFormat(fmt)

    # -- links: copy buttons and web links ------------------------------
    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "copy":
            try:
                code = self._md.code_blocks[int(url.path())].code
            except (ValueError, IndexError):
                return
            QGuiApplication.clipboard().setText(code)
            emit(self.copied, code)
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
