"""A frameless, rounded, optionally translucent panel that paints its own background."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QRegion, QResizeEvent
from PySide6.QtWidgets import QWidget

from neuralux.ui.qtcompat import emit
from neuralux.ui.theme import Theme

RADIUS = 14
SHADOW = 18  # px of soft shadow around the panel, drawn only when a compositor blends it


class RoundedPanel(QWidget):
    first_frame = Signal(float)  # time.monotonic() when the first frame after a show was painted

    def __init__(self, theme: Theme, opacity: float, compositing: bool) -> None:
        super().__init__(None)
        self.theme = theme
        self.opacity = opacity
        self.compositing = compositing
        self._await_frame = False
        s = SHADOW if compositing else 0
        # Room for the shadow around the panel (more below: light comes from above).
        self.shadow_margins = (s, s // 2, s, s + s // 2)  # left, top, right, bottom
        if compositing:
            self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)

    def panel_rect(self) -> QRectF:
        left, top, right, bottom = self.shadow_margins
        return QRectF(self.rect()).adjusted(left + 0.5, top + 0.5, -right - 0.5, -bottom - 0.5)

    def expect_first_frame(self) -> None:
        self._await_frame = True

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        panel = QColor(self.theme.panel)
        rect = self.panel_rect()
        if self.compositing:
            panel.setAlphaF(self.opacity)
            self._paint_shadow(p, rect)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        p.fillPath(path, panel)
        p.setPen(QPen(QColor(self.theme.border), 1))
        p.drawPath(path)
        p.end()
        if self._await_frame:
            self._await_frame = False
            emit(self.first_frame, time.monotonic())

    def _paint_shadow(self, p: QPainter, rect: QRectF) -> None:
        """Concentric, faint rounded rects: a soft shadow without a blur pass."""
        steps = self.shadow_margins[0]
        outside = QPainterPath()
        outside.addRect(QRectF(self.rect()))
        inner = QPainterPath()
        inner.addRoundedRect(rect, RADIUS, RADIUS)
        p.save()
        p.setClipPath(outside.subtracted(inner))  # the translucent panel must not darken
        p.setPen(Qt.PenStyle.NoPen)
        strength = 0.9 if self.theme.dark else 0.6
        for i in range(steps, 0, -1):
            fade = (1 - i / steps) ** 2
            color = QColor(0, 0, 0)
            color.setAlphaF(strength * fade / steps * 2.2)
            grown = rect.adjusted(-i, -i + steps / 4, i, i + steps / 4)
            p.setBrush(color)
            p.drawRoundedRect(grown, RADIUS + i, RADIUS + i)
        p.restore()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.compositing:
            # Without a compositor, translucency shows black corners: clip to the shape.
            path = QPainterPath()
            path.addRoundedRect(QRectF(QRect(QPoint(0, 0), event.size())), RADIUS, RADIUS)
            self.setMask(QRegion(path.toFillPolygon().toPolygon()))
