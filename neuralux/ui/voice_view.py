"""The voice loop in the overlay: a level meter while recording, the spoken question,
the streamed answer, and messages such as "no microphone".

``VoiceStrip`` is the row under the input; ``VoiceOverlay`` connects the bridge's
voice signals (queued, so they arrive on the GUI thread whatever thread the loop
called from) to the overlay and the tray.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from neuralux.ui.theme import Theme

log = logging.getLogger(__name__)

STATUS = {"listening": "Listening… release the talk key when you are done",
          "thinking": "Transcribing…", "speaking": "Speaking…  (press the talk key to stop)"}
TRAY_STATUS = {"idle": "idle", "listening": "listening", "thinking": "thinking",
               "speaking": "speaking"}
DECAY = 0.85  # the meter falls smoothly between blocks instead of flickering


def meter_fraction(level: float) -> float:
    """Microphone RMS (0..1) → bar length: a dB scale from -60 dBFS, as meters show it."""
    if level <= 0:
        return 0.0
    db = 20 * math.log10(min(level, 1.0))
    return max(0.0, min(1.0, (db + 60) / 60))


class LevelMeter(QWidget):
    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.value = 0.0
        self.setFixedHeight(8)
        self.setMinimumWidth(120)
        self.setAccessibleName("Microphone level")

    def set_level(self, level: float) -> None:
        target = meter_fraction(level)
        self.value = target if target > self.value else self.value * DECAY + target * (1 - DECAY)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        track = QPainterPath()
        track.addRoundedRect(rect, radius, radius)
        p.fillPath(track, QColor(self.theme.separator))
        if self.value > 0.01:
            bar = QPainterPath()
            bar.addRoundedRect(QRectF(rect.x(), rect.y(), max(rect.height(), rect.width()
                                                              * self.value), rect.height()),
                               radius, radius)
            p.fillPath(bar, QColor(self.theme.accent))
        p.end()


class VoiceStrip(QWidget):
    """● Listening…  [▮▮▮▮▮▯▯▯]: shown while the voice loop is busy."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 2, 0)
        row.setSpacing(10)
        self.dot = QLabel("●")
        self.status = QLabel("")
        self.status.setObjectName("note")
        self.meter = LevelMeter(theme)
        row.addWidget(self.dot, 0)
        row.addWidget(self.status, 0)
        row.addWidget(self.meter, 1, Qt.AlignmentFlag.AlignVCenter)
        self.apply_theme(theme)
        self.hide()

    def apply_theme(self, theme: Theme) -> None:
        self.meter.theme = theme
        self.dot.setStyleSheet(f"color: {theme.accent}; font-size: 10pt;")

    def set_state(self, state: str) -> None:
        self.status.setText(STATUS.get(state, ""))
        self.meter.setVisible(state == "listening")
        if state != "listening":
            self.meter.value = 0.0
        self.setVisible(state in STATUS)


class VoiceOverlay:
    """Wires the voice loop into the desktop: overlay content, tray status, pause toggle."""

    def __init__(self, desktop: Any) -> None:
        self.desktop = desktop
        self.state = "idle"
        self.answering = False  # a spoken question's answer is in the answer area

    def start(self) -> None:
        voice = getattr(self.desktop.app, "voice", None)
        if voice is None or not hasattr(voice, "observe"):
            return
        b = self.desktop.bridge
        b.voice_state.connect(self.on_state)
        b.voice_level.connect(self.on_level)
        b.voice_transcript.connect(self.on_transcript)
        b.voice_chunk.connect(self.on_chunk)
        b.voice_answer.connect(self.on_answer)
        b.voice_message.connect(self.on_message)
        self.overlay.cancel.connect(self.on_escape)
        b.shows_voice_messages = self.desktop.settings.show_on_voice
        voice.observe(b.voice_events())

    @property
    def overlay(self) -> Any:
        return self.desktop.overlay

    def _trace(self, kind: str, detail: str = "") -> None:
        self.desktop.trace.event(kind, detail)

    def on_state(self, state: str) -> None:
        self.state = state
        self._trace("voice_state", state)
        self.overlay.voice.set_state(state)
        tray = self.desktop.tray
        if tray is not None:
            tray.set_voice(TRAY_STATUS.get(state, state))
        if state == "listening" and self.desktop.settings.show_on_voice \
                and not self.overlay.isVisible():
            self.desktop.show()
        self.overlay._fit_height()

    def on_level(self, level: float) -> None:
        if self.state == "listening":
            self.overlay.voice.meter.set_level(level)

    def on_transcript(self, text: str) -> None:
        """The spoken question, at once; the answer streams under it."""
        self._trace("voice_transcript", text)
        self.desktop.bridge.yield_to_voice()
        self.overlay.begin_answer(f"You said: {text}")
        self.answering = True

    def on_chunk(self, text: str) -> None:
        if self.answering:
            if not self.overlay.answer.text():
                self._trace("voice_first_chunk", text)
            self.overlay.append_chunk(text)

    def on_answer(self, question: str, answer: str) -> None:
        if not self.answering:
            return
        self.answering = False
        model = getattr(getattr(self.desktop.app.settings, "llm", None), "model", "")
        self.overlay.finish_answer({"model": model, "where": "local"}, answer)
        self._trace("voice_done", self.overlay.answer.text())

    def on_escape(self) -> None:
        """Esc stops a spoken question's answer like a typed one: writing and speaking."""
        if not (self.answering or self.state == "speaking"):
            return
        self.answering = False
        self._trace("voice_cancel")
        loop = getattr(self.desktop.app.voice, "loop", None)
        if loop is not None:
            self.desktop.runtime.submit(loop.cancel_turn())

    def on_message(self, text: str) -> None:
        """Warnings ("no microphone", "I didn't catch that") go where the answer would."""
        self._trace("voice_message", text)
        self.answering = False
        if self.desktop.settings.show_on_voice and not self.overlay.isVisible():
            self.desktop.show()  # e.g. the talk key pressed with no microphone
        if not self.overlay.running and not self.overlay.answer.text():
            self.overlay.begin_answer("")
        self.overlay.fail(text)
