"""A frameless, rounded, optionally translucent panel that paints its own background."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QRegion, QResizeEvent
from PySide6.QtWidgets import QWidget

from neuralux.ui.qtcompat import emit
from neuralux.ui.theme import Theme

RADIUS = 14


class RoundedPanel(QWidget):
    first_frame = Signal(float)  # time.monotonic() when the first frame after a show was painted

    def __init__(self, theme: Theme, opacity: float, compositing: bool) -> None:
        super().__init__(None)
        self.theme = theme
        self.opacity = opacity
        self.compositing = compositing
        self._await_frame = False
        if compositing:
            self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)

    def expect_first_frame(self) -> None:
        self._await_frame = True

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        panel = QColor(self.theme.panel)
        if self.compositing:
            panel.setAlphaF(self.opacity)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        p.fillPath(path, panel)
        p.setPen(QPen(QColor(self.theme.border), 1))
        p.drawPath(path)
        p.end()
        if self._await_frame:
            self._await_frame = False
            emit(self.first_frame, time.monotonic())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.compositing:
            # Without a compositor, translucency shows black corners: clip to the shape.
            path = QPainterPath()
            path.addRoundedRect(QRectF(QRect(QPoint(0, 0), event.size())), RADIUS, RADIUS)
            self.setMask(QRegion(path.toFillPolygon().toPolygon()))
