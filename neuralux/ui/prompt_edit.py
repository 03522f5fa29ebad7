"""The overlay's input line: Enter asks, Shift+Enter breaks the line, Up/Down recall."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from neuralux.ui.prompt_logic import History
from neuralux.ui.qtcompat import emit

MAX_LINES = 5


class PromptEdit(QPlainTextEdit):
    submitted = Signal()
    submitted_ctrl = Signal()  # Ctrl+Enter: a deliberate "run it" in command mode
    escape = Signal()
    copy_answer = Signal()
    new_conversation = Signal()
    tab_pressed = Signal()
    height_changed = Signal()

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("input")
        self.history = history
        self.setTabChangesFocus(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._fit)
        self._lines = 1
        self.setFixedHeight(self.sizeHint().height())

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def line_height(self) -> int:
        return self.fontMetrics().lineSpacing()

    def sizeHint(self) -> QSize:
        return QSize(400, self._lines * self.line_height() + 10)

    def _fit(self) -> None:
        lines = max(1, min(MAX_LINES, self.document().lineCount()))
        if self.lineWrapMode() != QPlainTextEdit.LineWrapMode.NoWrap:
            layout_lines = sum(max(1, self.document().findBlockByNumber(i).layout().lineCount())
                               for i in range(self.document().blockCount()))
            lines = max(1, min(MAX_LINES, layout_lines))
        if lines != self._lines:
            self._lines = lines
            self.setFixedHeight(self.sizeHint().height())
            emit(self.height_changed)

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.setFixedHeight(self.sizeHint().height())

    def keyPressEvent(self, e: QKeyEvent) -> None:
        key, mods = e.key(), e.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if shift:
                self.textCursor().insertText("\n")
            elif ctrl:
                emit(self.submitted_ctrl)
            else:
                emit(self.submitted)
            return
        if key == Qt.Key.Key_Escape:
            emit(self.escape)
            return
        if key == Qt.Key.Key_Tab and not ctrl:
            emit(self.tab_pressed)
            return
        if ctrl and key == Qt.Key.Key_L:
            emit(self.new_conversation)
            return
        if ctrl and key == Qt.Key.Key_C and not self.textCursor().hasSelection():
            emit(self.copy_answer)
            return
        if key == Qt.Key.Key_Up and self._on_first_line():
            text = self.history.up(self.text())
            if text is not None:
                self.set_text(text)
            return
        if key == Qt.Key.Key_Down and self._on_last_line():
            text = self.history.down()
            if text is not None:
                self.set_text(text)
            return
        super().keyPressEvent(e)

    def _on_first_line(self) -> bool:
        c = self.textCursor()
        return c.blockNumber() == 0 and c.block().layout().lineForTextPosition(
            c.positionInBlock()).lineNumber() == 0

    def _on_last_line(self) -> bool:
        c = self.textCursor()
        layout = c.block().layout()
        return c.blockNumber() == self.document().blockCount() - 1 and \
            layout.lineForTextPosition(c.positionInBlock()).lineNumber() == \
            layout.lineCount() - 1
