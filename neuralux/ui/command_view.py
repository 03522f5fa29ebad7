"""Command mode under the suggestion: risk badge, Execute / Revise / Describe / Abort,
live output and Stop.

The panel decides nothing about risk itself: every "run it" (a button, Enter,
Ctrl+Enter, the voice) goes through ``command_flow.on_execute``, and the typed
confirmation through ``command_flow.on_typed``. It only emits ``execute(how)``
once the policy said yes; the bridge's executor runs the command.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from neuralux.ui import command_flow as flow
from neuralux.ui.qtcompat import emit
from neuralux.ui.theme import Theme

NONE, READY, CONFIRM, REVISE, RUNNING = "none", "ready", "confirm", "revise", "running"
OUTPUT_LINES = 2000  # older output lines are dropped; the audit log keeps the end
OUTPUT_HEIGHT = 180

# (text, background) per risk, light and dark
BADGE = {False: {"safe": ("#116329", "#d8f5e0"), "caution": ("#7d4e00", "#fff1c7"),
                 "dangerous": ("#ffffff", "#cf222e")},
         True: {"safe": ("#7ee2a0", "#163b24"), "caution": ("#f5c860", "#3d2f0b"),
                "dangerous": ("#ffffff", "#d1242f")}}


class CommandPanel(QWidget):
    execute = Signal(str)  # how the person confirmed (for the audit log)
    revise = Signal(str)  # the correction
    describe = Signal()
    abort = Signal()
    stop = Signal()
    placeholder = Signal(str)  # what the input line should invite ("" = its default)
    hint = Signal(str)  # key hints for the footer
    changed = Signal()  # the panel's height may have changed
    note = Signal(str)  # a message shown to the person (traced)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandPanel")
        self.theme = theme
        self.state = NONE
        self.suggestion: Any = None
        self._hint = ""
        self.hint.connect(lambda text: setattr(self, "_hint", text))
        self._build()
        self.hide()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(6)
        risk_row = QHBoxLayout()
        self.badge = QLabel("")
        self.badge.setObjectName("riskBadge")
        self.reasons = QLabel("")
        self.reasons.setObjectName("riskReasons")
        self.reasons.setWordWrap(True)
        risk_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        risk_row.addWidget(self.reasons, 1)
        root.addLayout(risk_row)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("execute", "Execute", lambda: self.request_execute(flow.BUTTON)),
                                ("revise", "Revise", self._start_revise),
                                ("describe", "Describe", lambda: emit(self.describe)),
                                ("abort", "Abort", lambda: emit(self.abort)),
                                ("stop", "Stop", lambda: emit(self.stop))):
            button = QPushButton(text)
            button.setObjectName(f"cmd_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the input line
            button.setToolTip(f"Alt+{text[0]}")
            button.clicked.connect(slot)
            # Not a "&Execute" mnemonic: that clicks 100 ms later (animateClick), after
            # which the word typed right behind Alt+E would land in the wrong state.
            shortcut = QShortcut(QKeySequence(f"Alt+{text[0]}"), self)
            shortcut.activated.connect(lambda b=button: b.click() if b.isVisible()
                                       and b.isEnabled() else None)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        root.addLayout(buttons)
        self.message = QLabel("")
        self.message.setObjectName("commandMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.message)
        self.output = QPlainTextEdit()
        self.output.setObjectName("commandOutput")
        self.output.setReadOnly(True)
        self.output.setMaximumBlockCount(OUTPUT_LINES)
        self.output.setFixedHeight(OUTPUT_HEIGHT)
        self.output.setFont(QFont("DejaVu Sans Mono", 9))
        root.addWidget(self.output)
        self.status = QLabel("")
        self.status.setObjectName("commandStatus")
        root.addWidget(self.status)

    def attach(self, line: Any, hints: QLabel, fit: Callable[[], None]) -> None:
        """Wire to the overlay: the input's placeholder, the footer's hints, the height."""
        self.placeholder.connect(lambda text: line.setPlaceholderText(text or "Ask anything…"))
        self.hint.connect(hints.setText)
        self.changed.connect(fit)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._paint_badge()

    # -- what the bridge shows -------------------------------------------------
    def show_suggestion(self, suggestion: Any) -> None:
        self.suggestion = suggestion
        has_command = bool(getattr(suggestion, "command", ""))
        self.badge.setVisible(has_command)
        self.reasons.setVisible(has_command)
        risk = flow.level(str(getattr(suggestion, "risk", "")))
        self.reasons.setText("; ".join(getattr(suggestion, "risk_reasons", ()) or ()) or
                             ("Only reads; changes nothing." if risk == "safe" else ""))
        self._paint_badge()
        self.buttons["execute"].setVisible(has_command)
        self.buttons["describe"].setVisible(has_command)
        self.output.clear()
        self.output.hide()
        self.status.hide()
        self._say("")
        self._set_state(READY)
        self.show()
        emit(self.hint, flow.HINT_READY[risk] if has_command else "Alt+R revise   Esc close")

    @property
    def hint_text(self) -> str:
        """The key hints while a suggestion is up ('' when none is)."""
        return self._hint if self.state != NONE else ""

    def clear(self) -> None:
        if self.state == RUNNING:  # a new conversation ends the command it can no longer show
            emit(self.stop)
        self.suggestion = None
        self._set_state(NONE)
        self.hide()

    def _paint_badge(self) -> None:
        t, risk = self.theme, flow.level(str(getattr(self.suggestion, "risk", "")))
        fg, bg = BADGE[t.dark][risk]
        self.badge.setText(flow.RISK_LABELS[risk])
        self.badge.setStyleSheet(f"QLabel {{ color: {fg}; background: {bg}; border-radius: 8px;"
                                 " padding: 2px 9px; font-size: 9pt; font-weight: 700; }")
        # Execute wears the risk's colour: blue for safe, the badge's colour otherwise.
        primary = {"caution": "#9a6700", "dangerous": "#cf222e"}.get(risk, t.accent)
        md = t.markdown
        self.setStyleSheet(f"""
            QLabel#riskReasons, QLabel#commandStatus {{ color: {t.muted}; font-size: 9pt; }}
            QLabel#commandMessage {{ color: {t.text}; font-size: 9.5pt; }}
            QPushButton {{ color: {t.text}; background: {md.inline_code_bg};
                border: 1px solid {t.border}; border-radius: 7px; padding: 4px 14px;
                font-size: 9.5pt; }}
            QPushButton:hover {{ border-color: {t.accent}; }}
            QPushButton:disabled {{ color: {t.muted}; }}
            QPushButton#cmd_execute {{ color: white; background: {primary};
                border-color: {primary}; font-weight: 600; }}
            QPushButton#cmd_stop {{ color: white; background: #cf222e; border-color: #cf222e;
                font-weight: 600; }}
            QPlainTextEdit#commandOutput {{ background: {md.code_bg}; color: {t.text};
                border: 1px solid {md.code_border}; border-radius: 6px; padding: 4px; }}
        """)

    def _set_state(self, state: str) -> None:
        self.state = state
        running = state == RUNNING
        for key in ("execute", "revise", "describe", "abort"):
            self.buttons[key].setEnabled(not running)
        self.buttons["stop"].setVisible(running)
        ready = flow.PLACEHOLDER_READY_SAFE if flow.level(str(getattr(
            self.suggestion, "risk", ""))) == "safe" else flow.PLACEHOLDER_READY
        emit(self.placeholder, {CONFIRM: flow.PLACEHOLDER_CONFIRM, REVISE: flow.PLACEHOLDER_REVISE,
                                READY: ready if self.suggestion is not None else ""
                                }.get(state, ""))
        emit(self.changed)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        emit(self.changed)
        if text:
            emit(self.note, text)

    def show_description(self, text: str) -> None:
        if self.state != NONE:
            self._say(text)

    # -- asking to run ------------------------------------------------------------
    def request_execute(self, trigger: str, command: str | None = None) -> None:
        """Every way of asking to run ends here. ``command`` (voice) must still be the one on
        screen: the voice confirmed what the person saw, not whatever is there now."""
        s = self.suggestion
        if self.state not in (READY, CONFIRM) or s is None or not getattr(s, "command", ""):
            return
        if command is not None and command != s.command:
            return
        decision = flow.on_execute(str(getattr(s, "risk", "")), trigger)
        if decision.run:
            emit(self.execute, decision.how)
        elif decision.ask_typed:
            self._set_state(CONFIRM)
            self._say(decision.message)
        else:
            self._say(decision.message)

    def wants_enter(self, text: str) -> bool:
        """Is an Enter with ``text`` in the input the panel's? Not when it is a new request."""
        return self.state in (CONFIRM, REVISE, RUNNING) or (self.state == READY
                                                            and not text.strip())

    def handle_enter(self, text: str, ctrl: bool, clear_input: Callable[[], None]) -> None:
        """Enter in the input (``wants_enter`` said it is the panel's)."""
        if self.state == RUNNING:
            self._say("A command is running: Esc or Stop ends it.")
            return
        clear_input()  # the typed word or correction, before anything runs
        if self.state == CONFIRM:
            decision = flow.on_typed(str(getattr(self.suggestion, "risk", "")), text)
            self._set_state(READY)
            self._say(decision.message)
            if decision.run:
                emit(self.execute, decision.how)
        elif self.state == REVISE:
            self._set_state(READY)
            if text.strip():
                emit(self.revise, text.strip())
        elif self.state == READY:
            self.request_execute(flow.CTRL_ENTER if ctrl else flow.ENTER)

    def handle_escape(self) -> bool:
        if self.state == RUNNING:
            emit(self.stop)
            return True
        if self.state in (CONFIRM, REVISE):
            was = self.state
            self._set_state(READY)
            self._say("Not run." if was == CONFIRM else "")
            return True
        return False

    def drop_confirmation(self) -> None:
        """Text someone else puts in the input (ShowOverlay's prefill, over D-Bus) must
        never become the typed ``yes``."""
        if self.state == CONFIRM:
            self._set_state(READY)
            self._say("Not run.")

    def _start_revise(self) -> None:
        if self.state in (READY, CONFIRM):
            self._set_state(REVISE)
            self._say("")

    # -- the run --------------------------------------------------------------------
    def run_started(self, _rid: int, command: str) -> None:
        self._set_state(RUNNING)
        self._say("")
        self.output.setPlainText(f"$ {command}\n")
        self.output.show()
        self.status.setText("Running…  (Esc or Stop ends it)")
        self.status.show()
        emit(self.hint, "Esc stop")
        emit(self.changed)

    def append_output(self, _rid: int, text: str) -> None:
        cursor = self.output.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.output.setTextCursor(cursor)
        self.output.ensureCursorVisible()

    def run_finished(self, _rid: int, info: dict[str, Any]) -> None:
        if self.state != RUNNING:
            return  # cleared meanwhile; the audit log has the run
        status = flow.run_status(int(info.get("exit_code", 0)), float(info.get("duration", 0)),
                                 bool(info.get("timed_out")), bool(info.get("interrupted")))
        cwd = str(info.get("cwd", ""))
        if cwd:
            status += " · in " + ("~" if cwd == str(Path.home()) else cwd)
        if not info.get("audited", True):
            status += f" · not audited: {info.get('audit_error', '')}"
        self.status.setText(status)
        self.status.setProperty("ok", int(info.get("exit_code", 1)) == 0)
        self._set_state(READY)
        risk = flow.level(str(getattr(self.suggestion, "risk", "")))
        emit(self.hint, flow.HINT_READY[risk])

