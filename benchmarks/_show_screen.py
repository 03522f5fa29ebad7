"""Helper process for the OCR benchmark: show one test screen full-screen on $DISPLAY."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QLabel

from benchmarks.ocr_screens import render_qimage, screens

app = QApplication(sys.argv)
screen = next(s for s in screens() if s.name == sys.argv[1])
label = QLabel()
label.setPixmap(QPixmap.fromImage(render_qimage(screen)))
label.setStyleSheet("margin: 0; padding: 0; border: 0;")
label.setGeometry(0, 0, 1920, 1080)
label.show()
QTimer.singleShot(500, lambda: print("ready", flush=True))
app.exec()  # until the benchmark terminates us
