"""Tray icon: show the overlay, the current model, voice status, pause hotkey, quit."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPixmap,
)
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

log = logging.getLogger(__name__)


def app_icon(size: int = 64) -> QIcon:
    """The Neuralux mark, drawn so no image file has to be found at run time."""
    icon = QIcon()
    for px in (16, 22, 24, 32, 48, size):
        pm = QPixmap(px, px)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        grad = QLinearGradient(0, 0, px, px)
        grad.setColorAt(0, QColor("#5b7cfa"))
        grad.setColorAt(1, QColor("#9b5cf6"))
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, px, px), px * 0.24, px * 0.24)
        p.fillPath(path, grad)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(px * 0.62))
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, 0, px, px), Qt.AlignmentFlag.AlignCenter, "N")
        p.end()
        icon.addPixmap(pm)
    return icon


class Tray(QObject):
    def __init__(self, desktop: Any) -> None:
        super().__init__()
        self.desktop = desktop
        self.icon = QSystemTrayIcon(app_icon())
        hotkey = desktop.hotkey
        tip = "Neuralux"
        if hotkey is not None:
            tip += f" — {hotkey.label}" if hotkey.label and not hotkey.degraded \
                else f"\n{hotkey.message}"
        self.icon.setToolTip(tip)
        menu = QMenu()
        label = desktop.hotkey.label if desktop.hotkey and desktop.hotkey.label else "toggle"
        self.show_action = QAction(f"Show overlay ({label})", menu)
        self.show_action.triggered.connect(lambda: desktop.show())
        self.model_action = QAction("Model: " + self._configured_model(), menu)
        self.model_action.setEnabled(False)
        self.voice_action = QAction("Voice: not set up yet", menu)
        self.voice_action.setEnabled(False)
        self.pause_action = QAction("Pause hotkey", menu)
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self._pause)
        self.quit_action = QAction("Quit Neuralux", menu)
        self.quit_action.triggered.connect(desktop.qapp.quit)
        for a in (self.show_action, None, self.model_action, self.voice_action, None,
                  self.pause_action, self.quit_action):
            menu.addSeparator() if a is None else menu.addAction(a)
        self.menu = menu
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)

    def _configured_model(self) -> str:
        llm = getattr(self.desktop.app.settings, "llm", None)
        return str(getattr(llm, "model", "unknown"))

    def start(self) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            log.info("no system tray on this desktop; the tray icon is skipped")
            return
        self.icon.show()

    def stop(self) -> None:
        self.icon.hide()

    def set_model(self, name: str) -> None:
        self.model_action.setText(f"Model: {name}")

    def set_voice(self, status: str) -> None:
        self.voice_action.setText(f"Voice: {status}")

    def _pause(self, paused: bool) -> None:
        if self.desktop.hotkey is not None:
            self.desktop.hotkey.set_paused(paused)
        self.pause_action.setText("Resume hotkey" if paused else "Pause hotkey")

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.desktop.toggle()
