"""Pick a screen rectangle with the mouse: a full-screen overlay with a rubber band.

The overlay shows a dimmed still of the screen, so what you select is what was
there when you started; Esc (or a right click) cancels. PySide6 is imported
only when this is used.
"""

from __future__ import annotations

from typing import Any

from neuralux.errors import Cancelled
from neuralux.vision.capture import Region

MIN_SIZE = 4  # a click without a drag is not a selection


def select_region(app: Any = None) -> Region:
    """Block until the user drags a rectangle (screen coordinates) or cancels (``Cancelled``)."""
    from PySide6.QtCore import QPoint, QRect, QSize, Qt
    from PySide6.QtGui import QColor, QGuiApplication, QPainter
    from PySide6.QtWidgets import QApplication, QRubberBand, QWidget

    qapp = app or QApplication.instance() or QApplication([])
    geometry = QRect()
    for screen in QGuiApplication.screens():
        geometry = geometry.united(screen.geometry())
    background = QGuiApplication.primaryScreen().grabWindow(0, geometry.x(), geometry.y(),
                                                           geometry.width(), geometry.height())
    result: dict[str, Region] = {}

    class Overlay(QWidget):
        def __init__(self) -> None:
            super().__init__(None, Qt.WindowType.FramelessWindowHint
                             | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool)
            self.setWindowTitle("Neuralux: select a region")
            self.setGeometry(geometry)
            self.setCursor(Qt.CursorShape.CrossCursor)
            self.band = QRubberBand(QRubberBand.Shape.Rectangle, self)
            self.origin = QPoint()

        def paintEvent(self, _event: Any) -> None:
            painter = QPainter(self)
            painter.drawPixmap(0, 0, background)
            painter.fillRect(self.rect(), QColor(0, 0, 0, 90))
            painter.end()

        def keyPressEvent(self, event: Any) -> None:
            if event.key() == Qt.Key.Key_Escape:
                self.close()

        def mousePressEvent(self, event: Any) -> None:
            if event.button() != Qt.MouseButton.LeftButton:
                self.close()
                return
            self.origin = event.position().toPoint()
            self.band.setGeometry(QRect(self.origin, QSize()))
            self.band.show()

        def mouseMoveEvent(self, event: Any) -> None:
            self.band.setGeometry(QRect(self.origin, event.position().toPoint()).normalized())

        def mouseReleaseEvent(self, event: Any) -> None:
            end = event.position().toPoint()
            # Corner to corner, exclusive (QRect(p, q) would count both end pixels).
            x, y = min(self.origin.x(), end.x()), min(self.origin.y(), end.y())
            w, h = abs(end.x() - self.origin.x()), abs(end.y() - self.origin.y())
            if w >= MIN_SIZE and h >= MIN_SIZE:
                result["region"] = Region(x + geometry.x(), y + geometry.y(), w, h)
            self.close()

    overlay = Overlay()
    overlay.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
    overlay.showFullScreen() if len(QGuiApplication.screens()) == 1 else overlay.show()
    overlay.activateWindow()
    overlay.raise_()
    overlay.grabKeyboard()
    # A local event loop: works whether or not the caller already runs Qt's main loop.
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    overlay.destroyed.connect(loop.quit)
    overlay.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    loop.exec()
    del qapp
    if "region" not in result:
        raise Cancelled("Region selection cancelled.")
    return result["region"]
