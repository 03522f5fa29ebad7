"""The Alt+Space overlay window.

It knows nothing about the core: it emits ``ask`` / ``cancel`` / ``new_conversation``
and the bridge feeds answers back through ``begin_answer`` / ``append_chunk`` /
``finish_answer`` / ``fail``. It is created hidden at start, so showing it only maps
an already laid-out window.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCursor,
    QGuiApplication,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from neuralux.config import OverlaySettings
from neuralux.ui import prompt_logic
from neuralux.ui.command_view import CommandPanel
from neuralux.ui.markdown_view import MarkdownView
from neuralux.ui.overlay_text import HINTS_DONE, HINTS_IDLE, HINTS_RUNNING, format_meta, named
from neuralux.ui.panel import RoundedPanel
from neuralux.ui.prompt_edit import PromptEdit
from neuralux.ui.prompt_logic import COMMAND, History
from neuralux.ui.qtcompat import emit
from neuralux.ui.theme import Theme, stylesheet
from neuralux.ui.voice_view import VoiceStrip

log = logging.getLogger(__name__)

PAD = 16
__all__ = ["HINTS_DONE", "HINTS_IDLE", "HINTS_RUNNING", "OverlayWindow", "format_meta"]


class OverlayWindow(RoundedPanel):
    ask = Signal(str, str)  # prompt, mode
    cancel = Signal()
    new_conversation = Signal()
    hidden = Signal()

    def __init__(self, settings: OverlaySettings, theme: Theme, compositing: bool = True) -> None:
        super().__init__(theme, settings.opacity, compositing)
        self.settings = settings
        self.commands_ready = False
        self.screen_ready = False
        self.running = False
        self._command_toggled = False
        self.setWindowTitle("Neuralux")
        self.setObjectName("panel")
        self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
                            | Qt.WindowType.Tool)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        self._build()
        self.apply_theme(theme)

    # -- construction ----------------------------------------------------
    def _build(self) -> None:
        root = self._root = QVBoxLayout(self)
        sl, st, sr, sb = self.shadow_margins
        root.setContentsMargins(PAD + sl, PAD - 4 + st, PAD + sr, PAD - 6 + sb)
        root.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(10)
        self.chip = named(QLabel("Ask"), "chip")
        self.input = PromptEdit(History())
        self.input.setPlaceholderText("Ask anything…")
        self.input.setAccessibleName("Question")
        top.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top.addWidget(self.input, 1)
        root.addLayout(top)
        self.voice = VoiceStrip(self.theme)  # level meter and status of the voice loop
        root.addWidget(self.voice)
        self.note = named(QLabel(""), "note")
        self.note.setWordWrap(True)
        self.note.hide()
        root.addWidget(self.note)
        self.separator = named(QFrame(), "separator")
        self.separator.setFixedHeight(1)
        root.addWidget(self.separator)
        self.question = named(QLabel(""), "question")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question.hide()
        root.addWidget(self.question)
        self.answer = MarkdownView(self.theme.markdown)
        self.answer.setAccessibleName("Answer")
        self.answer.hide()
        root.addWidget(self.answer, 1)
        self.command = CommandPanel(self.theme)  # command mode: risk, buttons, output
        root.addWidget(self.command)
        bottom = QHBoxLayout()
        self.footer = named(QLabel(""), "footer")
        self.hints = named(QLabel(HINTS_IDLE), "hints")
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.hints, 0, Qt.AlignmentFlag.AlignRight)
        root.addLayout(bottom)

        self.input.submitted.connect(self._submit)
        self.input.submitted_ctrl.connect(lambda: self._submit(ctrl=True))
        self.command.attach(self.input, self.hints, self._fit_height)
        self.input.escape.connect(self._escape)
        self.input.copy_answer.connect(self.copy_answer)
        self.input.new_conversation.connect(self.start_new_conversation)
        self.input.tab_pressed.connect(self._toggle_command)
        self.input.textChanged.connect(self._update_chip)
        self.input.height_changed.connect(self._fit_height)
        self.answer.content_changed.connect(self._fit_height)
        self.answer.copied.connect(lambda _c: self._flash("Code copied to the clipboard."))

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setStyleSheet(stylesheet(theme))
        self.voice.apply_theme(theme)
        self.command.apply_theme(theme)
        self.answer.reset(theme.markdown) if not self.answer.text() else None
        self.update()

    def set_features(self, commands_ready: bool, screen_ready: bool) -> None:
        self.commands_ready, self.screen_ready = commands_ready, screen_ready
        self._update_chip()

    def set_history(self, older_first: list[str]) -> None:
        self.input.history.replace(older_first)

    # -- show / hide -----------------------------------------------------
    def toggle(self) -> None:
        if self.isVisible():
            self.hide_overlay()
        else:
            self.show_overlay()

    def show_overlay(self, prefill: str = "") -> None:
        if prefill:
            self.command.drop_confirmation()
            self.input.set_text(prefill)
        self._place()
        self.expect_first_frame()
        self.show()
        self.raise_()
        self.activateWindow()
        self.input.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def hide_overlay(self) -> None:
        self.hide()
        self.input.history.reset()
        emit(self.hidden)

    def _place(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        geo = screen.availableGeometry()
        width = min(self.settings.width, geo.width() - 32)
        left, top, right, _bottom = self.shadow_margins
        self.setFixedWidth(width + left + right)
        self._fit_height()
        collapsed = self._chrome_height()
        x = geo.x() + (geo.width() - width) // 2
        # Centre the input in the upper third; the answer grows downwards from there.
        y = geo.y() + max(geo.height() // 6 - collapsed // 2, 16)
        self.move(QPoint(x - left, y - top))

    def _chrome_height(self) -> int:
        """Height of everything but the answer, at the window's real width (word-wrapped
        labels are taller in a plain sizeHint, which guesses a narrower width)."""
        layout = self._root
        hidden_answer = self.answer.isHidden()
        self.answer.hide()
        width = self.maximumWidth() if self.maximumWidth() < 10_000 else self.width()
        h = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
            else layout.sizeHint().height()
        if not hidden_answer:
            self.answer.show()
        return h

    def _fit_height(self) -> None:
        if self.answer.isHidden():
            self.setFixedHeight(self._chrome_height())
            return
        doc_h = int(self.answer.document().size().height()) + 6
        chrome = self._chrome_height() + self._root.spacing()
        extra = self.shadow_margins[1] + self.shadow_margins[3]
        self.setFixedHeight(min(chrome + doc_h, self.settings.max_height + extra))

    # -- modes -----------------------------------------------------------
    def current(self) -> prompt_logic.Parsed:
        return prompt_logic.parse(self.input.text(), self._command_toggled)

    def _toggle_command(self) -> None:
        self._command_toggled = not self._command_toggled
        self._update_chip()

    def _update_chip(self) -> None:
        mode = self.current().mode
        chip = prompt_logic.chip_for(mode, self.commands_ready, self.screen_ready)
        self.chip.setText(chip.label)
        self.note.setText(chip.note)
        self.note.setVisible(bool(chip.note))
        self._fit_height()

    def _flash(self, text: str) -> None:
        self.footer.setText(text)
        QTimer.singleShot(1500, lambda: self.footer.setText(self._meta_text))

    # -- asking ----------------------------------------------------------
    _meta_text = ""

    def _submit(self, ctrl: bool = False) -> None:
        if not self.running and self.command.wants_enter(text := self.input.text()):
            self.command.handle_enter(text, ctrl, clear_input=lambda: self.input.set_text(""))
            return
        parsed = self.current()
        if not parsed.prompt or self.running:
            return
        self.command.clear()
        self.input.history.add(self.input.text())
        self.input.set_text("")
        self._command_toggled = parsed.mode == COMMAND and self._command_toggled
        self.begin_answer(parsed.prompt)
        emit(self.ask, parsed.prompt, parsed.mode)

    def begin_answer(self, question: str = "") -> None:
        self.running = True
        self.question.setText(question)
        self.question.setVisible(bool(question))
        self.answer.reset(self.theme.markdown)
        self.answer.show()
        self.hints.setText(HINTS_RUNNING)
        self.footer.setText("Thinking…")
        self._fit_height()

    def append_chunk(self, text: str) -> None:
        if self.running and text:
            if self.footer.text() == "Thinking…":
                self.footer.setText("Answering…")
            self.answer.append_text(text)

    def finish_answer(self, meta: dict[str, Any], text: str = "") -> None:
        self.running = False
        if text and not self.answer.text():
            self.answer.append_text(text)
        self.answer.flush()
        self._meta_text = format_meta(meta)
        self.footer.setText(self._meta_text)
        self.hints.setText(self.command.hint_text or HINTS_DONE)

    def fail(self, message: str) -> None:
        self.running = False
        self.answer.flush()
        self.answer.show()
        self.answer.append_text(("\n\n" if self.answer.text() else "") + f"> {message}\n")
        self.answer.flush()
        self._meta_text = ""
        self.footer.setText("")
        self.hints.setText(HINTS_IDLE)

    def _escape(self) -> None:
        if self.command.handle_escape():
            return
        if self.running:
            self.running = False
            emit(self.cancel)
            self.answer.flush()
            self._meta_text = "Stopped."
            self.footer.setText(self._meta_text)
            self.hints.setText(HINTS_DONE)
        else:
            self.hide_overlay()

    def copy_answer(self) -> None:
        if self.answer.textCursor().hasSelection():
            self.answer.copy()
        elif self.answer.text():
            QGuiApplication.clipboard().setText(self.answer.text())
            self._flash("Answer copied to the clipboard.")

    def start_new_conversation(self) -> None:
        if self.running:
            emit(self.cancel)
        self.running = False
        self.command.clear()
        self.answer.reset(self.theme.markdown)
        self.answer.hide()
        self.question.hide()
        self._meta_text = ""
        self.footer.setText("New conversation.")
        self.hints.setText(HINTS_IDLE)
        self._fit_height()
        emit(self.new_conversation)
